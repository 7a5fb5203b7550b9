// A fake AWS account (mocked SDK clients) and a fake Grafana workspace API (an HTTP server on
// 127.0.0.1) for the verifier's tests. The default world is healthy; each test breaks one thing.
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { mockClient } from "aws-sdk-client-mock";
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  ListMetricsCommand,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import {
  DescribeWorkspaceCommand,
  GrafanaClient,
  ListWorkspaceServiceAccountTokensCommand,
  ListWorkspacesCommand,
} from "@aws-sdk/client-grafana";
import { DescribeApplicationCommand, KinesisAnalyticsV2Client } from "@aws-sdk/client-kinesis-analytics-v2";
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import {
  findFlinkMetric,
  levelSatisfies,
  runtimeFamily,
  type FlinkRuntime,
  type MetricsLevel,
} from "../../verify/catalogue";
import { loadEnvironment, synthesizeInMemory } from "../../verify/stack";

/** Never printed by the verifier: every test output is searched for it. */
export const FAKE_TOKEN = "glsa_FAKEtokenNEVERprinted_0123456789abcdef";
export const ACCOUNT = "123456789012";
/** The source accounts of the test environment, linked to its sink in the healthy world. */
export const SOURCE_ACCOUNTS = ["777777777777", "888888888888"] as const;
export const NOW = new Date("2026-11-29T12:00:00Z");
const DAY = 86_400_000;

/**
 * One created application (orders, FLINK-1_20, TASK), one monitored (payments, FLINK-2_2, kafka), and
 * one monitored in the first source account under the same name (payments, FLINK-1_20, kinesis), and
 * one in the second source account (scoring, FLINK-2_2), a name only it has.
 */
export const TEST_ENVIRONMENT = `
account: "${ACCOUNT}"
region: eu-west-1
backend: { type: local }
sourceAccounts:
  - { account: "${SOURCE_ACCOUNTS[0]}", roleArn: "arn:aws:iam::${SOURCE_ACCOUNTS[0]}:role/link" }
  - { account: "${SOURCE_ACCOUNTS[1]}", roleArn: "arn:aws:iam::${SOURCE_ACCOUNTS[1]}:role/link" }
grafana:
  version: "12.4"
  authentication: { providers: [AWS_SSO] }
applications:
  - name: orders
    code: { s3: { bucketArn: "arn:aws:s3:::artifacts-${ACCOUNT}", fileKey: orders.jar } }
    monitoring: { metricsLevel: TASK }
    startApplication: true
monitoredApplications:
  - name: payments
    account: "${ACCOUNT}"
    runtime: FLINK-2_2
    metricsLevel: APPLICATION
    logGroupName: /aws/kinesis-analytics/payments
    source: kafka
  - name: payments
    account: "${SOURCE_ACCOUNTS[0]}"
    runtime: FLINK-1_20
    metricsLevel: APPLICATION
    logGroupName: /aws/kinesis-analytics/payments
    source: kinesis
  - name: scoring
    account: "${SOURCE_ACCOUNTS[1]}"
    runtime: FLINK-2_2
    metricsLevel: APPLICATION
    source: none
alerting:
  contactPoints:
    - name: team-email
      type: email
      addresses: [team@example.com]
  defaultContactPoint: team-email
`;

export function writeTestConfig(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "verify-config-"));
  writeFileSync(path.join(dir, "test.yaml"), TEST_ENVIRONMENT);
  return dir;
}

export interface LiveApp {
  status: string;
  runtime: string;
  metricsLevel: string;
}

/** Everything the fake account and workspace answer; tests change one field. */
export interface World {
  callerAccount: string;
  /** undefined: no credentials at all. */
  credentials: boolean;
  apps: Record<string, LiveApp | undefined>;
  /** Applications of the linked source accounts, by account and name (seen through the sink). */
  remoteApps: Record<string, Record<string, LiveApp | undefined>>;
  /** Log groups of the source accounts: last event time by account and name. */
  remoteLogGroups: Record<string, Record<string, number | undefined>>;
  /**
   * Dimension-name sets a metric is published with for an application (default: from the catalogue),
   * of a source account when `account` is given.
   */
  published: (app: string, metric: string, account?: string) => string[][];
  /** Whether a metric of an application (of a source account when given) has datapoints in the last hour. */
  recent: (app: string, metric: string, account?: string) => boolean;
  /** Throw this error name on GetMetricData with an expression. */
  expressionError?: string;
  /** Throw AccessDenied on ListMetrics. */
  listMetricsDenied: boolean;
  /** Source accounts whose metrics the monitoring account sees (linked to its sink). */
  linkedAccounts: string[];
  /** State of each CloudWatch alarm by name, or "missing" (default for an alarm not listed: OK). */
  alarms: Record<string, string>;
  /** Throw AccessDenied on DescribeAlarms. */
  describeAlarmsDenied: boolean;
  logGroups: Record<string, number | undefined>;
  workspace?: { status: string; grafanaVersion: string };
  secret?: { rotationEnabled: boolean; lastRotated?: Date; expiresAt: string; tokenId: string };
  tokens: { id: string; name: string }[];
  rotationErrors: number;
  grafana: {
    health: { status: number; body: unknown };
    /** Overrides of rule health by rule name. */
    rules: Record<string, { health: string; state?: string; lastError?: string } | "missing">;
    contactPoints: { name: string; type: string }[];
    notifiers: string[];
    /** Answer 401 to everything. */
    rejectToken: boolean;
  };
}

function catalogued(world: Pick<World, "apps" | "remoteApps">) {
  return (app: string, metricName: string, account?: string): string[][] => {
    const live = account === undefined ? world.apps[app] : world.remoteApps[account]?.[app];
    const metric = findFlinkMetric(metricName);
    if (!live || !metric) return [];
    if (!metric.runtimes.includes(runtimeFamily(live.runtime as FlinkRuntime))) return [];
    if (!levelSatisfies(live.metricsLevel as MetricsLevel, metric.minLevel)) return [];
    return metric.dimensionSets.map((s) => [...s]);
  };
}

export function healthyWorld(): World {
  const apps: World["apps"] = {
    orders: { status: "RUNNING", runtime: "FLINK-1_20", metricsLevel: "TASK" },
    payments: { status: "RUNNING", runtime: "FLINK-2_2", metricsLevel: "APPLICATION" },
  };
  const world: World = {
    callerAccount: ACCOUNT,
    credentials: true,
    apps,
    remoteApps: {
      [SOURCE_ACCOUNTS[0]]: { payments: { status: "RUNNING", runtime: "FLINK-1_20", metricsLevel: "APPLICATION" } },
      [SOURCE_ACCOUNTS[1]]: { scoring: { status: "RUNNING", runtime: "FLINK-2_2", metricsLevel: "APPLICATION" } },
    },
    remoteLogGroups: { [SOURCE_ACCOUNTS[0]]: { "/aws/kinesis-analytics/payments": NOW.getTime() - 60_000 } },
    published: (app, metric, account) => catalogued(world)(app, metric, account),
    recent: (app, _metric, account) =>
      (account === undefined ? world.apps[app] : world.remoteApps[account]?.[app])?.status === "RUNNING",
    listMetricsDenied: false,
    linkedAccounts: [...SOURCE_ACCOUNTS],
    alarms: {},
    describeAlarmsDenied: false,
    logGroups: {
      "/aws/kinesis-analytics/orders": NOW.getTime() - 60_000,
      "/aws/kinesis-analytics/payments": NOW.getTime() - 60_000,
    },
    workspace: { status: "ACTIVE", grafanaVersion: "12.4" },
    secret: {
      rotationEnabled: true,
      lastRotated: new Date(NOW.getTime() - 2 * DAY),
      expiresAt: new Date(NOW.getTime() + 20 * DAY).toISOString(),
      tokenId: "7",
    },
    tokens: [{ id: "7", name: "terraform-current" }],
    rotationErrors: 0,
    grafana: {
      health: { status: 200, body: { status: "OK", message: "Successfully queried the CloudWatch metrics API." } },
      rules: {},
      contactPoints: [{ name: "team-email", type: "sns" }],
      notifiers: ["email", "slack", "sns", "webhook"],
      rejectToken: false,
    },
  };
  return world;
}

function awsError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

type Dimension = { Name?: string; Value?: string };

/** Installs the SDK mocks answering from `world`; returns a function that restores the real clients. */
export function mockAccount(world: World): () => void {
  const sts = mockClient(STSClient);
  sts.on(GetCallerIdentityCommand).callsFake(async () => {
    if (!world.credentials) throw awsError("CredentialsProviderError", "Could not load credentials from any providers");
    return { Account: world.callerAccount, Arn: `arn:aws:iam::${world.callerAccount}:user/test` };
  });

  const flink = mockClient(KinesisAnalyticsV2Client);
  flink.on(DescribeApplicationCommand).callsFake(async (input: { ApplicationName: string }) => {
    const app = world.apps[input.ApplicationName];
    if (!app) throw awsError("ResourceNotFoundException", `Application ${input.ApplicationName} not found`);
    return {
      ApplicationDetail: {
        ApplicationName: input.ApplicationName,
        ApplicationStatus: app.status,
        RuntimeEnvironment: app.runtime,
        ApplicationConfigurationDescription: {
          FlinkApplicationConfigurationDescription: {
            MonitoringConfigurationDescription: { ConfigurationType: "CUSTOM", MetricsLevel: app.metricsLevel },
          },
        },
      },
    };
  });

  const cloudWatch = mockClient(CloudWatchClient);
  cloudWatch.on(ListMetricsCommand).callsFake(async (input) => {
    if (world.listMetricsDenied) throw awsError("AccessDenied", "not authorized to perform cloudwatch:ListMetrics");
    const owning: string | undefined = input.IncludeLinkedAccounts ? input.OwningAccount : undefined;
    if (owning !== undefined && !world.linkedAccounts.includes(owning)) return { Metrics: [] };
    // Any metric of a linked account (every account has AWS/Usage metrics once it makes API calls).
    if (owning !== undefined && input.Namespace === undefined)
      return { Metrics: [{ Namespace: "AWS/Usage", MetricName: "CallCount", Dimensions: [] }] };
    // Linked accounts without OwningAccount: this account's metrics and every linked account's.
    const accounts: (string | undefined)[] =
      owning !== undefined
        ? [owning]
        : input.IncludeLinkedAccounts
          ? [undefined, ...world.linkedAccounts]
          : [undefined];
    const filters: Dimension[] = input.Dimensions ?? [];
    // Without a metric name: the application's heartbeat stands for all its metrics.
    const names: string[] = input.MetricName ? [input.MetricName] : ["KPUs"];
    const listed = accounts.flatMap((account) =>
      Object.keys(account === undefined ? world.apps : (world.remoteApps[account] ?? {}))
        .filter((a) => filters.every((f) => f.Name !== "Application" || f.Value === undefined || f.Value === a))
        .flatMap((app) =>
          names.flatMap((metricName) =>
            world.published(app, metricName, account).map((set) => ({
              account: account ?? ACCOUNT,
              metric: {
                Namespace: input.Namespace,
                MetricName: metricName,
                Dimensions: set.map((name) => ({ Name: name, Value: name === "Application" ? app : `${name}-1` })),
              },
            })),
          ),
        ),
    );
    const kept = listed.filter(({ metric }) =>
      filters.every((f) =>
        metric.Dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || f.Value === d.Value)),
      ),
    );
    return {
      Metrics: kept.map((k) => k.metric),
      ...(input.IncludeLinkedAccounts ? { OwningAccounts: kept.map((k) => k.account) } : {}),
    };
  });
  cloudWatch.on(DescribeAlarmsCommand).callsFake(async (input) => {
    if (world.describeAlarmsDenied)
      throw awsError("AccessDenied", "not authorized to perform cloudwatch:DescribeAlarms");
    const names: string[] = input.AlarmNames ?? [];
    return {
      MetricAlarms: names
        .filter((name) => world.alarms[name] !== "missing")
        .map((name) => ({
          AlarmName: name,
          StateValue: world.alarms[name] ?? "OK",
          StateReason: "Threshold Crossed: no datapoints were received for 5 periods",
        })),
    };
  });
  cloudWatch.on(GetMetricDataCommand).callsFake(async (input) => {
    return {
      MetricDataResults: (input.MetricDataQueries ?? []).map(
        (q: {
          Id: string;
          Expression?: string;
          AccountId?: string;
          MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] } };
        }) => {
          // Another account's metric, as the monitoring account reads it; its own account is itself.
          const linked = (account: string | undefined) => (account === ACCOUNT ? undefined : account);
          if (q.Expression) {
            if (world.expressionError) throw awsError(world.expressionError, "Unsupported expression");
            const metric = /MetricName="([^"]+)"/.exec(q.Expression)?.[1] ?? "";
            const app = /"?Application"?="([^"]+)"/.exec(q.Expression)?.[1] ?? "";
            const account = linked(/:aws\.AccountId="(\d{12})"/.exec(q.Expression)?.[1]);
            if (account !== undefined && !world.linkedAccounts.includes(account)) return { Id: q.Id, Values: [] };
            const published = world.published(app, metric, account).length > 0;
            return { Id: q.Id, Values: published && world.recent(app, metric, account) ? [1, 2] : [] };
          }
          const metric = q.MetricStat!.Metric;
          if (metric.Namespace === "AWS/Lambda") return { Id: q.Id, Values: [world.rotationErrors] };
          const app = metric.Dimensions.find((d) => d.Name === "Application")?.Value ?? "";
          const account = linked(q.AccountId);
          if (account !== undefined && !world.linkedAccounts.includes(account)) return { Id: q.Id, Values: [] };
          return { Id: q.Id, Values: world.recent(app, metric.MetricName, account) ? [1, 2, 3] : [] };
        },
      ),
    };
  });

  const logs = mockClient(CloudWatchLogsClient);
  const groupsOf = (account: string) =>
    account === ACCOUNT
      ? world.logGroups
      : world.linkedAccounts.includes(account)
        ? (world.remoteLogGroups[account] ?? {})
        : {};
  logs.on(DescribeLogGroupsCommand).callsFake(async (input) => {
    const accounts: string[] = input.includeLinkedAccounts ? (input.accountIdentifiers ?? []) : [ACCOUNT];
    return {
      logGroups: accounts.flatMap((account) =>
        Object.keys(groupsOf(account))
          .filter((name) => name.startsWith(input.logGroupNamePrefix ?? ""))
          .map((logGroupName) => ({
            logGroupName,
            arn: `arn:aws:logs:eu-west-1:${account}:log-group:${logGroupName}:*`,
            logGroupArn: `arn:aws:logs:eu-west-1:${account}:log-group:${logGroupName}`,
          })),
      ),
    };
  });
  logs.on(DescribeLogStreamsCommand).callsFake(async (input) => {
    const byArn = /^arn:aws:logs:[^:]+:(\d{12}):log-group:(.+)$/.exec(input.logGroupIdentifier ?? "");
    const [account, name] = byArn ? [byArn[1], byArn[2]] : [ACCOUNT, input.logGroupName];
    return { logStreams: [{ logStreamName: "main", lastEventTimestamp: groupsOf(account)[name] }] };
  });

  const grafana = mockClient(GrafanaClient);
  grafana.on(ListWorkspacesCommand).callsFake(async () => ({
    workspaces: world.workspace
      ? [{ id: "g-abc123", name: "flinkobs-test-grafana", status: world.workspace.status, endpoint: "unused" }]
      : [{ id: "g-other", name: "someone-elses-grafana" }],
  }));
  grafana.on(DescribeWorkspaceCommand).callsFake(async () => ({
    workspace: { id: "g-abc123", endpoint: "g-abc123.grafana-workspace.eu-west-1.amazonaws.com", ...world.workspace },
  }));
  grafana.on(ListWorkspaceServiceAccountTokensCommand).callsFake(async () => ({
    serviceAccountTokens: world.tokens.map((t) => ({ ...t, createdAt: NOW, expiresAt: new Date(NOW.getTime() + DAY) })),
  }));

  const secrets = mockClient(SecretsManagerClient);
  const arn = `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:flinkobs-test-grafana-token-20261101-AbCdEf`;
  secrets.on(ListSecretsCommand).callsFake(async () => ({
    SecretList: world.secret ? [{ ARN: arn, Name: "flinkobs-test-grafana-token-20261101", CreatedDate: NOW }] : [],
  }));
  secrets.on(DescribeSecretCommand).callsFake(async () => ({
    ARN: arn,
    RotationEnabled: world.secret?.rotationEnabled,
    LastRotatedDate: world.secret?.lastRotated,
  }));
  secrets.on(GetSecretValueCommand).callsFake(async () => ({
    ARN: arn,
    SecretString: JSON.stringify({
      token: FAKE_TOKEN,
      tokenId: world.secret?.tokenId,
      tokenName: "terraform-current",
      expiresAt: world.secret?.expiresAt,
      workspaceId: "g-abc123",
      serviceAccountId: "2",
    }),
  }));

  const mocks = [sts, flink, cloudWatch, logs, grafana, secrets];
  return () => mocks.forEach((m) => m.restore());
}

/** The fake workspace API; answers only requests carrying the fake token. */
export async function startGrafana(
  world: World,
  configDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const stack = synthesizeInMemory(loadEnvironment("test", configDir));
  const groups = Object.values<any>(stack.resource.grafana_rule_group).map((g) => ({
    name: g.name,
    rules: g.rule.map((r: any) => r.name as string),
  }));
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (world.grafana.rejectToken || req.headers.authorization !== `Bearer ${FAKE_TOKEN}`) {
      // Echoes the credential back, as a careless proxy might: the verifier must not print it.
      return send(401, { message: `invalid API key ${req.headers.authorization}` });
    }
    const url = req.url ?? "";
    if (url.startsWith("/api/datasources/uid/")) return send(world.grafana.health.status, world.grafana.health.body);
    if (url === "/api/prometheus/grafana/api/v1/rules") {
      return send(200, {
        status: "success",
        data: {
          groups: groups.map((g) => ({
            name: g.name,
            rules: g.rules.flatMap((name: string) => {
              const override = world.grafana.rules[name];
              if (override === "missing") return [];
              const defaults = { health: "ok", state: "inactive", lastError: "" };
              return [{ name, ...defaults, ...(override ?? {}) }];
            }),
          })),
        },
      });
    }
    if (url === "/api/v1/provisioning/contact-points") return send(200, world.grafana.contactPoints);
    if (url === "/api/alert-notifiers")
      return send(
        200,
        world.grafana.notifiers.map((type) => ({ type, name: type })),
      );
    return send(404, { message: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
