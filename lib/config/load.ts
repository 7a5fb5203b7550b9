import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { EnvironmentConfig, environmentConfigSchema } from "./schema";

/** Raised when one or more environment files are invalid; `problems` has one line per error. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const CONFIG_FILE = /\.(ya?ml|json)$/i;

/** Renders a value for an error message, short enough to read on one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Dotted path (`applications[1].parallelism`) of a schema issue. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === "number") return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, "");
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current;
}

function issueMessages(file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${file}: ${formatPath([...issue.path, key])}: unknown key (value ${describeValue(valueAt(raw, [...issue.path, key]))})`);
    }
    const where = formatPath(issue.path) || "(root)";
    return [`${file}: ${where}: ${issue.message} (value ${describeValue(valueAt(raw, issue.path))})`];
  });
}

function parseFile(file: string): unknown {
  const text = readFileSync(file, "utf8");
  if (file.toLowerCase().endsWith(".json")) return JSON.parse(text);
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join("; "));
  return doc.toJS();
}

/** Parses and validates one environment file; its `name` defaults to the file's base name. */
export function parseEnvironmentFile(file: string): EnvironmentConfig {
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    raw = parseFile(file);
  } catch (e) {
    throw new ConfigError([`${shown}: cannot be parsed: ${(e as Error).message}`]);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([`${shown}: (root): expected a mapping of settings (value ${describeValue(raw)})`]);
  }
  const withName = { name: path.basename(file).replace(CONFIG_FILE, ""), ...(raw as object) };
  const result = environmentConfigSchema.safeParse(withName);
  if (!result.success) throw new ConfigError(issueMessages(shown, withName, result.error));
  return result.data;
}

/** Checks that need every environment at once (names, account-wide limits). */
export function crossEnvironmentProblems(configs: { file: string; config: EnvironmentConfig }[]): string[] {
  const problems: string[] = [];
  const byName = new Map<string, string>();
  for (const { file, config } of configs) {
    const earlier = byName.get(config.name);
    if (earlier) problems.push(`${file}: name: environment ${describeValue(config.name)} is already defined by ${earlier}`);
    else byName.set(config.name, file);
  }
  return problems;
}

/**
 * Loads every `*.yaml`, `*.yml` and `*.json` file of `dir` (default: `CONFIG_DIR`, else `config/`),
 * one environment per file, sorted by file name. Throws a ConfigError listing every problem of every
 * file, so nothing is synthesized from a partly valid configuration.
 */
export function loadEnvironments(dir: string = process.env.CONFIG_DIR || "config"): EnvironmentConfig[] {
  const absolute = path.resolve(dir);
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError([`CONFIG_DIR: ${describeValue(dir)} is not a directory`]);
  }
  const files = readdirSync(absolute).filter((f) => CONFIG_FILE.test(f)).sort();
  if (files.length === 0) throw new ConfigError([`${dir}: no environment files (*.yaml, *.yml, *.json)`]);

  const problems: string[] = [];
  const loaded: { file: string; config: EnvironmentConfig }[] = [];
  for (const file of files) {
    const full = path.join(absolute, file);
    try {
      loaded.push({ file: path.relative(process.cwd(), full) || full, config: parseEnvironmentFile(full) });
    } catch (e) {
      if (e instanceof ConfigError) problems.push(...e.problems);
      else throw e;
    }
  }
  problems.push(...crossEnvironmentProblems(loaded));
  if (problems.length > 0) throw new ConfigError(problems);
  return loaded.map((l) => l.config);
}
