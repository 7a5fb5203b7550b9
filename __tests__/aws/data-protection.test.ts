import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EnvironmentConfigInput } from "../../lib/config/schema";
import { environmentConfig, exampleEnvironments, Json, resourcesOfType, synthEnvironment } from "../support/synth";
import { describeWithTerraform } from "../support/terraform";

// Stateful data (created Kinesis streams, the applications' log groups, the code bucket) survives a
// plan that would delete it unless the environment turns protection off.

const ACCOUNT = "123456789012";
const TERRAFORM = process.env.TERRAFORM_BINARY || "terraform";
const JAR = path.relative(process.cwd(), path.join(__dirname, "..", "fixtures", "tiny-flink-job.jar"));

function environment(overrides: Partial<EnvironmentConfigInput> = {}, streamId = "orders") {
  return environmentConfig({
    name: "protected",
    applications: [
      {
        name: "enrich",
        code: { localJar: JAR },
        streams: {
          sources: [{ id: streamId, create: {} }],
          sinks: [{ id: "existing", arn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/elsewhere` }],
        },
      },
      {
        name: "score",
        code: {
          s3: { bucketArn: "arn:aws:s3:::central-artifacts", fileKey: "score.jar", bucketAccount: "999999999999" },
        },
      },
    ],
    ...overrides,
  } as Partial<EnvironmentConfigInput>);
}

const preventDestroy = (resources: Record<string, Json>) =>
  Object.values(resources).map((r) => r.lifecycle?.prevent_destroy);

function guardKeys(json: Json): string[] {
  return Object.keys(Object.values(resourcesOfType(json, "terraform_data"))[0]?.for_each ?? {});
}

describe("data protection (protectData, default true)", () => {
  const { json } = synthEnvironment(environment());

  test("created streams, log groups and the code bucket refuse to be destroyed or replaced", () => {
    expect(preventDestroy(resourcesOfType(json, "aws_kinesis_stream"))).toEqual([true]);
    const logGroups = Object.values(resourcesOfType(json, "aws_cloudwatch_log_group")).filter((g) =>
      String(g.name).startsWith("/aws/kinesis-analytics/"),
    );
    expect(logGroups.map((g) => g.lifecycle?.prevent_destroy)).toEqual([true, true]);
    expect(preventDestroy(resourcesOfType(json, "aws_s3_bucket"))).toEqual([true]);
  });

  test("the guard holds one key per protected resource, existing streams excluded", () => {
    expect(guardKeys(json)).toEqual([
      "kinesis-stream/flinkobs-protected-enrich-orders",
      "log-group//aws/kinesis-analytics/enrich",
      "log-group//aws/kinesis-analytics/score",
      `s3-bucket/flinkobs-protected-flink-code-${ACCOUNT}`,
    ]);
    const [guard] = Object.values(resourcesOfType(json, "terraform_data"));
    expect(guard.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("protectData: false removes prevent_destroy and the guard", () => {
    const off = synthEnvironment(environment({ protectData: false })).json;
    expect(resourcesOfType(off, "terraform_data")).toEqual({});
    for (const type of ["aws_kinesis_stream", "aws_cloudwatch_log_group", "aws_s3_bucket"])
      expect(preventDestroy(resourcesOfType(off, type)).every((p) => p !== true)).toBe(true);
  });

  test("the examples: dev is throw-away, staging and prod are protected", () => {
    const byName = new Map(exampleEnvironments().map((e) => [e.name, e]));
    expect(byName.get("dev")?.protectData).toBe(false);
    expect(byName.get("staging")?.protectData).toBe(true);
    expect(byName.get("prod")?.protectData).toBe(true);
  });
});

describe("Flink code is read only from a bucket of the expected owner", () => {
  const { json } = synthEnvironment(environment());
  const codeStatement = (app: string) => {
    const policy = Object.values(resourcesOfType(json, "aws_iam_role_policy")).find((p) =>
      String(p.role).includes(app),
    );
    return JSON.parse(policy!.policy).Statement.find((s: Json) => s.Sid === "ReadApplicationCode");
  };

  test("default: the environment's account (also for the stack's own code bucket)", () => {
    expect(codeStatement("enrich").Condition).toEqual({ StringEquals: { "s3:ResourceAccount": ACCOUNT } });
  });

  test("code.s3.bucketAccount: a central artifact account", () => {
    expect(codeStatement("score").Condition).toEqual({ StringEquals: { "s3:ResourceAccount": "999999999999" } });
  });
});

describeWithTerraform("terraform: a renamed or removed protected resource fails the plan", () => {
  /** Plans the guard of `json` against a state holding the guard of `previous`; returns the exit and output. */
  function planGuard(previous: Json, json: Json): { status: number | null; output: string } {
    const [name, guard] = Object.entries(resourcesOfType(json, "terraform_data"))[0];
    const dir = mkdtempSync(path.join(os.tmpdir(), "guard-plan-"));
    // terraform_data is built into Terraform: no provider, no network.
    writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ resource: { terraform_data: { [name]: guard } } }));
    const instances = guardKeys(previous).map((key) => ({
      index_key: key,
      schema_version: 0,
      attributes: {
        id: key,
        input: null,
        output: null,
        triggers_replace: null,
      },
      sensitive_attributes: [],
    }));
    writeFileSync(
      path.join(dir, "terraform.tfstate"),
      JSON.stringify({
        version: 4,
        terraform_version: "1.11.4",
        serial: 1,
        lineage: "5f7e0c1a-0000-4000-8000-000000000001",
        outputs: {},
        resources: [
          {
            mode: "managed",
            type: "terraform_data",
            name,
            provider: 'provider["terraform.io/builtin/terraform"]',
            instances,
          },
        ],
      }),
    );
    const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_CLI_CONFIG_FILE: "/dev/null" };
    execFileSync(TERRAFORM, ["init", "-input=false", "-no-color"], { cwd: dir, env, stdio: "ignore" });
    const plan = spawnSync(TERRAFORM, ["plan", "-input=false", "-lock=false", "-no-color"], { cwd: dir, env });
    return { status: plan.status, output: `${plan.stdout}${plan.stderr}` };
  }

  const before = synthEnvironment(environment()).json;

  test("unchanged names: the plan succeeds", () => {
    const { status, output } = planGuard(before, before);
    expect(output).toMatch(/No changes/);
    expect(status).toBe(0);
  });

  test("a stream id renamed: the plan fails naming the stream that would be deleted", () => {
    const renamed = synthEnvironment(environment({}, "order-events")).json;
    const { status, output } = planGuard(before, renamed);
    expect(status).not.toBe(0);
    expect(output).toMatch(/Instance cannot be destroyed/);
    expect(output).toContain('["kinesis-stream/flinkobs-protected-enrich-orders"]');
  });

  test("an application renamed: the plan fails naming its log group and streams", () => {
    const config = environment();
    const renamed = synthEnvironment({
      ...config,
      applications: config.applications.map((a) => (a.name === "enrich" ? { ...a, name: "enrich-v2" } : a)),
    }).json;
    const { status, output } = planGuard(before, renamed);
    expect(status).not.toBe(0);
    expect(output).toContain('["log-group//aws/kinesis-analytics/enrich"]');
    expect(output).toContain('["kinesis-stream/flinkobs-protected-enrich-orders"]');
  });
});
