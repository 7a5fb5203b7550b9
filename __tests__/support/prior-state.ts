import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  assetsFingerprint,
  initializedWorkdir,
  mirroredOfflineCopy,
  planWithDiagnostics,
  providersIdentity,
  run,
  TERRAFORM,
  TerraformWorkdir,
} from "./terraform";
import { cachedTerraformRun } from "./terraform-cache";

/**
 * Offline plans against a recorded prior state, with a fake Secrets Manager that answers
 * `GetSecretValue` with a known token:
 * - {@link priorStateFromPlan} turns the plan of an old configuration into the state an apply of it
 *   would leave (unknown values filled in by type: ARNs, ids, names), as Terraform's own state file;
 * - {@link planAgainstState} plans a (new) configuration against it with `-refresh=false` (nothing
 *   is read from AWS except through the fake endpoint) and reports what Terraform planned, whether
 *   the ephemeral read was opened (the fake endpoint's log), and the saved plan's bytes.
 */

type Json = Record<string, any>;

/** A fake Secrets Manager endpoint (a child process, so a blocking terraform run can reach it). */
export interface FakeSecretsManager {
  readonly url: string;
  /** The token every GetSecretValue answers with. */
  readonly token: string;
  /** Each request: `<X-Amz-Target> <body>`. */
  calls(): string[];
  stop(): void;
}

/** Starts a local endpoint that answers every GetSecretValue with `{"token": token}` as AWSCURRENT. */
export async function startFakeSecretsManager(token: string): Promise<FakeSecretsManager> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fake-sm-"));
  const log = path.join(dir, "calls.log");
  writeFileSync(log, "");
  const script = `
    const http = require("node:http");
    const fs = require("node:fs");
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        fs.appendFileSync(${JSON.stringify(log)}, req.headers["x-amz-target"] + " " + body + "\\n");
        const secretId = (JSON.parse(body || "{}").SecretId) || "unknown";
        res.setHeader("content-type", "application/x-amz-json-1.1");
        res.end(JSON.stringify({
          ARN: secretId, Name: "fake", VersionId: "00000000-0000-4000-8000-000000000001",
          SecretString: JSON.stringify({ token: ${JSON.stringify(token)} }),
          VersionStages: ["AWSCURRENT"], CreatedDate: 1700000000,
        }));
      });
    });
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));
  `;
  const child: ChildProcess = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once("data", (d: Buffer) => resolve(Number(String(d).trim())));
    child.once("exit", (code) => reject(new Error(`fake Secrets Manager exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    calls: () => readFileSync(log, "utf8").split("\n").filter(Boolean),
    stop: () => child.kill(),
  };
}

/** `command()`, and the calls the fake received while it ran. */
function withReads<T>(fake: FakeSecretsManager, command: () => T): { value: T; reads: string[] } {
  const before = fake.calls().length;
  const value = command();
  return { value, reads: fake.calls().slice(before) };
}

/** A working directory whose Secrets Manager calls go to a fake, and what identifies its inputs. */
export interface WorkDir {
  readonly fake: FakeSecretsManager;
  /** The configuration, the assets and the providers (see {@link cachedTerraformRun}). */
  readonly inputs: Json;
  /** The initialized directory, created on first use (a recorded result needs none). */
  readonly prepared: () => TerraformWorkdir;
}

/**
 * An initialized working directory holding `config` (already offline: fake credentials, no backend),
 * its Secrets Manager calls sent to `fake`. The endpoint is set through the environment
 * (AWS_ENDPOINT_URL_SECRETS_MANAGER), not an `endpoints` block: the AWS provider validates that block's
 * few hundred attributes on every configure, which costs seconds per command.
 */
export function fakeEndpointWorkdir(config: Json, stackDir: string | undefined, fake: FakeSecretsManager): WorkDir {
  let work: TerraformWorkdir | undefined;
  const prepared = () =>
    (work ??= initializedWorkdir(config, {
      prefix: "tf-prior-state-",
      stackDir,
      env: { AWS_ENDPOINT_URL_SECRETS_MANAGER: fake.url },
    }));
  const inputs = {
    config,
    assets: stackDir ? assetsFingerprint(path.join(stackDir, "assets")) : "",
    providers: providersIdentity(config.terraform?.required_providers ?? {}),
    token: fake.token,
  };
  return { fake, inputs, prepared };
}

/** {@link fakeEndpointWorkdir} for the offline copy of a synthesized stack. */
export function offlineWorkdir(stack: Json, stackDir: string, fake: FakeSecretsManager): WorkDir {
  const { config } = mirroredOfflineCopy(stack);
  return fakeEndpointWorkdir(config, stackDir, fake);
}

function providerSchemas(work: WorkDir): Json {
  return cachedTerraformRun(
    "providers-schema",
    work.inputs.providers,
    () => {
      const { dir, env } = work.prepared();
      return JSON.parse(run(["providers", "schema", "-json"], dir, env)) as Json;
    },
    { binary: TERRAFORM },
  );
}

/** A stand-in for a value known only after apply: identities get a unique string, the rest null/empty. */
function fakeValue(type: unknown, resourceType: string, name: string, key: string): unknown {
  if (type === "string") {
    if (key === "arn" || key.endsWith("_arn")) {
      const service = resourceType.replace(/^aws_/, "").split("_")[0];
      return `arn:aws:${service}:eu-west-1:123456789012:${resourceType}/${name}/${key}`;
    }
    return /(^|_)(id|name|endpoint|result|version|url)$/.test(key) ? `${resourceType}.${name}.${key}` : null;
  }
  if (type === "number") return 0;
  if (type === "bool") return null;
  if (Array.isArray(type) && (type[0] === "list" || type[0] === "set")) return [];
  if (Array.isArray(type) && type[0] === "map") return {};
  return null;
}

/**
 * The state an apply of `plan` would leave. Values unknown in the plan are filled in: an attribute set
 * from a single reference to another resource's attribute gets that attribute's (filled-in) value, so
 * the state is consistent; others get {@link fakeValue}.
 */
export function priorStateFromPlan(plan: Json, work: WorkDir): Json {
  const schemas = providerSchemas(work).provider_schemas as Json;
  const changes = new Map<string, Json>((plan.resource_changes ?? []).map((rc: Json) => [rc.address, rc]));
  const planned = new Map<string, Json>(
    ((plan.planned_values?.root_module?.resources ?? []) as Json[])
      .filter((r) => r.mode === "managed")
      .map((r) => [r.address, r]),
  );
  const configured = new Map<string, Json>(
    ((plan.configuration?.root_module?.resources ?? []) as Json[]).map((r) => [r.address, r]),
  );
  const valueOf = (address: string, key: string, depth = 0): unknown => {
    const r = planned.get(address);
    if (!r) return null;
    const unknown = changes.get(address)?.change?.after_unknown?.[key] === true;
    if (!unknown) return r.values[key];
    const refs: string[] = configured.get(address)?.expressions?.[key]?.references ?? [];
    const direct = refs.find((ref) => ref.split(".").length === 3);
    const schema = schemas[r.provider_name]?.resource_schemas?.[r.type];
    if (depth < 10 && direct && refs.length === 2 && direct.startsWith(refs[1] + ".")) {
      const [type, name, attr] = direct.split(".");
      const value = valueOf(`${type}.${name}`, attr, depth + 1);
      const attrType = schema?.block?.attributes?.[key]?.type;
      const isCollection = Array.isArray(attrType) && (attrType[0] === "list" || attrType[0] === "set");
      if (Array.isArray(attrType) && attrType[0] === "map") return typeof value === "object" ? value : {};
      return isCollection && !Array.isArray(value) ? [value] : value;
    }
    return fakeValue(schema?.block?.attributes?.[key]?.type, r.type, r.name, key);
  };
  const resources: Json[] = [];
  for (const r of planned.values()) {
    const schema = schemas[r.provider_name]?.resource_schemas?.[r.type];
    const attributes: Json = { ...r.values };
    for (const [key, isUnknown] of Object.entries<unknown>(changes.get(r.address)?.change?.after_unknown ?? {})) {
      if (isUnknown === true) attributes[key] = valueOf(r.address, key);
      else if (Array.isArray(isUnknown) && isUnknown.includes(true)) {
        // A list of references (e.g. alarm_actions): the i-th unknown element is the i-th reference.
        const refs: string[] = (configured.get(r.address)?.expressions?.[key]?.references ?? []).filter(
          (ref: string) => ref.split(".").length === 3,
        );
        attributes[key] = isUnknown.map((u, i) => {
          if (u !== true) return (r.values[key] ?? [])[i];
          const [type, name, attr] = (refs[i] ?? "").split(".");
          return refs[i] ? valueOf(`${type}.${name}`, attr) : `${r.type}.${r.name}.${key}.${i}`;
        });
      }
    }
    resources.push({
      mode: "managed",
      type: r.type,
      name: r.name,
      provider: `provider["${r.provider_name}"]`,
      instances: [{ schema_version: schema?.version ?? 0, attributes, sensitive_attributes: [] }],
    });
  }
  return {
    version: 4,
    terraform_version: "1.11.4",
    serial: 1,
    lineage: "00000000-0000-4000-8000-00000000beef",
    outputs: {},
    resources,
  };
}

/**
 * `state` with every value a plan against it would set and already knows written in: what is left
 * after one round of filling in is an attribute computed from other values (a JSON document, a map of
 * references), and a plan resolves those from the state.
 */
export function reconcileState(state: Json, plan: Json): Json {
  const next: Json = JSON.parse(JSON.stringify(state));
  for (const rc of (plan.resource_changes ?? []) as Json[]) {
    if (rc.mode !== "managed" || (rc.change.actions as string[]).every((a) => a === "no-op")) continue;
    const resource = (next.resources as Json[]).find((r) => r.type === rc.type && r.name === rc.name);
    if (!resource) continue;
    const attributes = resource.instances[0].attributes;
    for (const [key, value] of Object.entries<unknown>(rc.change.after ?? {})) {
      if (!JSON.stringify(rc.change.after_unknown?.[key] ?? false).includes("true") && value !== undefined)
        attributes[key] = value;
    }
  }
  return next;
}

export interface PlanAgainstState {
  /** `terraform show -json` of the saved plan. */
  readonly plan: Json;
  /** The saved plan file's bytes (a zip). */
  readonly planFile: Buffer;
  /** The calls the fake Secrets Manager received while Terraform planned: `<X-Amz-Target> <body>`. */
  readonly reads: string[];
  /** The state file after the plan. */
  readonly stateAfter: string;
  /** Address → actions, for every change that is not a no-op. */
  readonly actions: Record<string, string[]>;
}

/** Plans the working directory's configuration against `state` (or none) without refreshing. */
export function planAgainstState(work: WorkDir, state: Json | undefined, extraArgs: string[] = []): PlanAgainstState {
  const recorded = cachedTerraformRun(
    "plan-against-state",
    { ...work.inputs, state: state ?? null, extraArgs },
    () => {
      const { dir, env } = work.prepared();
      if (state) writeFileSync(path.join(dir, "terraform.tfstate"), JSON.stringify(state, null, 2));
      const { reads } = withReads(work.fake, () => planWithDiagnostics(dir, env, ["-refresh=false", ...extraArgs]));
      const plan = JSON.parse(run(["show", "-json", "tfplan"], dir, env)) as Json;
      const stateFile = path.join(dir, "terraform.tfstate");
      return {
        plan,
        planFile: readFileSync(path.join(dir, "tfplan")).toString("base64"),
        stateAfter: existsSync(stateFile) ? readFileSync(stateFile, "utf8") : "",
        reads,
      };
    },
    { binary: TERRAFORM },
  );
  const actions: Record<string, string[]> = {};
  for (const rc of (recorded.plan.resource_changes ?? []) as Json[]) {
    if (rc.mode === "managed" && !(rc.change.actions as string[]).every((a) => a === "no-op"))
      actions[rc.address] = rc.change.actions;
  }
  return { ...recorded, planFile: Buffer.from(recorded.planFile, "base64"), actions };
}

/** What `terraform apply` of a working directory did: the state it wrote and the fake's calls meanwhile. */
export interface ApplyResult {
  readonly state: string;
  readonly reads: string[];
}

/** Applies the working directory's configuration (no prior state). */
export function applyOffline(work: WorkDir): ApplyResult {
  return cachedTerraformRun(
    "apply",
    work.inputs,
    () => {
      const { dir, env } = work.prepared();
      const { reads } = withReads(work.fake, () =>
        run(["apply", "-auto-approve", "-input=false", "-lock=false", "-no-color"], dir, env),
      );
      return { state: readFileSync(path.join(dir, "terraform.tfstate"), "utf8"), reads };
    },
    { binary: TERRAFORM },
  );
}
