// Pins the environment's Flink overview dashboard: its settings (title, tags, time, the variables, one
// link per application), the older rows' panels compared whole with their CloudWatch queries (each a
// top-N expression over a hidden query), the ids they keep, which health panels each mix of runtime
// families gets, the application list of Grafana 10.4, the empty environment and the uid checks. The
// fleet rows are in fleet-overview.test.ts.
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

/** The expression (refId `<ref>1`) drawing the worst `$topN` series of the hidden query `<ref>`. */
function topQuery(ref: string, by: string, order = "DESC", period = "60"): Json {
  const queryId = `q${ref.toLowerCase()}`;
  return {
    queryMode: "Metrics",
    refId: `${ref}1`,
    id: `${queryId}1`,
    region: "default",
    namespace: "",
    datasource: DS,
    metricQueryType: 0,
    metricEditorMode: 1,
    period,
    expression: `SORT(${queryId}, ${by}, ${order}, $topN)`,
  };
}

/**
 * A time series panel (every older overview metric panel is one, minimum 0): each read fetched hidden
 * (A, B) and drawn through its top-N expression (A1, B1).
 */
const panel = (e: Omit<ExpectedPanel, "type" | "min" | "targets"> & { reads: [Json, string, string?][] }): Json => {
  const { reads, ...rest } = e;
  const model = expectedMetricPanel({ ...rest, type: "timeseries", min: 0, targets: [] }, DS);
  const letters = ["A", "B", "C"];
  model.targets = reads.flatMap(([q, by, order], i) => {
    const ref = letters[i];
    return [{ refId: ref, id: `q${ref.toLowerCase()}`, ...q, hide: true }, topQuery(ref, by, order, q.period)];
  });
  return model;
};

const downtime = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "Downtime (Flink 1.x, longest $topN)",
    description:
      "Outage duration per application; above 0 means the application is not processing. The applications " +
      "with the longest outage in the time range.",
    unit: "ms",
    redFrom: 1,
    reads: [[query("downtime", "Maximum", "downtime", true), "MAX"]],
  });
const jobStates = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "Restarting and failing time (Flink 2.x, longest $topN each)",
    description:
      "Per application, time since it entered its current state: restarting or failing above 0 means it is " +
      "not processing. The applications longest in each state in the time range (the status table shows " +
      "how long each has run).",
    unit: "ms",
    redFrom: 1,
    reads: [
      [query("restartingTime", "Maximum", "restarting", false), "MAX"],
      [query("failingTime", "Maximum", "failing", false), "MAX"],
    ],
  });
const kpus = (at: ExpectedPanel["at"]) =>
  panel({
    at,
    title: "KPUs (largest $topN)",
    description: "Kinesis Processing Units per application, published once per hour: the largest consumers.",
    unit: "short",
    reads: [[query("KPUs", "Maximum", "KPUs", true, "3600"), "MAX"]],
  });

const LOWEST =
  "Average of the 15-second rate samples per minute, per application: the applications with the lowest " +
  "average in the time range (a stalled one reads 0).";

/** Throughput row panels, first id and line y. */
const throughput = (id: number, y: number) => [
  panel({
    at: [id, 0, y, 12, 8],
    title: "Records in per second (lowest $topN)",
    description: LOWEST,
    unit: "cps",
    reads: [[query("numRecordsInPerSecond", "Average", "in", true), "AVG", "ASC"]],
  }),
  panel({
    at: [id + 1, 12, y, 12, 8],
    title: "Records out per second (lowest $topN)",
    description: LOWEST,
    unit: "cps",
    reads: [[query("numRecordsOutPerSecond", "Average", "out", true), "AVG", "ASC"]],
  }),
];

const resources = (id: number, y: number) => [
  panel({
    at: [id, 0, y, 8, 8],
    title: "Last checkpoint duration (longest $topN)",
    description: "Per application: the applications with the longest checkpoints in the time range.",
    unit: "ms",
    reads: [[query("lastCheckpointDuration", "Maximum", "duration", true), "MAX"]],
  }),
  panel({
    at: [id + 1, 8, y, 8, 8],
    title: "Container CPU (highest $topN)",
    description: "Hottest TaskManager container per application: the highest in the time range.",
    unit: "percent",
    max: 100,
    redFrom: 80,
    reads: [[query("containerCPUUtilization", "Maximum", "CPU", true), "MAX"]],
  }),
  panel({
    at: [id + 2, 16, y, 8, 8],
    title: "Heap memory (highest $topN)",
    description: "Hottest TaskManager heap per application: the highest in the time range.",
    unit: "percent",
    max: 100,
    redFrom: 90,
    reads: [[query("heapMemoryUtilization", "Maximum", "heap", true), "MAX"]],
  }),
];

/** The panels of the older rows (ids below 100, but the application list), y relative to the first of them. */
function olderPanels(panels: Json[]): Json[] {
  const older = panels.filter((p) => p.id < 100 && p.type !== "text" && p.type !== "table");
  const top = Math.min(...older.map((p) => p.gridPos.y));
  return older.map((p) => ({ ...p, gridPos: { ...p.gridPos, y: p.gridPos.y - top } }));
}

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

/** A custom variable as Grafana receives it. */
function custom(name: string, label: string, description: string, extra: Json): Json {
  return {
    type: "custom",
    name,
    label,
    description,
    skipUrlSync: false,
    multi: false,
    allowCustomValue: true,
    includeAll: false,
    auto: false,
    auto_min: "10s",
    auto_count: 30,
    ...extra,
  };
}
/** A narrowing variable's "All": every application. */
const ALL = { includeAll: true, allValue: ".*", current: { selected: true, text: "All", value: "$__all" } };

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
      // No auto-refresh: every refresh runs every query (docs/dashboards-and-alerts.md, cost).
      refresh: "",
      timezone: "utc",
      annotations: {},
      templating: {
        list: [
          custom("topN", "Top N", "How many applications each time series panel draws (the worst by its measure).", {
            query: "5,10,20,50",
            current: { selected: true, text: "10", value: "10" },
          }),
          custom("team", "Team", "Narrows every panel to the applications of one team.", {
            query: "(no team) : orders|payments",
            ...ALL,
          }),
          custom("runtime", "Runtime", "Narrows every panel to the applications of one runtime.", {
            query: "FLINK-1_20 : orders,FLINK-2_2 : payments",
            ...ALL,
          }),
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
            regex: "/^(?=(?:${team:raw})$)(?=(?:${runtime:raw})$)(orders|payments)$/",
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
    const application = json.templating.list.find((v: Json) => v.name === "application");
    expect([application.regex, json.links.map((l: Json) => l.url)]).toEqual([
      "/^(?=(?:${team:raw})$)(?=(?:${runtime:raw})$)(orders[.]v2|pay_ments-1)$/",
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
  test("Flink 1.x and 2.x applications: downtime and state times side by side, KPUs full width below", () => {
    expect(olderPanels(build([ORDERS, PAYMENTS]).panels)).toEqual([
      expectedRowHeader(1, 0, "Health"),
      downtime([2, 0, 1, 12, 8]),
      jobStates([3, 12, 1, 12, 8]),
      kpus([4, 0, 9, 24, 8]),
      expectedRowHeader(5, 17, "Throughput"),
      ...throughput(6, 18),
      expectedRowHeader(8, 26, "Checkpoints and resources"),
      ...resources(9, 27),
    ]);
  });

  test("Flink 1.x applications only: downtime and KPUs, no state times", () => {
    expect(olderPanels(build([ORDERS]).panels)).toEqual([
      expectedRowHeader(1, 0, "Health"),
      downtime([2, 0, 1, 12, 8]),
      kpus([3, 12, 1, 12, 8]),
      expectedRowHeader(4, 9, "Throughput"),
      ...throughput(5, 10),
      expectedRowHeader(7, 18, "Checkpoints and resources"),
      ...resources(8, 19),
    ]);
  });

  test("Flink 2.x applications only: state times and KPUs, no downtime; source defaults to none", () => {
    const panels = olderPanels(
      build([{ applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "APPLICATION" }]).panels,
    );
    expect(panels.slice(0, 3)).toEqual([
      expectedRowHeader(1, 0, "Health"),
      jobStates([2, 0, 1, 12, 8]),
      kpus([3, 12, 1, 12, 8]),
    ]);
  });

  test("the older panels keep the ids they had before the fleet rows; the new ones take ids from 100", () => {
    // The ids of the overview as first published (rows included), for both runtime families.
    const before = [
      [1, "Health"],
      [2, "Downtime"],
      [3, "Restarting and failing time"],
      [4, "KPUs"],
      [5, "Throughput"],
      [6, "Records in per second"],
      [7, "Records out per second"],
      [8, "Checkpoints and resources"],
      [9, "Last checkpoint duration"],
      [10, "Container CPU"],
      [11, "Heap memory"],
      [12, "Applications"],
    ];
    const panels = build([ORDERS, PAYMENTS]).panels as Json[];
    for (const [id, title] of before)
      expect([id, panels.find((p) => p.id === id)?.title]).toEqual([
        id,
        expect.stringMatching(new RegExp(`^${title}`)),
      ]);
    const ids = panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id > 12).every((id) => id >= 100)).toBe(true);
  });

  test("the rows returned with the model: key, title and panel titles; empty rows for an empty environment", () => {
    const rowsOf = (targets: FlinkMonitoringTarget[]) =>
      buildOverviewDashboard(props(targets.map(entry))).rows.map((r) => [r.key, r.title, r.panels.map((p) => p.title)]);
    expect(rowsOf([ORDERS])).toEqual([
      ["fleet", "Fleet", ["Applications", "Firing alerts", "Fleet KPUs", "KPU cost per month (at $0.11/KPU-hour)"]],
      [
        "changes",
        "Scaling, restarts and lag",
        ["KPU changes (largest $topN each way)", "Restarts per minute (most $topN)", "Kinesis lag (highest $topN)"],
      ],
      ["health", "Health", ["Downtime (Flink 1.x, longest $topN)", "KPUs (largest $topN)"]],
      ["throughput", "Throughput", ["Records in per second (lowest $topN)", "Records out per second (lowest $topN)"]],
      [
        "resources",
        "Checkpoints and resources",
        ["Last checkpoint duration (longest $topN)", "Container CPU (highest $topN)", "Heap memory (highest $topN)"],
      ],
    ]);
    expect(rowsOf([])).toEqual([
      ["fleet", "Fleet", []],
      ["changes", "Scaling, restarts and lag", []],
      ["health", "Health", []],
      ["throughput", "Throughput", []],
      ["resources", "Checkpoints and resources", []],
    ]);
  });
});

describe("on Grafana 10.4 (no status table): the application list", () => {
  const on104 = (targets: FlinkMonitoringTarget[]) => build(targets, { grafanaVersion: "10.4" }).panels as Json[];

  test("lists every application below the rows, with the id it has always had", () => {
    const panels = on104([ORDERS, PAYMENTS]);
    expect(panels.find((p) => p.type === "table")).toBeUndefined();
    const bottom = Math.max(...panels.slice(0, -1).map((p) => p.gridPos.y + p.gridPos.h));
    expect(panels[panels.length - 1]).toEqual(
      listing(
        12,
        bottom,
        6,
        TABLE_HEAD +
          "| [orders](/d/flinkobs-staging-app-orders) | FLINK-1_20 | TASK | kinesis |\n" +
          "| [payments](/d/flinkobs-staging-app-payments) | FLINK-2_2 | APPLICATION | kafka |",
      ),
    );
  });

  test.each([
    [16, 20],
    [17, 20],
  ])("the application list of %d applications is %d rows high at most", (count, height) => {
    const targets = Array.from({ length: count }, (_, i) => ({ ...ORDERS, applicationName: `app-${i + 1}` }));
    const panels = on104(targets);
    const list = panels[panels.length - 1];
    expect([list.id, list.gridPos.h]).toEqual([11, height]);
  });

  test("an environment without applications: an empty list, no rows, no links, a variable matching nothing", () => {
    const json = build([]);
    expect([json.panels, json.links, json.templating.list.find((v: Json) => v.name === "application").regex]).toEqual([
      [listing(1, 0, 4, "No Flink application is monitored in this environment.")],
      undefined,
      "/^(?=(?:${team:raw})$)(?=(?:${runtime:raw})$)(\\(none\\))$/",
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
