// Pins what a person sees on the per-application Flink dashboard and what CloudWatch is asked for:
// every panel of every row compared whole (type, title, description, unit, min/max, thresholds,
// legend and tooltip, grid position, id) with each target's query (namespace, metric name as AWS
// spells it, dimensions, statistic, period, exact match, SEARCH expression, refId); which rows each
// runtime, metrics level, source and log group get; the dashboard's title, uid checks, tags, time,
// variable and links; and the refusals of the panel builder and the layout.
import { Testing, TerraformStack } from "cdktn";
import { PRODUCTION_APP } from "../support/synth";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { FLINK_METRICS, FlinkMonitoringTarget, resolveTarget } from "../../modules/flink-metrics";
import {
  APPLICATION_ROWS,
  ApplicationRow,
  EXCEPTIONS_QUERY,
  FlinkApplicationDashboard,
  FlinkApplicationDashboardProps,
  buildApplicationDashboard,
  defaultRows,
} from "../../modules/grafana/flink-dashboards";
import { ExpectedPanel, expectedMetricPanel, expectedRowHeader } from "../support/expected-panels";
import {
  MetricRead,
  PanelSpec,
  RowSpec,
  anyDimensions,
  buildPanel,
  increase,
  layoutRows,
  perTask,
  readDimensions,
  value,
} from "../../modules/grafana/flink-dashboards/panels";

type Json = Record<string, any>;

const DS = { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" };

const ORDERS = {
  applicationName: "orders",
  runtime: "FLINK-1_20",
  metricsLevel: "TASK",
  source: "kinesis",
  logGroupName: "/aws/kinesis-analytics/orders",
} as const satisfies FlinkMonitoringTarget;
const PAYMENTS = {
  applicationName: "payments",
  runtime: "FLINK-2_2",
  metricsLevel: "APPLICATION",
  source: "kafka",
} as const satisfies FlinkMonitoringTarget;

function props(target: FlinkMonitoringTarget, extra: Partial<FlinkApplicationDashboardProps> = {}) {
  return {
    target,
    uid: `flinkobs-test-app-${target.applicationName}`,
    folderUid: "flinkobs-test-flink",
    dataSource: DS,
    overviewUid: "flinkobs-test-flink-overview",
    environment: "test",
    ...extra,
  };
}

/** The dashboard model as Grafana receives it (JSON round trip). */
function build(target: FlinkMonitoringTarget, extra: Partial<FlinkApplicationDashboardProps> = {}): Json {
  return JSON.parse(JSON.stringify(buildApplicationDashboard(props(target, extra)).json));
}

/** Top-level panels grouped under the row header that precedes them. */
function rowsOf(json: Json): { header: Json; panels: Json[] }[] {
  const rows: { header: Json; panels: Json[] }[] = [];
  for (const p of json.panels) {
    if (p.type === "row") rows.push({ header: p, panels: [] });
    else rows[rows.length - 1].panels.push(p);
  }
  return rows;
}

function panelsOfRow(json: Json, title: string): Json[] {
  const row = rowsOf(json).find((r) => r.header.title === title);
  if (!row) throw new Error(`no row "${title}" in ${json.title}`);
  return row.panels;
}

// ---- Expected CloudWatch queries -------------------------------------------------------------

const APP_LABEL = " ${PROP('Dim.Application')}";

/** What every CloudWatch metrics query of these dashboards carries. */
function metricsQuery(metricName: string, statistic: string, period: string): Json {
  return {
    queryMode: "Metrics",
    region: "default",
    namespace: "AWS/KinesisAnalytics",
    datasource: DS,
    metricQueryType: 0,
    metricName,
    period,
    statistic,
  };
}

/** The metric as stored, one series per application: exactly {Application}. */
function asStored(metricName: string, statistic: string, legend: string, period = "60"): Json {
  return {
    ...metricsQuery(metricName, statistic, period),
    metricEditorMode: 0,
    dimensions: { Application: "$application" },
    matchExact: true,
    label: legend + APP_LABEL,
  };
}

/** One series per task: exactly {Application, Task}. */
function byTask(metricName: string, statistic: string, legend: string): Json {
  return {
    ...metricsQuery(metricName, statistic, "60"),
    metricEditorMode: 0,
    dimensions: { Application: "$application", Task: "*" },
    matchExact: true,
    label: legend + " ${PROP('Dim.Task')}",
  };
}

/** Every series of the application whatever its other dimensions, labelled by `labelDimension`. */
function anySeries(metricName: string, statistic: string, legend: string, labelDimension: string): Json {
  return {
    ...metricsQuery(metricName, statistic, "60"),
    metricEditorMode: 0,
    dimensions: { Application: "$application" },
    matchExact: false,
    label: `${legend} \${PROP('Dim.${labelDimension}')}`,
  };
}

function search(metricName: string, statistic: string): string {
  return `SEARCH('{AWS/KinesisAnalytics,Application} MetricName="${metricName}" Application="$application"', '${statistic}', 60)`;
}

/** Per-minute increase of a cumulative counter (metric math in code mode). */
function perMinuteIncrease(metricName: string, statistic: string, legend: string): Json {
  return {
    ...metricsQuery(metricName, statistic, "60"),
    metricEditorMode: 1,
    expression: `DIFF(${search(metricName, statistic)})`,
    label: legend,
  };
}

function watermarkLag(metricName: string, statistic: string, legend: string): Json {
  const s = search(metricName, statistic);
  return {
    ...metricsQuery(metricName, statistic, "60"),
    metricEditorMode: 1,
    expression: `1000 * EPOCH(${s}) - ${s}`,
    label: legend,
  };
}

// ---- Expected panels ---------------------------------------------------------------------------

/** The whole panel JSON Grafana gets for an expected metric panel of these dashboards. */
const panel = (e: ExpectedPanel): Json => expectedMetricPanel(e, DS);

// The rows of ORDERS (Flink 1.20, TASK level, Kinesis source, log group): id, x, y, w, h per panel.

const JOB_HEALTH_FLINK_1: ExpectedPanel[] = [
  {
    at: [2, 0, 1, 6, 7],
    type: "stat",
    title: "Uptime",
    description: "Time the job has run without interruption; drops to 0 on every restart.",
    unit: "dtdurationms",
    targets: [asStored("uptime", "Maximum", "uptime")],
  },
  {
    at: [3, 6, 1, 6, 7],
    type: "timeseries",
    title: "Downtime",
    description:
      "Outage duration while the job is failing or restarting; anything above 0 means it is not processing " +
      "(AWS's first recommended alarm).",
    unit: "ms",
    min: 0,
    redFrom: 1,
    targets: [asStored("downtime", "Maximum", "downtime")],
  },
  {
    at: [4, 12, 1, 6, 7],
    type: "timeseries",
    title: "Restarts per minute",
    description: "Increase of the cumulative fullRestarts counter per minute.",
    unit: "short",
    min: 0,
    redFrom: 1,
    targets: [perMinuteIncrease("fullRestarts", "Maximum", "restarts")],
  },
  {
    at: [5, 18, 1, 6, 7],
    type: "timeseries",
    title: "KPUs",
    description: "Kinesis Processing Units in use, published once per hour (billed capacity; steps show autoscaling).",
    unit: "short",
    min: 0,
    targets: [asStored("KPUs", "Maximum", "KPUs", "3600")],
  },
];

const JOB_HEALTH_FLINK_2: ExpectedPanel[] = [
  {
    at: [2, 0, 1, 6, 7],
    type: "stat",
    title: "Running time",
    description:
      "Time since the job last entered RUNNING; 0 while it is not running. Read without exact match: AWS " +
      "documents these state times at level Application, Flow.",
    unit: "dtdurationms",
    targets: [anySeries("runningTime", "Maximum", "running", "Application")],
  },
  {
    at: [3, 6, 1, 6, 7],
    type: "timeseries",
    title: "Restarting / failing time",
    description:
      "Time spent in RESTARTING or FAILING since entering it; anything above 0 means the job is not processing.",
    unit: "ms",
    min: 0,
    redFrom: 1,
    targets: [
      anySeries("restartingTime", "Maximum", "restarting", "Application"),
      anySeries("failingTime", "Maximum", "failing", "Application"),
    ],
  },
  {
    at: [4, 12, 1, 6, 7],
    type: "timeseries",
    title: "Restarts per minute",
    description:
      "Increase of the cumulative numRestarts counter per minute (fullRestarts no longer exists on Flink 2.2).",
    unit: "short",
    min: 0,
    redFrom: 1,
    targets: [perMinuteIncrease("numRestarts", "Maximum", "restarts")],
  },
  JOB_HEALTH_FLINK_1[3],
];

const THROUGHPUT: ExpectedPanel[] = [
  {
    at: [7, 0, 9, 8, 8],
    type: "timeseries",
    title: "Records in per second",
    description: "Average of the 15-second rate samples in each minute (a 1-minute Sum would add 4 snapshots).",
    unit: "cps",
    min: 0,
    targets: [asStored("numRecordsInPerSecond", "Average", "in")],
  },
  {
    at: [8, 8, 9, 8, 8],
    type: "timeseries",
    title: "Records out per second",
    description:
      "Average of the 15-second rate samples in each minute; a drop to 0 with input flowing means the sink " +
      "stalled.",
    unit: "cps",
    min: 0,
    targets: [asStored("numRecordsOutPerSecond", "Average", "out")],
  },
  {
    at: [9, 16, 9, 8, 8],
    type: "timeseries",
    title: "Late records dropped per minute",
    description:
      "Increase of numLateRecordsDropped per minute: records that arrived behind the watermark and were discarded.",
    unit: "short",
    min: 0,
    targets: [perMinuteIncrease("numLateRecordsDropped", "Maximum", "late records dropped")],
  },
];

const WATERMARK_DESCRIPTION =
  "Wall clock minus currentOutputWatermark: how far event time trails real time. Jobs without event-time " +
  "watermarks show a huge constant value.";
const WATERMARK_TARGETS = [watermarkLag("currentOutputWatermark", "Minimum", "watermark lag")];

const SOURCE_LAG_KINESIS: ExpectedPanel[] = [
  {
    at: [11, 0, 18, 12, 8],
    type: "timeseries",
    title: "Kinesis millisBehindLatest",
    description:
      "How far the Kinesis consumer is behind the tip of the stream (Maximum; one series per stream, " +
      "labelled with its Id dimension).",
    unit: "ms",
    min: 0,
    targets: [anySeries("millisBehindLatest", "Maximum", "behind latest", "Id")],
  },
  {
    at: [12, 12, 18, 12, 8],
    type: "timeseries",
    title: "Output watermark lag",
    description: WATERMARK_DESCRIPTION,
    unit: "ms",
    min: 0,
    targets: WATERMARK_TARGETS,
  },
];

const SOURCE_LAG_KAFKA: ExpectedPanel[] = [
  {
    at: [11, 0, 18, 12, 8],
    type: "timeseries",
    title: "Kafka records_lag_max",
    description:
      "Maximum consumer lag in records over the assigned partitions (Maximum; one series per topic, " +
      "labelled with its Topic dimension).",
    unit: "short",
    min: 0,
    targets: [anySeries("records_lag_max", "Maximum", "records lag", "Topic")],
  },
  SOURCE_LAG_KINESIS[1],
];

const CHECKPOINTS: ExpectedPanel[] = [
  {
    at: [14, 0, 27, 8, 8],
    type: "timeseries",
    title: "Last checkpoint duration",
    description: "Time the latest checkpoint took; a trend towards the checkpoint timeout precedes failures.",
    unit: "ms",
    min: 0,
    targets: [asStored("lastCheckpointDuration", "Maximum", "duration")],
  },
  {
    at: [15, 8, 27, 8, 8],
    type: "timeseries",
    title: "Last checkpoint size",
    description: "Size of the latest checkpoint; steady growth means state is not being expired.",
    unit: "bytes",
    min: 0,
    targets: [asStored("lastCheckpointSize", "Maximum", "size")],
  },
  {
    at: [16, 16, 27, 8, 8],
    type: "timeseries",
    title: "Failed checkpoints per minute",
    description:
      "Increase of the cumulative numberOfFailedCheckpoints per minute (AWS recommends alerting on its rate).",
    unit: "short",
    min: 0,
    redFrom: 1,
    targets: [perMinuteIncrease("numberOfFailedCheckpoints", "Maximum", "failed checkpoints")],
  },
];

const RESOURCES: ExpectedPanel[] = [
  {
    at: [18, 0, 36, 8, 8],
    type: "timeseries",
    title: "CPU",
    description: "Hottest TaskManager: JVM CPU (cpuUtilization) and whole container (containerCPUUtilization).",
    unit: "percent",
    min: 0,
    max: 100,
    redFrom: 80,
    targets: [
      asStored("cpuUtilization", "Maximum", "JVM"),
      asStored("containerCPUUtilization", "Maximum", "container"),
    ],
  },
  {
    at: [19, 8, 36, 8, 8],
    type: "timeseries",
    title: "Memory",
    description: "Hottest TaskManager: JVM heap and container memory utilization.",
    unit: "percent",
    min: 0,
    max: 100,
    redFrom: 90,
    targets: [
      asStored("heapMemoryUtilization", "Maximum", "heap"),
      asStored("containerMemoryUtilization", "Maximum", "container"),
    ],
  },
  {
    at: [20, 16, 36, 8, 8],
    type: "timeseries",
    title: "Container disk",
    description: "Disk of the TaskManager containers (RocksDB state, spill files).",
    unit: "percent",
    min: 0,
    max: 100,
    redFrom: 90,
    targets: [asStored("containerDiskUtilization", "Maximum", "disk")],
  },
  {
    at: [21, 0, 44, 8, 8],
    type: "timeseries",
    title: "Old-generation GC time per minute",
    description:
      "Milliseconds of each minute spent in old-generation GC (Maximum over the TaskManagers, as published: " +
      "not a running total). AWS's alarm fires above 60 % of the minute (36 000 ms); long pauses stall " +
      "processing and heartbeats.",
    unit: "ms",
    min: 0,
    max: 60000,
    redFrom: 36000,
    targets: [asStored("oldGenerationGCTime", "Maximum", "GC time")],
  },
  {
    at: [22, 8, 44, 8, 8],
    type: "timeseries",
    title: "Old-generation GCs per minute",
    description: "Increase of oldGenerationGCCount per minute.",
    unit: "short",
    min: 0,
    targets: [perMinuteIncrease("oldGenerationGCCount", "Maximum", "collections")],
  },
  {
    at: [23, 16, 44, 8, 8],
    type: "timeseries",
    title: "Threads",
    description: "Live JVM threads (threadsCount); a steady climb is a thread leak.",
    unit: "short",
    min: 0,
    targets: [asStored("threadsCount", "Maximum", "threads")],
  },
];

const BACK_PRESSURE: ExpectedPanel[] = [
  {
    at: [25, 0, 53, 8, 8],
    type: "timeseries",
    title: "Back-pressured time per task",
    description:
      "Milliseconds per second each task waits on downstream (1000 = fully blocked). Needs metrics level TASK " +
      "or finer.",
    unit: "ms",
    min: 0,
    max: 1000,
    redFrom: 500,
    targets: [byTask("backPressuredTimeMsPerSecond", "Maximum", "back-pressured")],
  },
  {
    at: [26, 8, 53, 8, 8],
    type: "timeseries",
    title: "Busy time per task",
    description: "Milliseconds per second each task is working; the busiest task not back-pressured is the bottleneck.",
    unit: "ms",
    min: 0,
    max: 1000,
    targets: [byTask("busyTimeMsPerSecond", "Maximum", "busy")],
  },
  {
    at: [27, 16, 53, 8, 8],
    type: "timeseries",
    title: "Idle time per task",
    description: "Milliseconds per second each task has no input (Minimum).",
    unit: "ms",
    min: 0,
    max: 1000,
    targets: [byTask("idleTimeMsPerSecond", "Minimum", "idle")],
  },
];

const EXPECTED_EXCEPTIONS_QUERY =
  "fields @timestamp, @logStream, messageType, @message\n" +
  "| filter @message like /(?i)exception|throwable/\n" +
  "| sort @timestamp desc\n" +
  "| limit 100";

function logsPanel(id: number, y: number, logGroupName: string): Json {
  return {
    type: "logs",
    transparent: false,
    repeatDirection: "h",
    id,
    gridPos: { x: 0, y, w: 24, h: 10 },
    title: "Recent exceptions",
    description: `Latest log lines carrying an exception in ${logGroupName} (CloudWatch Logs Insights).`,
    datasource: DS,
    targets: [
      {
        queryMode: "Logs",
        id: "logs",
        region: "default",
        refId: "A",
        datasource: DS,
        queryLanguage: "CWLI",
        logGroupNames: [logGroupName],
        expression: EXPECTED_EXCEPTIONS_QUERY,
      },
    ],
    options: {
      showLabels: false,
      showCommonLabels: false,
      showTime: true,
      showLogContextToggle: false,
      wrapLogMessage: true,
      prettifyLogMessage: false,
      enableLogDetails: true,
      sortOrder: "Descending",
      dedupStrategy: "none",
    },
  };
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

// ---- The dashboard as a whole -----------------------------------------------------------------

describe("per-application dashboard settings", () => {
  test("title, uid, description, tags, time range, refresh, time zone, tooltip, variable and links", () => {
    const settings = build(ORDERS, { environment: "prod" });
    delete settings.panels; // compared row by row below
    delete settings.schemaVersion; // set by the SDK
    expect(settings).toEqual({
      title: "Flink orders (prod)",
      uid: "flinkobs-test-app-orders",
      description: "Managed Flink application orders: runtime FLINK-1_20, metrics level TASK, source kinesis.",
      tags: ["flink", "flink-application", "prod"],
      editable: true,
      graphTooltip: 1,
      fiscalYearStartMonth: 0,
      time: { from: "now-3h", to: "now" },
      refresh: "1m",
      timezone: "utc",
      annotations: {},
      templating: {
        list: [
          {
            type: "query",
            name: "application",
            label: "Application",
            description:
              "Managed Flink applications of this environment that report metrics (CloudWatch Application " +
              "dimension values).",
            datasource: DS,
            query: {
              refId: "application",
              queryType: "dimensionValues",
              namespace: "AWS/KinesisAnalytics",
              region: "default",
              metricName: "KPUs",
              dimensionKey: "Application",
              dimensionFilters: {},
            },
            regex: "/^(orders)$/",
            refresh: 2,
            sort: 1,
            multi: false,
            includeAll: false,
            current: { selected: true, text: "orders", value: "orders" },
            skipUrlSync: false,
            allowCustomValue: true,
            auto: false,
            auto_min: "10s",
            auto_count: 30,
          },
        ],
      },
      links: [
        {
          title: "Flink overview",
          type: "link",
          url: "/d/flinkobs-test-flink-overview",
          icon: "dashboard",
          tooltip: "All Flink applications of prod",
          tags: [],
          asDropdown: false,
          keepTime: true,
          includeVars: false,
          targetBlank: false,
        },
        {
          title: "Other applications",
          type: "dashboards",
          icon: "",
          tooltip: "",
          tags: ["flink-application", "prod"],
          asDropdown: true,
          keepTime: true,
          includeVars: false,
          targetBlank: false,
        },
      ],
    });
  });

  test("the describing text names the Flink 2.2 runtime, APPLICATION level and the default source none", () => {
    const json = build({ applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "APPLICATION" });
    expect([json.title, json.description]).toEqual([
      "Flink payments (test)",
      "Managed Flink application payments: runtime FLINK-2_2, metrics level APPLICATION, source none.",
    ]);
  });

  test("the $application variable accepts only the application's name, regex characters escaped", () => {
    const variable = build({ ...PAYMENTS, applicationName: "payments.v2" }, { uid: "flinkobs-test-app-payments-v2" })
      .templating.list[0];
    expect([variable.regex, variable.current]).toEqual([
      "/^(payments[.]v2)$/",
      { selected: true, text: "payments.v2", value: "payments.v2" },
    ]);
  });

  test("panel ids run 1, 2, 3 ... in display order, rows included, and are the same on every build", () => {
    const ids = build(ORDERS).panels.map((p: Json) => p.id);
    expect(ids).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(build(ORDERS).panels.map((p: Json) => [p.id, p.title])).toEqual(
      build(ORDERS).panels.map((p: Json) => [p.id, p.title]),
    );
  });

  test.each([
    ["empty", ""],
    ["41 characters", "x".repeat(41)],
    ["a space", "flinkobs test"],
    ["a slash", "flinkobs/test"],
  ])("a uid with %s is refused, the message naming the owner, application, field and value", (_what, uid) => {
    expect(() => buildApplicationDashboard(props(ORDERS, { uid }))).toThrow(
      new Error(`FlinkApplicationDashboard "orders": uid must be 1 to 40 letters, digits, '-' or '_', got "${uid}"`),
    );
  });

  test("a 40-character uid is accepted", () => {
    expect(build(ORDERS, { uid: "u".repeat(40) }).uid).toBe("u".repeat(40));
  });

  test("an application name CloudWatch cannot carry is refused, naming the owner", () => {
    expect(() => buildApplicationDashboard(props({ ...ORDERS, applicationName: "orders app" }))).toThrow(
      new Error(
        `FlinkApplicationDashboard: applicationName must be 1 to 128 letters, digits, '_', '.' or '-', got "orders app"`,
      ),
    );
  });
});

// ---- Rows and panels -----------------------------------------------------------------------------

describe("rows of a Flink 1.x application at TASK level with a Kinesis source and a log group", () => {
  test("row headers: title, id and position, open", () => {
    expect(rowsOf(build(ORDERS)).map((r) => r.header)).toEqual([
      expectedRowHeader(1, 0, "Job health"),
      expectedRowHeader(6, 8, "Throughput"),
      expectedRowHeader(10, 17, "Source lag and watermarks"),
      expectedRowHeader(13, 26, "Checkpoints"),
      expectedRowHeader(17, 35, "Resources"),
      expectedRowHeader(24, 52, "Back pressure"),
      expectedRowHeader(28, 61, "Recent exceptions"),
    ]);
  });

  test.each([
    ["Job health", JOB_HEALTH_FLINK_1],
    ["Throughput", THROUGHPUT],
    ["Source lag and watermarks", SOURCE_LAG_KINESIS],
    ["Checkpoints", CHECKPOINTS],
    ["Resources", RESOURCES],
    ["Back pressure", BACK_PRESSURE],
  ])("row %s: every panel and its CloudWatch queries", (title, expected) => {
    expect(panelsOfRow(build(ORDERS), title)).toEqual(expected.map(panel));
  });

  test("row Recent exceptions: a Logs Insights panel on the application's log group", () => {
    expect(panelsOfRow(build(ORDERS), "Recent exceptions")).toEqual([
      logsPanel(29, 62, "/aws/kinesis-analytics/orders"),
    ]);
    expect(EXCEPTIONS_QUERY).toBe(EXPECTED_EXCEPTIONS_QUERY);
  });

  test("the other Flink 1.x runtimes get the same job health row", () => {
    for (const runtime of ["FLINK-1_15", "FLINK-1_18", "FLINK-1_19"] as const)
      expect(panelsOfRow(build({ ...ORDERS, runtime }), "Job health")).toEqual(JOB_HEALTH_FLINK_1.map(panel));
  });
});

describe("rows of a Flink 2.2 application at APPLICATION level with a Kafka source, no log group", () => {
  test("row headers: no back pressure (needs TASK) and no exceptions (no log group)", () => {
    expect(rowsOf(build(PAYMENTS)).map((r) => r.header)).toEqual([
      expectedRowHeader(1, 0, "Job health"),
      expectedRowHeader(6, 8, "Throughput"),
      expectedRowHeader(10, 17, "Source lag and watermarks"),
      expectedRowHeader(13, 26, "Checkpoints"),
      expectedRowHeader(17, 35, "Resources"),
    ]);
  });

  test.each([
    ["Job health", JOB_HEALTH_FLINK_2],
    ["Throughput", THROUGHPUT],
    ["Source lag and watermarks", SOURCE_LAG_KAFKA],
    ["Checkpoints", CHECKPOINTS],
    ["Resources", RESOURCES],
  ])("row %s: every panel and its CloudWatch queries", (title, expected) => {
    expect(panelsOfRow(build(PAYMENTS), title)).toEqual(expected.map(panel));
  });
});

describe("an application without a source to watch", () => {
  test("source lag shows only the watermark lag, full width; the following rows move up one id", () => {
    const rows = rowsOf(build({ ...PAYMENTS, source: "none" }));
    expect(rows.slice(2, 4).map((r) => [r.header, r.panels])).toEqual([
      [
        expectedRowHeader(10, 17, "Source lag and watermarks"),
        [
          panel({
            at: [11, 0, 18, 24, 8],
            type: "timeseries",
            title: "Output watermark lag",
            description: WATERMARK_DESCRIPTION,
            unit: "ms",
            min: 0,
            targets: WATERMARK_TARGETS,
          }),
        ],
      ],
      [
        expectedRowHeader(12, 26, "Checkpoints"),
        CHECKPOINTS.map((p) => panel({ ...p, at: [p.at[0] - 1, ...p.at.slice(1)] as ExpectedPanel["at"] })),
      ],
    ]);
  });
});

describe("which rows each application gets", () => {
  test.each([
    ["APPLICATION", false, ["jobHealth", "throughput", "sourceLag", "checkpoints", "resources"]],
    ["APPLICATION", true, ["jobHealth", "throughput", "sourceLag", "checkpoints", "resources", "logs"]],
    ["TASK", false, ["jobHealth", "throughput", "sourceLag", "checkpoints", "resources", "backPressure"]],
    ["OPERATOR", true, [...APPLICATION_ROWS]],
    ["PARALLELISM", true, [...APPLICATION_ROWS]],
  ] as const)("metrics level %s, log group %s: %j", (metricsLevel, withLogs, expected) => {
    const target = { ...PAYMENTS, metricsLevel, logGroupName: withLogs ? "/aws/flink/payments" : undefined };
    expect(defaultRows(resolveTarget("test", target))).toEqual(expected);
    expect(buildApplicationDashboard(props(target)).rows.map((r) => [r.key, r.title])).toEqual(
      expected.map((key) => [key, ROW_TITLES[key]]),
    );
  });

  test("the rows asked for are shown in the order asked, and only those", () => {
    const json = build(ORDERS, { rows: ["logs", "checkpoints"] });
    expect(json.panels.map((p: Json) => [p.id, p.type, p.title, p.gridPos])).toEqual([
      [1, "row", "Recent exceptions", { x: 0, y: 0, w: 24, h: 1 }],
      [2, "logs", "Recent exceptions", { x: 0, y: 1, w: 24, h: 10 }],
      [3, "row", "Checkpoints", { x: 0, y: 11, w: 24, h: 1 }],
      [4, "timeseries", "Last checkpoint duration", { x: 0, y: 12, w: 8, h: 8 }],
      [5, "timeseries", "Last checkpoint size", { x: 8, y: 12, w: 8, h: 8 }],
      [6, "timeseries", "Failed checkpoints per minute", { x: 16, y: 12, w: 8, h: 8 }],
    ]);
  });

  test("asking for back pressure at APPLICATION level is refused, naming application, row, panel and metric", () => {
    expect(() => buildApplicationDashboard(props(PAYMENTS, { rows: ["backPressure"] }))).toThrow(
      new Error(
        'FlinkApplicationDashboard "payments": row "Back pressure" panel "Back-pressured time per task": ' +
          "metric backPressuredTimeMsPerSecond needs metrics level TASK or finer, but the application's metrics " +
          "level is APPLICATION",
      ),
    );
  });

  test("asking for the exceptions row without a log group is refused, naming the application", () => {
    expect(() => buildApplicationDashboard(props(PAYMENTS, { rows: ["logs"] }))).toThrow(
      new Error(`FlinkApplicationDashboard "payments": row "logs" needs the application's logGroupName`),
    );
  });
});

// ---- The construct -------------------------------------------------------------------------------

describe("FlinkApplicationDashboard construct", () => {
  test("writes the model to one grafana_dashboard in the folder, overwriting edits made in Grafana", () => {
    const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "dashboards");
    const d = new FlinkApplicationDashboard(stack, "orders", props(ORDERS));
    const resources = JSON.parse(Testing.synth(stack)).resource.grafana_dashboard;
    expect(Object.values(resources)).toEqual([
      {
        folder: "flinkobs-test-flink",
        config_json: JSON.stringify(d.model).replace(/\$\{/g, () => "$${"),
        overwrite: true,
      },
    ]);
    expect([d.uid, d.model.uid, d.rows.map((r) => r.key)]).toEqual([
      "flinkobs-test-app-orders",
      "flinkobs-test-app-orders",
      [...APPLICATION_ROWS],
    ]);
  });
});

// ---- The panel builder and the layout -------------------------------------------------------------

describe("panel builder", () => {
  const spec = (extra: Partial<PanelSpec>): PanelSpec => ({
    viz: "timeseries",
    title: "Probe",
    description: "probe",
    unit: "short",
    reads: [value(FLINK_METRICS.uptime, "up")],
    width: 6,
    height: 4,
    ...extra,
  });
  const built = (s: PanelSpec): Json =>
    JSON.parse(JSON.stringify(buildPanel(s, 7, { x: 0, y: 0, w: 6, h: 4 }, "$application", DS).build()));

  test.each([
    [
      "a logs panel without a log group and query",
      spec({ viz: "logs" }),
      'panel "Probe": a logs panel needs a log group and a query',
    ],
    ["a metric panel without a unit", spec({ unit: undefined }), 'panel "Probe": metric panels must set a unit'],
    ["a metric panel without metrics", spec({ reads: [] }), 'panel "Probe": a metric panel needs at least one metric'],
    [
      "a Flink 2.2 state time read with exact match",
      spec({ reads: [value(FLINK_METRICS.uptime, "up"), value(FLINK_METRICS.runningTime, "running")] }),
      "query B (running): runningTime must be read without exact match: AWS documents the level as " +
        '"Application, Flow"; whether a Flow dimension is published beside Application is not confirmed, so ' +
        "reads leave exact match off and see either set",
    ],
    [
      "series labelled by a dimension the metric does not have",
      spec({ reads: [anyDimensions(FLINK_METRICS.millisBehindLatest, "behind", "Topic")] }),
      "query A (behind): millisBehindLatest has no dimension Topic to label its series with",
    ],
    [
      "a per-task read of an application-only metric",
      spec({ reads: [perTask(FLINK_METRICS.uptime, "up")] }),
      "query A (up): uptime has no dimension Task (published with {Application})",
    ],
    [
      "a read with two problems, each named",
      spec({
        reads: [
          anyDimensions({ ...FLINK_METRICS.millisBehindLatest, dimensionSets: [["Flow", "Id"]] }, "behind", "Topic"),
        ],
      }),
      "query A (behind): millisBehindLatest has no dimension Application (published with {Flow,Id}); " +
        "millisBehindLatest has no dimension Topic to label its series with",
    ],
  ])("refuses %s", (_what, s, message) => {
    expect(() => built(s)).toThrow(new Error(message));
  });

  test("a panel with a minimum only sets the minimum, one with a maximum only sets the maximum", () => {
    const low = built(spec({ min: 5 })).fieldConfig.defaults;
    const high = built(spec({ max: 50 })).fieldConfig.defaults;
    expect([low.min, low.max, high.min, high.max]).toEqual([5, undefined, undefined, 50]);
  });

  test("each read gets the next refId and query id: A/qa, B/qb, C/qc", () => {
    const reads = [
      value(FLINK_METRICS.cpuUtilization, "a"),
      value(FLINK_METRICS.heapMemoryUtilization, "b"),
      increase(FLINK_METRICS.fullRestarts, "c"),
    ];
    expect(built(spec({ reads })).targets.map((t: Json) => [t.refId, t.id])).toEqual([
      ["A", "qa"],
      ["B", "qb"],
      ["C", "qc"],
    ]);
  });

  test("a value read may override the catalogue statistic", () => {
    const read: MetricRead = {
      kind: "value",
      metric: FLINK_METRICS.cpuUtilization,
      statistic: "Average",
      legend: "cpu",
    };
    expect(built(spec({ reads: [read] })).targets).toEqual([
      { refId: "A", id: "qa", ...asStored("cpuUtilization", "Average", "cpu") },
    ]);
  });

  test.each([
    { kind: "value", read: value(FLINK_METRICS.uptime, "x"), dimensions: ["Application"], matchExact: true },
    {
      kind: "increase",
      read: increase(FLINK_METRICS.fullRestarts, "x"),
      dimensions: ["Application"],
      matchExact: true,
    },
    {
      kind: "perTask",
      read: perTask(FLINK_METRICS.busyTimeMsPerSecond, "x"),
      dimensions: ["Application", "Task"],
      matchExact: true,
    },
    {
      kind: "anyDimensions",
      read: anyDimensions(FLINK_METRICS.millisBehindLatest, "x", "Id"),
      dimensions: ["Application"],
      matchExact: false,
    },
  ])("a $kind read queries $dimensions with exact match $matchExact", ({ read, dimensions, matchExact }) => {
    expect(readDimensions(read)).toEqual({ dimensions, matchExact });
  });
});

describe("layout", () => {
  const box = (title: string, width: number, height = 4): PanelSpec => ({
    viz: "timeseries",
    title,
    description: title,
    unit: "short",
    reads: [value(FLINK_METRICS.uptime, "up")],
    width,
    height,
  });
  const laidOut = (rows: RowSpec[]): [number, string, Json][] => {
    const builder = new dashboard.DashboardBuilder("layout");
    layoutRows(builder, rows, "$application", DS);
    return (builder.build().panels ?? []).map((p: Json) => [p.id, p.title, p.gridPos]);
  };

  test("panels fill a line up to column 24 exactly and wrap below the tallest panel of the line", () => {
    expect(
      laidOut([
        { key: "a", title: "A", panels: [box("p1", 1, 3), box("p2", 23, 5), box("p3", 12), box("p4", 13, 2)] },
        { key: "empty", title: "Empty", panels: [] },
        { key: "b", title: "B", panels: [box("p5", 24, 6)] },
      ]),
    ).toEqual([
      [1, "A", { x: 0, y: 0, w: 24, h: 1 }],
      [2, "p1", { x: 0, y: 1, w: 1, h: 3 }],
      [3, "p2", { x: 1, y: 1, w: 23, h: 5 }],
      [4, "p3", { x: 0, y: 6, w: 12, h: 4 }],
      [5, "p4", { x: 0, y: 10, w: 13, h: 2 }],
      [6, "B", { x: 0, y: 12, w: 24, h: 1 }],
      [7, "p5", { x: 0, y: 13, w: 24, h: 6 }],
    ]);
  });

  test.each([0, 25, -1])("a panel %d columns wide is refused, naming the panel and the width", (width) => {
    expect(() => laidOut([{ key: "a", title: "A", panels: [box("wide", width)] }])).toThrow(
      new Error(`panel "wide": width must be 1 to 24, got ${width}`),
    );
  });
});
