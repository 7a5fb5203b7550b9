import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EnvironmentConfig } from "../lib/config/schema";
import { environmentConfig, Json, synthEnvironments } from "./support/synth";
import { describeWithTerraform } from "./support/terraform";
import { synthHcl } from "./support/hcl";

// The three backend kinds, synthesized through the real EnvironmentStack in both output formats, and
// the synthesized blocks handed to real `terraform init` to prove Terraform accepts every attribute.

const environments: EnvironmentConfig[] = [
  environmentConfig({ name: "local-default" }),
  environmentConfig({ name: "local-path", backend: { type: "local", path: "/var/lib/tfstate/x.tfstate" } }),
  environmentConfig({ name: "s3-default", region: "us-east-2", backend: { type: "s3", bucket: "acme-state" } }),
  environmentConfig({
    name: "s3-full",
    backend: {
      type: "s3",
      bucket: "acme-state",
      key: "platform/flink.tfstate",
      region: "eu-central-1",
      kmsKeyId: "arn:aws:kms:eu-central-1:123456789012:alias/terraform-state",
      dynamodbTable: "terraform-locks",
      roleArn: "arn:aws:iam::123456789012:role/terraform-state",
      workspaceKeyPrefix: "flink",
    },
  }),
  environmentConfig({
    name: "s3-dynamodb-only",
    backend: { type: "s3", bucket: "acme-state", useLockfile: false, dynamodbTable: "terraform-locks" },
  }),
  environmentConfig({ name: "cloud-default", backend: { type: "cloud", organization: "acme" } }),
  environmentConfig({
    name: "cloud-tfe",
    backend: {
      type: "cloud",
      organization: "acme",
      hostname: "tfe.example.com",
      project: "observability",
      workspace: "flink-prod",
    },
  }),
  environmentConfig({
    name: "cloud-tags",
    backend: {
      type: "cloud",
      organization: "acme",
      project: "observability",
      workspaceTags: ["flink", "observability"],
    },
  }),
];

const json = synthEnvironments(environments);
const hcl = synthHcl(environments);
const settings = (name: string): Json => json.get(name)!.json.terraform;

describe("local backend", () => {
  test("defaults to terraform.<env>.tfstate in the project root, relative to the stack folder", () => {
    expect(settings("local-default").backend).toEqual({ local: { path: "../../../terraform.local-default.tfstate" } });
    expect(settings("local-default").cloud).toBeUndefined();
  });

  test("takes an explicit path", () => {
    expect(settings("local-path").backend).toEqual({ local: { path: "/var/lib/tfstate/x.tfstate" } });
  });
});

describe("S3 backend", () => {
  test("defaults: key per environment, the environment's region, encryption and the S3 lock file", () => {
    expect(settings("s3-default").backend).toEqual({
      s3: {
        bucket: "acme-state",
        key: "flink-observability/s3-default.tfstate",
        region: "us-east-2",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  test("every option maps to its Terraform attribute; the role is an assume_role object", () => {
    expect(settings("s3-full").backend).toEqual({
      s3: {
        bucket: "acme-state",
        key: "platform/flink.tfstate",
        region: "eu-central-1",
        encrypt: true,
        kms_key_id: "arn:aws:kms:eu-central-1:123456789012:alias/terraform-state",
        dynamodb_table: "terraform-locks",
        use_lockfile: true,
        workspace_key_prefix: "flink",
        assume_role: { role_arn: "arn:aws:iam::123456789012:role/terraform-state" },
      },
    });
  });

  test("DynamoDB-only locking leaves use_lockfile out", () => {
    const s3 = settings("s3-dynamodb-only").backend.s3;
    expect(s3.dynamodb_table).toBe("terraform-locks");
    expect(s3).not.toHaveProperty("use_lockfile");
  });

  test("HCL output has the same attributes", () => {
    const text = hcl.get("s3-full")!;
    expect(text).toMatch(/backend "s3" \{/);
    for (const line of [
      'bucket = "acme-state"',
      'key = "platform/flink.tfstate"',
      "use_lockfile = true",
      'dynamodb_table = "terraform-locks"',
      'role_arn = "arn:aws:iam::123456789012:role/terraform-state"',
    ]) {
      expect(text).toContain(line);
    }
  });
});

describe("Terraform Cloud / Enterprise", () => {
  test("one named workspace per stack on HCP Terraform by default", () => {
    expect(settings("cloud-default").cloud).toEqual({
      organization: "acme",
      hostname: "app.terraform.io",
      workspaces: { name: "flink-observability-cloud-default" },
    });
    expect(settings("cloud-default").backend).toBeUndefined();
    expect(json.get("cloud-default")!.json["//"].metadata).toMatchObject({ backend: "cloud", cloud: "tfc" });
  });

  test("Terraform Enterprise host, project and workspace name", () => {
    expect(settings("cloud-tfe").cloud).toEqual({
      organization: "acme",
      hostname: "tfe.example.com",
      workspaces: { name: "flink-prod", project: "observability" },
    });
    expect(json.get("cloud-tfe")!.json["//"].metadata).toMatchObject({ cloud: "tfe" });
  });

  test("workspaces selected by tags", () => {
    expect(settings("cloud-tags").cloud.workspaces).toEqual({
      tags: ["flink", "observability"],
      project: "observability",
    });
  });

  test("HCL output keeps the project (cdktf 0.21 alone drops it)", () => {
    const named = hcl.get("cloud-tfe")!;
    expect(named).toMatch(
      /cloud \{[^}]*organization = "acme"[^}]*hostname = "tfe\.example\.com"[^}]*workspaces \{[^}]*name = "flink-prod"[^}]*project = "observability"/s,
    );
    expect(hcl.get("cloud-tags")!).toMatch(/workspaces \{[^}]*tags = \[[^\]]*"flink"[^}]*project = "observability"/s);
  });

  test("no Terraform Cloud token is written to the backend settings (it comes from terraform login / TF_TOKEN_<host>)", () => {
    for (const name of ["cloud-default", "cloud-tfe", "cloud-tags"]) {
      expect(settings(name).cloud).not.toHaveProperty("token");
      expect(hclBackendOnly(name)).not.toMatch(/token/i);
    }
  });
});

/**
 * Runs `terraform init` on the stack's terraform block alone (no providers to install), offline.
 * Init then stops at the first network call (STS, HCP Terraform discovery) — after Terraform has
 * decoded the backend block, which is what is checked: decoding errors name the attribute.
 */
function initBackendOnly(
  terraformBlock: Json | string,
  format: "json" | "hcl",
): { status: number | null; output: string } {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "backend-init-")), "stacks", "env");
  mkdirSync(dir, { recursive: true });
  if (format === "json") writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ terraform: terraformBlock }));
  else writeFileSync(path.join(dir, "main.tf"), terraformBlock as string);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: "offline-test-fake-access-key",
    AWS_SECRET_ACCESS_KEY: "offline",
    AWS_EC2_METADATA_DISABLED: "true",
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
  };
  delete env.TF_TOKEN_app_terraform_io;
  const result = spawnSync(process.env.TERRAFORM_BINARY || "terraform", ["init", "-input=false", "-no-color"], {
    cwd: dir,
    env,
    encoding: "utf8",
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const DECODING_ERRORS =
  /Extraneous JSON object property|No argument or block type is named|Unsupported argument|Unsupported block type|Missing required argument|Incorrect attribute value type|Invalid value|Invalid .* configuration|Duplicate/;

/** The terraform block of a synthesized stack, without required_providers (nothing to download). */
function backendOnly(name: string): Json {
  const rest = { ...settings(name) };
  delete rest.required_providers;
  return rest;
}

/** The HCL backend block of a synthesized stack, wrapped in its own terraform block. */
function hclBackendOnly(name: string): string {
  const text = hcl.get(name)!;
  const start = text.search(/^(backend "[a-z0-9]+"|cloud) \{/m);
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return `terraform {\n${text.slice(start, i + 1)}\n}\n`;
  }
  throw new Error(`no backend block in the HCL of ${name}`);
}

describeWithTerraform("terraform accepts every synthesized backend block", () => {
  const names = environments.map((e) => e.name);

  test.each(names)("%s (JSON)", (name) => {
    const { status, output } = initBackendOnly(backendOnly(name), "json");
    expect(output).toMatch(/Initializing (the backend|HCP Terraform)/);
    expect(output).not.toMatch(DECODING_ERRORS);
    if (name.startsWith("local")) expect(status).toBe(0);
  });

  test.each(names)("%s (HCL)", (name) => {
    const { status, output } = initBackendOnly(hclBackendOnly(name), "hcl");
    expect(output).not.toMatch(DECODING_ERRORS);
    if (name.startsWith("local")) expect(status).toBe(0);
  });

  test("the check notices an attribute Terraform does not know", () => {
    const block = backendOnly("s3-default");
    block.backend.s3.use_lock_file = true;
    const { status, output } = initBackendOnly(block, "json");
    expect(status).not.toBe(0);
    expect(output).toMatch(DECODING_ERRORS);
  });
});
