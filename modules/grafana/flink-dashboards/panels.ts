/**
 * Panel descriptions shared by the overview and the per-application dashboards, and the one place
 * that turns them into Grafana JSON (foundation SDK builders) with an explicit, overlap-free layout.
 */
import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as common from "@grafana/grafana-foundation-sdk/common";
import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as logs from "@grafana/grafana-foundation-sdk/logs";
import * as stat from "@grafana/grafana-foundation-sdk/stat";
import * as timeseries from "@grafana/grafana-foundation-sdk/timeseries";
import {
  APPLICATION_DIMENSION,
  FLINK_NAMESPACE,
  FlinkMetric,
  Statistic,
  TASK_DIMENSION,
  dimensionProblems,
  increaseExpression,
  watermarkLagExpression,
} from "../../flink-metrics";

/** Width of Grafana's grid. */
export const GRID_COLUMNS = 24;
/**
 * Metric period of the queries: Managed Flink publishes 1-minute datapoints (15 s snapshots); a
 * metric published less often (KPUs, hourly) is read at its own period.
 */
export const PERIOD_SECONDS = 60;

/** The query period of a metric: {@link PERIOD_SECONDS} or its publishing period if longer. */
export function queryPeriodSeconds(metric: FlinkMetric): number {
  return Math.max(PERIOD_SECONDS, metric.publishPeriodSeconds ?? PERIOD_SECONDS);
}

/** How a panel reads one catalogued metric. */
export type MetricRead =
  /** The metric as stored, with its catalogue statistic (or `statistic`), one series per app. */
  | { readonly kind: "value"; readonly metric: FlinkMetric; readonly statistic?: Statistic; readonly legend: string }
  /** One series per task (exactly {Application, Task}); for TASK-level metrics. */
  | { readonly kind: "perTask"; readonly metric: FlinkMetric; readonly legend: string }
  /**
   * Every series of the app, whatever its other dimensions (per stream, per topic; a Flow that may
   * or may not be published): no exact match. `labelDimension` names each series in the legend and
   * must be a dimension the metric is published with.
   */
  | {
      readonly kind: "anyDimensions";
      readonly metric: FlinkMetric;
      readonly legend: string;
      readonly labelDimension: string;
    }
  /** Per-minute increase of a cumulative counter. */
  | { readonly kind: "increase"; readonly metric: FlinkMetric; readonly legend: string }
  /** Wall clock minus a watermark. */
  | { readonly kind: "watermarkLag"; readonly metric: FlinkMetric; readonly legend: string };

/** A panel before layout. */
export interface PanelSpec {
  /** Visualisation. */
  readonly viz: "timeseries" | "stat" | "logs";
  /** Title. */
  readonly title: string;
  /** What it shows and how to read it (panel description, shown as the (i) tooltip). */
  readonly description: string;
  /**
   * Grafana unit id; required for metric panels.
   * @default - none (logs panels)
   */
  readonly unit?: string;
  /**
   * Metric reads (metric panels).
   * @default - none (logs panels)
   */
  readonly reads?: readonly MetricRead[];
  /**
   * Logs Insights query and log group (logs panels).
   * @default - none (metric panels)
   */
  readonly logs?: {
    readonly logGroupName: string;
    readonly query: string;
    /**
     * The log group's ARN and account when it is in a linked source account: Grafana then queries it
     * by ARN (Logs Insights `logGroupIdentifiers`), which reaches a linked account's group.
     * @default - the group of the data source's own account, by name
     */
    readonly remote?: { readonly arn: string; readonly account: string };
  };
  /**
   * Axis/value minimum (0 for counters whose reset would show as a negative step).
   * @default - Grafana's automatic minimum
   */
  readonly min?: number;
  /**
   * Axis/value maximum (100 for percentages).
   * @default - Grafana's automatic maximum
   */
  readonly max?: number;
  /**
   * Value from which the panel turns red (stat and thresholds style).
   * @default - never red
   */
  readonly redFrom?: number;
  /** Width in grid columns. */
  readonly width: number;
  /** Height in grid rows. */
  readonly height: number;
}

/** A titled group of panels. */
export interface RowSpec {
  /** Stable key (used in tests and docs). */
  readonly key: string;
  /** Row title. */
  readonly title: string;
  /** Its panels, laid out left to right, wrapping at 24 columns. */
  readonly panels: readonly PanelSpec[];
}

/** Dynamic CloudWatch label: the dimension value of each series. */
function dimLabel(dimension: string): string {
  return "${PROP('Dim." + dimension + "')}";
}

/** Dimension names and exact-match setting a read queries with (expressions: their SEARCH schema). */
export function readDimensions(read: MetricRead): { dimensions: string[]; matchExact: boolean } {
  switch (read.kind) {
    case "perTask":
      return { dimensions: [APPLICATION_DIMENSION, TASK_DIMENSION], matchExact: true };
    case "anyDimensions":
      return { dimensions: [APPLICATION_DIMENSION], matchExact: false };
    default:
      return { dimensions: [APPLICATION_DIMENSION], matchExact: true };
  }
}

/**
 * Which account a dashboard's queries read, when its data source reads several (cross-account
 * observability): one account (an application's dashboard), or `all` (the overview, whose series then
 * name their account). Undefined: the data source's own account, as without linked accounts.
 */
export type QueryAccount = string | undefined;

/** The account of a series in a CloudWatch label (cross-account observability). */
export const ACCOUNT_LABEL = "${PROP('AccountId')}";

function metricQuery(
  read: MetricRead,
  refId: string,
  application: string,
  ds: dashboard.DataSourceRef,
  account: QueryAccount,
): cloudwatch.CloudWatchMetricsQueryBuilder {
  const { dimensions, matchExact } = readDimensions(read);
  const problems = dimensionProblems(read.metric, dimensions, matchExact);
  if (read.kind === "anyDimensions" && !read.metric.dimensionSets.flat().includes(read.labelDimension))
    problems.push(`${read.metric.name} has no dimension ${read.labelDimension} to label its series with`);
  if (problems.length > 0) throw new Error(`query ${refId} (${read.legend}): ${problems.join("; ")}`);
  const period = queryPeriodSeconds(read.metric);
  const q = new cloudwatch.CloudWatchMetricsQueryBuilder()
    .refId(refId)
    .id(`q${refId.toLowerCase()}`)
    .datasource(ds)
    .queryMode(cloudwatch.CloudWatchQueryMode.Metrics)
    .metricQueryType(cloudwatch.MetricQueryType.Search)
    .region("default")
    .namespace(FLINK_NAMESPACE)
    .metricName(read.metric.name)
    .period(String(period));
  // `all` makes Grafana search every linked account (an inferred SEARCH without `:aws.AccountId`); an
  // account id keeps a builder query to that account (pkg/tsdb/cloudwatch, metric_data_query_builder.go).
  if (account !== undefined) q.accountId(account);
  const expressionAccount = account === "all" ? undefined : account;
  // Over several accounts one name can be two applications: the legend names the account too.
  const legend = (text: string) => (account === "all" ? `${text} ${ACCOUNT_LABEL}` : text);
  switch (read.kind) {
    case "value":
      return q
        .metricEditorMode(cloudwatch.MetricEditorMode.Builder)
        .dimensions({ [APPLICATION_DIMENSION]: application })
        .matchExact(true)
        .statistic(read.statistic ?? read.metric.statistic)
        .label(legend(`${read.legend} ${dimLabel(APPLICATION_DIMENSION)}`));
    case "perTask":
      return q
        .metricEditorMode(cloudwatch.MetricEditorMode.Builder)
        .dimensions({ [APPLICATION_DIMENSION]: application, [TASK_DIMENSION]: "*" })
        .matchExact(true)
        .statistic(read.metric.statistic)
        .label(legend(`${read.legend} ${dimLabel(TASK_DIMENSION)}`));
    case "anyDimensions":
      return q
        .metricEditorMode(cloudwatch.MetricEditorMode.Builder)
        .dimensions({ [APPLICATION_DIMENSION]: application })
        .matchExact(false)
        .statistic(read.metric.statistic)
        .label(legend(`${read.legend} ${dimLabel(read.labelDimension)}`));
    case "increase":
      return q
        .metricEditorMode(cloudwatch.MetricEditorMode.Code)
        .expression(increaseExpression(read.metric, application, period, expressionAccount))
        .statistic(read.metric.statistic)
        .label(legend(read.legend));
    case "watermarkLag":
      return q
        .metricEditorMode(cloudwatch.MetricEditorMode.Code)
        .expression(watermarkLagExpression(read.metric, application, period, expressionAccount))
        .statistic(read.metric.statistic)
        .label(legend(read.legend));
  }
}

function thresholds(redFrom: number | undefined): dashboard.ThresholdsConfigBuilder {
  const steps: dashboard.Threshold[] = [{ value: null, color: "green" }];
  if (redFrom !== undefined) steps.push({ value: redFrom, color: "red" });
  return new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps(steps);
}

/** Options every panel builder used here has (stat, time series, logs). */
interface PanelBuilderBase {
  id(id: number): this;
  gridPos(gridPos: dashboard.GridPos): this;
  title(title: string): this;
  description(description: string): this;
  datasource(datasource: dashboard.DataSourceRef): this;
}

/** Options the metric panel builders (stat, time series) add. */
interface MetricPanelBuilder extends PanelBuilderBase {
  targets(targets: cog.Builder<cog.Dataquery>[]): this;
  unit(unit: string): this;
  thresholds(thresholds: cog.Builder<dashboard.ThresholdsConfig>): this;
  min(min: number): this;
  max(max: number): this;
}

function withPanelBasics<T extends PanelBuilderBase>(
  builder: T,
  spec: PanelSpec,
  id: number,
  gridPos: dashboard.GridPos,
  ds: dashboard.DataSourceRef,
): T {
  return builder.id(id).gridPos(gridPos).title(spec.title).description(spec.description).datasource(ds);
}

function withMetrics<T extends MetricPanelBuilder>(
  builder: T,
  spec: PanelSpec,
  unit: string,
  targets: cog.Builder<cog.Dataquery>[],
): T {
  builder.targets(targets).unit(unit).thresholds(thresholds(spec.redFrom));
  if (spec.min !== undefined) builder.min(spec.min);
  if (spec.max !== undefined) builder.max(spec.max);
  return builder;
}

/** Builds one panel (position and id set by {@link layoutRows}). */
export function buildPanel(
  spec: PanelSpec,
  id: number,
  gridPos: dashboard.GridPos,
  application: string,
  ds: dashboard.DataSourceRef,
  account?: QueryAccount,
): cog.Builder<dashboard.Panel> {
  if (spec.viz === "logs") {
    if (!spec.logs) throw new Error(`panel "${spec.title}": a logs panel needs a log group and a query`);
    const query = new cloudwatch.CloudWatchLogsQueryBuilder()
      .refId("A")
      .id("logs")
      .datasource(ds)
      .queryMode(cloudwatch.CloudWatchQueryMode.Logs)
      .queryLanguage(cloudwatch.LogsQueryLanguage.CWLI)
      .region("default")
      .logGroupNames([spec.logs.logGroupName])
      .expression(spec.logs.query);
    const remote = spec.logs.remote;
    // Grafana queries `logGroups` by ARN (StartQuery's logGroupIdentifiers) when cross-account querying
    // is on, its default (grafana-cloudwatch-datasource pkg/cloudwatch/log_actions.go); the name stays
    // for older clients.
    if (remote)
      query.logGroups([
        new cloudwatch.LogGroupBuilder().arn(remote.arn).name(spec.logs.logGroupName).accountId(remote.account),
      ]);
    return withPanelBasics(new logs.PanelBuilder(), spec, id, gridPos, ds)
      .withTarget(query)
      .showTime(true)
      .wrapLogMessage(true)
      .enableLogDetails(true)
      .sortOrder(common.LogsSortOrder.Descending);
  }
  if (!spec.unit) throw new Error(`panel "${spec.title}": metric panels must set a unit`);
  const reads = spec.reads ?? [];
  if (reads.length === 0) throw new Error(`panel "${spec.title}": a metric panel needs at least one metric`);
  const targets = reads.map((read, i) => metricQuery(read, String.fromCharCode(65 + i), application, ds, account));
  if (spec.viz === "stat") {
    return withMetrics(withPanelBasics(new stat.PanelBuilder(), spec, id, gridPos, ds), spec, spec.unit, targets)
      .colorMode(common.BigValueColorMode.Value)
      .graphMode(common.BigValueGraphMode.Area)
      .reduceOptions(new common.ReduceDataOptionsBuilder().calcs(["lastNotNull"]).values(false));
  }
  const panel = withMetrics(
    withPanelBasics(new timeseries.PanelBuilder(), spec, id, gridPos, ds),
    spec,
    spec.unit,
    targets,
  )
    .lineWidth(1)
    .fillOpacity(10)
    .spanNulls(false)
    .legend(
      new common.VizLegendOptionsBuilder()
        .displayMode(common.LegendDisplayMode.List)
        .placement(common.LegendPlacement.Bottom)
        .showLegend(true),
    )
    .tooltip(
      new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Multi).sort(common.SortOrder.Descending),
    );
  if (spec.redFrom !== undefined) {
    panel.thresholdsStyle(new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Dashed));
  }
  return panel;
}

/**
 * Adds rows and their panels to `builder` with explicit grid positions: panels fill a line left
 * to right and wrap when the next one would cross column 24, so nothing overlaps or overflows.
 * Rows are expanded (their panels follow them at top level, as Grafana stores open rows).
 */
export function layoutRows(
  builder: dashboard.DashboardBuilder,
  rows: readonly RowSpec[],
  application: string,
  ds: dashboard.DataSourceRef,
  account?: QueryAccount,
): void {
  let y = 0;
  let nextId = 1;
  for (const row of rows) {
    if (row.panels.length === 0) continue;
    builder.withRow(
      new dashboard.RowBuilder(row.title).id(nextId++).collapsed(false).gridPos({ x: 0, y, w: GRID_COLUMNS, h: 1 }),
    );
    y += 1;
    let x = 0;
    let lineHeight = 0;
    for (const spec of row.panels) {
      if (spec.width < 1 || spec.width > GRID_COLUMNS)
        throw new Error(`panel "${spec.title}": width must be 1 to ${GRID_COLUMNS}, got ${spec.width}`);
      if (x + spec.width > GRID_COLUMNS) {
        y += lineHeight;
        x = 0;
        lineHeight = 0;
      }
      builder.withPanel(buildPanel(spec, nextId++, { x, y, w: spec.width, h: spec.height }, application, ds, account));
      x += spec.width;
      lineHeight = Math.max(lineHeight, spec.height);
    }
    y += lineHeight;
  }
}

/** Reads a metric as stored, one series per application. */
export const value = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "value", metric, legend });
/** Reads the per-minute increase of a cumulative metric. */
export const increase = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "increase", metric, legend });
/** Reads a TASK-level metric, one series per task. */
export const perTask = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "perTask", metric, legend });
/** Reads every series of the application whatever its other dimensions, labelled by `labelDimension`. */
export const anyDimensions = (metric: FlinkMetric, legend: string, labelDimension: string): MetricRead => ({
  kind: "anyDimensions",
  metric,
  legend,
  labelDimension,
});
