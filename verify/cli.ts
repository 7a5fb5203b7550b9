#!/usr/bin/env node
// `npm run verify -- <env> [--json] [--verbose]`: checks, read-only, that every panel and alert rule
// of an environment sees real data in the live account. Exit 0: all good; 1: problems found; 2:
// could not check (credentials, account, network, configuration), said in one line.
import { parseArgs } from "node:util";
import { REPORT_SCHEMA_VERSION, renderTable, type VerifyFailure } from "./report";
import { runVerify, VerifyAbort } from "./run";

const USAGE = "usage: npm run verify -- <environment> [--json] [--verbose] [--config-dir <dir>]";

/** Streams the command writes to; tests pass their own. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: string[], io: CliIo = process): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        "config-dir": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    io.stderr.write(`verify: ${(e as Error).message}; ${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const environment = parsed.positionals[0];
  if (!environment || parsed.positionals.length > 1) {
    io.stderr.write(`verify: name one environment; ${USAGE}\n`);
    return 2;
  }
  const json = parsed.values.json;
  const showProgress = Boolean(io.stderr.isTTY);
  const progress = (message: string) => io.stderr.write(`\r\x1b[K[verify ${environment}] ${message}`);
  try {
    const report = await runVerify({
      environment,
      configDir: parsed.values["config-dir"],
      externalToken: io.env.GRAFANA_AUTH || undefined,
      // Reaching a workspace behind a VPC or allow-list through a tunnel or proxy.
      grafanaUrl: io.env.FLINKOBS_VERIFY_GRAFANA_URL || undefined,
      onProgress: showProgress ? progress : undefined,
    });
    if (showProgress) io.stderr.write("\r\x1b[K");
    if (json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
      io.stdout.write(renderTable(report, { color, verbose: parsed.values.verbose }));
    }
    return report.exitCode;
  } catch (e) {
    if (showProgress) io.stderr.write("\r\x1b[K");
    const message = e instanceof VerifyAbort ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    io.stderr.write(`verify: ${message.split("\n")[0]}\n`);
    if (json) {
      const failure: VerifyFailure = { schemaVersion: REPORT_SCHEMA_VERSION, environment, exitCode: 2, error: message };
      io.stdout.write(`${JSON.stringify(failure, null, 2)}\n`);
    }
    return 2;
  }
}

/** Process entry: runs {@link main} with the process's arguments and sets the exit code. */
export function runFromProcess(): void {
  // The SDK's notice about future Node.js support is not about the user's monitoring, and would
  // break the one-line answer of a run that cannot check.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`verify: internal error: ${(e as Error)?.message ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runFromProcess();
