import { APPLICATION_DIMENSION, FLINK_METRICS, FlinkMetric, RuntimeFamily, SourceKind } from "../../../flink-metrics";
import { defaultThresholds } from "../../flink-alerts/thresholds";
import { DataSourceRef } from "../../cloudwatch-datasource";
import { StatusColumn, StatusTableApplication, alertListPanel, statusTablePanel } from "../fleet-panels";
import { MetricRead, PanelSpec, TOP_N_VARIABLE, anyDimensions, top, value } from "../panels";

// The overview's fleet rows, added after the overview was first published: their rows and panels take
// fixed ids from FLEET_FIRST_ID on, so the ids of the older panels stay what users' links name.

/** First id of the fleet rows' rows and panels. */
export const FLEET_FIRST_ID = 100;

/** Hours in an average month (365 × 24 / 12), for monthly costs. */
export const HOURS_PER_MONTH = 730;

/** Most log groups the scaling log panel reads (Grafana's CloudWatch Logs query editor takes 20). */
export const MAX_FLEET_LOG_GROUPS = 20;

/** AWS's published Managed Service for Apache Flink price per KPU-hour in us-east-1 (AWS, "Managed Service for Apache Flink pricing"). */
export const DEFAULT_KPU_HOUR_PRICE_USD = 0.11;

/** What the fleet rows need to know of the environment. */
export interface FleetContext {
  /** Every monitored application, with its team and dashboard uid. */
  readonly applications: readonly StatusTableApplication[];
  /** Runtime families present (which job-health metrics the table reads). */
  readonly families: ReadonlySet<RuntimeFamily>;
  /** Source kinds present (which lag columns and panels exist). */
  readonly sources: ReadonlySet<SourceKind>;
  /** Whether Grafana labels every CloudWatch series by dimension (12.4): the status table needs it. */
  readonly seriesLabels: boolean;
  /** The folder of the environment's rules, for the alert list. @default - any folder */
  readonly folder?: { readonly uid: string; readonly title: string };
  readonly environment: string;
  /** Price of a KPU-hour in the region, in US dollars. */
  readonly kpuHourPriceUsd: number;
  /** Log groups of the applications that have one (the scaling log panel reads up to {@link MAX_FLEET_LOG_GROUPS}). */
  readonly logGroups: readonly {
    readonly logGroupName: string;
    readonly remote?: { readonly arn: string; readonly account: string };
  }[];
  /** Regex (Grafana variables allowed) of the names the narrowing variables leave. */
  readonly nameFilter: string;
  /** What the status table's queries read: the names, or `*` when listing them would be too long. */
  readonly queriedApplications: readonly string[] | "*";
  /** Label matchers of the narrowing, for the alert list. */
  readonly alertMatchers: readonly string[];
  /** Over several accounts: the account variable, in the form a regex compares with. @default - one account */
  readonly accountVariable?: string;
  /** The account the queries read (a variable over several accounts). @default - the data source's own */
  readonly queryAccount?: string;
  readonly dataSource: DataSourceRef;
}

/** The window the status table's figures cover. */
export const STATUS_WINDOW = "1h";

/** The status table's columns, each coloured from the alert rules' default threshold. */
export function statusColumns(families: ReadonlySet<RuntimeFamily>, sources: ReadonlySet<SourceKind>): StatusColumn[] {
  const m = FLINK_METRICS;
  const t = defaultThresholds();
  const byFamily = (one: typeof m.uptime, two: typeof m.runningTime, twoExact: boolean) => [
    ...(families.has("flink-1") ? [{ metric: one, exact: true }] : []),
    ...(families.has("flink-2") ? [{ metric: two, exact: twoExact }] : []),
  ];
  const columns: StatusColumn[] = [
    {
      title: "Running for",
      unit: "dtdurationms",
      measure: "last",
      // Flink 2.x publishes runningTime with dimensions AWS does not confirm: read without exact match.
      reads: byFamily(m.uptime, m.runningTime, false),
      emptyText: "silent",
    },
    {
      title: `Restarts (${STATUS_WINDOW})`,
      unit: "short",
      measure: "growth",
      reads: byFamily(m.fullRestarts, m.numRestarts, true),
      redFrom: t.restartsThreshold,
    },
  ];
  if (sources.has("kinesis"))
    columns.push({
      title: "Kinesis lag",
      unit: "ms",
      measure: "last",
      reads: [{ metric: m.millisBehindLatest, exact: false }],
      redFrom: t.kinesisLagMs,
    });
  if (sources.has("kafka"))
    columns.push({
      title: "Kafka lag (records)",
      unit: "short",
      measure: "last",
      reads: [{ metric: m.records_lag_max, exact: false }],
      redFrom: t.kafkaLagRecords,
    });
  columns.push(
    {
      title: "Last checkpoint",
      unit: "ms",
      measure: "last",
      reads: [{ metric: m.lastCheckpointDuration, exact: true }],
      redFrom: t.checkpointDurationMs,
    },
    {
      title: `Failed checkpoints (${STATUS_WINDOW})`,
      unit: "short",
      measure: "growth",
      reads: [{ metric: m.numberOfFailedCheckpoints, exact: true }],
      redFrom: t.failedCheckpointsThreshold,
    },
    {
      title: "CPU",
      unit: "percent",
      measure: "last",
      reads: [{ metric: m.containerCPUUtilization, exact: true }],
      redFrom: t.cpuPercent,
    },
    {
      title: "Heap",
      unit: "percent",
      measure: "last",
      reads: [{ metric: m.heapMemoryUtilization, exact: true }],
      redFrom: t.heapMemoryPercent,
    },
    { title: "KPUs", unit: "short", measure: "last", reads: [{ metric: m.KPUs, exact: true }] },
  );
  return columns;
}

/**
 * Fleet: the status of every application, what fires, and what the fleet costs. The status table takes
 * `listId`, the id of the application list it replaces.
 */
export function fleetRow(ctx: FleetContext, listId: number): PanelSpec[] {
  const kpus = FLINK_METRICS.KPUs;
  const price = ctx.kpuHourPriceUsd;
  const panels: PanelSpec[] = [];
  if (ctx.seriesLabels) {
    const columns = statusColumns(ctx.families, ctx.sources);
    const title = "Applications";
    const description =
      `One row per monitored application, ${STATUS_WINDOW} of figures: how long it has run ("silent": no ` +
      `metric at all), restarts and failed checkpoints in the window, the latest lag, checkpoint duration, CPU, ` +
      `heap and KPUs. Red from the alert rules' default thresholds. The name links to its dashboard.`;
    panels.push({
      viz: "table",
      id: listId,
      title,
      description,
      width: 24,
      height: Math.min(6 + ctx.applications.length, 18),
      build: (id, gridPos) =>
        statusTablePanel(
          {
            applications: ctx.applications,
            columns,
            window: STATUS_WINDOW,
            nameFilter: ctx.nameFilter,
            accountVariable: ctx.accountVariable,
            queriedApplications: ctx.queriedApplications,
          },
          { id, gridPos, title, description },
          ctx.dataSource,
          ctx.queryAccount,
        ),
    });
  }
  const alertsTitle = "Firing alerts";
  // A rule whose query fails stays "normal" here (its health is error; it notifies as DatasourceError).
  const alertsDescription =
    `Alert instances of ${ctx.environment} that fire or are pending` +
    (ctx.folder ? ` (folder ${ctx.folder.title})` : "") +
    ", most important first, for the team and runtime chosen above. A rule whose query fails notifies as " +
    "DatasourceError and shows in Alerting > Alert rules with health error.";
  panels.push(
    {
      viz: "alertlist",
      id: FLEET_FIRST_ID + 2,
      title: alertsTitle,
      description: alertsDescription,
      width: 12,
      height: 8,
      build: (id, gridPos) =>
        alertListPanel(
          { folder: ctx.folder, matchers: ctx.alertMatchers, maxItems: 50 },
          { id, gridPos, title: alertsTitle, description: alertsDescription },
        ),
    },
    {
      viz: "stat",
      id: FLEET_FIRST_ID + 3,
      title: "Fleet KPUs",
      description:
        "KPUs of the applications shown, summed. AWS's KPUs metric counts each application's extra " +
        "orchestration KPU; it is published once an hour, so the last hour repeats each application's last count.",
      unit: "short",
      min: 0,
      reads: [
        value(kpus, "KPUs", [{ kind: "expression", expression: (q) => `SUM(FILL(${q}, REPEAT))`, legend: "KPUs" }]),
      ],
      width: 6,
      height: 8,
    },
    {
      viz: "stat",
      id: FLEET_FIRST_ID + 4,
      title: `KPU cost per month (at $${price}/KPU-hour)`,
      description:
        `Fleet KPUs × $${price} per KPU-hour × ${HOURS_PER_MONTH} hours, including the orchestration KPU AWS ` +
        "bills per application. Running storage (50 GB per KPU) and backups are billed on top. Set " +
        "grafana.dashboards.kpuHourPriceUsd to your region's price.",
      unit: "currencyUSD",
      min: 0,
      reads: [
        value(kpus, "KPUs", [
          {
            kind: "expression",
            expression: (q) => `SUM(FILL(${q}, REPEAT)) * ${price} * ${HOURS_PER_MONTH}`,
            legend: "USD per month",
          },
        ]),
      ],
      width: 6,
      height: 8,
    },
  );
  return panels;
}

/** A restart counter's per-minute increase for the applications that restarted most in the range. */
function mostRestarts(counter: FlinkMetric, legend: string): MetricRead {
  const n = `$${TOP_N_VARIABLE}`;
  return value(counter, legend, [{ kind: "expression", expression: (q) => `SORT(DIFF(${q}), SUM, DESC, ${n})` }]);
}

/** The lag panel of each source kind: its metric, what it is published per, and the rules' threshold. */
const LAG_PANELS: readonly {
  readonly source: SourceKind;
  readonly id: number;
  readonly title: string;
  readonly metric: FlinkMetric;
  readonly per: string;
  readonly legend: string;
  readonly threshold: "kinesisLagMs" | "kafkaLagRecords";
}[] = [
  {
    source: "kinesis",
    id: FLEET_FIRST_ID + 13,
    title: "Kinesis lag",
    metric: FLINK_METRICS.millisBehindLatest,
    per: "stream",
    legend: "behind",
    threshold: "kinesisLagMs",
  },
  {
    source: "kafka",
    id: FLEET_FIRST_ID + 14,
    title: "Kafka lag",
    metric: FLINK_METRICS.records_lag_max,
    per: "topic",
    legend: "lag",
    threshold: "kafkaLagRecords",
  },
];

/** Scaling, restarts and lag: what changed and which applications are worst. */
export function fleetChangesRow(ctx: FleetContext): PanelSpec[] {
  const m = FLINK_METRICS;
  const n = `$${TOP_N_VARIABLE}`;
  const panels: PanelSpec[] = [
    {
      viz: "timeseries",
      id: FLEET_FIRST_ID + 11,
      title: `KPU changes (largest ${n} each way)`,
      description:
        "Change of each application's KPUs from one hour to the next (above 0: scaled up; below 0: scaled " +
        "down), for the largest increases and decreases: autoscaling (parallelism doubled after 15 minutes at " +
        "75 % CPU, halved below 10 %) and updates that change parallelism.",
      unit: "short",
      reads: [
        value(m.KPUs, "KPUs", [
          { kind: "expression", expression: (q) => `SORT(DIFF(${q}), MAX, DESC, ${n})` },
          { kind: "expression", expression: (q) => `SORT(DIFF(${q}), MIN, ASC, ${n})` },
        ]),
      ],
      width: 12,
      height: 8,
    },
    {
      viz: "timeseries",
      id: FLEET_FIRST_ID + 12,
      title: `Restarts per minute (most ${n})`,
      description: "Job restarts per minute, for the applications that restarted most in the time range.",
      unit: "short",
      min: 0,
      reads: [
        ...(ctx.families.has("flink-1") ? [mostRestarts(m.fullRestarts, "restarts")] : []),
        ...(ctx.families.has("flink-2") ? [mostRestarts(m.numRestarts, "restarts")] : []),
      ],
      width: 12,
      height: 8,
    },
  ];
  for (const lag of LAG_PANELS) {
    if (!ctx.sources.has(lag.source)) continue;
    panels.push({
      viz: "timeseries",
      id: lag.id,
      title: `${lag.title} (highest ${n})`,
      description: `${lag.metric.name} per application and ${lag.per}, for the most lagging.`,
      unit: lag.metric.grafanaUnit,
      min: 0,
      redFrom: defaultThresholds()[lag.threshold],
      reads: [anyDimensions(lag.metric, lag.legend, APPLICATION_DIMENSION, [top("MAX")])],
      width: 12,
      height: 8,
    });
  }
  const [first, ...more] = [...ctx.logGroups]
    .sort((a, b) => a.logGroupName.localeCompare(b.logGroupName))
    .slice(0, MAX_FLEET_LOG_GROUPS);
  if (first)
    panels.push({
      viz: "logs",
      id: FLEET_FIRST_ID + 15,
      title: "Job starts and their parallelism",
      description:
        "Each job (re)start logs its configuration, parallelism.default included: deployments, updates, " +
        `autoscaling and restarts. Reads ${1 + more.length} of ${ctx.logGroups.length} application log group(s)` +
        (ctx.logGroups.length > MAX_FLEET_LOG_GROUPS ? ` (the first ${MAX_FLEET_LOG_GROUPS} by name).` : "."),
      logs: { ...first, query: PARALLELISM_QUERY, more },
      width: 24,
      height: 10,
    });
  return panels;
}

/**
 * Logs Insights query of the job starts: Managed Flink logs `parallelism.default` at every job start
 * (AWS, "Analyze logs with CloudWatch Logs Insights", change in parallelism).
 */
export const PARALLELISM_QUERY = [
  "fields @timestamp, @log, @parallelism",
  "| filter message like /property: parallelism.default, /",
  '| parse message "default, *" as @parallelism',
  "| sort @timestamp desc",
  "| limit 100",
].join("\n");
