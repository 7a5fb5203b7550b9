import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Remembers what a Terraform command produced, on disk, under the SHA-256 of everything it read.
 *
 * A Terraform command here is a pure function of its inputs: the configuration and state files, the
 * arguments, the Terraform binary (its version) and the provider binaries (the mirror's files, or the
 * exact version pins when they come from the registry), and, for runs against the fake Secrets
 * Manager, the token it answers with. The Terraform-backed suites run the same commands on the same
 * inputs on every `npm test` until something they depend on changes, and each costs seconds of a
 * two-core machine (the AWS provider loads its schema on every start). So a run whose inputs are
 * unchanged reads the recorded result instead of running Terraform; any change to a synthesized
 * stack, a state, an argument, Terraform or a provider is another key, and the command runs for real.
 * The assertions always run, against a result Terraform produced.
 *
 * Under CI=true, or with FLINK_OBSERVABILITY_TERRAFORM_CACHE=off, results are kept for the current
 * test run only (several suites plan the same example stacks): every command runs for real once per
 * run. Otherwise entries live in node_modules/.cache (removed by `npm ci`); the least recently used
 * are dropped beyond {@link MAX_ENTRIES}.
 */

/** Bumped whenever what is recorded, or how keys are made, changes. */
const FORMAT = 1;
const MAX_ENTRIES = 300;
const root = path.resolve(__dirname, "..", "..");
export const TERRAFORM_CACHE_DIR = path.join(root, "node_modules", ".cache", "flink-observability", "terraform");

/** Whether results recorded by earlier test runs may be used: not under CI=true or FLINK_OBSERVABILITY_TERRAFORM_CACHE=off. */
export function terraformCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== "true" && env.FLINK_OBSERVABILITY_TERRAFORM_CACHE !== "off";
}

/**
 * Where results are recorded: across runs when {@link terraformCacheEnabled} (in
 * FLINK_OBSERVABILITY_TERRAFORM_CACHE_DIR when set), else in this run's temp dir.
 */
export function terraformCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (!terraformCacheEnabled(env)) return path.join(os.tmpdir(), "terraform-results");
  return env.FLINK_OBSERVABILITY_TERRAFORM_CACHE_DIR || TERRAFORM_CACHE_DIR;
}

const terraformVersions = new Map<string, string>();
function terraformIdentity(binary: string): string {
  if (!terraformVersions.has(binary))
    terraformVersions.set(binary, execFileSync(binary, ["version", "-json"], { encoding: "utf8" }));
  return terraformVersions.get(binary)!;
}

/**
 * A failure that is a property of the inputs (Terraform rejecting the configuration), so it is recorded
 * like a result. Any other error (a provider that cannot be installed, a network error, a crash) is
 * thrown without being recorded: the next run tries again.
 */
export class DeterministicTerraformFailure extends Error {}

/** What a cached command recorded: its result, or the message it failed with. */
type Recorded<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * `compute()`, or what it returned (or threw) the last time with the same `inputs`. `inputs` must
 * name everything the command reads besides the Terraform binary, which is added here; `compute`'s
 * result must survive JSON (Buffers as base64 strings).
 */
export function cachedTerraformRun<T>(
  kind: string,
  inputs: unknown,
  compute: () => T,
  options: { binary: string; env?: NodeJS.ProcessEnv },
): T {
  const dir = terraformCacheDir(options.env ?? process.env);
  // Terraform and the AWS provider also read TF_* and AWS_* variables (TF_VAR_*, AWS_REGION...).
  const environment = Object.entries(process.env)
    .filter(([name]) => /^(TF|AWS)_/.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const key = createHash("sha256")
    .update(JSON.stringify([FORMAT, kind, terraformIdentity(options.binary), environment, inputs]))
    .digest("hex");
  const file = path.join(dir, `${kind}-${key}.json`);
  const recorded = read<T>(file);
  if (recorded) return replay(recorded);

  let result: Recorded<T>;
  try {
    result = { ok: true, value: compute() };
  } catch (e) {
    if (!(e instanceof DeterministicTerraformFailure)) throw e;
    result = { ok: false, message: e.message };
  }
  write(file, result);
  return replay(result);
}

function replay<T>(recorded: Recorded<T>): T {
  if (recorded.ok) return recorded.value;
  throw new DeterministicTerraformFailure(recorded.message);
}

function read<T>(file: string): Recorded<T> | undefined {
  try {
    const recorded = JSON.parse(readFileSync(file, "utf8")) as Recorded<T>;
    const now = new Date();
    utimesSync(file, now, now);
    return recorded;
  } catch {
    return undefined;
  }
}

function write(file: string, recorded: Recorded<unknown>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written beside and renamed: a parallel worker never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(recorded));
  renameSync(partial, file);
  prune(path.dirname(file));
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name.endsWith(".json"));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries
    .map((name) => {
      const full = path.join(dir, name);
      return { full, used: statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? 0 };
    })
    .sort((a, b) => a.used - b.used);
  for (const { full } of byAge.slice(0, entries.length - MAX_ENTRIES)) rmSync(full, { force: true });
}
