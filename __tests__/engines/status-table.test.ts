// The overview's status table through Grafana's own transformations (@grafana/data at Grafana 12.4's
// version, the code the browser runs): the synthesized panel's transformations, fed the frames Grafana
// 12's CloudWatch data source returns for its queries, give one row per monitored application with
// one column per figure, the worst stream's lag, empty cells for an application that reports nothing,
// a link to the application's dashboard, and only the rows the narrowing variables leave.
import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { InputFrame, runTransformations } from "../support/grafana-data";
import { Json, exampleEnvironments, resourcesOfType, synthEnvironments } from "../support/synth";

const prod = synthEnvironments(exampleEnvironments().filter((e) => e.name === "prod")).get("prod")!.json;
const dashboards: Json[] = Object.values(resourcesOfType(prod, "grafana_dashboard")).map((d) =>
  JSON.parse(unescapeTerraform(d.config_json)),
);
const overview = dashboards.find((d) => d.tags.includes("flink-overview"))!;
const table = overview.panels.find((p: Json) => p.type === "table");
const variable = (name: string) => overview.templating.list.find((v: Json) => v.name === name);

/**
 * One series of a CloudWatch builder query as Grafana 12 returns it (pkg/tsdb/cloudwatch
 * response_parser.go): a Time and a `Value` field, the value labelled with the query's dimensions and
 * `Series` (the label the query asked for), its display name that label.
 */
function series(target: Json, labels: Record<string, string>, values: number[]): InputFrame {
  const times = values.map((_, i) => 1_765_000_000_000 + i * 60_000);
  return {
    refId: target.refId,
    name: target.label,
    length: values.length,
    fields: [
      { name: "Time", type: "time", config: {}, values: times },
      {
        name: "Value",
        type: "number",
        labels: { Series: target.label, ...labels },
        config: { displayNameFromDS: target.label },
        values,
      },
    ],
  };
}

/**
 * A query that matched nothing: Grafana 12 still returns an empty frame per dimension value it asked
 * for, labelled with that value only.
 */
function nothing(target: Json, application: string): InputFrame {
  return {
    refId: target.refId,
    name: target.label,
    length: 0,
    fields: [
      { name: "Time", type: "time", config: {}, values: [] },
      { name: "Value", type: "number", labels: { Application: application }, config: {}, values: [] },
    ],
  };
}

const query = (metricName: string): Json => table.targets.find((t: Json) => t.metricName === metricName);

/**
 * What CloudWatch holds for prod: orders-enrichment (1.20, Kinesis, two source streams),
 * clickstream-sessionizer (1.19, Kinesis), payments-fraud-scoring (2.2, Kafka), and
 * legacy-inventory-sync, which reports nothing (stopped or dead).
 */
function cloudWatch(): InputFrame[] {
  const frames: InputFrame[] = [];
  const app = (name: string, metrics: Record<string, number[] | number[][]>) => {
    for (const [metric, values] of Object.entries(metrics)) {
      const streams = Array.isArray(values[0]) ? (values as number[][]) : [values as number[]];
      streams.forEach((v, i) =>
        frames.push(series(query(metric), { Application: name, ...(streams.length > 1 ? { Id: `s${i}` } : {}) }, v)),
      );
    }
  };
  app("orders-enrichment", {
    uptime: [3_500_000, 3_560_000],
    fullRestarts: [7, 7, 8, 10],
    millisBehindLatest: [
      [100, 120],
      [4_000, 90_000],
    ],
    lastCheckpointDuration: [1_200, 1_500],
    numberOfFailedCheckpoints: [0, 0],
    containerCPUUtilization: [40, 85],
    heapMemoryUtilization: [50, 52],
    KPUs: [4],
  });
  app("clickstream-sessionizer", {
    uptime: [9_000_000],
    fullRestarts: [2, 2],
    millisBehindLatest: [10],
    lastCheckpointDuration: [800],
    numberOfFailedCheckpoints: [1, 3],
    containerCPUUtilization: [20],
    heapMemoryUtilization: [30],
    KPUs: [8],
  });
  app("payments-fraud-scoring", {
    runningTime: [600_000],
    numRestarts: [0, 0],
    records_lag_max: [250_000],
    lastCheckpointDuration: [300],
    numberOfFailedCheckpoints: [0],
    containerCPUUtilization: [10],
    heapMemoryUtilization: [95],
    KPUs: [2],
  });
  // The Kafka lag query matched no series for the Kinesis applications: empty frames.
  for (const name of ["orders-enrichment", "clickstream-sessionizer"])
    frames.push(nothing(query("records_lag_max"), name));
  return frames;
}

/** The panel's frames: the inline applications frame (Grafana's JSON form), then CloudWatch's. */
function panelFrames(): InputFrame[] {
  return [table.targets[0].snapshot[0], ...cloudWatch()];
}

/** The transformations with the narrowing variables' raw values in them, as Scenes interpolates them. */
function transformations(values: Record<string, string>): object[] {
  const text = JSON.stringify(table.transformations).replace(/\$\{(\w+):raw\}/g, (_m, name: string) => values[name]);
  return JSON.parse(text);
}

/** The table as rows of display name → value (the columns a user sees, the hidden Dashboard included). */
function rows(values: Record<string, string> = { team: ".*", runtime: ".*" }): Json[] {
  const out = runTransformations(transformations(values), panelFrames());
  expect(out).toHaveLength(1);
  const [frame] = out;
  return Array.from({ length: frame.length }, (_, row) =>
    Object.fromEntries(frame.fields.map((f) => [f.displayName, f.values[row] ?? null])),
  );
}

test("one row per monitored application, one column per figure, silent applications empty", () => {
  expect(rows()).toEqual([
    {
      Application: "orders-enrichment",
      Runtime: "FLINK-1_20",
      Team: "data-platform",
      "Running for": 3_560_000,
      "Restarts (1h)": 3,
      // The worst of its two streams.
      "Kinesis lag": 90_000,
      "Kafka lag (records)": null,
      "Last checkpoint": 1_500,
      "Failed checkpoints (1h)": 0,
      CPU: 85,
      Heap: 52,
      KPUs: 4,
      Dashboard: "flinkobs-prod-app-orders-enrichment",
    },
    {
      Application: "clickstream-sessionizer",
      Runtime: "FLINK-1_19",
      Team: "data-platform",
      "Running for": 9_000_000,
      "Restarts (1h)": 0,
      "Kinesis lag": 10,
      "Kafka lag (records)": null,
      "Last checkpoint": 800,
      "Failed checkpoints (1h)": 2,
      CPU: 20,
      Heap: 30,
      KPUs: 8,
      Dashboard: expect.stringMatching(/^flinkobs-prod-app-clickstream-s/),
    },
    {
      Application: "payments-fraud-scoring",
      Runtime: "FLINK-2_2",
      Team: "data-platform",
      // Flink 2.x: runningTime, numRestarts.
      "Running for": 600_000,
      "Restarts (1h)": 0,
      "Kinesis lag": null,
      "Kafka lag (records)": 250_000,
      "Last checkpoint": 300,
      "Failed checkpoints (1h)": 0,
      CPU: 10,
      Heap: 95,
      KPUs: 2,
      Dashboard: "flinkobs-prod-app-payments-fraud-scoring",
    },
    {
      Application: "legacy-inventory-sync",
      Runtime: "FLINK-1_15",
      Team: "data-platform",
      "Running for": null,
      "Restarts (1h)": null,
      "Kinesis lag": null,
      "Kafka lag (records)": null,
      "Last checkpoint": null,
      "Failed checkpoints (1h)": null,
      CPU: null,
      Heap: null,
      KPUs: null,
      Dashboard: "flinkobs-prod-app-legacy-inventory-sync",
    },
  ]);
});

test("each name links to its application's dashboard, which the stack creates", () => {
  const [frame] = runTransformations(transformations({ team: ".*", runtime: ".*" }), panelFrames());
  const override = table.fieldConfig.overrides.find((o: Json) => o.matcher.options === "Application");
  const url: string = override.properties.find((p: Json) => p.id === "links").value[0].url;
  const titles = new Map(dashboards.map((d) => [d.uid, d.title]));
  for (let row = 0; row < frame.length; row++) {
    // What the link's `${__data.fields.X}` reads: the row's fields (Scenes' data macro).
    const fields = frame.linkFields[row];
    const href = url.replace(/\$\{__data\.fields\.(\w+)\}/g, (_m, name: string) => String(fields[name]));
    const uid = /^\/d\/([^?]+)\?/.exec(href)![1];
    expect([href, titles.get(uid)]).toEqual([href, expect.stringContaining(` ${String(fields.Application)} (`)]);
  }
});

test("the team and runtime variables leave only their applications", () => {
  const option = (name: string, text: string) =>
    String(variable(name).query)
      .split(",")
      .map((item) => item.split(" : "))
      .find(([t]) => t === text)![1];
  const names = (values: Record<string, string>) => rows(values).map((r) => r.Application);
  expect(names({ team: option("team", "data-platform"), runtime: option("runtime", "FLINK-2_2") })).toEqual([
    "payments-fraud-scoring",
  ]);
  expect(names({ team: ".*", runtime: option("runtime", "FLINK-1_15") })).toEqual(["legacy-inventory-sync"]);
  expect(names({ team: "nothing-matches", runtime: ".*" })).toEqual([]);
});
