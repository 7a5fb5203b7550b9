/**
 * What one synthesized environment asks of AWS and Grafana, read from the Terraform JSON itself (not
 * from what the constructs meant to build): resources, dashboards, alert rules against the
 * workspace's cap, CloudWatch alarms, and an estimate of what alerting costs in CloudWatch per month.
 * `npm run synth` prints it per environment; docs/alerting-cost.md gives the formula and its sources.
 */

import { RuntimeFamily, findFlinkMetric, runtimeFamily } from "../modules/flink-metrics";
import { applicationsOfQuery } from "../modules/grafana/flink-alerts/member-label";
import { namesFromPattern, variableNames } from "../modules/grafana/flink-dashboards/variable";
import { unescapeTerraform } from "../modules/grafana/terraform-literal";

/** CloudWatch GetMetricData: USD per 1,000 metrics requested (AWS CloudWatch pricing, "API requests"). */
export const GET_METRIC_DATA_USD_PER_1000_METRICS = 0.01;
/** A standard-resolution metric alarm: USD per alarm-month (AWS CloudWatch pricing, "Alarms"). */
export const STANDARD_ALARM_USD_PER_MONTH = 0.1;
/** Seconds in the 30-day month the estimate uses. */
export const SECONDS_PER_MONTH = 30 * 24 * 3600;

/** The parts of a synthesized configuration read here. */
export interface SynthesizedConfiguration {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
/** A `grafana_rule_group` block as synthesized. */
interface RuleGroupBlock {
  readonly interval_seconds: number | string;
  readonly rule?: readonly {
    readonly labels?: Readonly<Record<string, string>>;
    readonly data?: readonly { readonly datasource_uid?: string; readonly model?: string }[];
  }[];
}
/** The parts of a rule query's model read here. */
interface QueryModel {
  readonly expression?: unknown;
  readonly metricName?: unknown;
  readonly metricEditorMode?: unknown;
  readonly dimensions?: Readonly<Record<string, unknown>>;
}

/**
 * Applications one query reads ({@link applicationsOfQuery}); a wildcard reads every application of the
 * account, counted as the rule's members (the keys of its member label), a floor.
 */
function applicationsRead(model: QueryModel, memberLabel: string | undefined): number {
  return applicationsOfQuery(model, memberLabel)?.length ?? 1;
}

/** The figures of one environment. */
export interface EnvironmentSummary {
  /** Managed resources in the configuration (data sources and ephemeral reads not counted). */
  readonly resources: number;
  readonly dashboards: number;
  /** Grafana-managed alert rules, over every rule group. */
  readonly alertRules: number;
  /** The workspace's cap on alert rules (`alerting.maxRules`). */
  readonly maxRules: number;
  readonly cloudWatchAlarms: number;
  /** CloudWatch metrics the rules request per month, for one evaluating Grafana instance. */
  readonly metricsRequestedPerMonth: number;
  /** Their GetMetricData price, USD per month, for one evaluating instance. */
  readonly ruleQueriesUsdPerMonth: number;
  /** The alarms' price, USD per month. */
  readonly alarmsUsdPerMonth: number;
  /** CloudWatch metrics one load or refresh of the overview dashboard requests (0 without one). */
  readonly overviewMetricsPerRefresh: number;
}

/** The parts of a dashboard model read here. */
interface DashboardModel {
  readonly tags?: readonly string[];
  readonly templating?: {
    readonly list?: readonly { readonly name?: string; readonly regex?: string; readonly query?: unknown }[];
  };
  readonly panels?: readonly { readonly targets?: readonly (QueryModel & { readonly queryMode?: unknown })[] }[];
}

/**
 * CloudWatch metrics one refresh of the overview requests: every query that reads metrics (hidden ones
 * included; an expression over the panel's queries reads none of its own), one metric per application
 * it reads whose runtime publishes the metric. The applications are those the application variable
 * lists (the status table's list where a query names them); per application the runtime comes from the
 * runtime variable. A metric published per stream or topic requests one metric per stream, and an
 * application whose source has no such metric requests none: the figure is an estimate
 * (docs/dashboards-and-alerts.md, "What a refresh costs").
 */
export function overviewMetricsPerRefresh(overview: DashboardModel): number {
  const variable = (name: string) => overview.templating?.list?.find((v) => v.name === name);
  const names = variableNames(String(variable("application")?.regex ?? "")) ?? [];
  const familyOf = new Map<string, RuntimeFamily>();
  for (const item of String(variable("runtime")?.query ?? "").split(",")) {
    const [runtime, members] = item.split(" : ");
    if (members === undefined) continue;
    for (const name of namesFromPattern(members)) familyOf.set(name, runtimeFamily(runtime as never));
  }
  let metrics = 0;
  for (const panel of overview.panels ?? [])
    for (const target of panel.targets ?? []) {
      if (target.queryMode !== "Metrics" || target.metricEditorMode === 1 || typeof target.metricName !== "string")
        continue;
      const metric = findFlinkMetric(target.metricName);
      const listed = target.dimensions?.Application;
      const read = Array.isArray(listed) ? listed.map(String) : names;
      metrics += read.filter((n) => {
        const family = familyOf.get(n);
        return family === undefined || metric === undefined || metric.runtimes.includes(family);
      }).length;
    }
  return metrics;
}

/**
 * CloudWatch metrics one rule query requests at each evaluation: one per metric name it reads (a
 * builder query reads one; an expression counts its `MetricName="…"` terms) and per application it
 * reads. A SEARCH that matches one series per stream, shard or partition requests one metric per
 * series, so for those this is the smallest number (docs/alerting-cost.md).
 */
export function metricsPerQuery(model: QueryModel, memberLabel?: string): number {
  const applications = applicationsRead(model, memberLabel);
  if (typeof model.expression === "string" && model.expression.length > 0 && model.metricEditorMode === 1) {
    const names = new Set([...model.expression.matchAll(/MetricName\s*=\s*"([^"]+)"/g)].map((m) => m[1]));
    return Math.max(1, names.size) * applications;
  }
  return typeof model.metricName === "string" && model.metricName.length > 0 ? applications : 0;
}

/** A rule's data model as the provider receives it (Terraform's `$${` escape read back). */
function parsedModel(text: unknown): QueryModel {
  return typeof text === "string" ? JSON.parse(unescapeTerraform(text)) : {};
}

/** The figures of a synthesized stack (its cdk.tf.json). */
export function summarizeStack(stack: SynthesizedConfiguration, maxRules: number): EnvironmentSummary {
  const resources = stack.resource ?? {};
  const count = (type: string) => Object.keys(resources[type] ?? {}).length;
  let alertRules = 0;
  let metricsRequestedPerMonth = 0;
  for (const group of Object.values(resources.grafana_rule_group ?? {}) as RuleGroupBlock[]) {
    const evaluationsPerMonth = SECONDS_PER_MONTH / Number(group.interval_seconds);
    for (const rule of group.rule ?? []) {
      alertRules += 1;
      const metrics = (rule.data ?? [])
        .filter((d) => d.datasource_uid !== "__expr__")
        .reduce((sum, d) => sum + metricsPerQuery(parsedModel(d.model), rule.labels?.flink_member), 0);
      metricsRequestedPerMonth += metrics * evaluationsPerMonth;
    }
  }
  const cloudWatchAlarms = count("aws_cloudwatch_metric_alarm");
  const overview = Object.values(resources.grafana_dashboard ?? {})
    .map((d) => parsedModel((d as { config_json?: unknown }).config_json) as DashboardModel)
    .find((d) => d.tags?.includes("flink-overview"));
  return {
    resources: Object.values(resources).reduce((sum, blocks) => sum + Object.keys(blocks).length, 0),
    dashboards: count("grafana_dashboard"),
    alertRules,
    maxRules,
    cloudWatchAlarms,
    metricsRequestedPerMonth,
    ruleQueriesUsdPerMonth: (metricsRequestedPerMonth / 1000) * GET_METRIC_DATA_USD_PER_1000_METRICS,
    alarmsUsdPerMonth: cloudWatchAlarms * STANDARD_ALARM_USD_PER_MONTH,
    overviewMetricsPerRefresh: overview ? overviewMetricsPerRefresh(overview) : 0,
  };
}

/** The line `npm run synth` prints for an environment. */
export function summaryLine(environment: string, s: EnvironmentSummary): string {
  const usd = (n: number) => `$${n.toFixed(2)}`;
  return (
    `${environment}: ${s.resources} resources, ${s.dashboards} dashboards, ${s.alertRules}/${s.maxRules} alert rules, ` +
    `${s.cloudWatchAlarms} CloudWatch alarms; alerting ≈ ${usd(s.ruleQueriesUsdPerMonth + s.alarmsUsdPerMonth)}/month ` +
    `(rule queries ${usd(s.ruleQueriesUsdPerMonth)} per evaluating Grafana instance, alarms ${usd(s.alarmsUsdPerMonth)}); ` +
    `overview ≈ ${s.overviewMetricsPerRefresh} metrics per refresh ` +
    `($${((s.overviewMetricsPerRefresh / 1000) * GET_METRIC_DATA_USD_PER_1000_METRICS).toFixed(3)})`
  );
}
