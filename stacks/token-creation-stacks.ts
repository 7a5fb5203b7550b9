/**
 * Runs `fn` without recording where each cdktf token was created.
 *
 * cdktf records a full stack trace for every token it creates (every attribute reference, every lazy
 * value): `Error.captureStackTrace` on a plain object, formatted to text at once. The text is only
 * ever shown in the message of a token that fails to resolve, yet formatting it is about a seventh of
 * a large synth's time (3 environments x 50 applications: ~250 ms of ~1.9 s). While `fn` runs, a
 * `Error.prepareStackTrace` hook gives those captures an empty trace; real errors still get their full
 * stack trace, formatted as V8 does. The previous hook is put back afterwards.
 *
 * FLINK_OBSERVABILITY_TOKEN_STACKS=1 keeps the creation stacks, for debugging a token that does not
 * resolve.
 */
export function withoutTokenCreationStacks<T>(fn: () => T, env: NodeJS.ProcessEnv = process.env): T {
  if (env.FLINK_OBSERVABILITY_TOKEN_STACKS === "1") return fn();
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (target: unknown, frames: NodeJS.CallSite[]) => {
    if (!(target instanceof Error)) return "";
    if (previous) return previous(target, frames);
    return [formatHeader(target), ...frames.map((frame) => `    at ${frame}`)].join("\n");
  };
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = previous;
  }
}

/** The first line of V8's own format: `Name: message`, or just the name when there is no message. */
function formatHeader(error: Error): string {
  return Error.prototype.toString.call(error);
}
