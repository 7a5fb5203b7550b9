import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { GrafanaTokenRotation, GrafanaTokenRotationProps } from "../../modules/aws/grafana-token-rotation";
import { buildRotationPackage } from "../../modules/aws/grafana-token-rotation/package";
import { Json, environmentConfig, resourcesOfType, synthEnvironment } from "../support/synth";
import { describeWithTerraform, terraformPlanOffline } from "../support/terraform";

/** The one block of `type` that the construct with id `owner` created (other sections add their own). */
function only(json: Json, type: string, owner = "grafanaToken"): [string, Json] {
  const entries = Object.entries(resourcesOfType(json, type)).filter(([name]) => name.startsWith(`${owner}_`));
  expect(entries).toHaveLength(1);
  return entries[0];
}

describe("rotated token mode (default)", () => {
  const { json, dir } = synthEnvironment(environmentConfig({ name: "rot" }));
  const [invocationName, invocation] = only(json, "aws_lambda_invocation");
  const [functionName, fn] = only(json, "aws_lambda_function");
  const [secretName, secret] = only(json, "aws_secretsmanager_secret");
  const tokenVersions = Object.entries<Json>(json.data?.aws_secretsmanager_secret_version ?? {});

  test("the token is read by a data source that references the bootstrap result and has no depends_on", () => {
    expect(tokenVersions).toHaveLength(1);
    const [dataName, data] = tokenVersions[0];
    expect(data.depends_on).toBeUndefined();
    expect(data.secret_id).toBe(`\${jsondecode(aws_lambda_invocation.${invocationName}.result).secretArn}`);
    expect(data.version_stage).toBe("AWSCURRENT");
    expect(json.provider.grafana[0].auth).toBe(
      `\${jsondecode(data.aws_secretsmanager_secret_version.${dataName}.secret_string).token}`,
    );
  });

  test("the Grafana provider points at the workspace endpoint", () => {
    const [workspaceName] = only(json, "aws_grafana_workspace", "workspace");
    expect(json.provider.grafana[0].url).toBe(`https://\${aws_grafana_workspace.${workspaceName}.endpoint}`);
  });

  test("the bootstrap runs ensure once, on create, with the secret, workspace and service account", () => {
    expect(invocation.lifecycle_scope).toBe("CREATE_ONLY");
    expect(invocation.function_name).toBe(`\${aws_lambda_function.${functionName}.function_name}`);
    const input = JSON.parse(invocation.input);
    expect(input).toEqual({
      action: "ensure",
      secretArn: `\${aws_secretsmanager_secret.${secretName}.arn}`,
      workspaceId: expect.stringMatching(/^\$\{aws_grafana_workspace\..+\.id\}$/),
      serviceAccountId: expect.stringMatching(/^\$\{aws_grafana_workspace_service_account\..+\.service_account_id\}$/),
    });
    expect(Object.keys(invocation.triggers).sort()).toEqual(["secretArn", "serviceAccountId", "workspaceId"]);
  });

  test("Terraform never writes a secret value; the secret is KMS-encrypted and name-prefixed", () => {
    expect(resourcesOfType(json, "aws_secretsmanager_secret_version")).toEqual({});
    expect(secret.kms_key_id).toMatch(/^\$\{aws_kms_key\..+\.arn\}$/);
    expect(secret.name_prefix).toBe("flinkobs-rot-grafana-token-");
    expect(secret.recovery_window_in_days).toBe(7);
  });

  test("rotation every 7 days through the function, not immediately, after the bootstrap", () => {
    const [, rotation] = only(json, "aws_secretsmanager_secret_rotation");
    expect(rotation.rotation_rules).toEqual({ automatically_after_days: 7 });
    expect(rotation.rotate_immediately).toBe(false);
    expect(rotation.rotation_lambda_arn).toBe(`\${aws_lambda_function.${functionName}.arn}`);
    expect(rotation.depends_on).toEqual(expect.arrayContaining([`aws_lambda_invocation.${invocationName}`]));
    const [, permission] = only(json, "aws_lambda_permission");
    expect(permission).toMatchObject({
      principal: "secretsmanager.amazonaws.com",
      source_arn: `\${aws_secretsmanager_secret.${secretName}.arn}`,
      source_account: "123456789012",
      action: "lambda:InvokeFunction",
    });
  });

  test("the function is Node.js 22 on arm64 with a content-hashed, deterministic package", () => {
    expect(fn).toMatchObject({
      runtime: "nodejs22.x",
      architectures: ["arm64"],
      handler: "index.handler",
      timeout: 120,
    });
    const zip = readFileSync(path.join(dir, fn.filename));
    expect(fn.source_code_hash).toBe(createHash("sha256").update(zip).digest("base64"));
    expect(fn.filename).toContain(createHash("sha256").update(zip).digest("hex"));
    expect(fn.environment.variables).toMatchObject({
      TOKEN_TTL_SECONDS: "2592000",
      VERIFY_MODE: "http",
      TOKEN_NAME_PREFIX: "terraform-rotated-",
    });
  });

  test("the function's role can only manage this workspace's tokens and this secret", () => {
    const [, policy] = only(json, "aws_iam_role_policy");
    const statements: Json[] = JSON.parse(policy.policy).Statement;
    const byAction = (action: string) => statements.filter((s) => ([] as string[]).concat(s.Action).includes(action));
    expect(byAction("grafana:CreateWorkspaceServiceAccountToken")[0].Resource).toMatch(
      /^\$\{aws_grafana_workspace\..+\.arn\}$/,
    );
    expect(byAction("secretsmanager:PutSecretValue")[0].Resource).toBe(
      `\${aws_secretsmanager_secret.${secretName}.arn}`,
    );
    expect(byAction("kms:Decrypt")[0].Condition).toEqual({
      StringEquals: { "kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com" },
    });
    expect(byAction("logs:PutLogEvents")[0].Resource).toMatch(/^\$\{aws_cloudwatch_log_group\..+\.arn\}:\*$/);
    for (const s of statements) expect(s.Resource).not.toBe("*");
    expect(byAction("logs:CreateLogGroup")).toEqual([]);
  });

  test("a failing rotation alarms to the alert topic", () => {
    const [, alarm] = only(json, "aws_cloudwatch_metric_alarm");
    expect(alarm).toMatchObject({
      namespace: "AWS/Lambda",
      metric_name: "Errors",
      statistic: "Sum",
      threshold: 0,
      comparison_operator: "GreaterThanThreshold",
    });
    expect(alarm.dimensions.FunctionName).toBe(`\${aws_lambda_function.${functionName}.function_name}`);
    expect(alarm.alarm_actions).toEqual([expect.stringMatching(/^\$\{aws_sns_topic\..+\.arn\}$/)]);
  });

  test("logs are kept 90 days in the function's own group", () => {
    const [logName, logs] = only(json, "aws_cloudwatch_log_group");
    expect(logs).toMatchObject({ name: "/aws/lambda/flinkobs-rot-grafana-token", retention_in_days: 90 });
    expect(fn.logging_config.log_group).toBe(`\${aws_cloudwatch_log_group.${logName}.name}`);
  });
});

describe("external token mode", () => {
  const { json } = synthEnvironment(environmentConfig({ name: "ext", grafana: { token: { mode: "external" } } }));

  test("no secret, function, rotation or invocation; a service account still exists", () => {
    for (const type of [
      "aws_secretsmanager_secret",
      "aws_lambda_function",
      "aws_secretsmanager_secret_rotation",
      "aws_lambda_invocation",
    ]) {
      expect({ type, blocks: resourcesOfType(json, type) }).toEqual({ type, blocks: {} });
    }
    expect(json.data?.aws_secretsmanager_secret_version).toBeUndefined();
    only(json, "aws_grafana_workspace_service_account", "workspace");
  });

  test("the provider's auth is a sensitive, nullable variable defaulting to null (then GRAFANA_AUTH)", () => {
    expect(json.variable.grafana_auth).toEqual(
      expect.objectContaining({ type: "string", sensitive: true, nullable: true, default: null }),
    );
    expect(json.provider.grafana[0].auth).toBe("${var.grafana_auth}");
  });
});

describe("GrafanaTokenRotation props validation", () => {
  const valid: GrafanaTokenRotationProps = {
    name: "ok-token",
    accountId: "123456789012",
    region: "eu-west-1",
    workspaceId: "g-1",
    workspaceArn: "arn:aws:grafana:eu-west-1:123456789012:/workspaces/g-1",
    workspaceEndpoint: "g-1.grafana-workspace.eu-west-1.amazonaws.com",
    serviceAccountId: "1",
    kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1",
  };
  function build(overrides: Partial<GrafanaTokenRotationProps>) {
    const stack = new TerraformStack(new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-")) }), "s");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    return new GrafanaTokenRotation(stack, "grafanaToken", { ...valid, ...overrides });
  }

  test.each([
    [
      { rotationDays: 0 },
      'GrafanaTokenRotation "grafanaToken": rotationDays must be an integer from 1 to 20 (tokens live 30 days and 10 are kept in reserve), got 0',
    ],
    [{ rotationDays: 21 }, "rotationDays must be an integer from 1 to 20"],
    [{ secretRecoveryWindowDays: 3 }, "secretRecoveryWindowDays must be 0 or an integer from 7 to 30, got 3"],
    [{ logRetentionDays: 42 }, "logRetentionDays must be one of 1, 3, 5"],
    [
      { name: "Bad_Name" },
      "name must be 1-56 lower-case letters, digits or '-', starting with a letter, got \"Bad_Name\"",
    ],
    [{ accountId: "12" }, 'accountId must be 12 digits, got "12"'],
    [{ tokenNamePrefix: "has space" }, "tokenNamePrefix must be 1-64 letters"],
  ])("%j is rejected naming the field", (overrides, message) => {
    expect(() => build(overrides)).toThrow(message);
  });

  test("verify is a typed union: other modes do not compile", () => {
    const props = (p: Partial<GrafanaTokenRotationProps>) => p;
    // @ts-expect-error ping is not a verify mode
    props({ verify: "ping" });
    expect(props({ verify: "aws" }).verify).toBe("aws");
  });

  test("the edge values are accepted and take effect: rotation every 20 days, secret deleted at once", () => {
    const json = JSON.parse(Testing.synth(TerraformStack.of(build({ rotationDays: 20, secretRecoveryWindowDays: 0 }))));
    const [, rotation] = only(json, "aws_secretsmanager_secret_rotation");
    expect(rotation.rotation_rules).toEqual({ automatically_after_days: 20 });
    expect(only(json, "aws_secretsmanager_secret")[1].recovery_window_in_days).toBe(0);
    // ensure replaces a token that would not outlive the next rotation.
    const [, fn] = only(json, "aws_lambda_function");
    expect(fn.environment.variables.ENSURE_MIN_REMAINING_SECONDS).toBe(String(20 * 24 * 3600));
  });
});

describe("rotation function package", () => {
  const first = buildRotationPackage();
  const second = buildRotationPackage();

  test("is byte-identical across builds", () => {
    expect(second.sha256Hex).toBe(first.sha256Hex);
    expect(readFileSync(second.zipPath).equals(readFileSync(first.zipPath))).toBe(true);
  });

  test("holds one bundled index.js exporting handler, with the AWS SDK left to the runtime", () => {
    const listing = execFileSync(
      "python3",
      [
        "-c",
        "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(z.namelist())",
        first.zipPath,
      ],
      {
        encoding: "utf8",
      },
    );
    expect(listing.trim().split("\n")).toEqual(["None", "['index.js']"]);
    const code = execFileSync("unzip", ["-p", first.zipPath, "index.js"], { encoding: "utf8" });
    expect(code).toContain('require("@aws-sdk/client-grafana")');
    expect(code).toContain('require("@aws-sdk/client-secrets-manager")');
    expect(code).toMatch(/handler: \(\) => handler/);
    // Paths in the bundle are relative to the handler's folder, not to this checkout.
    expect(code).not.toContain(path.resolve(__dirname, "..", ".."));
  });
});

describeWithTerraform("terraform: the token machinery validates and plans offline", () => {
  const variants = {
    rotated: environmentConfig({ name: "rotated" }),
    external: environmentConfig({ name: "external", grafana: { token: { mode: "external" } } }),
    saml: environmentConfig({
      name: "saml",
      grafana: {
        authentication: {
          providers: ["AWS_SSO", "SAML"],
          saml: {
            idpMetadataUrl: "https://idp.example.com/metadata",
            roleAssertion: "groups",
            editorRoleValues: ["editors"],
            adminRoleValues: ["admins"],
          },
        },
        pluginAdmin: true,
        vpc: { subnetIds: ["subnet-0a", "subnet-0b"], securityGroupIds: ["sg-0a"] },
        networkAccessControl: { prefixListIds: ["pl-0a"] },
      },
    }),
  };
  const common = [
    "aws_grafana_workspace.",
    "aws_iam_role.workspace_role_",
    "aws_iam_role_policy.workspace_cloudwatch-read_",
    "aws_iam_role_policy.workspace_alert-publish_",
    "aws_kms_key.",
    "aws_sns_topic.",
    "aws_sns_topic_policy.",
    "aws_grafana_workspace_service_account.",
  ];
  const rotated = [
    "aws_secretsmanager_secret.",
    "aws_lambda_function.",
    "aws_lambda_permission.",
    "aws_lambda_invocation.",
    "aws_secretsmanager_secret_rotation.",
    "aws_cloudwatch_metric_alarm.",
    "aws_cloudwatch_log_group.",
    "aws_iam_role.grafanaToken_role_",
  ];

  test.each(Object.keys(variants) as (keyof typeof variants)[])("%s", (variant) => {
    const { json, dir } = synthEnvironment(variants[variant]);
    if (variant === "external") {
      // Only the (left-out) Grafana provider uses grafana_auth, so the offline copy drops it; dropped
      // here already because the helper leaves an empty `variable: {}` block that terraform rejects.
      expect(
        JSON.stringify({ ...json, variable: undefined, provider: { ...json.provider, grafana: undefined } }),
      ).not.toContain("var.grafana_auth");
      delete json.variable.grafana_auth;
      if (Object.keys(json.variable).length === 0) delete json.variable;
    }
    const result = terraformPlanOffline(json, { stackDir: dir });
    expect(result.validation.valid).toBe(true);
    const planned = result.plannedAddresses;
    const expected = variant === "external" ? common : [...common, ...rotated];
    for (const prefix of expected)
      expect({ prefix, found: planned.some((a) => a.startsWith(prefix)) }).toEqual({ prefix, found: true });
    if (variant === "external") expect(planned.filter((a) => /secretsmanager|lambda/.test(a))).toEqual([]);
    if (variant === "saml")
      expect(planned.some((a) => a.startsWith("aws_grafana_workspace_saml_configuration."))).toBe(true);

    // The token is read after the bootstrap on the first apply: unknown in this plan, never read now.
    const tokenRead = (result.plan.resource_changes ?? []).filter(
      (rc: Json) => rc.type === "aws_secretsmanager_secret_version" && rc.mode === "data",
    );
    expect(tokenRead.map((rc: Json) => rc.change.actions)).toEqual(variant === "external" ? [] : [["read"]]);
    const workspaceAndToken = planned.filter((a) =>
      /^aws_(grafana|iam|kms|sns|secretsmanager|lambda|cloudwatch)_/.test(a),
    );
    console.log(
      `${variant}: ${planned.length} AWS resources planned offline (${workspaceAndToken.length} workspace/token); left out: ${result.leftOut.join(", ") || "nothing"}`,
    );
  });
});
