import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import {
  GrafanaTokenRotation,
  GrafanaTokenRotationProps,
  TOKEN_HEALTH_METRIC,
  tokenExpiryThresholdSeconds,
} from "../../modules/aws/grafana-token-rotation";
import { HEALTH_METRIC } from "../../modules/aws/grafana-token-rotation/lambda/handler";
import { buildRotationPackage } from "../../modules/aws/grafana-token-rotation/package";
import { Json, environmentConfig, resourcesOfType, synthEnvironment } from "../support/synth";
import { describeWithTerraform, terraformPlanOffline } from "../support/terraform";

const minimalProps: GrafanaTokenRotationProps = {
  name: "ok-token",
  accountId: "123456789012",
  region: "eu-west-1",
  workspaceId: "g-1",
  workspaceArn: "arn:aws:grafana:eu-west-1:123456789012:/workspaces/g-1",
  workspaceEndpoint: "g-1.grafana-workspace.eu-west-1.amazonaws.com",
  serviceAccountId: "1",
  kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1",
};

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

  test("the provider's auth is an ephemeral read of the secret's ARN, ordered after the bootstrap; no data source", () => {
    expect(json.data?.aws_secretsmanager_secret_version).toBeUndefined();
    const reads = Object.entries<Json>(json.ephemeral?.aws_secretsmanager_secret_version ?? {});
    expect(reads).toHaveLength(1);
    const [readName, read] = reads[0];
    expect(read).toEqual({
      secret_id: `\${aws_secretsmanager_secret.${secretName}.arn}`,
      version_stage: "AWSCURRENT",
      depends_on: [`aws_lambda_invocation.${invocationName}`],
    });
    expect(json.provider.grafana[0].auth).toBe(
      `\${jsondecode(ephemeral.aws_secretsmanager_secret_version.${readName}.secret_string).token}`,
    );
    expect(json.terraform.required_version).toBe(">= 1.10");
    // No output or other block mentions the secret's value.
    const { provider, ...rest } = json;
    expect(JSON.stringify(rest)).not.toContain("secret_string");
    expect(JSON.stringify(provider)).toContain("secret_string");
    for (const output of Object.values<Json>(json.output ?? {}))
      expect(JSON.stringify(output.value)).not.toMatch(/ephemeral|secret_string|secret_version/);
  });

  test("the secret is protected from destroy by default and keeps its identity on a rename", () => {
    expect(secret.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ["name_prefix"] });
    const unprotected = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "rot-")) });
    const stack = new TerraformStack(unprotected, "s");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    new GrafanaTokenRotation(stack, "t", { ...minimalProps, protectData: false });
    const synthesized = JSON.parse(Testing.synth(stack));
    const [, unprotectedSecret] = Object.entries<Json>(synthesized.resource.aws_secretsmanager_secret)[0];
    expect(unprotectedSecret.lifecycle.prevent_destroy).toBe(false);
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
    const permission = Object.values<Json>(resourcesOfType(json, "aws_lambda_permission")).find(
      (p) => p.principal === "secretsmanager.amazonaws.com",
    )!;
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

  test("every statement of the function's trust and role policies: this account, this workspace, this secret", () => {
    const [, role] = only(json, "aws_iam_role");
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "lambda.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
      },
    ]);
    const [, policy] = only(json, "aws_iam_role_policy");
    expect(JSON.parse(policy.policy).Statement).toEqual([
      {
        Sid: "ManageServiceAccountTokens",
        Effect: "Allow",
        Action: [
          "grafana:CreateWorkspaceServiceAccountToken",
          "grafana:DeleteWorkspaceServiceAccountToken",
          "grafana:ListWorkspaceServiceAccountTokens",
        ],
        Resource: expect.stringMatching(/^\$\{aws_grafana_workspace\..+\.arn\}$/),
      },
      {
        Sid: "RotateSecret",
        Effect: "Allow",
        Action: [
          "secretsmanager:DescribeSecret",
          "secretsmanager:GetSecretValue",
          "secretsmanager:PutSecretValue",
          "secretsmanager:UpdateSecretVersionStage",
        ],
        Resource: `\${aws_secretsmanager_secret.${secretName}.arn}`,
      },
      {
        Sid: "UseKeyThroughSecretsManager",
        Effect: "Allow",
        Action: ["kms:Decrypt", "kms:GenerateDataKey"],
        Resource: expect.stringMatching(/^\$\{aws_kms_key\..+\.arn\}$/),
        Condition: { StringEquals: { "kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com" } },
      },
      {
        Sid: "WriteOwnLogs",
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: expect.stringMatching(/^\$\{aws_cloudwatch_log_group\..+\.arn\}:\*$/),
      },
      {
        Sid: "PublishTokenHealth",
        Effect: "Allow",
        Action: "cloudwatch:PutMetricData",
        Resource: "*",
        Condition: { StringEquals: { "cloudwatch:namespace": "FlinkObservability/GrafanaToken" } },
      },
    ]);
  });

  test("without readers the secret has no resource policy", () => {
    expect(resourcesOfType(json, "aws_secretsmanager_secret_policy")).toEqual({});
  });

  test("a failing rotation alarms to the alert topic", () => {
    const alarm = Object.values<Json>(resourcesOfType(json, "aws_cloudwatch_metric_alarm")).find(
      (a) => a.metric_name === "Errors",
    )!;
    expect(alarm).toMatchObject({
      namespace: "AWS/Lambda",
      statistic: "Sum",
      threshold: 0,
      comparison_operator: "GreaterThanThreshold",
    });
    expect(alarm.dimensions.FunctionName).toBe(`\${aws_lambda_function.${functionName}.function_name}`);
    expect(alarm.alarm_actions).toEqual([expect.stringMatching(/^\$\{aws_sns_topic\..+\.arn\}$/)]);
  });

  test("an hourly report, with its own invoke permission, feeds an expiry alarm that treats silence as breaching", () => {
    const [ruleName, rule] = only(json, "aws_cloudwatch_event_rule");
    expect(rule).toMatchObject({ name: "flinkobs-rot-grafana-token-report", schedule_expression: "rate(1 hour)" });
    const [, target] = only(json, "aws_cloudwatch_event_target");
    expect(target.arn).toBe(`\${aws_lambda_function.${functionName}.arn}`);
    expect(target.rule).toBe(`\${aws_cloudwatch_event_rule.${ruleName}.name}`);
    expect(JSON.parse(target.input)).toEqual({
      action: "report",
      secretArn: `\${aws_secretsmanager_secret.${secretName}.arn}`,
    });
    const permission = Object.values<Json>(resourcesOfType(json, "aws_lambda_permission")).find(
      (p) => p.principal === "events.amazonaws.com",
    );
    expect(permission).toMatchObject({
      action: "lambda:InvokeFunction",
      source_arn: `\${aws_cloudwatch_event_rule.${ruleName}.arn}`,
      source_account: "123456789012",
    });
    const alarm = Object.values<Json>(resourcesOfType(json, "aws_cloudwatch_metric_alarm")).find(
      (a) => a.metric_name === "SecondsUntilExpiry",
    )!;
    expect(alarm).toMatchObject({
      alarm_name: "flinkobs-rot-grafana-token-expiry",
      namespace: "FlinkObservability/GrafanaToken",
      dimensions: { SecretName: `\${aws_secretsmanager_secret.${secretName}.name}` },
      statistic: "Minimum",
      period: 3600,
      evaluation_periods: 3,
      datapoints_to_alarm: 3,
      // T - R - 2 d = 30 - 7 - 2 = 21 days
      threshold: 21 * 86400,
      comparison_operator: "LessThanThreshold",
      treat_missing_data: "breaching",
    });
    expect(alarm.alarm_actions).toEqual([expect.stringMatching(/^\$\{aws_sns_topic\..+\.arn\}$/)]);
    expect(alarm.ok_actions).toEqual(alarm.alarm_actions);
    expect(fn.environment.variables.HEALTH_METRIC_NAMESPACE).toBe("FlinkObservability/GrafanaToken");
  });

  test("a Grafana rule on the same metric and threshold pages as critical, no data included", () => {
    const groups = Object.values<Json>(resourcesOfType(json, "grafana_rule_group")).filter(
      (g) => g.name === "terraform-token",
    );
    expect(groups).toHaveLength(1);
    const rule = groups[0].rule[0];
    expect(rule).toMatchObject({ condition: "C", no_data_state: "Alerting", exec_err_state: "Error" });
    expect(rule.labels).toMatchObject({ severity: "critical", environment: "rot" });
    // Like every other rule, it links its runbook: the section that leads to the token's recovery.
    expect(rule.annotations.runbook_url).toBe(
      "https://github.com/example-org/flink-observability/blob/main/docs/dashboards-and-alerts.md#terraformtoken",
    );
    const runbook = readFileSync(path.join(__dirname, "..", "..", "docs", "dashboards-and-alerts.md"), "utf8");
    const section = runbook.slice(runbook.indexOf('<a id="terraformtoken"></a>'));
    expect(section).toMatch(
      /^<a id="terraformtoken"><\/a>[^\n]*\n(.*\n){0,6}.*grafana-token-lifecycle\.md#revocation-and-recovery/,
    );
    const [query, , threshold] = rule.data.map((d: Json) => JSON.parse(d.model));
    expect(query).toMatchObject({
      namespace: "FlinkObservability/GrafanaToken",
      metricName: "SecondsUntilExpiry",
      statistic: "Minimum",
      dimensions: { SecretName: `\${aws_secretsmanager_secret.${secretName}.name}` },
    });
    expect(threshold.conditions[0].evaluator).toEqual({ type: "lt", params: [21 * 86400] });
  });

  test("the construct's metric names are the handler's", () => {
    expect(TOKEN_HEALTH_METRIC).toEqual(HEALTH_METRIC);
    expect(tokenExpiryThresholdSeconds(1)).toBe(27 * 86400);
    expect(tokenExpiryThresholdSeconds(20)).toBe(8 * 86400);
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
  const valid = minimalProps;
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
    [{ readers: ["arn:aws:iam::123456789012:role/ok", "*"] }, "readers[1] must be an IAM role or user ARN"],
  ])("%j is rejected naming the field", (overrides, message) => {
    expect(() => build(overrides)).toThrow(message);
  });

  test("verify is a typed union: other modes do not compile", () => {
    const props = (p: Partial<GrafanaTokenRotationProps>) => p;
    // @ts-expect-error ping is not a verify mode
    props({ verify: "ping" });
    expect(props({ verify: "aws" }).verify).toBe("aws");
  });

  test("readers: every statement of the secret's policy denies reading to all but the readers and the function", () => {
    const readers = ["arn:aws:iam::123456789012:role/terraform-plan", "arn:aws:iam::123456789012:role/terraform-apply"];
    const rotation = build({ readers });
    const json = JSON.parse(Testing.synth(rotation.node.scope as TerraformStack));
    const policies = Object.values<Json>(json.resource.aws_secretsmanager_secret_policy);
    expect(policies).toHaveLength(1);
    expect(policies[0].block_public_policy).toBe(true);
    expect(policies[0].secret_arn).toMatch(/^\$\{aws_secretsmanager_secret\..+\.arn\}$/);
    expect(JSON.parse(policies[0].policy).Statement).toEqual([
      {
        Sid: "OnlyListedReadersGetTheToken",
        Effect: "Deny",
        Principal: "*",
        Action: "secretsmanager:GetSecretValue",
        Resource: "*",
        Condition: {
          StringNotEquals: {
            "aws:PrincipalArn": [...readers, expect.stringMatching(/^\$\{aws_iam_role\..+\.arn\}$/)],
          },
        },
      },
    ]);
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

  test("a remembered bundle is reused while every file it was built from is unchanged, rebuilt after", () => {
    const project = mkdtempSync(path.join(os.tmpdir(), "bundle-cache-"));
    const entry = path.join(project, "handler.ts");
    const helper = path.join(project, "helper.ts");
    const cacheDir = path.join(project, "cache");
    writeFileSync(entry, 'import { greeting } from "./helper";\nexport const handler = () => greeting;\n');
    writeFileSync(helper, 'export const greeting = "first";\n');
    const unzipped = (zip: string) => execFileSync("unzip", ["-p", zip, "index.js"], { encoding: "utf8" });

    expect(unzipped(buildRotationPackage(entry, { cacheDir }).zipPath)).toContain('"first"');
    // Mark the remembered code: a reuse returns the mark, a rebuild does not.
    const [record] = readdirSync(cacheDir).map((f) => path.join(cacheDir, f));
    const remembered = JSON.parse(readFileSync(record, "utf8"));
    writeFileSync(record, JSON.stringify({ ...remembered, code: `${remembered.code}// reused\n` }));
    expect(unzipped(buildRotationPackage(entry, { cacheDir }).zipPath)).toContain("// reused");

    writeFileSync(helper, 'export const greeting = "second";\n'); // not the entry: a file it imports
    const rebuilt = unzipped(buildRotationPackage(entry, { cacheDir }).zipPath);
    expect(rebuilt).toContain('"second"');
    expect(rebuilt).not.toContain("// reused");
  });

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
    "aws_cloudwatch_event_rule.",
    "aws_cloudwatch_event_target.",
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
    expect(result.warnings).toEqual([]);
    const planned = result.plannedAddresses;
    const expected = variant === "external" ? common : [...common, ...rotated];
    for (const prefix of expected)
      expect({ prefix, found: planned.some((a) => a.startsWith(prefix)) }).toEqual({ prefix, found: true });
    if (variant === "external") expect(planned.filter((a) => /secretsmanager|lambda/.test(a))).toEqual([]);
    if (variant === "saml")
      expect(planned.some((a) => a.startsWith("aws_grafana_workspace_saml_configuration."))).toBe(true);

    // The token is opened (ephemerally) on apply, after the bootstrap: nothing in the plan reads or holds it.
    expect(JSON.stringify(result.plan)).not.toMatch(/secret_string|aws_secretsmanager_secret_version/);
    const workspaceAndToken = planned.filter((a) =>
      /^aws_(grafana|iam|kms|sns|secretsmanager|lambda|cloudwatch)_/.test(a),
    );
    console.log(
      `${variant}: ${planned.length} AWS resources planned offline (${workspaceAndToken.length} workspace/token); left out: ${result.leftOut.join(", ") || "nothing"}`,
    );
  });
});
