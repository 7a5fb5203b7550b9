/**
 * Cross-field rules that both the configuration schema and a construct enforce live in one function
 * next to the construct and return problems: the schema turns them into issues naming the file and
 * field, the construct throws them for callers that build it in code.
 */
export interface SettingProblem {
  /** Path of the field, from the props (or configuration section) checked. */
  readonly path: readonly (string | number)[];
  /** What is wrong with it. */
  readonly message: string;
}

/** `routes.critical[1]` for `["routes", "critical", 1]`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Throws every problem, one line each, prefixed with the owner; does nothing without problems. */
export function throwProblems(owner: string, problems: readonly SettingProblem[]): void {
  if (problems.length > 0)
    throw new Error(problems.map((p) => `${owner}: ${fieldPath(p.path)}: ${p.message}`).join("\n"));
}
