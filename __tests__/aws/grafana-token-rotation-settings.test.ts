import { TerraformOutput, TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import {
  GrafanaTokenRotation,
  GrafanaTokenRotationProps,
  MAX_ROTATION_DAYS,
  READER_ARN,
  TOKEN_HEALTH_REPORT_SCHEDULE,
} from "../../modules/aws/grafana-token-rotation";
import { Json, PRODUCTION_APP } from "../support/synth";

// The token rotation construct's settings, each resource compared whole (secret, log group, role,
// function, permissions, bootstrap, rotation, ephemeral read, schedule, alarms, the provider's auth
// expression), and every props rule with the exact error it reports.

const ACCOUNT = "123456789012";
const REGION = "eu-west-1";
const WORKSPACE_ARN = `arn:aws:grafana:${REGION}:${ACCOUNT}:/workspaces/g-1`;
const KMS_KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1`;
const VALID: GrafanaTokenRotationProps = {
  name: "ws-token",
  accountId: ACCOUNT,
  region: REGION,
  workspaceId: "g-1",
  workspaceArn: WORKSPACE_ARN,
  workspaceEndpoint: "g-1.grafana-workspace.eu-west-1.amazonaws.com",
  serviceAccountId: "7",
  kmsKeyArn: KMS_KEY_ARN,
};

/** A stack with the AWS provider. */
function bareStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "rotation-settings");
  new AwsProvider(stack, "aws", { region: REGION });
  return stack;
}

/**
 * The rotation construct alone, synthesized, with its provider auth as output `auth`; logical names lose
 * cdktf's 8-hex-digit suffix (also inside references).
 */
function synthRotation(props: Partial<GrafanaTokenRotationProps> = {}): Json {
  const stack = bareStack();
  const rotation = new GrafanaTokenRotation(stack, "token", { ...VALID, ...props });
  new TerraformOutput(stack, "auth", { value: rotation.providerAuth });
  return JSON.parse(Testing.synth(stack).replace(/_[0-9A-F]{8}\b/g, ""));
}

/** The construct's error for `props` (on top of valid ones), or "accepted". */
function outcome(props: Partial<GrafanaTokenRotationProps>): string {
  try {
    new GrafanaTokenRotation(bareStack(), "token", { ...VALID, ...props });
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
}

const error = (problem: string) => `GrafanaTokenRotation "token": ${problem}`;
const SECRET_ARN = "${aws_secretsmanager_secret.token_secret.arn}";
const FUNCTION_NAME = "${aws_lambda_function.token_function.function_name}";
const FUNCTION_ARN = "${aws_lambda_function.token_function.arn}";

describe("GrafanaTokenRotation resources", () => {
  test("the secret: name prefix, description, key, recovery window, protection, tags", () => {
    const r = synthRotation().resource;
    expect(r.aws_secretsmanager_secret).toStrictEqual({
      token_secret: {
        name_prefix: "ws-token-",
        description: "Current Terraform token of Grafana workspace g-1; written only by ws-token",
        kms_key_id: KMS_KEY_ARN,
        recovery_window_in_days: 7,
        tags: {},
        lifecycle: { prevent_destroy: true, ignore_changes: ["name_prefix"] },
      },
    });
    expect(r.aws_secretsmanager_secret_version).toBeUndefined();
  });

  test.each([
    [{}, true],
    [{ protectData: true }, true],
    [{ protectData: false }, false],
  ])("protectData %j: prevent_destroy of the secret is %s", (props, expected) => {
    expect(synthRotation(props).resource.aws_secretsmanager_secret.token_secret.lifecycle).toStrictEqual({
      prevent_destroy: expected,
      ignore_changes: ["name_prefix"],
    });
  });

  test.each([0, 7, 14, 30])("secretRecoveryWindowDays %d is the secret's recovery window", (days) => {
    expect(
      synthRotation({ secretRecoveryWindowDays: days }).resource.aws_secretsmanager_secret.token_secret
        .recovery_window_in_days,
    ).toBe(days);
  });

  test("the log group: the function's name, 90 days by default, or the given retention", () => {
    expect(synthRotation().resource.aws_cloudwatch_log_group).toStrictEqual({
      token_logs: { name: "/aws/lambda/ws-token", retention_in_days: 90, tags: {} },
    });
    expect(synthRotation({ logRetentionDays: 30 }).resource.aws_cloudwatch_log_group).toStrictEqual({
      token_logs: { name: "/aws/lambda/ws-token", retention_in_days: 30, tags: {} },
    });
  });

  test("the role and its inline policy are named after the function", () => {
    const r = synthRotation().resource;
    expect(r.aws_iam_role).toStrictEqual({
      token_role: {
        name: "ws-token-role",
        description: "Rotates the Terraform token of Grafana workspace g-1",
        assume_role_policy: expect.any(String),
        tags: {},
      },
    });
    expect(r.aws_iam_role_policy).toStrictEqual({
      token_policy: {
        name: "rotate-grafana-token",
        role: "${aws_iam_role.token_role.id}",
        policy: expect.any(String),
      },
    });
  });

  test("the function: Node.js 22 on arm64, its settings and environment, after its policy", () => {
    const fn = synthRotation().resource.aws_lambda_function.token_function;
    expect(fn).toStrictEqual({
      function_name: "ws-token",
      description: "Rotates the Terraform token of Grafana workspace g-1",
      role: "${aws_iam_role.token_role.arn}",
      runtime: "nodejs22.x",
      architectures: ["arm64"],
      handler: "index.handler",
      filename: expect.stringMatching(/^assets\/token_code\/[0-9a-f]{64}\/index\.zip$/),
      source_code_hash: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/),
      timeout: 120,
      memory_size: 256,
      environment: {
        variables: {
          WORKSPACE_ID: "g-1",
          WORKSPACE_ENDPOINT: "g-1.grafana-workspace.eu-west-1.amazonaws.com",
          SERVICE_ACCOUNT_ID: "7",
          TOKEN_NAME_PREFIX: "terraform-rotated-",
          TOKEN_TTL_SECONDS: String(30 * 24 * 3600),
          VERIFY_MODE: "http",
          ENSURE_MIN_REMAINING_SECONDS: String(7 * 24 * 3600),
          HEALTH_METRIC_NAMESPACE: "FlinkObservability/GrafanaToken",
        },
      },
      logging_config: { log_format: "JSON", log_group: "${aws_cloudwatch_log_group.token_logs.name}" },
      tags: {},
      depends_on: ["aws_iam_role_policy.token_policy"],
    });
  });

  test("given verify mode, token name prefix and rotation interval reach the function", () => {
    const variables = synthRotation({ verify: "aws", tokenNamePrefix: "tf-", rotationDays: 3 }).resource
      .aws_lambda_function.token_function.environment.variables;
    expect(variables).toMatchObject({
      VERIFY_MODE: "aws",
      TOKEN_NAME_PREFIX: "tf-",
      ENSURE_MIN_REMAINING_SECONDS: String(3 * 24 * 3600),
      TOKEN_TTL_SECONDS: "2592000",
    });
  });

  test("Secrets Manager may invoke the function for this secret and account only", () => {
    expect(synthRotation().resource.aws_lambda_permission["token_secretsmanager-invoke"]).toStrictEqual({
      statement_id: "SecretsManagerRotation",
      action: "lambda:InvokeFunction",
      function_name: FUNCTION_NAME,
      principal: "secretsmanager.amazonaws.com",
      source_arn: SECRET_ARN,
      source_account: ACCOUNT,
    });
  });

  test("the bootstrap runs ensure once, on create, re-run only for a new secret, workspace or service account", () => {
    const invocation = synthRotation().resource.aws_lambda_invocation.token_bootstrap;
    expect({ ...invocation, input: JSON.parse(invocation.input) }).toStrictEqual({
      function_name: FUNCTION_NAME,
      lifecycle_scope: "CREATE_ONLY",
      input: { action: "ensure", secretArn: SECRET_ARN, workspaceId: "g-1", serviceAccountId: "7" },
      triggers: { secretArn: SECRET_ARN, workspaceId: "g-1", serviceAccountId: "7" },
    });
  });

  test.each([
    [{}, 7],
    [{ rotationDays: 1 }, 1],
    [{ rotationDays: 20 }, 20],
  ])("rotation %j: every %d days, never immediately, after the permission and the bootstrap", (props, days) => {
    expect(synthRotation(props).resource.aws_secretsmanager_secret_rotation).toStrictEqual({
      token_rotation: {
        secret_id: "${aws_secretsmanager_secret.token_secret.id}",
        rotation_lambda_arn: FUNCTION_ARN,
        rotation_rules: { automatically_after_days: days },
        rotate_immediately: false,
        depends_on: ["aws_lambda_permission.token_secretsmanager-invoke", "aws_lambda_invocation.token_bootstrap"],
      },
    });
  });

  test("the provider's auth is the token field of an ephemeral read of the current version, after the bootstrap", () => {
    const json = synthRotation();
    expect(json.ephemeral).toStrictEqual({
      aws_secretsmanager_secret_version: {
        token_current: {
          secret_id: SECRET_ARN,
          version_stage: "AWSCURRENT",
          depends_on: ["aws_lambda_invocation.token_bootstrap"],
        },
      },
    });
    expect(json.output.auth.value).toBe(
      "${jsondecode(ephemeral.aws_secretsmanager_secret_version.token_current.secret_string).token}",
    );
  });

  test("an hourly schedule runs the report action, with its own invoke permission", () => {
    const r = synthRotation().resource;
    expect(TOKEN_HEALTH_REPORT_SCHEDULE).toBe("rate(1 hour)");
    expect(r.aws_cloudwatch_event_rule).toStrictEqual({
      "token_report-schedule": {
        name: "ws-token-report",
        description: "Hourly health report of the Grafana token in ws-token's secret (SecondsUntilExpiry)",
        schedule_expression: "rate(1 hour)",
        tags: {},
      },
    });
    const target = r.aws_cloudwatch_event_target["token_report-target"];
    expect({ ...target, input: JSON.parse(target.input) }).toStrictEqual({
      rule: "${aws_cloudwatch_event_rule.token_report-schedule.name}",
      arn: FUNCTION_ARN,
      input: { action: "report", secretArn: SECRET_ARN },
    });
    expect(r.aws_lambda_permission["token_schedule-invoke"]).toStrictEqual({
      statement_id: "HourlyHealthReport",
      action: "lambda:InvokeFunction",
      function_name: FUNCTION_NAME,
      principal: "events.amazonaws.com",
      source_arn: "${aws_cloudwatch_event_rule.token_report-schedule.arn}",
      source_account: ACCOUNT,
    });
  });

  test("without an alarm topic: both alarms, exactly, with no actions", () => {
    const alarms = synthRotation().resource.aws_cloudwatch_metric_alarm;
    expect(alarms).toStrictEqual({
      token_errors: {
        alarm_name: "ws-token-errors",
        alarm_description:
          "The Grafana token rotation function ws-token failed. Terraform's token expires 30 days after the last " +
          "successful rotation; see docs/grafana-token-lifecycle.md (recovery).",
        namespace: "AWS/Lambda",
        metric_name: "Errors",
        dimensions: { FunctionName: FUNCTION_NAME },
        statistic: "Sum",
        period: 300,
        evaluation_periods: 1,
        threshold: 0,
        comparison_operator: "GreaterThanThreshold",
        treat_missing_data: "notBreaching",
        alarm_actions: [],
        tags: {},
      },
      token_expiry: {
        alarm_name: "ws-token-expiry",
        alarm_description:
          "Terraform's Grafana token (secret of ws-token) expires in under 21 days, or its hourly health report is " +
          "missing: rotation is overdue or stopped. Plans fail with 401 when it expires; see " +
          "docs/grafana-token-lifecycle.md (failure table).",
        namespace: "FlinkObservability/GrafanaToken",
        metric_name: "SecondsUntilExpiry",
        dimensions: { SecretName: "${aws_secretsmanager_secret.token_secret.name}" },
        statistic: "Minimum",
        period: 3600,
        evaluation_periods: 3,
        datapoints_to_alarm: 3,
        threshold: 21 * 86400,
        comparison_operator: "LessThanThreshold",
        treat_missing_data: "breaching",
        alarm_actions: [],
        ok_actions: [],
        tags: {},
      },
    });
  });

  test("with an alarm topic, both alarms page it, and the expiry alarm also reports recovery", () => {
    const topic = `arn:aws:sns:${REGION}:${ACCOUNT}:alerts`;
    const alarms = synthRotation({ alarmTopicArn: topic, rotationDays: 14 }).resource.aws_cloudwatch_metric_alarm;
    expect(alarms.token_errors.alarm_actions).toEqual([topic]);
    expect(alarms.token_expiry).toMatchObject({
      alarm_actions: [topic],
      ok_actions: [topic],
      // T - R - 2 days = 30 - 14 - 2
      threshold: 14 * 86400,
      alarm_description: expect.stringContaining("expires in under 14 days, or its hourly health report"),
    });
  });

  test("the given tags go on every taggable resource", () => {
    const tags = { Team: "observability" };
    const r = synthRotation({ tags }).resource;
    expect({
      secret: r.aws_secretsmanager_secret.token_secret.tags,
      logs: r.aws_cloudwatch_log_group.token_logs.tags,
      role: r.aws_iam_role.token_role.tags,
      function: r.aws_lambda_function.token_function.tags,
      schedule: r.aws_cloudwatch_event_rule["token_report-schedule"].tags,
      errors: r.aws_cloudwatch_metric_alarm.token_errors.tags,
      expiry: r.aws_cloudwatch_metric_alarm.token_expiry.tags,
    }).toStrictEqual({
      secret: tags,
      logs: tags,
      role: tags,
      function: tags,
      schedule: tags,
      errors: tags,
      expiry: tags,
    });
  });

  test("readers: a secret policy lets only them and the function's role read the token", () => {
    const readers = [`arn:aws:iam::${ACCOUNT}:role/terraform-plan`];
    const policies = synthRotation({ readers }).resource.aws_secretsmanager_secret_policy;
    expect(Object.keys(policies)).toEqual(["token_readers"]);
    expect({ ...policies.token_readers, policy: JSON.parse(policies.token_readers.policy) }).toStrictEqual({
      secret_arn: SECRET_ARN,
      block_public_policy: true,
      policy: {
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "OnlyListedReadersGetTheToken",
            Effect: "Deny",
            Principal: "*",
            Action: "secretsmanager:GetSecretValue",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:PrincipalArn": [...readers, "${aws_iam_role.token_role.arn}"] } },
          },
        ],
      },
    });
  });

  test.each([[{}], [{ readers: [] }]])("readers %j: no secret policy", (props) => {
    expect(synthRotation(props).resource.aws_secretsmanager_secret_policy).toBeUndefined();
  });
});

describe("GrafanaTokenRotation props validation", () => {
  test.each(["a", "ws-token", "a1-b2", `a${"b".repeat(55)}`])("name %j is accepted", (name) => {
    expect(outcome({ name })).toBe("accepted");
  });

  test.each(["", "9abc", "-abc", "Abc", "abc_", "abc ", " abc", "ab.c", `a${"b".repeat(56)}`])(
    "name %j is refused",
    (name) => {
      expect(outcome({ name })).toBe(
        error(
          `name must be 1-56 lower-case letters, digits or '-', starting with a letter, got ${JSON.stringify(name)}`,
        ),
      );
    },
  );

  test.each(["1234567890123", "x123456789012", "123456789012x", "12345678901"])("accountId %j is refused", (id) => {
    expect(outcome({ accountId: id })).toBe(error(`accountId must be 12 digits, got ${JSON.stringify(id)}`));
  });

  test("the longest rotation interval keeps 10 of the token's 30 days in reserve", () => {
    expect(MAX_ROTATION_DAYS).toBe(20);
  });

  test.each([1, 2, 19, 20])("rotationDays %d is accepted", (rotationDays) => {
    expect(outcome({ rotationDays })).toBe("accepted");
  });

  test.each([0, -1, 21, 40, 1.5])("rotationDays %d is refused", (rotationDays) => {
    expect(outcome({ rotationDays })).toBe(
      error(
        `rotationDays must be an integer from 1 to 20 (tokens live 30 days and 10 are kept in reserve), got ${rotationDays}`,
      ),
    );
  });

  test.each([0, 7, 8, 29, 30])("secretRecoveryWindowDays %d is accepted", (days) => {
    expect(outcome({ secretRecoveryWindowDays: days })).toBe("accepted");
  });

  test.each([1, 6, 31, 7.5, -7])("secretRecoveryWindowDays %d is refused", (days) => {
    expect(outcome({ secretRecoveryWindowDays: days })).toBe(
      error(`secretRecoveryWindowDays must be 0 or an integer from 7 to 30, got ${days}`),
    );
  });

  test.each([
    `arn:aws:iam::${ACCOUNT}:role/terraform-plan`,
    `arn:aws:iam::${ACCOUNT}:role/path/to/Terraform_Apply+x=y,z.w@v-1`,
    `arn:aws:iam::${ACCOUNT}:user/ci`,
    `arn:aws-cn:iam::${ACCOUNT}:role/cn-reader`,
    `arn:aws-us-gov:iam::${ACCOUNT}:role/gov-reader`,
    `arn:aws:iam::${ACCOUNT}:role/${"r".repeat(512)}`,
  ])("reader %s is accepted", (reader) => {
    expect(READER_ARN.test(reader)).toBe(true);
    expect(outcome({ readers: [reader] })).toBe("accepted");
  });

  test.each([
    "*",
    `x-arn:aws:iam::${ACCOUNT}:role/reader`,
    `arn:aws:iam::${ACCOUNT}:role/reader plan`,
    `arn:aws:iam::${ACCOUNT}:role/`,
    `arn:aws:iam::${ACCOUNT}:group/readers`,
    `arn:aws:iam::1234567890:role/reader`,
    `arn:aws:iam::abcdefghijkl:role/reader`,
    `arn:aws:sts::${ACCOUNT}:assumed-role/reader/session`,
    `arn:aws1:iam::${ACCOUNT}:role/reader`,
    `arn:aws:iam::${ACCOUNT}:role/${"r".repeat(513)}`,
  ])("reader %s is refused naming its index", (reader) => {
    expect(outcome({ readers: [`arn:aws:iam::${ACCOUNT}:role/ok`, reader] })).toBe(
      error(
        `readers[1] must be an IAM role or user ARN (arn:aws:iam::<account>:role/...), got ${JSON.stringify(reader)}`,
      ),
    );
  });

  test("every problem is reported, one line each, prefixed with the construct", () => {
    expect(outcome({ name: "Bad", accountId: "1", rotationDays: 0, secretRecoveryWindowDays: 3 })).toBe(
      [
        error(`name must be 1-56 lower-case letters, digits or '-', starting with a letter, got "Bad"`),
        error('accountId must be 12 digits, got "1"'),
        error("rotationDays must be an integer from 1 to 20 (tokens live 30 days and 10 are kept in reserve), got 0"),
        error("secretRecoveryWindowDays must be 0 or an integer from 7 to 30, got 3"),
      ].join("\n"),
    );
  });
});
