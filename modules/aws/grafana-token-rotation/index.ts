import { Construct } from "constructs";
import { AssetType, Fn, TerraformAsset, Token } from "cdktf";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { DataAwsSecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { LambdaInvocation } from "@cdktf/provider-aws/lib/lambda-invocation";
import { LambdaPermission } from "@cdktf/provider-aws/lib/lambda-permission";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretRotation } from "@cdktf/provider-aws/lib/secretsmanager-secret-rotation";
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
  if (problems.length > 0) throw new Error(problems.map((p) => `GrafanaTokenRotation "${id}": ${p}`).join("\n"));
}

/**
 * Keeps a valid Grafana service-account token in a KMS-encrypted Secrets Manager secret, for every
 * future plan, with no manual step:
 * - a rotation function (Node.js, arm64) mints a 30-day token every `rotationDays`, verifies it, makes
 *   it current and deletes the tokens it minted that are neither current nor previous;
 * - a one-off invocation (`ensure`) on the first apply stores the first token before anything reads it;
 * - {@link providerAuth} reads the current token: a data source whose `secret_id` comes from that
 *   invocation's result. On a brand-new stack the result is unknown, so the read waits for the apply
 *   (after the invocation); on every later plan it is known and the read happens at plan time.
 * - an alarm on the function's errors leaves 10+ days to repair a broken rotation.
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
  /** The current secret value, read at plan time (except on the first apply). */
  readonly currentToken: DataAwsSecretsmanagerSecretVersion;
  /** The alarm on the function's errors. */
  readonly errorAlarm: CloudwatchMetricAlarm;
  /** ARN of the token secret. */
  readonly secretArn: string;
  /** Name of the rotation function (for `aws lambda invoke`). */
  readonly functionName: string;
  /** The current token, for the Grafana provider's `auth` (sensitive). */
  readonly providerAuth: string;

  constructor(scope: Construct, id: string, props: GrafanaTokenRotationProps) {
    super(scope, id);
    validateGrafanaTokenRotationProps(id, props);
    const { name, accountId, region } = props;
    const tags = props.tags ?? {};
    const rotationDays = props.rotationDays ?? 7;

    this.secret = new SecretsmanagerSecret(this, "secret", {
      // A prefix, not a fixed name: a destroyed secret waits out its recovery window under its old
      // name, and a re-created environment must not collide with it.
      namePrefix: `${name}-`,
      description: `Current Terraform token of Grafana workspace ${props.workspaceId}; written only by ${name}`,
      kmsKeyId: props.kmsKeyArn,
      recoveryWindowInDays: props.secretRecoveryWindowDays ?? 7,
      tags,
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
        Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
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
        ],
      }),
    });

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

    // secret_id is a REFERENCE to the bootstrap result, never depends_on: unknown only on the apply
    // that creates the bootstrap (so the read waits for it), known afterwards (read at plan time, the
    // current token every time). A depends_on would defer the read whenever the target changes and
    // leave the Grafana provider without credentials during refresh.
    this.currentToken = new DataAwsSecretsmanagerSecretVersion(this, "current", {
      secretId: Token.asString(Fn.lookupNested(Fn.jsondecode(this.bootstrap.result), ["secretArn"])),
      versionStage: "AWSCURRENT",
    });

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
      alarmActions: props.alarmTopicArn ? [props.alarmTopicArn] : [],
      tags,
    });

    this.secretArn = this.secret.arn;
    this.functionName = this.function.functionName;
    this.providerAuth = Token.asString(Fn.lookupNested(Fn.jsondecode(this.currentToken.secretString), ["token"]));
  }
}
