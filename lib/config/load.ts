import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { EnvironmentConfig, environmentConfigSchema } from "./schema";
import { FORBIDDEN_KEYS, rawStringProblems } from "./strings";

/** Raised when one or more environment files are invalid; `problems` has one line per error. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Environment files: `<env>.yaml`, `<env>.yml` or `<env>.json`; dot-files (editor swap files...) are skipped. */
const CONFIG_FILE = /^[^.].*\.(ya?ml|json)$/i;

/**
 * Amazon Managed Grafana's default quota of workspaces per account and region. Workspaces created
 * outside these files count too, but cannot be seen offline; the check catches what the files alone exceed.
 */
export const MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION = 5;

// Keys and values that hold credentials: an error message (printed to CI logs) never repeats them.
const SECRET_KEY =
  /(token|secret|password|passwd|credential|api[-_]?key|access[-_]?key|private[-_]?key|secret[-_]?key|webhook|url)$/i;
const SECRET_VALUE = /^(glsa_|glc_|AKIA|ASIA|xox[abprs]-|https:\/\/hooks\.slack\.com\/)/;

/** Renders a value for an error message, short enough to read on one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  // Control and bidirectional-formatting characters are shown as escapes, never echoed to a terminal.
  const text = JSON.stringify(value).replace(
    /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`,
  );
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Like {@link describeValue}, but hides what sits under a secret-looking key or looks like a credential. */
function describeValueAt(segments: readonly PropertyKey[], value: unknown): string {
  const last = [...segments].reverse().find((s) => typeof s === "string");
  const secret =
    (typeof last === "string" && SECRET_KEY.test(last)) || (typeof value === "string" && SECRET_VALUE.test(value));
  if (secret && value !== undefined && value !== null && value !== "") return "(hidden: may be a secret)";
  return describeValue(value);
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

/** One line per schema issue: `<file>: <field path>: <message> (value <value>)`. */
function issueMessages(
  file: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  nameFromFile: boolean,
): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const at = [...issue.path, key];
        return `${file}: ${formatPath(at)}: unknown key (value ${describeValueAt(at, valueAt(raw, at))})`;
      });
    }
    if (issue.code === "invalid_key") {
      // zod reports a record's key rule as "Invalid key in record" with the rule's own messages nested;
      // the line names the record and shows the key, since the key is the bad value.
      const record = issue.path.slice(0, -1);
      const key = issue.path[issue.path.length - 1];
      const rules = issue.issues.map((inner) => inner.message).join("; ");
      return [
        `${file}: ${formatPath(record) || "(root)"}: invalid key: ${rules} (value ${describeValueAt(record, key)})`,
      ];
    }
    const where = formatPath(issue.path) || "(root)";
    const origin = nameFromFile && where === "name" ? ", taken from the file name" : "";
    return [
      `${file}: ${where}: ${issue.message} (value ${describeValueAt(issue.path, valueAt(raw, issue.path))}${origin})`,
    ];
  });
}

/** `line L, column C` of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The key whose text starts at `offset` (a JSON string or a YAML plain or quoted key). */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(rest);
  if (quoted) {
    try {
      return JSON.parse(quoted[0]) as string;
    } catch {
      return quoted[0];
    }
  }
  return (/^'([^']*)'/.exec(rest)?.[1] ?? /^[^:\n,}]*/.exec(rest)![0]).trim();
}

/**
 * Parses a YAML or JSON file; throws an Error whose message is one line naming where the text is wrong.
 * A key written twice in one mapping is an error in both formats, not a silent "last one wins": JSON
 * is checked for syntax by JSON.parse and for duplicate keys by the YAML 1.2 parser (JSON is YAML).
 */
function parseFile(file: string, text: string): unknown {
  let json: unknown;
  if (file.toLowerCase().endsWith(".json")) {
    try {
      json = JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const position = /at position (\d+)/.exec(message);
      throw new Error(position ? `${lineAndColumn(text, Number(position[1]))}: ${message}` : message, { cause: e });
    }
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The library's messages end in " at line L, column C:" and a code excerpt; keep one line.
    const where = (e: (typeof doc.errors)[number]) =>
      e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : "";
    const what = (e: (typeof doc.errors)[number]) =>
      e.code === "DUPLICATE_KEY" ? ` (key ${JSON.stringify(keyAt(text, e.pos[0]))})` : "";
    throw new Error(
      doc.errors
        .map((e) => `${where(e)}${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}${what(e)}`)
        .join("; "),
    );
  }
  return json ?? doc.toJS();
}

/** A copy of `value` without the keys a JavaScript object would misread (they are reported separately). */
function withoutForbiddenKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutForbiddenKeys);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    if (!(FORBIDDEN_KEYS as readonly string[]).includes(key))
      copy[key] = withoutForbiddenKeys((value as Record<string, unknown>)[key]);
  }
  return copy;
}

/** Parses and validates one environment file; its `name` defaults to the file's base name. */
export function parseEnvironmentFile(file: string): EnvironmentConfig {
  const shown = path.relative(process.cwd(), file) || file;
  let raw: unknown;
  try {
    // A byte-order mark (some Windows editors write one) is not part of the YAML or JSON.
    const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
    raw = text.trim() === "" ? null : parseFile(file, text);
  } catch (e) {
    throw new ConfigError([`${shown}: (root): cannot be parsed: ${(e as Error).message}`]);
  }
  if (raw === null || raw === undefined) {
    // An empty or comments-only file: probably a template dropped in before it was filled in.
    throw new ConfigError([
      `${shown}: (root): no settings; an environment needs at least account and region (value ${describeValue(raw ?? null)})`,
    ]);
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([`${shown}: (root): expected a mapping of settings (value ${describeValue(raw)})`]);
  }
  const nameFromFile = !Object.prototype.hasOwnProperty.call(raw, "name");
  const withName = { name: path.basename(file).replace(/\.(ya?ml|json)$/i, ""), ...(raw as object) };
  // The rules every string obeys come first; the schema's issue on a field already reported is left out.
  const stringProblems = rawStringProblems(environmentConfigSchema, withName);
  const reported = new Set(stringProblems.map((p) => formatPath(p.path)));
  const problems = stringProblems.map(
    (p) =>
      `${shown}: ${formatPath(p.path)}: ${p.message} (value ${describeValueAt(p.path, valueAt(withName, p.path))})`,
  );
  const result = environmentConfigSchema.safeParse(withoutForbiddenKeys(withName));
  if (!result.success) {
    const issues = result.error.issues.filter((i) => !reported.has(formatPath(i.path)));
    problems.push(...issueMessages(shown, withName, issues, nameFromFile));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return result.data;
}

/** An environment with the file it came from, for checks across files. */
export interface LoadedEnvironment {
  /** The file, relative to the working directory. */
  readonly file: string;
  /** Its validated configuration. */
  readonly config: EnvironmentConfig;
}

/** Checks that need every environment at once: unique names and resource names, account-wide quotas. */
export function crossEnvironmentProblems(environments: readonly LoadedEnvironment[]): string[] {
  const problems: string[] = [];

  const byName = new Map<string, string>();
  for (const { file, config } of environments) {
    const earlier = byName.get(config.name);
    if (earlier)
      problems.push(
        `${file}: name: environment ${describeValue(config.name)} is already defined by ${earlier} (value ${describeValue(config.name)})`,
      );
    else byName.set(config.name, file);
  }

  // Resource names (`<prefix>-grafana`, ...) must be unique per account and region.
  const byPrefix = new Map<string, string>();
  for (const { file, config } of environments) {
    const prefix = config.namePrefix ?? `flinkobs-${config.name}`;
    const key = `${config.account}/${config.region}/${prefix}`;
    const earlier = byPrefix.get(key);
    if (earlier) {
      problems.push(
        `${file}: namePrefix: resource name prefix ${describeValue(prefix)} is already used in account ${config.account}, region ${config.region} by ${earlier} (value ${describeValue(config.namePrefix)})`,
      );
    } else byPrefix.set(key, file);
  }

  // Every environment creates one workspace; more than the quota fails at apply, so fail at synth.
  const workspaces = new Map<string, LoadedEnvironment[]>();
  for (const environment of environments) {
    const key = `${environment.config.account}/${environment.config.region}`;
    workspaces.set(key, [...(workspaces.get(key) ?? []), environment]);
  }
  for (const group of workspaces.values()) {
    if (group.length <= MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION) continue;
    const { account, region } = group[0].config;
    const files = group.map((g) => g.file).join(", ");
    for (const extra of group.slice(MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION)) {
      problems.push(
        `${extra.file}: region: would be Amazon Managed Grafana workspace ${group.indexOf(extra) + 1} of ${group.length} in account ${account}, region ${region}; ` +
          `the quota is ${MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION} per account and region (workspaces from ${files}) (value ${describeValue(region)})`,
      );
    }
  }
  return problems;
}

/**
 * Loads every `*.yaml`, `*.yml` and `*.json` file of `dir` (default: `CONFIG_DIR`, else `config/`),
 * one environment per file, sorted by file name, each with the file it came from. Throws a
 * ConfigError listing every problem of every file, so nothing is synthesized from a partly valid
 * configuration.
 */
export function loadEnvironmentFiles(dir: string = process.env.CONFIG_DIR || "config"): LoadedEnvironment[] {
  const absolute = path.resolve(dir);
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError([`CONFIG_DIR: ${describeValue(dir)} is not a directory`]);
  }
  const files = readdirSync(absolute)
    .filter((f) => CONFIG_FILE.test(f) && statSync(path.join(absolute, f), { throwIfNoEntry: false })?.isFile())
    .sort();
  if (files.length === 0) throw new ConfigError([`${dir}: no environment files (*.yaml, *.yml, *.json)`]);

  const problems: string[] = [];
  const loaded: LoadedEnvironment[] = [];
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
  return loaded;
}

/** Like {@link loadEnvironmentFiles}, the configurations only. */
export function loadEnvironments(dir: string = process.env.CONFIG_DIR || "config"): EnvironmentConfig[] {
  return loadEnvironmentFiles(dir).map((l) => l.config);
}
