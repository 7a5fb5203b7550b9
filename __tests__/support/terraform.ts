import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { cachedTerraformRun, DeterministicTerraformFailure } from "./terraform-cache";

/**
 * Runs real Terraform (init, validate, offline plan) on a synthesized stack.
 *
 * Providers come from a filesystem mirror when one is configured (TF_PLUGIN_MIRROR, else
 * /opt/tf-plugins when it exists), and only the providers the mirror holds are kept: the others, with
 * every resource, data source, output and variable that needs them, are left out and reported in
 * `leftOut`. Without a mirror every provider is installed from the registry and nothing is left out.
 * The AWS provider is switched to fake credentials with every start-up API call skipped, so `plan`
 * runs without network and without an AWS account.
 */

type Json = Record<string, any>;

export interface OfflinePlanResult {
  /** Provider sources that could not be installed here and were left out with their resources. */
  readonly leftOut: string[];
  /** Settings of the stack that were changed to plan offline, for the record. */
  readonly adjustments: string[];
  /** Warnings of the plan (which validates the configuration first); errors make the plan throw. */
  readonly warnings: Diagnostic[];
  /** Addresses of the resources the plan would create, update or replace. */
  readonly plannedAddresses: string[];
  /** The `terraform show -json` plan. */
  readonly plan: Json;
}

export const TERRAFORM = process.env.TERRAFORM_BINARY || "terraform";

/** Whether a terraform binary can be run here. */
export function terraformAvailable(): boolean {
  return spawnSync(TERRAFORM, ["version"], { stdio: "ignore" }).status === 0;
}

/**
 * What a suite that needs terraform does: run it; fail because terraform is missing under CI=true
 * (CI must run the Terraform-backed tests); or skip, saying so, on a developer machine without it.
 */
export function terraformSuiteMode(available: boolean, ci: string | undefined): "run" | "fail" | "skip" {
  if (available) return "run";
  return ci === "true" ? "fail" : "skip";
}

/**
 * `describe` for suites that need terraform, following {@link terraformSuiteMode}. The mutation run
 * sets FLINK_OBSERVABILITY_SKIP_TERRAFORM=1: these suites cost seconds of terraform per run and kill
 * no mutant of the mutated files that the synth-level tests do not already kill. There they are left
 * out rather than skipped: jest announces a skipped test's start but never its end, so Stryker's
 * per-test coverage charged all code run after it (the next file's module loading included) to that
 * test, and ran those mutants against it alone, which runs nothing and reports them as survived.
 */
export function describeWithTerraform(name: string, fn: () => void): void {
  if (process.env.FLINK_OBSERVABILITY_SKIP_TERRAFORM === "1") return;
  const mode = terraformSuiteMode(terraformAvailable(), process.env.CI);
  if (mode === "run") {
    describe(name, fn);
  } else if (mode === "fail") {
    describe(name, () => {
      test("terraform binary is available (required under CI=true)", () => {
        throw new Error(
          `terraform ("${TERRAFORM}") is not installed or not runnable; CI must run the Terraform-backed tests`,
        );
      });
    });
  } else {
    console.warn(
      `SKIPPED "${name}": terraform ("${TERRAFORM}") not found; install it or set TERRAFORM_BINARY to run these tests`,
    );
    describe.skip(name, fn);
  }
}

/** The filesystem mirror to install providers from, if any. */
export function pluginMirror(): string | undefined {
  const configured = process.env.TF_PLUGIN_MIRROR;
  if (configured) return configured;
  return existsSync("/opt/tf-plugins") ? "/opt/tf-plugins" : undefined;
}

/** `registry.terraform.io/<ns>/<type>` for every provider the mirror holds (any version). */
export function mirroredProviders(mirror: string): string[] {
  const found: string[] = [];
  for (const host of readdirSync(mirror)) {
    const hostDir = path.join(mirror, host);
    for (const ns of safeReaddir(hostDir)) {
      for (const type of safeReaddir(path.join(hostDir, ns))) found.push(`${host}/${ns}/${type}`);
    }
  }
  return found;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * The newest version of `address` the mirror holds (`<mirror>/<host>/<ns>/<type>/<version>/`), or
 * undefined. This machine's mirror holds hashicorp/aws 5.100.0 only, while the stacks require the
 * version their bindings were generated for (6.66.0): the offline plan runs against what is there, and
 * says so ({@link offlineCopy}'s adjustments).
 */
export function mirroredVersion(mirror: string, address: string): string | undefined {
  const versions = safeReaddir(path.join(mirror, ...address.split("/"))).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  const numeric = (v: string) => v.split(".").map(Number);
  return versions.sort((a, b) => {
    const [x, y] = [numeric(a), numeric(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[versions.length - 1];
}

/** Fully qualified provider address of a `required_providers` source such as `aws` or `grafana/grafana`. */
export function providerAddress(source: string): string {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return source.toLowerCase();
}

/** Terraform resource types belong to the provider named by their prefix (`grafana_folder` -> grafana). */
function localProviderOf(resourceType: string, block: Json): string {
  if (typeof block.provider === "string") return block.provider.split(".")[0];
  return resourceType.split("_")[0];
}

function references(value: unknown, needles: string[]): boolean {
  const text = JSON.stringify(value);
  return needles.some((n) => text.includes(n));
}

/**
 * A copy of a synthesized stack that plans offline: providers outside `installable` removed with what
 * depends on them, local backend, fake AWS credentials. Pure: returns the copy and what was changed.
 */
export function offlineCopy(
  stack: Json,
  installable: (address: string) => boolean,
  availableVersion: (address: string) => string | undefined = () => undefined,
): { config: Json; leftOut: string[]; adjustments: string[] } {
  const config: Json = JSON.parse(JSON.stringify(stack));
  const adjustments: string[] = [];
  const required: Json = config.terraform?.required_providers ?? {};
  // A provider installed in another version than the stack requires is planned with that version.
  for (const [name, spec] of Object.entries<Json>(required)) {
    const available = availableVersion(providerAddress(spec.source ?? ""));
    if (available !== undefined && spec.version !== undefined && spec.version !== available) {
      adjustments.push(
        `${spec.source} ${available} planned (the stack requires ${spec.version}, not installable here)`,
      );
      required[name] = { ...spec, version: available };
    }
  }
  const removedLocalNames = Object.entries(required)
    .filter(([, spec]) => !installable(providerAddress((spec as Json).source ?? "")))
    .map(([name]) => name);
  const leftOut = removedLocalNames.map((name) => (required[name] as Json).source as string);

  for (const name of removedLocalNames) {
    delete required[name];
    if (config.provider) delete config.provider[name];
  }

  // Remove every block of a removed provider, then, until nothing changes, everything that refers to
  // something removed (outputs, locals, other resources).
  const removedRefs: string[] = [];
  for (const kind of ["resource", "data"] as const) {
    for (const [type, blocks] of Object.entries<Json>(config[kind] ?? {})) {
      for (const [name, block] of Object.entries<Json>(blocks)) {
        if (removedLocalNames.includes(localProviderOf(type, block))) {
          removedRefs.push(kind === "data" ? `data.${type}.${name}` : `${type}.${name}`);
          delete blocks[name];
        }
      }
      if (Object.keys(blocks).length === 0) delete config[kind][type];
    }
  }
  let changed = removedRefs.length > 0;
  while (changed) {
    changed = false;
    for (const kind of ["resource", "data"] as const) {
      for (const [type, blocks] of Object.entries<Json>(config[kind] ?? {})) {
        for (const [name, block] of Object.entries<Json>(blocks)) {
          if (references(block, removedRefs)) {
            removedRefs.push(kind === "data" ? `data.${type}.${name}` : `${type}.${name}`);
            delete blocks[name];
            changed = true;
          }
        }
        if (Object.keys(blocks).length === 0) delete config[kind][type];
      }
    }
    for (const section of ["output", "locals"] as const) {
      for (const [name, value] of Object.entries<Json>(config[section] ?? {})) {
        if (references(value, removedRefs)) {
          removedRefs.push(section === "locals" ? `local.${name}` : `output.${name}`);
          delete config[section][name];
          changed = true;
        }
      }
    }
  }
  // Variables that only the removed blocks used would still need values: drop them.
  for (const name of Object.keys(config.variable ?? {})) {
    const rest = { ...config, variable: undefined };
    if (!JSON.stringify(rest).includes(`var.${name}`)) {
      delete config.variable[name];
      adjustments.push(`variable ${name} dropped (used only by left-out providers)`);
    }
  }
  // Terraform rejects an empty section object such as `"variable": {}` ("Missing block label").
  for (const section of ["resource", "data", "output", "locals", "variable"]) {
    if (config[section] && Object.keys(config[section]).length === 0) delete config[section];
  }

  // State goes to the scratch directory (Terraform's implicit local backend), whatever the stack declares.
  if (config.terraform) {
    for (const kind of ["backend", "cloud"]) {
      if (config.terraform[kind]) adjustments.push(`terraform.${kind} replaced by the default local backend`);
      delete config.terraform[kind];
    }
  }

  const awsBlocks: Json[] = ([] as Json[]).concat(config.provider?.aws ?? []);
  for (const block of awsBlocks) {
    if (block.allowed_account_ids) {
      // The account cannot be checked without calling STS; the check is the provider's, not ours.
      delete block.allowed_account_ids;
      adjustments.push("aws provider: allowed_account_ids dropped (needs STS)");
    }
    if (block.assume_role) {
      delete block.assume_role;
      adjustments.push("aws provider: assume_role dropped (needs STS)");
    }
    Object.assign(block, {
      access_key: "offline-plan-fake-access-key",
      secret_key: "offline-plan-fake-secret",
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_region_validation: true,
    });
  }
  return { config, leftOut, adjustments };
}

/**
 * A directory where `terraform init` ran for exactly these required providers, shared by every plan of
 * this test run with the same providers (init copies nothing from a mirror but still costs seconds).
 */
export function initializedProviders(requiredProviders: Json, env: NodeJS.ProcessEnv): string {
  const key = createHash("sha256")
    .update(JSON.stringify(requiredProviders))
    .update(pluginMirror() ?? "registry")
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(os.tmpdir(), `tf-init-${key}`);
  if (existsSync(path.join(dir, ".terraform.lock.hcl"))) return dir;
  const staging = mkdtempSync(path.join(os.tmpdir(), "tf-init-staging-"));
  writeFileSync(
    path.join(staging, "main.tf.json"),
    JSON.stringify({ terraform: { required_providers: requiredProviders } }),
  );
  run(["init", "-input=false", "-no-color", "-backend=false"], staging, env);
  try {
    renameSync(staging, dir);
  } catch {
    // Another worker finished first: use its directory.
  }
  return dir;
}

/** Names and sizes of every file under `dir` (asset paths already carry a content hash). */
export function assetsFingerprint(dir: string): string {
  if (!existsSync(dir)) return "";
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(path.join(d, e.name))
        : [`${path.relative(dir, path.join(d, e.name))}:${statSync(path.join(d, e.name)).size}`],
    );
  return walk(dir).sort().join("\n");
}

export function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  try {
    return execFileSync(TERRAFORM, args, {
      cwd,
      env,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`terraform ${args.join(" ")} failed in ${cwd}:\n${err.stderr || ""}\n${err.stdout || ""}`, {
      cause: e,
    });
  }
}

/** A Terraform working directory ready for validate/plan, and the environment to run Terraform in. */
export interface TerraformWorkdir {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * A fresh working directory holding `config` (an offline copy), the stack's `assets/` linked in, a CLI
 * configuration that installs from the plugin mirror when there is one, and the providers of the
 * shared `terraform init` for the same required providers.
 */
export function initializedWorkdir(
  config: Json,
  options: { prefix: string; stackDir?: string; env?: NodeJS.ProcessEnv },
): TerraformWorkdir {
  const mirror = pluginMirror();
  const dir = mkdtempSync(path.join(os.tmpdir(), options.prefix));
  writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
  if (options.stackDir && existsSync(path.join(options.stackDir, "assets"))) {
    symlinkSync(path.join(options.stackDir, "assets"), path.join(dir, "assets"));
  }
  const cliConfig = path.join(dir, "terraform.rc");
  writeFileSync(
    cliConfig,
    mirror ? `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n` : "",
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    CHECKPOINT_DISABLE: "1",
    AWS_EC2_METADATA_DISABLED: "true",
    ...options.env,
  };
  const initialized = initializedProviders(config.terraform?.required_providers ?? {}, env);
  symlinkSync(path.join(initialized, ".terraform"), path.join(dir, ".terraform"));
  copyFileSync(path.join(initialized, ".terraform.lock.hcl"), path.join(dir, ".terraform.lock.hcl"));
  return { dir, env };
}

/** A Terraform diagnostic as `-json` output reports it. */
export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
}

/**
 * `terraform plan -json -out=tfplan` in `workdir`: the plan validates the configuration as `terraform
 * validate` would (one provider start instead of two). Returns the warnings; throws with every error
 * diagnostic, readable, when the plan fails.
 */
export function planWithDiagnostics(workdir: string, env: NodeJS.ProcessEnv, args: string[] = []): Diagnostic[] {
  const planArgs = ["plan", "-json", "-input=false", "-lock=false", "-no-color", "-out=tfplan", ...args];
  const result = spawnSync(TERRAFORM, planArgs, { cwd: workdir, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const diagnostics: Diagnostic[] = result.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Json)
    .filter((message) => message.type === "diagnostic")
    .map((message) => message.diagnostic as Diagnostic);
  if (result.status !== 0) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const described = errors.map((d) => `${d.address ? `${d.address}: ` : ""}${d.summary}: ${d.detail ?? ""}`);
    const message = `terraform ${planArgs.join(" ")} failed in ${workdir}:\n${described.join("\n") || result.stderr || result.stdout}`;
    // Error diagnostics are Terraform's verdict on the configuration; anything else may be transient.
    throw errors.length > 0 ? new DeterministicTerraformFailure(message) : new Error(message);
  }
  return diagnostics.filter((d) => d.severity === "warning");
}

/** Identity of the providers an offline plan would install: the mirror's binaries, or the exact pins. */
export function providersIdentity(requiredProviders: Json): string {
  const mirror = pluginMirror();
  if (!mirror) return JSON.stringify(requiredProviders);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return walk(full);
      const stat = statSync(full);
      return [`${path.relative(mirror, full)}:${stat.size}:${stat.mtimeMs}`];
    });
  return JSON.stringify([requiredProviders, mirror, walk(mirror).sort()]);
}

/**
 * {@link offlineCopy} for this machine: with a plugin mirror, the providers it holds, in the version it
 * holds; without one, every provider as required (installed from the registry).
 */
export function mirroredOfflineCopy(stack: Json): ReturnType<typeof offlineCopy> {
  const mirror = pluginMirror();
  const mirrored = mirror ? mirroredProviders(mirror) : undefined;
  return offlineCopy(
    stack,
    (address) => !mirrored || mirrored.includes(address),
    (address) => (mirror ? mirroredVersion(mirror, address) : undefined),
  );
}

/**
 * Writes an offline copy of `stack` to a scratch directory, plans it (which validates it) and reads the
 * saved plan back with `terraform show -json`. Throws with Terraform's own diagnostics when it fails.
 * The result is recorded by the hash of everything Terraform reads ({@link cachedTerraformRun}).
 */
export function terraformPlanOffline(
  stack: Json,
  options: {
    /** Values for the stack's variables (TF_VAR_*). */
    variables?: Record<string, string>;
    /** The synthesized stack folder, when the stack refers to assets under `assets/`. */
    stackDir?: string;
  } = {},
): OfflinePlanResult {
  const { config, leftOut, adjustments } = mirroredOfflineCopy(stack);
  // Secrets of contact points that the AWS half uses too (the silence pages' PagerDuty key and Slack
  // webhook) get stand-ins, as the credentials are fake: a plan reads them, nothing sends them.
  const standIns = Object.fromEntries(
    Object.entries<Json>(config.variable ?? {})
      .filter(([, v]) => v.default === undefined && v.sensitive === true)
      .map(([name]) => [
        name,
        name.startsWith("slack_webhook_url_") ? "https://hooks.slack.com/services/T0/B0/test" : "test-integration-key",
      ]),
  );
  const variables = { ...standIns, ...options.variables };
  const inputs = {
    config,
    variables,
    // Asset file names carry a content hash; names and sizes identify them.
    assets: options.stackDir ? assetsFingerprint(path.join(options.stackDir, "assets")) : "",
    providers: providersIdentity(config.terraform?.required_providers ?? {}),
  };
  return cachedTerraformRun(
    "offline-plan",
    inputs,
    () => {
      const { dir: workdir, env } = initializedWorkdir(config, {
        prefix: "tf-offline-plan-",
        stackDir: options.stackDir,
        env: Object.fromEntries(Object.entries(variables).map(([k, v]) => [`TF_VAR_${k}`, v])),
      });
      const warnings = planWithDiagnostics(workdir, env);
      const plan = JSON.parse(run(["show", "-json", "tfplan"], workdir, env));
      const plannedAddresses: string[] = (plan.resource_changes ?? [])
        .filter((rc: Json) => rc.mode === "managed" && !(rc.change.actions as string[]).every((a) => a === "no-op"))
        .map((rc: Json) => rc.address as string);
      return { leftOut, adjustments, warnings, plannedAddresses, plan };
    },
    { binary: TERRAFORM },
  );
}
