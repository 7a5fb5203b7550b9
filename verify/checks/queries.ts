// Each CloudWatch query of every panel and rule against the live account: does the metric exist for
// exactly the dimensions the query uses (ListMetrics), did it report in the last hour (GetMetricData),
// and if not, the likely cause from the application's state and the metric catalogue.
import {
  GetMetricDataCommand,
  ListMetricsCommand,
  type Metric,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import { DescribeLogGroupsCommand, DescribeLogStreamsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { findFlinkMetric, levelSatisfies, runtimeFamily, type FlinkRuntime, type MetricsLevel } from "../catalogue";
import { describeAwsError, notChecked } from "../clients";
import { linkedAccount, type VerifyQuery } from "../queries";
import type { Finding, Status } from "../report";
import { applicationLabel, type ExpectedApplication, type LiveApplication } from "./applications";
import type { CheckContext } from "./context";

const HOUR_MS = 3_600_000;
/** Log groups without an event for this long are reported (a running job logs at least its checkpoints). */
const LOG_SILENCE_MS = 24 * HOUR_MS;
const FLINK_NAMESPACE = "AWS/KinesisAnalytics";
/** ListMetrics pages read per call (500 metrics each): enough for any one metric of one application. */
const MAX_LIST_PAGES = 5;
/** Series read per GetMetricData call when a query matches several (wildcard dimensions). */
const MAX_SERIES = 10;

/** What a query check knows about the application the query reads. */
export interface ApplicationState {
  readonly expected?: ExpectedApplication;
  readonly live?: LiveApplication;
}

type Filter = { Name: string; Value?: string };

/** A listed metric and the account that owns it, when listed through the sink. */
export type ListedMetric = Metric & { readonly owningAccount?: string };

/** Caches ListMetrics answers: many queries share a metric, and the cause analysis lists it again. */
export class MetricLister {
  private readonly cache = new Map<string, Promise<ListedMetric[]>>();
  constructor(private readonly ctx: CheckContext) {}

  /** `account`: a linked source account, whose metrics are listed through the sink; `all`: every account. */
  list(namespace: string, metricName: string, filters: readonly Filter[], account?: string): Promise<ListedMetric[]> {
    const key = JSON.stringify([namespace, metricName, filters, account]);
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.fetch(namespace, metricName, filters, account);
      this.cache.set(key, answer);
    }
    return answer;
  }

  private async fetch(
    namespace: string,
    metricName: string,
    filters: readonly Filter[],
    account: string | undefined,
  ): Promise<ListedMetric[]> {
    const metrics: ListedMetric[] = [];
    const linked =
      account === undefined
        ? {}
        : account === "all"
          ? { IncludeLinkedAccounts: true }
          : { IncludeLinkedAccounts: true, OwningAccount: account };
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const answer = await this.ctx.clients.cloudWatch.send(
        new ListMetricsCommand({
          Namespace: namespace,
          MetricName: metricName,
          Dimensions: filters.map((f) => ({ ...f })),
          NextToken: nextToken,
          // A source account's metrics, seen from the monitoring account (CloudWatch API reference, ListMetrics:
          // with IncludeLinkedAccounts, OwningAccounts names each metric's account).
          ...linked,
        }),
      );
      metrics.push(
        ...(answer.Metrics ?? []).map((metric, i) => ({ ...metric, owningAccount: answer.OwningAccounts?.[i] })),
      );
      nextToken = answer.NextToken;
      if (!nextToken) break;
    }
    return metrics;
  }

  /** The distinct dimension-name sets `metricName` is published with (for one application when given). */
  async publishedSets(
    namespace: string,
    metricName: string,
    application?: string,
    account?: string,
  ): Promise<string[][]> {
    const filters = application ? [{ Name: "Application", Value: application }] : [];
    const sets = new Map<string, string[]>();
    for (const metric of await this.list(namespace, metricName, filters, account)) {
      const names = dimensionNames(metric);
      sets.set(names.join(","), names);
    }
    return [...sets.values()].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
  }
}

function dimensionNames(metric: Metric): string[] {
  return (metric.Dimensions ?? []).map((d) => d.Name ?? "").sort();
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function formatSet(names: readonly string[]): string {
  return `{${names.join(",")}}`;
}

/** `busyTimeMsPerSecond {TaskName=*}`: the application dimension is left out (it is the group). */
export function querySubject(query: VerifyQuery): string {
  if (query.kind === "logs") return `logs ${(query.logGroupNames ?? []).join(", ")}`;
  if (query.kind === "expression") {
    const names = metricNamesIn(query.expression ?? "");
    const fn = /^\s*([A-Z_]+)\(/.exec(query.expression ?? "")?.[1];
    return `${fn ? `${fn} ` : "math "}${names.join(", ") || query.expression}`;
  }
  const dims = Object.entries(query.dimensions ?? {})
    .filter(([name, value]) => !(name === "Application" && value === query.application))
    .map(([name, value]) => `${name}=${value}`);
  return `${query.metricName}${dims.length ? ` {${dims.join(",")}}` : ""}${query.statistic ? "" : " (variable)"}`;
}

function metricNamesIn(expression: string): string[] {
  return [...new Set([...expression.matchAll(/MetricName\s*=\s*"([^"]+)"/g)].map((m) => m[1]))];
}

/** Dimension names of a SEARCH schema (`{AWS/KinesisAnalytics,Application}` -> [Application]), if any. */
function searchSchemaDimensions(expression: string): string[] | undefined {
  const schema = /SEARCH\(\s*'\{([^}]*)\}/.exec(expression);
  if (!schema) return undefined;
  return schema[1]
    .split(",")
    .slice(1)
    .map((s) => s.trim().replace(/^"|"$/g, ""))
    .sort();
}

function usedByOf(query: VerifyQuery): string[] {
  return query.usedBy.map((u) =>
    u.kind === "panel"
      ? `dashboard "${u.dashboardTitle}" / panel "${u.title}" (${u.refId})`
      : `rule "${u.title}" (${u.refId})`,
  );
}

interface Cause {
  readonly reason: string;
  readonly fix: string;
  /** Explained by the configuration itself (runtime or level): true whatever the account holds. */
  readonly structural: boolean;
  readonly runtimeMismatch?: boolean;
}

/** Why `metricName` may be missing for the application, most likely first. */
async function likelyCauses(
  lister: MetricLister,
  namespace: string,
  metricName: string,
  app: ApplicationState,
  applicationName: string | undefined,
  queryDimensions: readonly string[] | undefined,
  matchExact: boolean,
  account: string | undefined,
): Promise<Cause[]> {
  const causes: Cause[] = [];
  let remote: Cause | undefined;
  const { expected, live } = app;
  const levelField = expected?.created
    ? "applications[].monitoring.metricsLevel"
    : "monitoredApplications[].metricsLevel";
  if (expected?.account !== undefined) {
    // DescribeApplication cannot reach a source account: what is known is whether its metrics show here.
    // Told first when the configuration (runtime, level, dimensions) does not explain the missing data.
    remote =
      live?.visibleThroughSink === false
        ? {
            reason: `no metric of ${applicationName} in account ${expected.account} is visible from the monitoring account`,
            fix: "see the application's finding on the sink and the account's link",
            structural: false,
          }
        : {
            reason: `its status is not readable from the monitoring account (it runs in ${expected.account}); it may be stopped`,
            fix: `check it in ${expected.account}: aws kinesisanalyticsv2 describe-application --application-name ${applicationName}`,
            structural: false,
          };
  } else if (live && !live.error && !live.exists) {
    causes.push({
      reason: `application ${applicationName} does not exist`,
      fix: "see the application's own finding",
      structural: false,
    });
  } else if (live?.status && live.status !== "RUNNING") {
    causes.push({
      reason: `application is ${live.status}, not RUNNING`,
      fix: `start it: aws kinesisanalyticsv2 start-application --application-name ${applicationName}`,
      structural: false,
    });
  }
  if (namespace === FLINK_NAMESPACE) {
    const metric = findFlinkMetric(metricName);
    if (!metric) {
      causes.push({
        reason: `${metricName} is not a metric Managed Flink publishes (names are case-sensitive)`,
        fix: "use a metric name from the metric catalogue",
        structural: true,
      });
    } else {
      const runtime = (live?.runtime ?? expected?.runtime) as FlinkRuntime | undefined;
      if (runtime && !metric.runtimes.includes(runtimeFamily(runtime))) {
        causes.push({
          reason: `runtime mismatch: ${metricName} is not emitted by ${runtime}`,
          fix: `check the application's runtime in the configuration (${runtime} emits other job-health metrics)`,
          structural: true,
          runtimeMismatch: true,
        });
      }
      const level = (live?.metricsLevel ?? expected?.metricsLevel) as MetricsLevel | undefined;
      if (level && !levelSatisfies(level, metric.minLevel)) {
        causes.push({
          reason: `metrics level too low: ${metricName} needs ${metric.minLevel} or finer, the application reports at ${level}`,
          fix: `set ${levelField}: ${metric.minLevel} and deploy`,
          structural: true,
        });
      }
    }
  }
  if (queryDimensions) {
    const published = await lister.publishedSets(namespace, metricName, applicationName, account);
    const fits = (set: string[]) =>
      matchExact ? sameSet(set, queryDimensions) : queryDimensions.every((d) => set.includes(d));
    if (published.length > 0 && !published.some(fits)) {
      causes.push({
        reason: `dimension set ${formatSet(queryDimensions)} is not published; AWS publishes ${metricName} with ${published.map(formatSet).join(", ")}`,
        fix: "change the panel's or rule's dimensions to a published set",
        structural: true,
      });
    }
  }
  if (remote && !causes.some((c) => c.structural)) causes.unshift(remote);
  return causes;
}

/** Status and wording of a query without (recent) data, from its causes. */
function withoutData(
  query: VerifyQuery,
  exists: boolean,
  causes: readonly Cause[],
  base: Omit<Finding, "status" | "reason">,
): Finding {
  const found = exists ? "exists but has no data in the last hour" : "does not exist";
  const shared = query.usedBy.every((u) => u.kind === "panel" && u.shared);
  if (!exists && causes.length > 0 && causes.every((c) => c.runtimeMismatch) && shared) {
    // A panel for several applications of different runtimes: the other runtime's series is absent by design.
    return { ...base, status: "green", reason: `absent by design: ${causes[0].reason} (panel shows several runtimes)` };
  }
  const notRunning = causes.some((c) => !c.structural);
  let status: Status;
  if (exists) status = "yellow";
  else if (causes.some((c) => c.structural)) status = "red";
  // Not running: the missing metric follows from that; the application's finding is the one to fix.
  else status = notRunning ? "yellow" : "red";
  const because = causes.length > 0 ? `; likely cause: ${causes.map((c) => c.reason).join("; ")}` : "";
  const fix =
    causes.map((c) => c.fix).join("; ") ||
    (exists
      ? "the job may be idle; check the application's input"
      : "check that the application reports this metric (names, dimensions and metrics level)");
  return { ...base, status, reason: `${found}${because}`, fix };
}

async function recentDatapoints(ctx: CheckContext, queries: MetricDataQuery[]): Promise<number> {
  const answer = await ctx.clients.cloudWatch.send(
    new GetMetricDataCommand({
      StartTime: new Date(ctx.now.getTime() - HOUR_MS),
      EndTime: ctx.now,
      MetricDataQueries: queries.map((q) => ({ ...q, ReturnData: true })),
    }),
  );
  const results = answer.MetricDataResults ?? [];
  // Cross-account or denied series come back as a result status, not as an error.
  if (results.some((r) => r.StatusCode === "Forbidden")) {
    const denied = new Error("GetMetricData returned StatusCode Forbidden");
    denied.name = "AccessDenied";
    throw denied;
  }
  return results.reduce((sum, r) => sum + (r.Values?.length ?? 0), 0);
}

async function checkMetric(
  ctx: CheckContext,
  lister: MetricLister,
  query: VerifyQuery,
  account: string | undefined,
  app: ApplicationState,
  base: Omit<Finding, "status" | "reason">,
): Promise<Finding> {
  const namespace = query.namespace ?? FLINK_NAMESPACE;
  const metricName = query.metricName ?? "";
  const dimensions = query.dimensions ?? {};
  const filters = Object.entries(dimensions).map(([Name, Value]) => (Value === "*" ? { Name } : { Name, Value }));
  const wanted = Object.keys(dimensions).sort();
  const listed = await lister.list(namespace, metricName, filters, account);
  const matching = listed.filter((m) =>
    query.matchExact ? sameSet(dimensionNames(m), wanted) : wanted.every((w) => dimensionNames(m).includes(w)),
  );
  if (matching.length > 0 && !query.statistic) {
    return { ...base, status: "green", reason: `exists (${matching.length} series)` };
  }
  if (matching.length > 0) {
    const period = query.period && query.period > 0 ? query.period : 60;
    const points = await recentDatapoints(
      ctx,
      matching.slice(0, MAX_SERIES).map(({ owningAccount, ...metric }, i) => {
        const inAccount = account === "all" ? owningAccount : account;
        return {
          Id: `m${i}`,
          MetricStat: { Metric: metric, Period: period, Stat: query.statistic },
          ...(inAccount === undefined ? {} : { AccountId: inAccount }),
        };
      }),
    );
    if (points > 0) return { ...base, status: "green", reason: `${points} datapoints in the last hour` };
  }
  const causes = await likelyCauses(
    lister,
    namespace,
    metricName,
    app,
    query.application,
    wanted,
    query.matchExact !== false,
    account,
  );
  return withoutData(query, matching.length > 0, causes, base);
}

async function checkExpression(
  ctx: CheckContext,
  lister: MetricLister,
  query: VerifyQuery,
  account: string | undefined,
  app: ApplicationState,
  base: Omit<Finding, "status" | "reason">,
): Promise<Finding> {
  const expression = query.expression ?? "";
  let points: number;
  try {
    points = await recentDatapoints(ctx, [{ Id: "q", Expression: expression, Period: query.period }]);
  } catch (e) {
    if (
      (e as { name?: string }).name === "ValidationError" ||
      (e as { name?: string }).name === "InvalidParameterValue"
    )
      return {
        ...base,
        status: "red",
        reason: `CloudWatch rejects the expression: ${describeAwsError(e)}`,
        fix: "fix the panel's or rule's expression",
      };
    throw e;
  }
  if (points > 0) return { ...base, status: "green", reason: `${points} datapoints in the last hour` };
  const namespace = query.namespace ?? FLINK_NAMESPACE;
  const schema = searchSchemaDimensions(expression);
  let exists = false;
  const causes: Cause[] = [];
  for (const metricName of metricNamesIn(expression)) {
    const published = await lister.publishedSets(namespace, metricName, query.application, account);
    // A SEARCH schema matches exactly its dimension names; without one any set matches.
    if (published.some((set) => !schema || sameSet(set, schema))) exists = true;
    const found = await likelyCauses(lister, namespace, metricName, app, query.application, schema, true, account);
    for (const cause of found) {
      if (!causes.some((c) => c.reason === cause.reason)) causes.push(cause);
    }
  }
  return withoutData(query, exists, causes, base);
}

async function checkLogs(
  ctx: CheckContext,
  query: VerifyQuery,
  account: string | undefined,
  app: ApplicationState,
  base: Omit<Finding, "status" | "reason">,
): Promise<Finding> {
  const problems: Finding[] = [];
  for (const name of query.logGroupNames ?? []) {
    // A source account's groups are listed through the sink, and read by ARN.
    const source = account !== undefined && /^\d{12}$/.test(account) ? account : undefined;
    const linked = source === undefined ? {} : { includeLinkedAccounts: true, accountIdentifiers: [source] };
    const groups = await ctx.clients.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: name, limit: 5, ...linked }),
    );
    const group = (groups.logGroups ?? []).find((g) => g.logGroupName === name);
    if (!group) {
      problems.push({
        ...base,
        status: "red",
        reason: `log group ${name} does not exist: the logs panel stays empty`,
        fix: app.expected?.created
          ? "deploy the stack"
          : source === undefined
            ? "set monitoredApplications[].logGroupName to the application's log group"
            : `set monitoredApplications[].logGroupName to the application's log group in ${source}, and check that the link shares log groups`,
      });
      continue;
    }
    // The ARN without `:*` (LogGroup.logGroupArn) is what logGroupIdentifier takes.
    const arn = group.logGroupArn ?? group.arn?.replace(/:\*$/, "");
    if (source !== undefined && arn === undefined) {
      problems.push({
        ...base,
        status: "unknown",
        reason: `log group ${name} of ${source} was listed without its ARN`,
      });
      continue;
    }
    const where = source === undefined ? { logGroupName: name } : { logGroupIdentifier: arn };
    const streams = await ctx.clients.logs.send(
      new DescribeLogStreamsCommand({ ...where, orderBy: "LastEventTime", descending: true, limit: 1 }),
    );
    const last = streams.logStreams?.[0]?.lastEventTimestamp;
    if (last === undefined || ctx.now.getTime() - last > LOG_SILENCE_MS) {
      const notRunning = app.live?.status && app.live.status !== "RUNNING" ? `; application is ${app.live.status}` : "";
      problems.push({
        ...base,
        status: "yellow",
        reason: `log group ${name} has no events in the last 24 hours${last ? ` (last ${new Date(last).toISOString()})` : ""}${notRunning}`,
        fix: "check the application's logging configuration and that it runs",
      });
    }
  }
  return (
    problems.find((p) => p.status === "red") ??
    problems[0] ?? { ...base, status: "green", reason: "log group exists and has recent events" }
  );
}

/** The finding of one query; a failed AWS call makes it `unknown` (never a guess). */
export async function checkQuery(
  ctx: CheckContext,
  lister: MetricLister,
  query: VerifyQuery,
  app: ApplicationState,
): Promise<Finding> {
  const account = linkedAccount(query.account, ctx.config.account);
  const base = {
    application: query.application === undefined ? null : applicationLabel(query.application, app.expected?.account),
    check: "query" as const,
    subject: querySubject(query),
    usedBy: usedByOf(query),
  };
  try {
    if (query.kind === "logs") return await checkLogs(ctx, query, account, app, base);
    if (query.kind === "expression") return await checkExpression(ctx, lister, query, account, app, base);
    return await checkMetric(ctx, lister, query, account, app, base);
  } catch (e) {
    return { ...base, ...notChecked(e) };
  }
}
