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
import { flinkMetricQuery } from "../cloudwatch-query";
import {
  APPLICATION_DIMENSION,
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

/**
 * What a panel draws of a read over many applications instead of its every series: each entry is a
 * CloudWatch metric math expression over the read (which is then fetched but not drawn):
 * - `top`: the N worst series (`SORT(…, by, order, $topN)`; N is the dashboard's {@link TOP_N_VARIABLE});
 * - `expression`: any expression of the read's query id, e.g. one fleet-wide sum, labelled `legend`.
 *   Grafana names every series of a query whose label has no `${…}` by that label
 *   (pkg/tsdb/cloudwatch response_parser.go), so an expression returning several series has no legend:
 *   its series keep the read's labels.
 */
export type SeriesMath =
  | { readonly kind: "top"; readonly by: "MAX" | "MIN" | "AVG" | "SUM"; readonly order: "DESC" | "ASC" }
  | {
      readonly kind: "expression";
      readonly expression: (queryId: string) => string;
      /** @default - none: each series keeps its own label (an expression returning several series) */
      readonly legend?: string;
    };

/** The `top` math of the worst series by `by` in `order`. */
export const top = (by: "MAX" | "MIN" | "AVG" | "SUM", order: "DESC" | "ASC" = "DESC"): SeriesMath => ({
  kind: "top",
  by,
  order,
});

/** Dashboard variable holding how many series a top-N panel draws. */
export const TOP_N_VARIABLE = "topN";

/** How a panel reads one catalogued metric. */
export type MetricRead =
  /** The metric as stored, with its catalogue statistic (or `statistic`), one series per app. */
  | {
      readonly kind: "value";
      readonly metric: FlinkMetric;
      readonly statistic?: Statistic;
      readonly legend: string;
      /** @default - every series drawn */
      readonly math?: readonly SeriesMath[];
    }
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
      /** @default - every series drawn */
      readonly math?: readonly SeriesMath[];
    }
  /** Per-minute increase of a cumulative counter. */
  | { readonly kind: "increase"; readonly metric: FlinkMetric; readonly legend: string }
  /** Wall clock minus a watermark. */
  | { readonly kind: "watermarkLag"; readonly metric: FlinkMetric; readonly legend: string };

/** A panel before layout. */
export interface PanelSpec {
  /** Visualisation. */
  readonly viz: "timeseries" | "stat" | "logs" | "table" | "alertlist";
  /**
   * Panel id. Panels added after a dashboard was first published take a fixed id above every older
   * one, so the ids users' links (`viewPanel=`) name stay where they were.
   * @default - the next id in layout order
   */
  readonly id?: number;
  /**
   * The panel, built by hand, for visualisations whose model is not a set of metric reads (the status
   * table, the alert list): receives the id and position.
   * @default - built from `reads` or `logs`
   */
  readonly build?: (id: number, gridPos: dashboard.GridPos) => cog.Builder<dashboard.Panel>;
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
    /**
     * Further log groups the query reads (the overview reads several applications' groups at once).
     * @default - none
     */
    readonly more?: readonly {
      readonly logGroupName: string;
      readonly remote?: { readonly arn: string; readonly account: string };
    }[];
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
  /**
   * Row id, fixed for rows added after the dashboard was first published (as {@link PanelSpec.id}).
   * @default - the next id in layout order
   */
  readonly id?: number;
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
 * observability): one account (an application's dashboard), `all`, or a variable such as `$account`
 * that may be `all` (the overview, whose series then name their account). Undefined: the data source's
 * own account, as without linked accounts.
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
  const q = flinkMetricQuery({
    refId,
    id: `q${refId.toLowerCase()}`,
    dataSource: ds,
    metric: read.metric,
    periodSeconds: period,
  });
  // `all` makes Grafana search every linked account (an inferred SEARCH without `:aws.AccountId`); an
  // account id keeps a builder query to that account (pkg/tsdb/cloudwatch, metric_data_query_builder.go).
  if (account !== undefined) q.accountId(account);
  // `all`, or a variable that may be `all` (the overview's account variable): series of several accounts.
  const severalAccounts = account === "all" || (account?.startsWith("$") ?? false);
  const expressionAccount = severalAccounts ? undefined : account;
  // Over several accounts one name can be two applications: the legend names the account too.
  const legend = (text: string) => (severalAccounts ? `${text} ${ACCOUNT_LABEL}` : text);
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

/**
 * The queries of one read: its query, and for each {@link SeriesMath} an expression over it (the read's
 * own series are then fetched but not drawn: Grafana sends a hidden CloudWatch query that has an id,
 * since an expression may use it, with ReturnData false; grafana/grafana
 * public/app/plugins/datasource/cloudwatch/datasource.ts `filterQuery`, pkg/tsdb/cloudwatch
 * `ReturnData = !Hide`).
 */
function readQueries(
  read: MetricRead,
  refId: string,
  application: string,
  ds: dashboard.DataSourceRef,
  account: QueryAccount,
): cloudwatch.CloudWatchMetricsQueryBuilder[] {
  const query = metricQuery(read, refId, application, ds, account);
  const math = read.kind === "value" || read.kind === "anyDimensions" ? (read.math ?? []) : [];
  if (math.length === 0) return [query];
  const queryId = `q${refId.toLowerCase()}`;
  const expressions = math.map((m, i) => {
    const q = new cloudwatch.CloudWatchMetricsQueryBuilder()
      .refId(`${refId}${i + 1}`)
      .id(`${queryId}${i + 1}`)
      .datasource(ds)
      .queryMode(cloudwatch.CloudWatchQueryMode.Metrics)
      .metricQueryType(cloudwatch.MetricQueryType.Search)
      .metricEditorMode(cloudwatch.MetricEditorMode.Code)
      .region("default")
      .period(String(queryPeriodSeconds(read.metric)));
    if (m.kind === "expression") {
      q.expression(m.expression(queryId));
      return m.legend === undefined ? q : q.label(m.legend);
    }
    // No label: each series keeps the one the read gave it (CloudWatch labels an expression's series
    // with their own labels when the expression has none, "Use metric math"; Grafana 12 keeps the part
    // before `|&|` as the name, pkg/tsdb/cloudwatch response_parser.go `parseLabels`).
    return q.expression(`SORT(${queryId}, ${m.by}, ${m.order}, $${TOP_N_VARIABLE})`);
  });
  return [query.hide(true), ...expressions];
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
  if (spec.build) return spec.build(id, gridPos);
  if (spec.viz === "logs") {
    if (!spec.logs) throw new Error(`panel "${spec.title}": a logs panel needs a log group and a query`);
    const query = new cloudwatch.CloudWatchLogsQueryBuilder()
      .refId("A")
      .id("logs")
      .datasource(ds)
      .queryMode(cloudwatch.CloudWatchQueryMode.Logs)
      .queryLanguage(cloudwatch.LogsQueryLanguage.CWLI)
      .region("default")
      .logGroupNames([spec.logs.logGroupName, ...(spec.logs.more ?? []).map((g) => g.logGroupName)])
      .expression(spec.logs.query);
    const groups = [spec.logs, ...(spec.logs.more ?? [])];
    // Grafana queries `logGroups` by ARN (StartQuery's logGroupIdentifiers) when cross-account querying
    // is on, its default (grafana-cloudwatch-datasource pkg/cloudwatch/log_actions.go); the name stays
    // for older clients.
    if (groups.some((g) => g.remote))
      query.logGroups(
        groups.flatMap((g) =>
          g.remote
            ? [new cloudwatch.LogGroupBuilder().arn(g.remote.arn).name(g.logGroupName).accountId(g.remote.account)]
            : [],
        ),
      );
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
  const targets = reads.flatMap((read, i) => readQueries(read, String.fromCharCode(65 + i), application, ds, account));
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
  const used = new Set<number>();
  const idOf = (fixed: number | undefined, what: string) => {
    const id = fixed ?? nextId++;
    if (used.has(id)) throw new Error(`${what}: panel id ${id} is taken by another panel`);
    used.add(id);
    return id;
  };
  for (const row of rows) {
    if (row.panels.length === 0) continue;
    builder.withRow(
      new dashboard.RowBuilder(row.title)
        .id(idOf(row.id, `row "${row.title}"`))
        .collapsed(false)
        .gridPos({ x: 0, y, w: GRID_COLUMNS, h: 1 }),
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
      const id = idOf(spec.id, `panel "${spec.title}"`);
      builder.withPanel(buildPanel(spec, id, { x, y, w: spec.width, h: spec.height }, application, ds, account));
      x += spec.width;
      lineHeight = Math.max(lineHeight, spec.height);
    }
    y += lineHeight;
  }
}

/** Reads a metric as stored, one series per application (or only what `math` makes of them). */
export const value = (metric: FlinkMetric, legend: string, math?: readonly SeriesMath[]): MetricRead => ({
  kind: "value",
  metric,
  legend,
  ...(math ? { math } : {}),
});
/** Reads the per-minute increase of a cumulative metric. */
export const increase = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "increase", metric, legend });
/** Reads a TASK-level metric, one series per task. */
export const perTask = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "perTask", metric, legend });
/** Reads every series of the application whatever its other dimensions, labelled by `labelDimension`. */
export const anyDimensions = (
  metric: FlinkMetric,
  legend: string,
  labelDimension: string,
  math?: readonly SeriesMath[],
): MetricRead => ({
  kind: "anyDimensions",
  metric,
  legend,
  labelDimension,
  ...(math ? { math } : {}),
});
