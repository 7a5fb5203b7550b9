// Pins the environment's Flink overview dashboard: its settings (title, tags, time, the multi-value
// $application variable restricted to the environment's applications, one link per application),
// the panels of each row compared whole with their CloudWatch queries, which health panels each mix
// of runtime families gets, the application list panel, the empty environment and the uid checks.
import { Testing, TerraformStack } from "cdktn";
import { PRODUCTION_APP } from "../support/synth";
import { FlinkMonitoringTarget } from "../../modules/flink-metrics";
import {
  FlinkOverviewDashboard,
  FlinkOverviewDashboardProps,
  OverviewEntry,
  buildOverviewDashboard,
} from "../../modules/grafana/flink-dashboards";
import { ExpectedPanel, expectedMetricPanel, expectedRowHeader } from "../support/expected-panels";

type Json = Record<string, any>;

const DS = { type: "cloudwatch", uid: "flinkobs-staging-cloudwatch" };

const ORDERS = {
  applicationName: "orders",
  runtime: "FLINK-1_20",
  metricsLevel: "TASK",
  source: "kinesis",
} as const satisfies FlinkMonitoringTarget;
const PAYMENTS = {
  applicationName: "payments",
  runtime: "FLINK-2_2",
  metricsLevel: "APPLICATION",
  source: "kafka",
} as const satisfies FlinkMonitoringTarget;

const entry = (target: FlinkMonitoringTarget): OverviewEntry => ({
  target,
  dashboardUid: `flinkobs-staging-app-${target.applicationName.replace(/\./g, "-")}`,
});

function props(applications: OverviewEntry[], extra: Partial<FlinkOverviewDashboardProps> = {}) {
  return {
    applications,
    uid: "flinkobs-staging-flink-overview",
    folderUid: "flinkobs-staging-flink",
    dataSource: DS,
    environment: "staging",
    ...extra,
  };
}

/** The overview model as Grafana receives it (JSON round trip). */
function build(targets: FlinkMonitoringTarget[], extra: Partial<FlinkOverviewDashboardProps> = {}): Json {
  return JSON.parse(JSON.stringify(buildOverviewDashboard(props(targets.map(entry), extra)).json));
}

// ---- Expected panels ---------------------------------------------------------------------------

const APP_LABEL = " ${PROP('Dim.Application')}";

function query(metricName: string, statistic: string, legend: string, matchExact: boolean, period = "60"): Json {
  return {
    queryMode: "Metrics",
    region: "default",
    namespace: "AWS/KinesisAnalytics",
    datasource: DS,
    metricQueryType: 0,
    metricName,
    period,
    statistic,
    metricEditorMode: 0,
    dimensions: { Application: "$application" },
    matchExact,
    label: legend + APP_LABEL,
  };
}

/** A time series panel (every overview metric panel is one, minimum 0). */
const panel = (e: Omit<ExpectedPanel, "type" | "min">): Json =>
  expectedMetricPanel({ ...e, type: "timeseries", min: 0 }, DS);

const downtime = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "Downtime (Flink 1.x)",
    description: "Outage duration per application; above 0 means the application is not processing.",
    unit: "ms",
    redFrom: 1,
    targets: [query("downtime", "Maximum", "downtime", true)],
  });
const jobStates = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "Job state times (Flink 2.2)",
    description:
      "Per application, time since it entered its current state: running grows while it processes; " +
      "restarting or failing above 0 means it is not processing (runningTime then reads 0).",
    unit: "ms",
    targets: [
      query("runningTime", "Maximum", "running", false),
      query("restartingTime", "Maximum", "restarting", false),
      query("failingTime", "Maximum", "failing", false),
    ],
  });
const kpus = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "KPUs",
    description: "Kinesis Processing Units per application, published once per hour.",
    unit: "short",
    targets: [query("KPUs", "Maximum", "KPUs", true, "3600")],
  });

/** Throughput row panels, first id and line y. */
const throughput = (id: number, y: number) => [
  panel({
    at: [id, 0, y, 12, 8],
    title: "Records in per second",
    description: "Average of the 15-second rate samples per minute, per application.",
    unit: "cps",
    targets: [query("numRecordsInPerSecond", "Average", "in", true)],
  }),
  panel({
    at: [id + 1, 12, y, 12, 8],
    title: "Records out per second",
    description: "Average of the 15-second rate samples per minute, per application.",
    unit: "cps",
    targets: [query("numRecordsOutPerSecond", "Average", "out", true)],
  }),
];

const resources = (id: number, y: number) => [
  panel({
    at: [id, 0, y, 8, 8],
    title: "Last checkpoint duration",
    description: "Per application.",
    unit: "ms",
    targets: [query("lastCheckpointDuration", "Maximum", "duration", true)],
  }),
  panel({
    at: [id + 1, 8, y, 8, 8],
    title: "Container CPU",
    description: "Hottest TaskManager container per application.",
    unit: "percent",
    max: 100,
    redFrom: 80,
    targets: [query("containerCPUUtilization", "Maximum", "CPU", true)],
  }),
  panel({
    at: [id + 2, 16, y, 8, 8],
    title: "Heap memory",
    description: "Hottest TaskManager heap per application.",
    unit: "percent",
    max: 100,
    redFrom: 90,
    targets: [query("heapMemoryUtilization", "Maximum", "heap", true)],
  }),
];

function listing(id: number, y: number, h: number, content: string): Json {
  return {
    type: "text",
    transparent: false,
    repeatDirection: "h",
    id,
    gridPos: { x: 0, y, w: 24, h },
    title: "Applications",
    description: "Every monitored application with a link to its dashboard.",
    options: { mode: "markdown", content },
  };
}

const TABLE_HEAD = "| Application | Runtime | Metrics level | Source |\n| --- | --- | --- | --- |\n";

// ---- Tests ----------------------------------------------------------------------------------------

describe("overview dashboard settings", () => {
  test("title, uid, description, tags, time range, refresh, time zone, variable and one link per application", () => {
    const settings = build([ORDERS, PAYMENTS]);
    delete settings.panels; // compared in the panel tests below
    delete settings.schemaVersion; // set by the SDK
    const link = (title: string, url: string, tooltip: string) => ({
      title,
      type: "link",
      url,
      icon: "dashboard",
      tooltip,
      tags: [],
      asDropdown: false,
      keepTime: true,
      includeVars: false,
      targetBlank: false,
    });
    expect(settings).toEqual({
      title: "Flink overview (staging)",
      uid: "flinkobs-staging-flink-overview",
      description: "All Managed Flink applications monitored in staging.",
      tags: ["flink", "flink-overview", "staging"],
      editable: true,
      graphTooltip: 1,
      fiscalYearStartMonth: 0,
      time: { from: "now-6h", to: "now" },
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
            regex: "/^(orders|payments)$/",
            refresh: 2,
            sort: 1,
            multi: true,
            includeAll: true,
            skipUrlSync: false,
            allowCustomValue: true,
            auto: false,
            auto_min: "10s",
            auto_count: 30,
          },
        ],
      },
      links: [
        link("orders", "/d/flinkobs-staging-app-orders?var-application=orders", "Details of orders (FLINK-1_20)"),
        link(
          "payments",
          "/d/flinkobs-staging-app-payments?var-application=payments",
          "Details of payments (FLINK-2_2)",
        ),
      ],
    });
  });

  test("application names are escaped in the variable's regex and kept in the link", () => {
    const json = build([
      { ...ORDERS, applicationName: "orders.v2" },
      { ...PAYMENTS, applicationName: "pay_ments-1" },
    ]);
    expect([json.templating.list[0].regex, json.links.map((l: Json) => l.url)]).toEqual([
      "/^(orders\\.v2|pay_ments-1)$/",
      [
        "/d/flinkobs-staging-app-orders-v2?var-application=orders.v2",
        "/d/flinkobs-staging-app-pay_ments-1?var-application=pay_ments-1",
      ],
    ]);
  });

  test.each([
    ["empty", ""],
    ["41 characters", "o".repeat(41)],
    ["a dot", "flink.overview"],
  ])("a uid with %s is refused, the message naming the owner, field and value", (_what, uid) => {
    expect(() => buildOverviewDashboard(props([entry(ORDERS)], { uid }))).toThrow(
      new Error(`FlinkOverviewDashboard: uid must be 1 to 40 letters, digits, '-' or '_', got "${uid}"`),
    );
  });

  test("an application CloudWatch cannot name, or with a malformed log group, is refused naming the owner", () => {
    expect(() => buildOverviewDashboard(props([entry({ ...ORDERS, applicationName: "or ders" })]))).toThrow(
      new Error(
        `FlinkOverviewDashboard: applicationName must be 1 to 128 letters, digits, '_', '.' or '-', got "or ders"`,
      ),
    );
    expect(() => buildOverviewDashboard(props([entry({ ...ORDERS, logGroupName: "bad group" })]))).toThrow(
      new Error(`FlinkOverviewDashboard "orders": logGroupName must be a CloudWatch log group name, got "bad group"`),
    );
  });
});

describe("overview panels", () => {
  test("Flink 1.x and 2.2 applications: downtime and job state times side by side, KPUs full width below", () => {
    expect(build([ORDERS, PAYMENTS]).panels).toEqual([
      expectedRowHeader(1, 0, "Health"),
      downtime([2, 0, 1, 12, 8]),
      jobStates([3, 12, 1, 12, 8]),
      kpus([4, 0, 9, 24, 8]),
      expectedRowHeader(5, 17, "Throughput"),
      ...throughput(6, 18),
      expectedRowHeader(8, 26, "Checkpoints and resources"),
      ...resources(9, 27),
      listing(
        12,
        35,
        6,
        TABLE_HEAD +
          "| [orders](/d/flinkobs-staging-app-orders) | FLINK-1_20 | TASK | kinesis |\n" +
          "| [payments](/d/flinkobs-staging-app-payments) | FLINK-2_2 | APPLICATION | kafka |",
      ),
    ]);
  });

  test("Flink 1.x applications only: downtime and KPUs, no job state times", () => {
    expect(build([ORDERS]).panels).toEqual([
      expectedRowHeader(1, 0, "Health"),
      downtime([2, 0, 1, 12, 8]),
      kpus([3, 12, 1, 12, 8]),
      expectedRowHeader(4, 9, "Throughput"),
      ...throughput(5, 10),
      expectedRowHeader(7, 18, "Checkpoints and resources"),
      ...resources(8, 19),
      listing(11, 27, 5, TABLE_HEAD + "| [orders](/d/flinkobs-staging-app-orders) | FLINK-1_20 | TASK | kinesis |"),
    ]);
  });

  test("Flink 2.2 applications only: job state times and KPUs, no downtime; source defaults to none", () => {
    const panels = build([{ applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "APPLICATION" }]).panels;
    expect(panels.slice(0, 3)).toEqual([
      expectedRowHeader(1, 0, "Health"),
      jobStates([2, 0, 1, 12, 8]),
      kpus([3, 12, 1, 12, 8]),
    ]);
    expect(panels[panels.length - 1]).toEqual(
      listing(
        11,
        27,
        5,
        TABLE_HEAD + "| [payments](/d/flinkobs-staging-app-payments) | FLINK-2_2 | APPLICATION | none |",
      ),
    );
  });

  test("the rows returned with the model: key, title and panel titles; empty rows for an empty environment", () => {
    const rowsOf = (targets: FlinkMonitoringTarget[]) =>
      buildOverviewDashboard(props(targets.map(entry))).rows.map((r) => [r.key, r.title, r.panels.map((p) => p.title)]);
    expect(rowsOf([ORDERS])).toEqual([
      ["health", "Health", ["Downtime (Flink 1.x)", "KPUs"]],
      ["throughput", "Throughput", ["Records in per second", "Records out per second"]],
      ["resources", "Checkpoints and resources", ["Last checkpoint duration", "Container CPU", "Heap memory"]],
    ]);
    expect(rowsOf([])).toEqual([
      ["health", "Health", []],
      ["throughput", "Throughput", []],
      ["resources", "Checkpoints and resources", []],
    ]);
  });

  test.each([
    [16, 20],
    [17, 20],
  ])("the application list of %d applications is %d rows high at most", (count, height) => {
    const targets = Array.from({ length: count }, (_, i) => ({ ...ORDERS, applicationName: `app-${i + 1}` }));
    const panels = build(targets).panels;
    const list = panels[panels.length - 1];
    expect([list.id, list.gridPos]).toEqual([11, { x: 0, y: 27, w: 24, h: height }]);
  });

  test("an environment without applications: an empty list, no rows, no links, a variable matching nothing", () => {
    const json = build([]);
    expect([json.panels, json.links, json.templating.list[0].regex]).toEqual([
      [listing(1, 0, 4, "No Flink application is monitored in this environment.")],
      undefined,
      "/^(\\(none\\))$/",
    ]);
  });
});

describe("FlinkOverviewDashboard construct", () => {
  test("writes the model to one grafana_dashboard in the folder, overwriting edits made in Grafana", () => {
    const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "overview");
    const d = new FlinkOverviewDashboard(stack, "overview", props([entry(ORDERS)]));
    const resources = JSON.parse(Testing.synth(stack)).resource.grafana_dashboard;
    expect(Object.values(resources)).toEqual([
      {
        folder: "flinkobs-staging-flink",
        config_json: JSON.stringify(d.model).replace(/\$\{/g, () => "$${"),
        overwrite: true,
      },
    ]);
    expect([d.uid, d.model.uid, d.model.title]).toEqual([
      "flinkobs-staging-flink-overview",
      "flinkobs-staging-flink-overview",
      "Flink overview (staging)",
    ]);
  });
});
