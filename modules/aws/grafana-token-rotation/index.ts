import { Construct } from "constructs";
import { AssetType, Fn, TerraformAsset, Token } from "cdktn";
import { CloudwatchEventRule } from "@cdktn/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktn/provider-aws/lib/cloudwatch-event-target";
import { CloudwatchLogGroup } from "@cdktn/provider-aws/lib/cloudwatch-log-group";
import { CloudwatchMetricAlarm } from "@cdktn/provider-aws/lib/cloudwatch-metric-alarm";
import { IamRole } from "@cdktn/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktn/provider-aws/lib/iam-role-policy";
import { LambdaFunction } from "@cdktn/provider-aws/lib/lambda-function";
import { LambdaInvocation } from "@cdktn/provider-aws/lib/lambda-invocation";
import { LambdaPermission } from "@cdktn/provider-aws/lib/lambda-permission";
import { SecretsmanagerSecret } from "@cdktn/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretPolicy } from "@cdktn/provider-aws/lib/secretsmanager-secret-policy";
import { SecretsmanagerSecretRotation } from "@cdktn/provider-aws/lib/secretsmanager-secret-rotation";
import { EphemeralResource } from "../../ephemeral-resource";
import { EXPIRING_LOG_RETENTION_DAYS } from "../log-retention";
import { rotationPackage } from "./package";

/** Longest a Grafana service-account token may live (30 days, the AMG limit). */
export const MAX_TOKEN_TTL_DAYS = 30;
/**
 * Days a token must still have to live when the next scheduled rotation is due: a failed rotation
 * then leaves at least this long to notice the alarm and fix it before Terraform loses access.
 */
export const TOKEN_EXPIRY_MARGIN_DAYS = 10;
/** Longest allowed rotation interval. */
export const MAX_ROTATION_DAYS = MAX_TOKEN_TTL_DAYS - TOKEN_EXPIRY_MARGIN_DAYS;
/** How a new token is proven to work: a workspace API call, or a check through the AMG API. */
export const TOKEN_VERIFY_MODES = ["http", "aws"] as const;
export type TokenVerifyMode = (typeof TOKEN_VERIFY_MODES)[number];
/** Retention periods of the rotation function's logs: the function's logs always expire. */
export const TOKEN_LOG_RETENTION_DAYS = EXPIRING_LOG_RETENTION_DAYS;

/**
 * The health metrics the rotation function publishes (its `report` action, hourly, and after every
 * rotation); the same names as the handler's `HEALTH_METRIC` (a test keeps them equal: the handler is
 * bundled separately and its AWS SDK imports stay out of synth).
 */
export const TOKEN_HEALTH_METRIC = {
  namespace: "FlinkObservability/GrafanaToken",
  dimension: "SecretName",
  secondsUntilExpiry: "SecondsUntilExpiry",
  secondsSinceLastRotation: "SecondsSinceLastRotation",
} as const;
/** How often the function reports the token's health. */
export const TOKEN_HEALTH_REPORT_SCHEDULE = "rate(1 hour)";
/** Period and datapoints of the expiry alarm: 3 hourly reports below the threshold (or missing). */
export const TOKEN_EXPIRY_ALARM_PERIOD_SECONDS = 3600;
export const TOKEN_EXPIRY_ALARM_PERIODS = 3;

/**
 * Below this many seconds until the current token expires, rotation is overdue: a healthy value never
 * drops below T - R - 1 day (Secrets Manager rotates anywhere within the due UTC day), so the alarm
 * pages at T - R - 2 days, R + 2 days after the last successful rotation (T = 30 days, R = rotationDays).
 */
export function tokenExpiryThresholdSeconds(rotationDays: number): number {
  return (MAX_TOKEN_TTL_DAYS - rotationDays - 2) * 24 * 3600;
}

/** Properties of a {@link GrafanaTokenRotation}. */
export interface GrafanaTokenRotationProps {
  /**
   * Base name of the function (`<name>`), its role (`<name>-role`), log group, alarm and secret
   * (`<name>-...` prefix). Lower-case letters, digits and `-`, at most 56 characters.
   */
  readonly name: string;
  /** AWS account id (12 digits); scopes the Lambda permission. */
  readonly accountId: string;
  /** AWS region; scopes the KMS condition. */
  readonly region: string;
  /** Id of the Grafana workspace. */
  readonly workspaceId: string;
  /** ARN of the Grafana workspace (the token API calls are allowed on it only). */
  readonly workspaceArn: string;
  /** Host name of the workspace (no scheme), used to verify new tokens. */
  readonly workspaceEndpoint: string;
  /** Id of the service account whose tokens are rotated. */
  readonly serviceAccountId: string;
  /** ARN of the customer-managed KMS key encrypting the secret. */
  readonly kmsKeyArn: string;
  /**
   * SNS topic notified when the rotation function fails.
   * @default - none (the alarm has no action)
   */
  readonly alarmTopicArn?: string;
  /**
   * Principals (IAM role or user ARNs, e.g. the Terraform run roles) allowed to read the token. When
   * set, the secret's resource policy denies `GetSecretValue` to every other principal of the account
   * except the rotation function's role.
   * @default - no restriction beyond IAM (any principal whose IAM policy allows it may read)
   */
  readonly readers?: string[];
  /**
   * Protect the secret from `terraform destroy` and replacement (`prevent_destroy`).
   * @default true
   */
  readonly protectData?: boolean;
  /**
   * Days between rotations, 1 to 20 (tokens live 30 days; 10 are kept in reserve).
   * @default 7
   */
  readonly rotationDays?: number;
  /**
   * How new tokens are verified: `http` (workspace API call) or `aws` (AMG API).
   * @default "http"
   */
  readonly verify?: TokenVerifyMode;
  /**
   * Days a deleted secret stays recoverable: 0, or 7 to 30.
   * @default 7
   */
  readonly secretRecoveryWindowDays?: number;
  /**
   * Retention of the function's logs (a CloudWatch Logs retention value).
   * @default 90
   */
  readonly logRetentionDays?: number;
  /**
   * Prefix of the minted tokens' names; tokens with it are pruned by the rotator.
   * @default "terraform-rotated-"
   */
  readonly tokenNamePrefix?: string;
  /**
   * Tags for every resource, on top of the provider's default tags.
   * @default - none
   */
  readonly tags?: Record<string, string>;
}

const NAME = /^[a-z][a-z0-9-]{0,55}$/;
/** An IAM role or user ARN; `aws:PrincipalArn` of a session is its role's ARN. */
export const READER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\/[\w+=,.@/-]{1,512}$/;
const TOKEN_TTL_SECONDS = MAX_TOKEN_TTL_DAYS * 24 * 3600;

/** Throws one error listing every invalid prop, each named after the construct and the field. */
export function validateGrafanaTokenRotationProps(id: string, props: GrafanaTokenRotationProps): void {
  const problems: string[] = [];
  if (!NAME.test(props.name))
    problems.push(
      `name must be 1-56 lower-case letters, digits or '-', starting with a letter, got ${JSON.stringify(props.name)}`,
    );
  if (!/^\d{12}$/.test(props.accountId))
    problems.push(`accountId must be 12 digits, got ${JSON.stringify(props.accountId)}`);
  const rotationDays = props.rotationDays ?? 7;
  if (!Number.isInteger(rotationDays) || rotationDays < 1 || rotationDays > MAX_ROTATION_DAYS) {
    problems.push(
      `rotationDays must be an integer from 1 to ${MAX_ROTATION_DAYS} (tokens live ${MAX_TOKEN_TTL_DAYS} days and ${TOKEN_EXPIRY_MARGIN_DAYS} are kept in reserve), got ${rotationDays}`,
    );
  }
  const window = props.secretRecoveryWindowDays ?? 7;
  if (!Number.isInteger(window) || (window !== 0 && (window < 7 || window > 30))) {
    problems.push(`secretRecoveryWindowDays must be 0 or an integer from 7 to 30, got ${window}`);
  }
  const retention = props.logRetentionDays ?? 90;
  if (!(TOKEN_LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
    problems.push(`logRetentionDays must be one of ${TOKEN_LOG_RETENTION_DAYS.join(", ")}, got ${retention}`);
  }
  const prefix = props.tokenNamePrefix ?? "terraform-rotated-";
  // The rotator appends a 36-character version id; AMG token names are at most 128 characters.
  if (!/^[a-zA-Z0-9._-]{1,64}$/.test(prefix))
    problems.push(`tokenNamePrefix must be 1-64 letters, digits or -._, got ${JSON.stringify(prefix)}`);
  for (const [i, reader] of (props.readers ?? []).entries()) {
    if (!READER_ARN.test(reader))
      problems.push(
        `readers[${i}] must be an IAM role or user ARN (arn:aws:iam::<account>:role/...), got ${JSON.stringify(reader)}`,
      );
  }
  if (problems.length > 0) throw new Error(problems.map((p) => `GrafanaTokenRotation "${id}": ${p}`).join("\n"));
}

/**
 * Keeps a valid Grafana service-account token in a KMS-encrypted Secrets Manager secret, for every
 * future plan, with no manual step, and pages a person long before it could expire:
 * - a rotation function (Node.js, arm64) mints a 30-day token every `rotationDays`, verifies it, makes
 *   it current and deletes the tokens it minted that no staging label points to;
 * - a one-off invocation (`ensure`) on the first apply stores the first token before anything reads it;
 * - {@link providerAuth} reads the current token through an `ephemeral "aws_secretsmanager_secret_version"`
 *   (Terraform >= 1.10): opened at plan and apply time, never written to a plan file or the state. Its
 *   `secret_id` is the secret's ARN, so it is known on every plan after the first (even one that
 *   replaces the bootstrap); its `depends_on` on the bootstrap orders the first apply's read after the
 *   first token is stored (Terraform does not defer an ephemeral read for a pending dependency);
 * - an hourly schedule runs the function's `report` action, which publishes the seconds until the current
 *   token expires; an alarm (missing data = breaching) pages through `alarmTopicArn` when rotation is
 *   overdue, the function fails, or the reports stop.
 */
export class GrafanaTokenRotation extends Construct {
  /** The secret holding `{token, tokenId, tokenName, expiresAt, workspaceId, serviceAccountId}`. */
  readonly secret: SecretsmanagerSecret;
  /** The rotation function. */
  readonly function: LambdaFunction;
  /** The function's execution role. */
  readonly role: IamRole;
  /** The first-apply `ensure` invocation. */
  readonly bootstrap: LambdaInvocation;
  /** The ephemeral read of the current secret value (never stored). */
  readonly currentToken: EphemeralResource;
  /** The alarm on the function's errors. */
  readonly errorAlarm: CloudwatchMetricAlarm;
  /** The alarm on the current token's remaining lifetime (rotation overdue, reports missing). */
  readonly expiryAlarm: CloudwatchMetricAlarm;
  /** The hourly `report` schedule. */
  readonly reportSchedule: CloudwatchEventRule;
  /** ARN of the token secret. */
  readonly secretArn: string;
  /** Name of the token secret (the health metrics' `SecretName` dimension). */
  readonly secretName: string;
  /** Name of the rotation function (for `aws lambda invoke`). */
  readonly functionName: string;
  /** Seconds-until-expiry below which the alarm pages (see {@link tokenExpiryThresholdSeconds}). */
  readonly expiryThresholdSeconds: number;
  /** The current token, for the Grafana provider's `auth` (an ephemeral value). */
  readonly providerAuth: string;

  constructor(scope: Construct, id: string, props: GrafanaTokenRotationProps) {
    super(scope, id);
    validateGrafanaTokenRotationProps(id, props);
    const { name, accountId, region } = props;
    const tags = props.tags ?? {};
    const rotationDays = props.rotationDays ?? 7;
    const protectData = props.protectData ?? true;

    this.secret = new SecretsmanagerSecret(this, "secret", {
      // A prefix, not a fixed name: a destroyed secret waits out its recovery window under its old
      // name, and a re-created environment must not collide with it.
      namePrefix: `${name}-`,
      description: `Current Terraform token of Grafana workspace ${props.workspaceId}; written only by ${name}`,
      kmsKeyId: props.kmsKeyArn,
      recoveryWindowInDays: props.secretRecoveryWindowDays ?? 7,
      tags,
      // The secret keeps its identity when the environment or its name prefix is renamed: a new
      // secret would have an unknown ARN in that plan, leaving the Grafana provider without a token
      // (and prevent_destroy forbids replacing it anyway). It keeps its first name.
      lifecycle: { preventDestroy: protectData, ignoreChanges: ["name_prefix"] },
    });
    // No aws_secretsmanager_secret_version here: the function owns every value, so Terraform never
    // holds (or re-puts) a stale token.

    const logGroup = new CloudwatchLogGroup(this, "logs", {
      name: `/aws/lambda/${name}`,
      retentionInDays: props.logRetentionDays ?? 90,
      tags,
    });

    this.role = new IamRole(this, "role", {
      name: `${name}-role`,
      description: `Rotates the Terraform token of Grafana workspace ${props.workspaceId}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
            // Only Lambda acting for this account may assume the role (confused deputy).
            Condition: { StringEquals: { "aws:SourceAccount": accountId } },
          },
        ],
      }),
      tags,
    });
    const policy = new IamRolePolicy(this, "policy", {
      role: this.role.id,
      name: "rotate-grafana-token",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "ManageServiceAccountTokens",
            Effect: "Allow",
            Action: [
              "grafana:CreateWorkspaceServiceAccountToken",
              "grafana:DeleteWorkspaceServiceAccountToken",
              "grafana:ListWorkspaceServiceAccountTokens",
            ],
            Resource: props.workspaceArn,
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
            Resource: this.secret.arn,
          },
          {
            Sid: "UseKeyThroughSecretsManager",
            Effect: "Allow",
            Action: ["kms:Decrypt", "kms:GenerateDataKey"],
            Resource: props.kmsKeyArn,
            Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${region}.amazonaws.com` } },
          },
          {
            Sid: "WriteOwnLogs",
            Effect: "Allow",
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: `${logGroup.arn}:*`,
          },
          {
            // PutMetricData has no resource-level permissions: the namespace condition is the scope.
            Sid: "PublishTokenHealth",
            Effect: "Allow",
            Action: "cloudwatch:PutMetricData",
            Resource: "*",
            Condition: { StringEquals: { "cloudwatch:namespace": TOKEN_HEALTH_METRIC.namespace } },
          },
        ],
      }),
    });

    if (props.readers && props.readers.length > 0) {
      new SecretsmanagerSecretPolicy(this, "readers", {
        secretArn: this.secret.arn,
        // Without a resource policy any principal of the account whose IAM policy allows
        // GetSecretValue could read the token; this denies everyone but the listed readers and the
        // rotation function's role (which must keep reading the current token to rotate it).
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "OnlyListedReadersGetTheToken",
              Effect: "Deny",
              Principal: "*",
              Action: "secretsmanager:GetSecretValue",
              Resource: "*",
              Condition: {
                StringNotEquals: { "aws:PrincipalArn": [...props.readers, this.role.arn] },
              },
            },
          ],
        }),
        blockPublicPolicy: true,
      });
    }

    const code = rotationPackage();
    const asset = new TerraformAsset(this, "code", {
      path: code.zipPath,
      type: AssetType.FILE,
      assetHash: code.sha256Hex,
    });

    this.function = new LambdaFunction(this, "function", {
      functionName: name,
      description: `Rotates the Terraform token of Grafana workspace ${props.workspaceId}`,
      role: this.role.arn,
      runtime: "nodejs22.x",
      architectures: ["arm64"],
      handler: "index.handler",
      filename: asset.path,
      sourceCodeHash: code.sha256Base64,
      // Room for the bootstrap's IAM-propagation retries (25 s) and three verification attempts.
      timeout: 120,
      memorySize: 256,
      environment: {
        variables: {
          WORKSPACE_ID: props.workspaceId,
          WORKSPACE_ENDPOINT: props.workspaceEndpoint,
          SERVICE_ACCOUNT_ID: props.serviceAccountId,
          TOKEN_NAME_PREFIX: props.tokenNamePrefix ?? "terraform-rotated-",
          TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS),
          VERIFY_MODE: props.verify ?? "http",
          // `ensure` replaces a token that would expire before the next scheduled rotation.
          ENSURE_MIN_REMAINING_SECONDS: String(rotationDays * 24 * 3600),
          HEALTH_METRIC_NAMESPACE: TOKEN_HEALTH_METRIC.namespace,
        },
      },
      loggingConfig: { logFormat: "JSON", logGroup: logGroup.name },
      tags,
      // The first invocation follows right after creation: the role's permissions must be in place.
      dependsOn: [policy],
    });

    const permission = new LambdaPermission(this, "secretsmanager-invoke", {
      statementId: "SecretsManagerRotation",
      action: "lambda:InvokeFunction",
      functionName: this.function.functionName,
      principal: "secretsmanager.amazonaws.com",
      sourceArn: this.secret.arn,
      sourceAccount: accountId,
    });

    this.bootstrap = new LambdaInvocation(this, "bootstrap", {
      functionName: this.function.functionName,
      // CREATE_ONLY: runs once, on the apply that creates it; later rotations are Secrets Manager's.
      lifecycleScope: "CREATE_ONLY",
      input: JSON.stringify({
        action: "ensure",
        secretArn: this.secret.arn,
        workspaceId: props.workspaceId,
        serviceAccountId: props.serviceAccountId,
      }),
      // A new function version must not re-bootstrap: only a new secret, workspace or service account does.
      triggers: {
        secretArn: this.secret.arn,
        workspaceId: props.workspaceId,
        serviceAccountId: props.serviceAccountId,
      },
    });

    new SecretsmanagerSecretRotation(this, "rotation", {
      secretId: this.secret.id,
      rotationLambdaArn: this.function.arn,
      rotationRules: { automaticallyAfterDays: rotationDays },
      // The bootstrap stored a fresh token; rotating now would only mint a second one.
      rotateImmediately: false,
      dependsOn: [permission, this.bootstrap],
    });

    // The secret's ARN, not the bootstrap's result: known on every plan once the secret exists, so a
    // replaced bootstrap (renamed function, new service account) no longer leaves the provider
    // without a token. depends_on only orders the first apply (the read after the first token is
    // stored); Terraform opens an ephemeral resource at plan time even when a dependency changes.
    this.currentToken = new EphemeralResource(this, "current", {
      type: "aws_secretsmanager_secret_version",
      arguments: { secret_id: this.secret.arn, version_stage: "AWSCURRENT" },
      dependsOn: [this.bootstrap],
    });

    // ---- health: hourly report, alarms ----
    this.reportSchedule = new CloudwatchEventRule(this, "report-schedule", {
      name: `${name}-report`,
      description: `Hourly health report of the Grafana token in ${name}'s secret (SecondsUntilExpiry)`,
      scheduleExpression: TOKEN_HEALTH_REPORT_SCHEDULE,
      tags,
    });
    new CloudwatchEventTarget(this, "report-target", {
      rule: this.reportSchedule.name,
      arn: this.function.arn,
      input: JSON.stringify({ action: "report", secretArn: this.secret.arn }),
    });
    new LambdaPermission(this, "schedule-invoke", {
      statementId: "HourlyHealthReport",
      action: "lambda:InvokeFunction",
      functionName: this.function.functionName,
      principal: "events.amazonaws.com",
      sourceArn: this.reportSchedule.arn,
      sourceAccount: accountId,
    });

    const alarmActions = props.alarmTopicArn ? [props.alarmTopicArn] : [];
    this.errorAlarm = new CloudwatchMetricAlarm(this, "errors", {
      alarmName: `${name}-errors`,
      alarmDescription:
        `The Grafana token rotation function ${name} failed. Terraform's token expires 30 days after the last successful ` +
        `rotation; see docs/grafana-token-lifecycle.md (recovery).`,
      namespace: "AWS/Lambda",
      metricName: "Errors",
      dimensions: { FunctionName: this.function.functionName },
      statistic: "Sum",
      period: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
      alarmActions,
      tags,
    });

    this.expiryThresholdSeconds = tokenExpiryThresholdSeconds(rotationDays);
    const thresholdDays = this.expiryThresholdSeconds / 86400;
    this.expiryAlarm = new CloudwatchMetricAlarm(this, "expiry", {
      alarmName: `${name}-expiry`,
      alarmDescription:
        `Terraform's Grafana token (secret of ${name}) expires in under ${thresholdDays} days, or its hourly health ` +
        `report is missing: rotation is overdue or stopped. Plans fail with 401 when it expires; see ` +
        `docs/grafana-token-lifecycle.md (failure table).`,
      namespace: TOKEN_HEALTH_METRIC.namespace,
      metricName: TOKEN_HEALTH_METRIC.secondsUntilExpiry,
      dimensions: { [TOKEN_HEALTH_METRIC.dimension]: this.secret.name },
      statistic: "Minimum",
      period: TOKEN_EXPIRY_ALARM_PERIOD_SECONDS,
      evaluationPeriods: TOKEN_EXPIRY_ALARM_PERIODS,
      datapointsToAlarm: TOKEN_EXPIRY_ALARM_PERIODS,
      threshold: this.expiryThresholdSeconds,
      comparisonOperator: "LessThanThreshold",
      // No report is itself the failure (schedule gone, permission removed, function broken).
      treatMissingData: "breaching",
      alarmActions,
      okActions: alarmActions,
      tags,
    });

    this.secretArn = this.secret.arn;
    this.secretName = this.secret.name;
    this.functionName = this.function.functionName;
    this.providerAuth = Token.asString(
      Fn.lookupNested(Fn.jsondecode(this.currentToken.getStringAttribute("secret_string")), ["token"]),
    );
  }
}
