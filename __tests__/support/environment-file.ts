import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, parseEnvironmentFile } from "../../lib/config/load";
import { EnvironmentConfig } from "../../lib/config/schema";

/** What parsing one environment file gave: the file as problem lines name it, and the config or the problems. */
export interface ParsedEnvironment {
  /** The file's path as problem lines show it (relative to the working directory). */
  readonly shown: string;
  /** The parsed environment, when the file was accepted. */
  readonly config?: EnvironmentConfig;
  /** The problem lines, when it was refused. */
  readonly problems: string[];
}

/** Writes `doc` as `dev.json` into a fresh temp folder and parses it the way `cdktf synth` does. */
export function parseEnvironmentDocument(doc: object): ParsedEnvironment {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "environment-")), "dev.json");
  writeFileSync(file, JSON.stringify(doc));
  const shown = path.relative(process.cwd(), file);
  try {
    return { shown, config: parseEnvironmentFile(file), problems: [] };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return { shown, problems: e.problems };
  }
}
