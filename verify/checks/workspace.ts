// The Grafana workspace and Terraform's token: workspace status and version, the current token's
// expiry (from the secret written by the rotation function and the workspace's token list), rotation
// settings and the rotation function's recent errors. The token itself is only returned to the caller
// for the Grafana API checks; no finding contains it.
import { GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import {
  DescribeWorkspaceCommand,
  ListWorkspaceServiceAccountTokensCommand,
  ListWorkspacesCommand,
  type WorkspaceSummary,
} from "@aws-sdk/client-grafana";
import { DescribeSecretCommand, GetSecretValueCommand, ListSecretsCommand } from "@aws-sdk/client-secrets-manager";
import { notChecked } from "../clients";
import type { Finding } from "../report";
import { resourcesOf, type CheckContext } from "./context";

const DAY_MS = 86_400_000;
/** A token with less than this left is reported yellow: the next rotation must succeed soon. */
const TOKEN_WARNING_DAYS = 3;
/** AMG's cap of tokens per service account, expired ones included. */
const TOKEN_CAP = 99;

export interface WorkspaceResult {
  readonly findings: Finding[];
  /** Base URL of the workspace API, when the workspace was found. */
  readonly grafanaUrl?: string;
  /** The current token, when one could be read; for the Grafana API checks only. */
  readonly token?: string;
}

export interface WorkspaceOptions {
  /** Overrides the workspace URL (tests point it at a local server). */
  readonly grafanaUrl?: string;
  /** Token for `external` token mode (the pipeline's GRAFANA_AUTH). */
  readonly externalToken?: string;
}

const env = (subject: string, check: Finding["check"]) => ({ application: null, check, subject });

function unknownFinding(check: Finding["check"], subject: string, error: unknown): Finding {
  return { ...env(subject, check), ...notChecked(error) };
}

async function findWorkspace(ctx: CheckContext, name: string): Promise<WorkspaceSummary | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await ctx.clients.grafana.send(new ListWorkspacesCommand({ nextToken, maxResults: 100 }));
    const found = page.workspaces?.find((w) => w.name === name);
    if (found) return found;
    nextToken = page.nextToken;
  } while (nextToken);
  return undefined;
}

function days(ms: number): string {
  return `${(ms / DAY_MS).toFixed(1)} days`;
}

/** The resource a `${type.name.attr}` reference points to. */
function referenced(ctx: CheckContext, type: string, reference: unknown): Record<string, unknown> | undefined {
  const match = new RegExp(`\\$\\{${type}\\.([^.}]+)\\.`).exec(String(reference ?? ""));
  return match ? ctx.stack.resource?.[type]?.[match[1]] : undefined;
}

/** The rotated token: the secret, its rotation settings, the token's expiry, the rotation function's errors. */
async function checkRotatedToken(ctx: CheckContext, workspaceId: string): Promise<WorkspaceResult> {
  const findings: Finding[] = [];
  const rotation = resourcesOf(ctx.stack, "aws_secretsmanager_secret_rotation")[0];
  const secret =
    referenced(ctx, "aws_secretsmanager_secret", rotation?.secret_id) ??
    resourcesOf(ctx.stack, "aws_secretsmanager_secret")[0];
  const functionName = referenced(ctx, "aws_lambda_function", rotation?.rotation_lambda_arn)?.function_name as
    string | undefined;
  const prefix = String(secret?.name_prefix ?? secret?.name ?? "");
  // cdktf renders a single nested block as an object, a repeated one as a list.
  const rules = rotation?.rotation_rules as
    { automatically_after_days?: number } | { automatically_after_days?: number }[];
  const afterDays = (Array.isArray(rules) ? rules[0] : rules)?.automatically_after_days;
  const rotationDays = Number(
    afterDays ?? (ctx.config.grafana.token.mode === "rotated" ? ctx.config.grafana.token.rotationDays : 7),
  );

  let secretArn: string | undefined;
  try {
    const listed = await ctx.clients.secrets.send(
      new ListSecretsCommand({ Filters: [{ Key: "name", Values: [prefix] }] }),
    );
    const candidates = (listed.SecretList ?? [])
      .filter((s) => s.Name?.startsWith(prefix) && !s.DeletedDate)
      .sort((a, b) => (b.CreatedDate?.getTime() ?? 0) - (a.CreatedDate?.getTime() ?? 0));
    secretArn = candidates[0]?.ARN;
  } catch (e) {
    return { findings: [unknownFinding("token", "token secret", e)] };
  }
  if (!secretArn) {
    return {
      findings: [
        {
          ...env(`secret ${prefix}*`, "token"),
          status: "red",
          reason: "the token secret does not exist: Terraform has no Grafana token",
          fix: `deploy the stack: cdktf deploy ${ctx.config.name}`,
        },
      ],
    };
  }

  try {
    const described = await ctx.clients.secrets.send(new DescribeSecretCommand({ SecretId: secretArn }));
    const last = described.LastRotatedDate;
    if (!described.RotationEnabled) {
      findings.push({
        ...env("rotation", "rotation"),
        status: "red",
        reason: "rotation is disabled on the token secret: the token expires and Terraform loses Grafana",
        fix: `re-enable it by deploying the stack: cdktf deploy ${ctx.config.name}`,
      });
    } else if (!last || ctx.now.getTime() - last.getTime() > (rotationDays + 2) * DAY_MS) {
      findings.push({
        ...env("rotation", "rotation"),
        status: "yellow",
        reason: last
          ? `enabled, but the last rotation was ${last.toISOString()} (every ${rotationDays} days)`
          : "enabled, but the secret was never rotated",
        fix: functionName ? `read the log group /aws/lambda/${functionName}` : "read the rotation function's logs",
      });
    } else {
      findings.push({
        ...env("rotation", "rotation"),
        status: "green",
        reason: `enabled every ${rotationDays} days; last rotation ${last.toISOString()}${described.NextRotationDate ? `, next ${described.NextRotationDate.toISOString()}` : ""}`,
      });
    }
  } catch (e) {
    findings.push(unknownFinding("rotation", "rotation", e));
  }

  let token: string | undefined;
  try {
    const value = await ctx.clients.secrets.send(new GetSecretValueCommand({ SecretId: secretArn }));
    let stored: { token?: unknown; tokenId?: unknown; expiresAt?: unknown; serviceAccountId?: unknown };
    try {
      stored = JSON.parse(value.SecretString ?? "");
    } catch {
      stored = {};
    }
    if (typeof stored.token !== "string" || typeof stored.expiresAt !== "string") {
      findings.push({
        ...env("current token", "token"),
        status: "red",
        reason: "the secret does not hold the rotation function's token record",
        fix: functionName
          ? `run the rotation: aws secretsmanager rotate-secret --secret-id ${secretArn}`
          : "rotate the secret",
      });
    } else {
      token = stored.token;
      const left = Date.parse(stored.expiresAt) - ctx.now.getTime();
      const status = left <= 0 ? "red" : left < TOKEN_WARNING_DAYS * DAY_MS ? "yellow" : "green";
      findings.push({
        ...env("current token", "token"),
        status,
        reason: left <= 0 ? `expired at ${stored.expiresAt}` : `expires at ${stored.expiresAt} (in ${days(left)})`,
        ...(status === "green"
          ? {}
          : {
              fix: `rotate now: aws secretsmanager rotate-secret --secret-id ${secretArn}, then read the function's log`,
            }),
      });
      if (typeof stored.serviceAccountId === "string") {
        findings.push(await checkTokenList(ctx, workspaceId, stored.serviceAccountId, String(stored.tokenId ?? "")));
      }
    }
  } catch (e) {
    findings.push(unknownFinding("token", "current token", e));
  }

  if (functionName) findings.push(await checkRotationErrors(ctx, functionName, rotationDays));
  return { findings, token };
}

/** The workspace still lists the stored token, and the service account is not near the token cap. */
async function checkTokenList(
  ctx: CheckContext,
  workspaceId: string,
  serviceAccountId: string,
  tokenId: string,
): Promise<Finding> {
  try {
    const listed = await ctx.clients.grafana.send(
      new ListWorkspaceServiceAccountTokensCommand({ workspaceId, serviceAccountId, maxResults: 100 }),
    );
    const tokens = listed.serviceAccountTokens ?? [];
    const current = tokens.find((t) => t.id === tokenId);
    if (!current) {
      return {
        ...env("token in workspace", "token"),
        status: "red",
        reason: "the workspace no longer lists the stored token (deleted or the workspace was re-created)",
        fix: "rotate now: aws secretsmanager rotate-secret --secret-id <the token secret>",
      };
    }
    if (tokens.length >= TOKEN_CAP - 9) {
      return {
        ...env("token in workspace", "token"),
        status: "yellow",
        reason: `the service account holds ${tokens.length} tokens; AMG allows ${TOKEN_CAP}, expired ones included`,
        fix: "let the rotation function clean up expired tokens (read its log)",
      };
    }
    return {
      ...env("token in workspace", "token"),
      status: "green",
      reason: `listed by the workspace (${tokens.length} of ${TOKEN_CAP} tokens on the service account)`,
    };
  } catch (e) {
    return unknownFinding("token", "token in workspace", e);
  }
}

async function checkRotationErrors(ctx: CheckContext, functionName: string, rotationDays: number): Promise<Finding> {
  const windowDays = Math.max(rotationDays, 1);
  try {
    const answer = await ctx.clients.cloudWatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(ctx.now.getTime() - windowDays * DAY_MS),
        EndTime: ctx.now,
        MetricDataQueries: [
          {
            Id: "errors",
            MetricStat: {
              Metric: {
                Namespace: "AWS/Lambda",
                MetricName: "Errors",
                Dimensions: [{ Name: "FunctionName", Value: functionName }],
              },
              Period: 86_400,
              Stat: "Sum",
            },
          },
        ],
      }),
    );
    const errors = (answer.MetricDataResults?.[0]?.Values ?? []).reduce((a, b) => a + b, 0);
    if (errors > 0) {
      return {
        ...env(`function ${functionName}`, "rotation"),
        status: "yellow",
        reason: `${errors} errors in the last ${windowDays} days`,
        fix: `read the log group /aws/lambda/${functionName}`,
      };
    }
    return {
      ...env(`function ${functionName}`, "rotation"),
      status: "green",
      reason: `no errors in the last ${windowDays} days`,
    };
  } catch (e) {
    return unknownFinding("rotation", `function ${functionName}`, e);
  }
}

/** Workspace status and version, then the token checks of the configured token mode. */
export async function checkWorkspace(ctx: CheckContext, options: WorkspaceOptions = {}): Promise<WorkspaceResult> {
  const workspace = resourcesOf(ctx.stack, "aws_grafana_workspace")[0];
  if (!workspace) return { findings: [] };
  const name = String(workspace.name);
  const subject = `workspace ${name}`;
  let workspaceId: string;
  let endpoint: string | undefined;
  const findings: Finding[] = [];
  try {
    const summary = await findWorkspace(ctx, name);
    if (!summary?.id) {
      return {
        findings: [
          {
            ...env(subject, "workspace"),
            status: "red",
            reason: "no workspace of that name in this account and region",
            fix: `deploy the stack: cdktf deploy ${ctx.config.name}`,
          },
        ],
      };
    }
    workspaceId = summary.id;
    const { workspace: described } = await ctx.clients.grafana.send(new DescribeWorkspaceCommand({ workspaceId }));
    endpoint = described?.endpoint;
    const status = described?.status ?? "UNKNOWN";
    const version = described?.grafanaVersion;
    const expectedVersion = String(workspace.grafana_version ?? "");
    if (status !== "ACTIVE") {
      const busy = /CREATING|UPDATING|UPGRADING|VERSION_UPDATING/.test(status);
      findings.push({
        ...env(subject, "workspace"),
        status: busy ? "yellow" : "red",
        reason: `status ${status}${busy ? ": try again when it is ACTIVE" : ""}`,
        ...(busy ? {} : { fix: "see the workspace in the Amazon Managed Grafana console" }),
      });
    } else if (expectedVersion && version !== expectedVersion) {
      findings.push({
        ...env(subject, "workspace"),
        status: "yellow",
        reason: `ACTIVE, Grafana ${version}; the configuration says ${expectedVersion}`,
        fix: `deploy the stack to upgrade: cdktf deploy ${ctx.config.name}`,
      });
    } else {
      findings.push({
        ...env(subject, "workspace"),
        status: "green",
        reason: `ACTIVE, Grafana ${version}, ${workspaceId}`,
      });
    }
  } catch (e) {
    return { findings: [unknownFinding("workspace", subject, e)] };
  }
  const grafanaUrl = options.grafanaUrl ?? (endpoint ? `https://${endpoint}` : undefined);

  if (ctx.config.grafana.token.mode === "rotated") {
    const token = await checkRotatedToken(ctx, workspaceId);
    return { findings: [...findings, ...token.findings], grafanaUrl, token: token.token };
  }
  if (!options.externalToken) {
    findings.push({
      ...env("current token", "token"),
      status: "yellow",
      reason: "external token mode and GRAFANA_AUTH is not set: the Grafana objects were not checked",
      fix: "set GRAFANA_AUTH to the pipeline's token and run again",
    });
  }
  return { findings, grafanaUrl, token: options.externalToken };
}
