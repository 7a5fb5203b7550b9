import { Construct } from "constructs";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as text from "@grafana/grafana-foundation-sdk/text";
import { Dashboard } from "../../../.gen/providers/grafana/dashboard";
import {
  APPLICATION_DIMENSION,
  FLINK_METRICS,
  FLINK_NAMESPACE,
  FlinkMetric,
  FlinkMonitoringTarget,
  ResolvedMonitoringTarget,
  RuntimeFamily,
  levelSatisfies,
  requireMetric,
  resolveTarget,
  sourceLagMetric,
} from "../../flink-metrics";
import { DataSourceRef } from "../cloudwatch-datasource";
import { validateUid } from "../uid";
import { MetricRead, PanelSpec, RowSpec, layoutRows } from "./panels";
import { terraformLiteral } from "../terraform-literal";

export { GRID_COLUMNS, PERIOD_SECONDS } from "./panels";
export type { MetricRead, PanelSpec, RowSpec } from "./panels";

/** Rows of the per-application dashboard, in display order. */
export const APPLICATION_ROWS = [
  "jobHealth",
  "throughput",
  "sourceLag",
  "checkpoints",
  "resources",
  "backPressure",
  "logs",
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** Logs Insights query of the exceptions panel: the latest log lines that carry an exception. */
export const EXCEPTIONS_QUERY = [
  "fields @timestamp, @logStream, messageType, @message",
  "| filter @message like /(?i)exception|throwable/",
  "| sort @timestamp desc",
  "| limit 100",
].join("\n");

const value = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "value", metric, legend });
const increase = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "increase", metric, legend });
const perTask = (metric: FlinkMetric, legend: string): MetricRead => ({ kind: "perTask", metric, legend });

function jobHealthPanels(family: RuntimeFamily): PanelSpec[] {
  const m = FLINK_METRICS;
  const kpus: PanelSpec = {
    viz: "timeseries",
    title: "KPUs",
    description: "Kinesis Processing Units in use (billed capacity; steps show autoscaling).",
    unit: "short",
    min: 0,
    reads: [value(m.KPUs, "KPUs")],
    width: 6,
    height: 7,
  };
  if (family === "flink-1") {
    return [
      {
        viz: "stat",
        title: "Uptime",
        description: "Time the job has run without interruption; drops to 0 on every restart.",
        unit: "dtdurationms",
        reads: [value(m.uptime, "uptime")],
        width: 6,
        height: 7,
      },
      {
        viz: "timeseries",
        title: "Downtime",
        description:
          "Outage duration while the job is failing or restarting; anything above 0 means it is not processing (AWS's first recommended alarm).",
        unit: "ms",
        min: 0,
        redFrom: 1,
        reads: [value(m.downtime, "downtime")],
        width: 6,
        height: 7,
      },
      {
        viz: "timeseries",
        title: "Restarts per minute",
        description: "Increase of the cumulative fullRestarts counter per minute.",
        unit: "short",
        min: 0,
        redFrom: 1,
        reads: [increase(m.fullRestarts, "restarts")],
        width: 6,
        height: 7,
      },
      kpus,
    ];
  }
  return [
    {
      viz: "stat",
      title: "Running time",
      description: "Time since the job last entered RUNNING; 0 while it is not running.",
      unit: "dtdurationms",
      reads: [value(m.runningTime, "running")],
      width: 6,
      height: 7,
    },
    {
      viz: "timeseries",
      title: "Restarting / failing time",
      description:
        "Time spent in RESTARTING or FAILING since entering it; anything above 0 means the job is not processing.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [value(m.restartingTime, "restarting"), value(m.failingTime, "failing")],
      width: 6,
      height: 7,
    },
    {
      viz: "timeseries",
      title: "Restarts per minute",
      description:
        "Increase of the cumulative numRestarts counter per minute (fullRestarts no longer exists on Flink 2.2).",
      unit: "short",
      min: 0,
      redFrom: 1,
      reads: [increase(m.numRestarts, "restarts")],
      width: 6,
      height: 7,
    },
    kpus,
  ];
}

function throughputPanels(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Records in per second",
      description: "Average of the 15-second rate samples in each minute (a 1-minute Sum would add 4 snapshots).",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsInPerSecond, "in")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Records out per second",
      description:
        "Average of the 15-second rate samples in each minute; a drop to 0 with input flowing means the sink stalled.",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsOutPerSecond, "out")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Late records dropped per minute",
      description:
        "Increase of numLateRecordsDropped per minute: records that arrived behind the watermark and were discarded.",
      unit: "short",
      min: 0,
      reads: [increase(m.numLateRecordsDropped, "late records dropped")],
      width: 8,
      height: 8,
    },
  ];
}

function sourcePanels(target: ResolvedMonitoringTarget): PanelSpec[] {
  const lag = sourceLagMetric(target.source);
  const watermark: PanelSpec = {
    viz: "timeseries",
    title: "Output watermark lag",
    description:
      "Wall clock minus currentOutputWatermark: how far event time trails real time. Jobs without event-time watermarks show a huge constant value.",
    unit: "ms",
    min: 0,
    reads: [{ kind: "watermarkLag", metric: FLINK_METRICS.currentOutputWatermark, legend: "watermark lag" }],
    width: lag ? 12 : 24,
    height: 8,
  };
  if (!lag) return [watermark];
  const lagPanel: PanelSpec =
    target.source === "kinesis"
      ? {
          viz: "timeseries",
          title: "Kinesis millisBehindLatest",
          description:
            "How far the Kinesis consumer is behind the tip of the stream (Maximum; one series per stream/shard dimension set).",
          unit: "ms",
          min: 0,
          reads: [{ kind: "anyDimensions", metric: lag, legend: "behind latest" }],
          width: 12,
          height: 8,
        }
      : {
          viz: "timeseries",
          title: "Kafka records_lag_max",
          description: "Maximum consumer lag in records over the assigned partitions (Maximum).",
          unit: "short",
          min: 0,
          reads: [{ kind: "anyDimensions", metric: lag, legend: "records lag" }],
          width: 12,
          height: 8,
        };
  return [lagPanel, watermark];
}

function checkpointPanels(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Last checkpoint duration",
      description: "Time the latest checkpoint took; a trend towards the checkpoint timeout precedes failures.",
      unit: "ms",
      min: 0,
      reads: [value(m.lastCheckpointDuration, "duration")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Last checkpoint size",
      description: "Size of the latest checkpoint; steady growth means state is not being expired.",
      unit: "bytes",
      min: 0,
      reads: [value(m.lastCheckpointSize, "size")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Failed checkpoints per minute",
      description:
        "Increase of the cumulative numberOfFailedCheckpoints per minute (AWS recommends alerting on its rate).",
      unit: "short",
      min: 0,
      redFrom: 1,
      reads: [increase(m.numberOfFailedCheckpoints, "failed checkpoints")],
      width: 8,
      height: 8,
    },
  ];
}

function resourcePanels(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "CPU",
      description: "Hottest TaskManager: JVM CPU (cpuUtilization) and whole container (containerCPUUtilization).",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 80,
      reads: [value(m.cpuUtilization, "JVM"), value(m.containerCPUUtilization, "container")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Memory",
      description: "Hottest TaskManager: JVM heap and container memory utilization.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.heapMemoryUtilization, "heap"), value(m.containerMemoryUtilization, "container")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Container disk",
      description: "Disk of the TaskManager containers (RocksDB state, spill files).",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.containerDiskUtilization, "disk")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Old-generation GC time per minute",
      description: "Increase of oldGenerationGCTime per minute; long old-gen pauses stall processing and heartbeats.",
      unit: "ms",
      min: 0,
      reads: [increase(m.oldGenerationGCTime, "GC time")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Old-generation GCs per minute",
      description: "Increase of oldGenerationGCCount per minute.",
      unit: "short",
      min: 0,
      reads: [increase(m.oldGenerationGCCount, "collections")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Threads",
      description: "Live JVM threads (threadsCount); a steady climb is a thread leak.",
      unit: "short",
      min: 0,
      reads: [value(m.threadsCount, "threads")],
      width: 8,
      height: 8,
    },
  ];
}

function backPressurePanels(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Back-pressured time per task",
      description:
        "Milliseconds per second each task waits on downstream (1000 = fully blocked). Needs metrics level TASK or finer.",
      unit: "ms",
      min: 0,
      max: 1000,
      redFrom: 500,
      reads: [perTask(m.backPressuredTimeMsPerSecond, "back-pressured")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Busy time per task",
      description:
        "Milliseconds per second each task is working; the busiest task not back-pressured is the bottleneck.",
      unit: "ms",
      min: 0,
      max: 1000,
      reads: [perTask(m.busyTimeMsPerSecond, "busy")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Idle time per task",
      description: "Milliseconds per second each task has no input (Minimum).",
      unit: "ms",
      min: 0,
      max: 1000,
      reads: [perTask(m.idleTimeMsPerSecond, "idle")],
      width: 8,
      height: 8,
    },
  ];
}

const ROW_TITLES: Record<ApplicationRow, string> = {
  jobHealth: "Job health",
  throughput: "Throughput",
  sourceLag: "Source lag and watermarks",
  checkpoints: "Checkpoints",
  resources: "Resources",
  backPressure: "Back pressure",
  logs: "Recent exceptions",
};

/** The rows a target gets when none are asked for: everything its runtime, level, source and logs allow. */
export function defaultRows(target: ResolvedMonitoringTarget): ApplicationRow[] {
  return APPLICATION_ROWS.filter((row) => {
    if (row === "backPressure") return levelSatisfies(target.metricsLevel, "TASK");
    if (row === "logs") return target.logGroupName !== undefined;
    return true;
  });
}

/**
 * The rows of the per-application dashboard. Every metric is checked against the target (runtime
 * family and metrics level); a row asked for explicitly that cannot work fails with an error naming
 * the application, the panel and the metric.
 */
export function applicationRows(
  target: ResolvedMonitoringTarget,
  rows: readonly ApplicationRow[],
  owner: string,
): RowSpec[] {
  return rows.map((key) => {
    let panels: PanelSpec[];
    switch (key) {
      case "jobHealth":
        panels = jobHealthPanels(target.family);
        break;
      case "throughput":
        panels = throughputPanels();
        break;
      case "sourceLag":
        panels = sourcePanels(target);
        break;
      case "checkpoints":
        panels = checkpointPanels();
        break;
      case "resources":
        panels = resourcePanels();
        break;
      case "backPressure":
        panels = backPressurePanels();
        break;
      case "logs":
        if (!target.logGroupName)
          throw new Error(`${owner} "${target.applicationName}": row "logs" needs the application's logGroupName`);
        panels = [
          {
            viz: "logs",
            title: "Recent exceptions",
            description: `Latest log lines carrying an exception in ${target.logGroupName} (CloudWatch Logs Insights).`,
            logs: { logGroupName: target.logGroupName, query: EXCEPTIONS_QUERY },
            width: 24,
            height: 10,
          },
        ];
        break;
    }
    for (const panel of panels)
      for (const read of panel.reads ?? [])
        requireMetric(
          read.metric,
          target,
          `${owner} "${target.applicationName}": row "${ROW_TITLES[key]}" panel "${panel.title}"`,
        );
    return { key, title: ROW_TITLES[key], panels };
  });
}

/** `$application` template variable fed from the CloudWatch `Application` dimension values. */
function applicationVariable(
  ds: DataSourceRef,
  names: readonly string[],
  opts: { multi: boolean; current?: string },
): dashboard.QueryVariableBuilder {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  const v = new dashboard.QueryVariableBuilder("application")
    .label("Application")
    .description(
      "Managed Flink applications of this environment that report metrics (CloudWatch Application dimension values).",
    )
    .datasource(ds)
    .query({
      refId: "application",
      queryType: "dimensionValues",
      namespace: FLINK_NAMESPACE,
      region: "default",
      metricName: FLINK_METRICS.KPUs.name,
      dimensionKey: APPLICATION_DIMENSION,
      dimensionFilters: {},
    })
    .regex(`/^(${escaped.join("|")})$/`)
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.AlphabeticalAsc)
    .multi(opts.multi)
    .includeAll(opts.multi);
  if (opts.current !== undefined) v.current({ selected: true, text: opts.current, value: opts.current });
  return v;
}

/** Properties of a {@link FlinkApplicationDashboard}. */
export interface FlinkApplicationDashboardProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /** Stable dashboard uid (≤ 40 characters). Required. */
  readonly uid: string;
  /** Folder uid. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: DataSourceRef;
  /** Uid of the environment overview, linked from this dashboard. Required. */
  readonly overviewUid: string;
  /** Environment name, shown in the title and used as a tag. Required. */
  readonly environment: string;
  /** Rows to show. Default: every row the target supports (see {@link defaultRows}). */
  readonly rows?: readonly ApplicationRow[];
}

/** Builds the per-application dashboard JSON (pure; no construct). */
export function buildApplicationDashboard(
  props: FlinkApplicationDashboardProps,
  owner = "FlinkApplicationDashboard",
): { json: dashboard.Dashboard; rows: RowSpec[] } {
  const target = resolveTarget(owner, props.target);
  validateUid(`${owner} "${target.applicationName}"`, "uid", props.uid);
  const rows = applicationRows(target, props.rows ?? defaultRows(target), owner);
  const builder = new dashboard.DashboardBuilder(`Flink ${target.applicationName} (${props.environment})`)
    .uid(props.uid)
    .description(
      `Managed Flink application ${target.applicationName}: runtime ${target.runtime}, metrics level ${target.metricsLevel}, source ${target.source}.`,
    )
    .tags(["flink", "flink-application", props.environment])
    .editable()
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-3h", to: "now" })
    .refresh("1m")
    .timezone("utc")
    .withVariable(
      applicationVariable(props.dataSource, [target.applicationName], {
        multi: false,
        current: target.applicationName,
      }),
    )
    .link(
      new dashboard.DashboardLinkBuilder("Flink overview")
        .type(dashboard.DashboardLinkType.Link)
        .url(`/d/${props.overviewUid}`)
        .icon("dashboard")
        .tooltip(`All Flink applications of ${props.environment}`)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    )
    .link(
      new dashboard.DashboardLinkBuilder("Other applications")
        .type(dashboard.DashboardLinkType.Dashboards)
        .tags(["flink-application", props.environment])
        .asDropdown(true)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    );
  layoutRows(builder, rows, "$application", props.dataSource);
  return { json: builder.build(), rows };
}

/** A Grafana dashboard for one Managed Flink application (rows per concern, see the docs). */
export class FlinkApplicationDashboard extends Construct {
  /** Dashboard uid. */
  readonly uid: string;
  /** The dashboard model written to `config_json`. */
  readonly model: dashboard.Dashboard;
  /** The rows shown, with their panels. */
  readonly rows: RowSpec[];
  /** The underlying grafana_dashboard. */
  readonly resource: Dashboard;

  constructor(scope: Construct, id: string, props: FlinkApplicationDashboardProps) {
    super(scope, id);
    const built = buildApplicationDashboard(props);
    this.uid = props.uid;
    this.model = built.json;
    this.rows = built.rows;
    this.resource = new Dashboard(this, "resource", {
      folder: props.folderUid,
      configJson: terraformLiteral(JSON.stringify(built.json)),
      overwrite: true,
    });
  }
}

/** One application in the overview, with the uid of its detail dashboard. */
export interface OverviewEntry {
  /** The application. */
  readonly target: FlinkMonitoringTarget;
  /** Uid of its detail dashboard. */
  readonly dashboardUid: string;
}

/** Properties of a {@link FlinkOverviewDashboard}. */
export interface FlinkOverviewDashboardProps {
  /** Applications of the environment. Required (may be empty). */
  readonly applications: readonly OverviewEntry[];
  /** Stable dashboard uid (≤ 40 characters). Required. */
  readonly uid: string;
  /** Folder uid. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: DataSourceRef;
  /** Environment name. Required. */
  readonly environment: string;
}

/** Builds the overview dashboard JSON (pure). */
export function buildOverviewDashboard(
  props: FlinkOverviewDashboardProps,
  owner = "FlinkOverviewDashboard",
): { json: dashboard.Dashboard; rows: RowSpec[] } {
  validateUid(owner, "uid", props.uid);
  const targets = props.applications.map((a) => resolveTarget(owner, a.target));
  const families = new Set(targets.map((t) => t.family));
  const m = FLINK_METRICS;
  const health: PanelSpec[] = [];
  if (families.has("flink-1"))
    health.push({
      viz: "timeseries",
      title: "Downtime (Flink 1.x)",
      description: "Outage duration per application; above 0 means the application is not processing.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [value(m.downtime, "downtime")],
      width: 12,
      height: 8,
    });
  if (families.has("flink-2"))
    health.push({
      viz: "timeseries",
      title: "Restarting time (Flink 2.2)",
      description: "Time in RESTARTING per application; above 0 means the application is not processing.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [value(m.restartingTime, "restarting")],
      width: 12,
      height: 8,
    });
  health.push({
    viz: "timeseries",
    title: "KPUs",
    description: "Kinesis Processing Units per application.",
    unit: "short",
    min: 0,
    reads: [value(m.KPUs, "KPUs")],
    width: health.length === 1 ? 12 : 24,
    height: 8,
  });
  const rows: RowSpec[] = [
    { key: "health", title: "Health", panels: targets.length ? health : [] },
    {
      key: "throughput",
      title: "Throughput",
      panels: targets.length
        ? [
            {
              viz: "timeseries",
              title: "Records in per second",
              description: "Average of the 15-second rate samples per minute, per application.",
              unit: "cps",
              min: 0,
              reads: [value(m.numRecordsInPerSecond, "in")],
              width: 12,
              height: 8,
            },
            {
              viz: "timeseries",
              title: "Records out per second",
              description: "Average of the 15-second rate samples per minute, per application.",
              unit: "cps",
              min: 0,
              reads: [value(m.numRecordsOutPerSecond, "out")],
              width: 12,
              height: 8,
            },
          ]
        : [],
    },
    {
      key: "resources",
      title: "Checkpoints and resources",
      panels: targets.length
        ? [
            {
              viz: "timeseries",
              title: "Last checkpoint duration",
              description: "Per application.",
              unit: "ms",
              min: 0,
              reads: [value(m.lastCheckpointDuration, "duration")],
              width: 8,
              height: 8,
            },
            {
              viz: "timeseries",
              title: "Container CPU",
              description: "Hottest TaskManager container per application.",
              unit: "percent",
              min: 0,
              max: 100,
              redFrom: 80,
              reads: [value(m.containerCPUUtilization, "CPU")],
              width: 8,
              height: 8,
            },
            {
              viz: "timeseries",
              title: "Heap memory",
              description: "Hottest TaskManager heap per application.",
              unit: "percent",
              min: 0,
              max: 100,
              redFrom: 90,
              reads: [value(m.heapMemoryUtilization, "heap")],
              width: 8,
              height: 8,
            },
          ]
        : [],
    },
  ];
  const names = targets.map((t) => t.applicationName);
  const builder = new dashboard.DashboardBuilder(`Flink overview (${props.environment})`)
    .uid(props.uid)
    .description(`All Managed Flink applications monitored in ${props.environment}.`)
    .tags(["flink", "flink-overview", props.environment])
    .editable()
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-6h", to: "now" })
    .refresh("1m")
    .timezone("utc")
    .withVariable(applicationVariable(props.dataSource, names.length ? names : ["(none)"], { multi: true }));
  for (const entry of props.applications) {
    builder.link(
      new dashboard.DashboardLinkBuilder(entry.target.applicationName)
        .type(dashboard.DashboardLinkType.Link)
        .url(`/d/${entry.dashboardUid}?var-application=${encodeURIComponent(entry.target.applicationName)}`)
        .icon("dashboard")
        .tooltip(`Details of ${entry.target.applicationName} (${entry.target.runtime})`)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    );
  }
  layoutRows(builder, rows, "$application", props.dataSource);
  const json = builder.build();
  // A text panel listing every application with its runtime and metrics level, below the rows.
  const bottom = Math.max(0, ...(json.panels ?? []).map((p) => (p.gridPos ? p.gridPos.y + p.gridPos.h : 0)));
  const lines = props.applications.map(
    (e, i) =>
      `| [${e.target.applicationName}](/d/${e.dashboardUid}) | ${e.target.runtime} | ${targets[i].metricsLevel} | ${targets[i].source} |`,
  );
  const listing = new text.PanelBuilder()
    .id((json.panels?.length ?? 0) + 1)
    .gridPos({ x: 0, y: bottom, w: 24, h: Math.min(4 + lines.length, 20) })
    .title("Applications")
    .description("Every monitored application with a link to its dashboard.")
    .mode(text.TextMode.Markdown)
    .content(
      lines.length
        ? ["| Application | Runtime | Metrics level | Source |", "| --- | --- | --- | --- |", ...lines].join("\n")
        : "No Flink application is monitored in this environment.",
    )
    .build();
  json.panels = [...(json.panels ?? []), listing];
  return { json, rows };
}

/** The environment's overview of every Flink application. */
export class FlinkOverviewDashboard extends Construct {
  /** Dashboard uid. */
  readonly uid: string;
  /** The dashboard model written to `config_json`. */
  readonly model: dashboard.Dashboard;
  /** The underlying grafana_dashboard. */
  readonly resource: Dashboard;

  constructor(scope: Construct, id: string, props: FlinkOverviewDashboardProps) {
    super(scope, id);
    const built = buildOverviewDashboard(props);
    this.uid = props.uid;
    this.model = built.json;
    this.resource = new Dashboard(this, "resource", {
      folder: props.folderUid,
      configJson: terraformLiteral(JSON.stringify(built.json)),
      overwrite: true,
    });
  }
}
