// AWS SDK clients of the verifier: the user's normal credential chain, the environment's region, few
// retries and short timeouts, so a missing credential or an unreachable endpoint ends the run in
// seconds with one line instead of minutes of retries.
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { GrafanaClient } from "@aws-sdk/client-grafana";
import { KinesisAnalyticsV2Client } from "@aws-sdk/client-kinesis-analytics-v2";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { STSClient } from "@aws-sdk/client-sts";

/** The clients one run uses. */
export interface VerifyClients {
  readonly sts: STSClient;
  readonly cloudWatch: CloudWatchClient;
  readonly logs: CloudWatchLogsClient;
  readonly flink: KinesisAnalyticsV2Client;
  readonly grafana: GrafanaClient;
  readonly secrets: SecretsManagerClient;
}

/** Milliseconds one AWS request may take, connection included. */
export const AWS_REQUEST_TIMEOUT_MS = 10_000;

export function createClients(region: string): VerifyClients {
  const config = {
    region,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: AWS_REQUEST_TIMEOUT_MS },
  };
  return {
    sts: new STSClient({ ...config, maxAttempts: 1 }),
    cloudWatch: new CloudWatchClient(config),
    logs: new CloudWatchLogsClient(config),
    flink: new KinesisAnalyticsV2Client(config),
    grafana: new GrafanaClient(config),
    secrets: new SecretsManagerClient(config),
  };
}

/** Error name and message of anything thrown by an SDK call, on one line. */
export function describeAwsError(error: unknown): string {
  const e = error as { name?: string; message?: string };
  const message = (e?.message ?? String(error)).split("\n")[0];
  return e?.name && e.name !== "Error" ? `${e.name}: ${message}` : message;
}

/** Access denied: the caller lacks an action of the verifier's policy. */
export function isAccessDenied(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? "";
  return /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(name);
}

/** The resource does not exist. */
export function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? "";
  return /ResourceNotFound|NotFound/i.test(name);
}

/**
 * The status, reason and fix of a check an AWS call failed: not checked, never a guess; access denied
 * points at the verifier's read-only policy. `what` says what could not be done.
 */
export function notChecked(
  error: unknown,
  what = "could not check",
): { readonly status: "unknown"; readonly reason: string; readonly fix?: string } {
  return {
    status: "unknown",
    reason: `${what}: ${describeAwsError(error)}`,
    ...(isAccessDenied(error)
      ? { fix: 'grant the actions of the read-only policy in docs/verify.md ("Verify a deployment")' }
      : {}),
  };
}
