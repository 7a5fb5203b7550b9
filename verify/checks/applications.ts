// Each application the environment creates or monitors: does it exist, is it running, and do its
// runtime and metrics level match the configuration (a mismatch is reported, never fixed).
import { ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { DescribeApplicationCommand } from "@aws-sdk/client-kinesis-analytics-v2";
import { levelSatisfies, type MetricsLevel } from "../catalogue";
import { describeAwsError, isNotFound } from "../clients";
import type { Finding } from "../report";
import type { EnvironmentConfig } from "../stack";
import { linkedAccount } from "../queries";
import { mapLimit, type CheckContext } from "./context";

/** An application as the configuration describes it. */
export interface ExpectedApplication {
  readonly name: string;
  /**
   * The linked source account it runs in (cross-account observability).
   * @default - the environment's own account
   */
  readonly account?: string;
  /** Created by this stack (`applications`) rather than only monitored (`monitoredApplications`). */
  readonly created: boolean;
  readonly runtime: string;
  readonly metricsLevel: string;
  /** Created applications: whether the stack starts it. */
  readonly startApplication?: boolean;
}

/** How findings name an application: its name, and the account when it is a linked source account. */
export function applicationLabel(name: string, account?: string): string {
  return account === undefined ? name : `${name} (${account})`;
}

/** Whether `app` is the application a query of `name` in `account` reads (undefined: the environment's). */
export function isApplication(
  app: ExpectedApplication,
  name: string | undefined,
  account: string | undefined,
): boolean {
  return app.name === name && app.account === account;
}

/** An application as AWS describes it; `exists: false` when DescribeApplication says it does not. */
export interface LiveApplication {
  readonly exists: boolean;
  readonly status?: string;
  readonly runtime?: string;
  readonly metricsLevel?: string;
  /** Set when it could not be described (access denied, network). */
  readonly error?: string;
  /**
   * An application of a linked source account, which DescribeApplication cannot reach from the monitoring
   * account: whether any of its metrics is visible through the sink.
   * @default - an application of the environment's account, described
   */
  readonly visibleThroughSink?: boolean;
}

export function expectedApplications(config: EnvironmentConfig): ExpectedApplication[] {
  return [
    ...config.applications.map((app) => ({
      name: app.name,
      created: true,
      runtime: app.runtime,
      metricsLevel: app.monitoring.metricsLevel,
      startApplication: app.startApplication,
    })),
    ...config.monitoredApplications.map((app) => ({
      name: app.name,
      ...(linkedAccount(app.account, config.account) === undefined ? {} : { account: app.account }),
      created: false,
      runtime: app.runtime,
      metricsLevel: app.metricsLevel,
    })),
  ];
}

/** Whether any metric of `app` in its source account is visible from the monitoring account. */
async function visibleThroughSink(ctx: CheckContext, app: ExpectedApplication): Promise<LiveApplication> {
  try {
    const answer = await ctx.clients.cloudWatch.send(
      new ListMetricsCommand({
        Namespace: "AWS/KinesisAnalytics",
        Dimensions: [{ Name: "Application", Value: app.name }],
        IncludeLinkedAccounts: true,
        OwningAccount: app.account,
      }),
    );
    return { exists: true, visibleThroughSink: (answer.Metrics ?? []).length > 0 };
  } catch (e) {
    return { exists: false, error: describeAwsError(e) };
  }
}

async function describe(ctx: CheckContext, name: string): Promise<LiveApplication> {
  try {
    const { ApplicationDetail: detail } = await ctx.clients.flink.send(
      new DescribeApplicationCommand({ ApplicationName: name }),
    );
    const monitoring =
      detail?.ApplicationConfigurationDescription?.FlinkApplicationConfigurationDescription
        ?.MonitoringConfigurationDescription;
    // DEFAULT monitoring reports at APPLICATION level whatever MetricsLevel says.
    const metricsLevel = monitoring?.ConfigurationType === "CUSTOM" ? monitoring.MetricsLevel : "APPLICATION";
    return { exists: true, status: detail?.ApplicationStatus, runtime: detail?.RuntimeEnvironment, metricsLevel };
  } catch (e) {
    if (isNotFound(e)) return { exists: false };
    return { exists: false, error: describeAwsError(e) };
  }
}

/**
 * Describes every application once, by {@link applicationLabel}; the query checks reuse the result for
 * their likely causes.
 */
export async function describeApplications(
  ctx: CheckContext,
  expected: readonly ExpectedApplication[],
): Promise<Map<string, LiveApplication>> {
  const live = await mapLimit(expected, 4, (app) =>
    app.account === undefined ? describe(ctx, app.name) : visibleThroughSink(ctx, app),
  );
  return new Map(expected.map((app, i) => [applicationLabel(app.name, app.account), live[i]]));
}

const TRANSITIONAL = new Set(["STARTING", "UPDATING", "AUTOSCALING", "MAINTENANCE", "ROLLING_BACK"]);

/** Findings of one application. */
export function applicationFindings(app: ExpectedApplication, live: LiveApplication, environment: string): Finding[] {
  const base = { application: applicationLabel(app.name, app.account), check: "application" as const };
  const kind = app.created ? "created" : "monitored";
  if (live.error) {
    const subject = app.account === undefined ? "DescribeApplication" : "metrics visible through the sink";
    return [{ ...base, subject, status: "unknown", reason: live.error }];
  }
  if (app.account !== undefined) {
    // DescribeApplication answers for the caller's account only: status, runtime and metrics level of a
    // source account's application show in its queries' findings instead.
    const subject = "metrics visible through the sink";
    return [
      live.visibleThroughSink
        ? { ...base, subject, status: "green", reason: `its metrics in account ${app.account} are visible here` }
        : {
            ...base,
            subject,
            status: "red",
            reason:
              `no metric of ${app.name} in account ${app.account} is visible from the monitoring account: ` +
              `the account's link is missing (see its link finding), or the application does not run there`,
            fix:
              `check the link of ${app.account}, then that ${app.name} runs in ${app.account} and this region ` +
              `(aws kinesisanalyticsv2 describe-application --application-name ${app.name}, in that account)`,
          },
    ];
  }
  if (!live.exists) {
    return [
      {
        ...base,
        subject: "exists",
        status: "red",
        reason: `${kind} application ${app.name} does not exist in this account and region`,
        fix: app.created
          ? `deploy the stack: cdktf deploy ${environment}`
          : "check monitoredApplications[].name and the environment's region",
      },
    ];
  }
  const findings: Finding[] = [];
  const status = live.status ?? "UNKNOWN";
  if (status === "RUNNING") {
    findings.push({ ...base, subject: "status", status: "green", reason: `RUNNING (${kind})` });
  } else if (TRANSITIONAL.has(status)) {
    findings.push({
      ...base,
      subject: "status",
      status: "yellow",
      reason: `${status}: metrics pause until it is RUNNING`,
    });
  } else {
    const notStartedByDesign = app.created && app.startApplication === false;
    findings.push({
      ...base,
      subject: "status",
      status: notStartedByDesign ? "yellow" : "red",
      reason: `${status}, not RUNNING: it publishes no metrics${notStartedByDesign ? " (startApplication: false)" : ""}`,
      fix: `start it: aws kinesisanalyticsv2 start-application --application-name ${app.name}`,
    });
  }
  if (live.runtime !== app.runtime) {
    findings.push({
      ...base,
      subject: "runtime",
      status: "red",
      reason: `runs ${live.runtime}, the configuration says ${app.runtime}: dashboards and rules read the wrong job-health metrics`,
      fix: app.created
        ? `deploy the configured runtime (cdktf deploy ${environment}) or change applications[].runtime`
        : `set monitoredApplications[].runtime: ${live.runtime}`,
    });
  } else {
    findings.push({ ...base, subject: "runtime", status: "green", reason: `${live.runtime}, as configured` });
  }
  const actualLevel = (live.metricsLevel ?? "APPLICATION") as MetricsLevel;
  const configuredLevel = app.metricsLevel as MetricsLevel;
  if (actualLevel === configuredLevel) {
    findings.push({ ...base, subject: "metrics level", status: "green", reason: `${actualLevel}, as configured` });
  } else {
    const tooLow = !levelSatisfies(actualLevel, configuredLevel);
    const field = app.created ? "applications[].monitoring.metricsLevel" : "monitoredApplications[].metricsLevel";
    findings.push({
      ...base,
      subject: "metrics level",
      status: tooLow ? "red" : "yellow",
      reason: `reports at ${actualLevel}, the configuration says ${configuredLevel}${tooLow ? ": panels that need the finer level stay empty" : ": finer than needed (more metrics billed)"}`,
      fix: app.created
        ? `deploy the configured level (cdktf deploy ${environment}) or set ${field}: ${actualLevel}`
        : `set ${field}: ${actualLevel}, or raise the application's metrics level`,
    });
  }
  return findings;
}
