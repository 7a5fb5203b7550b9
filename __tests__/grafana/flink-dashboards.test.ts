import { FlinkMetric, dimensionProblems, findFlinkMetric, metricNamesInExpression } from "../../modules/flink-metrics";
import { exampleEnvironments, resourcesOfType, synthEnvironments } from "../support/synth";
import { GRAFANA_UID_MAX_LENGTH, stableUid } from "../../modules/grafana/uid";
import {
  GRID_COLUMNS,
  buildApplicationDashboard,
  buildOverviewDashboard,
  FlinkApplicationDashboardProps,
} from "../../modules/grafana/flink-dashboards";

const ds = { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" };
const base = {
  uid: "flinkobs-test-app-orders",
  folderUid: "flinkobs-test-flink",
  dataSource: ds,
  overviewUid: "flinkobs-test-flink-overview",
  environment: "test",
};
const flink1Task: FlinkApplicationDashboardProps = {
  ...base,
  target: {
    applicationName: "orders",
    runtime: "FLINK-1_20",
    metricsLevel: "TASK",
    source: "kinesis",
    logGroupName: "/aws/kinesis-analytics/orders",
  },
};
const flink2App: FlinkApplicationDashboardProps = {
  ...base,
  uid: "flinkobs-test-app-payments",
  target: { applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "APPLICATION", source: "kafka" },
};

type Panel = Record<string, any>;
const contentPanels = (d: { panels?: Panel[] }) => (d.panels ?? []).filter((p) => p.type !== "row");
const metricTargets = (d: { panels?: Panel[] }) =>
  contentPanels(d).flatMap((p) => (p.targets ?? []).filter((t: Panel) => t.queryMode === "Metrics"));
/** Every metric query with the queries of its panel (an expression may read another query by id). */
const metricTargetsInPanels = (d: { panels?: Panel[] }) =>
  contentPanels(d).flatMap((p) =>
    (p.targets ?? []).filter((t: Panel) => t.queryMode === "Metrics").map((t: Panel) => [t, p.targets] as const),
  );

function expectNoOverlap(panels: Panel[]) {
  for (const p of panels) {
    expect(p.gridPos.x).toBeGreaterThanOrEqual(0);
    expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(GRID_COLUMNS);
  }
  for (let i = 0; i < panels.length; i++) {
    for (let j = i + 1; j < panels.length; j++) {
      const a = panels[i].gridPos,
        b = panels[j].gridPos;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect({ a: panels[i].title, b: panels[j].title, overlap }).toEqual({
        a: panels[i].title,
        b: panels[j].title,
        overlap: false,
      });
    }
  }
}

/**
 * Each CloudWatch read of a query target: metric, dimension names and whether they must match
 * exactly. A builder query reads its dimensions (`matchExact`); a code expression reads each SEARCH
 * schema `{AWS/KinesisAnalytics,<dims>}`, which CloudWatch matches exactly.
 */
function readsOf(
  target: Panel,
  siblings: readonly Panel[] = [],
): { metric: string; dimensions: string[]; matchExact: boolean }[] {
  if (target.metricEditorMode === 1) {
    const searches = [...String(target.expression).matchAll(/SEARCH\('\{([^}]*)\} MetricName="([^"]+)"/g)];
    // An expression over other queries of its panel (`SORT(qa, …)`) reads what they read.
    const referenced = siblings.filter(
      (s) => s !== target && s.id && new RegExp(`\\b${s.id}\\b`).test(String(target.expression)),
    );
    if (searches.length === 0) return referenced.flatMap((s) => readsOf(s, siblings));
    return searches.map(([, schema, metric]) => {
      const [namespace, ...dimensions] = schema.split(",");
      expect(namespace).toBe("AWS/KinesisAnalytics");
      return { metric, dimensions, matchExact: true };
    });
  }
  expect(target.namespace).toBe("AWS/KinesisAnalytics");
  return [{ metric: target.metricName, dimensions: Object.keys(target.dimensions), matchExact: !!target.matchExact }];
}

/**
 * Named check: every query's metric is catalogued and its dimensions come from the catalogue's
 * dimension sets for that metric (dimensionProblems): an invented name (`TaskName`) or an exact set
 * CloudWatch does not publish would build a SEARCH that matches nothing.
 */
function expectCatalogued(target: Panel, siblings: readonly Panel[] = []) {
  const reads = readsOf(target, siblings);
  expect(reads.length).toBeGreaterThan(0);
  if (target.metricEditorMode === 1 && /SEARCH\(/.test(target.expression))
    expect(metricNamesInExpression(target.expression).length).toBe(reads.length);
  for (const read of reads) {
    const metric = findFlinkMetric(read.metric);
    expect({ metric: read.metric, catalogued: metric !== undefined }).toEqual({
      metric: read.metric,
      catalogued: true,
    });
    expect({ ...read, problems: dimensionProblems(metric as FlinkMetric, read.dimensions, read.matchExact) }).toEqual({
      ...read,
      problems: [],
    });
  }
  // A panel reads the applications the dashboard's variable selects; the status table (refIds `last…`,
  // `growth…`) reads every application it lists, by name or, past 1,024 characters, all of the account.
  if (target.metricEditorMode !== 1 && !/^(last|growth)\d+$/.test(target.refId))
    expect(target.dimensions.Application).toBe("$application");
  for (const [, dimension] of String(target.label ?? "").matchAll(/PROP\('Dim\.([^']+)'\)/g))
    expect(
      readsOf(target)[0].dimensions.concat(findFlinkMetric(target.metricName)?.dimensionSets.flat() ?? []),
    ).toContain(dimension);
}

describe.each([
  ["Flink 1.x, TASK level, Kinesis, logs", flink1Task],
  ["Flink 2.2, APPLICATION level, Kafka, no logs", flink2App],
])("per-application dashboard: %s", (_name, props) => {
  const { json, rows } = buildApplicationDashboard(props);
  const roundTripped = JSON.parse(JSON.stringify(json));

  test("is well-formed JSON with a stable uid of at most 40 characters and a schema version", () => {
    expect(roundTripped.uid).toBe(props.uid);
    expect(roundTripped.uid.length).toBeLessThanOrEqual(GRAFANA_UID_MAX_LENGTH);
    expect(roundTripped.schemaVersion).toBeGreaterThanOrEqual(39);
    expect(new Set(roundTripped.panels.map((p: Panel) => p.id)).size).toBe(roundTripped.panels.length);
  });

  test("panels do not overlap in the 24-column grid", () => expectNoOverlap(roundTripped.panels));

  test("every query reads a catalogued metric with valid dimensions; every metric panel has a unit", () => {
    const targets = metricTargets(roundTripped);
    expect(targets.length).toBeGreaterThan(10);
    for (const [target, siblings] of metricTargetsInPanels(roundTripped)) expectCatalogued(target, siblings);
    for (const p of contentPanels(roundTripped).filter((p) => p.type !== "logs"))
      expect(p.fieldConfig.defaults.unit).toMatch(/\S/);
  });

  test("the $application variable comes from CloudWatch Application dimension values", () => {
    const variable = roundTripped.templating.list.find((v: Panel) => v.name === "application");
    expect(variable.type).toBe("query");
    expect(variable.query).toMatchObject({
      queryType: "dimensionValues",
      namespace: "AWS/KinesisAnalytics",
      dimensionKey: "Application",
    });
    expect(variable.current.value).toBe(props.target.applicationName);
  });

  test("links back to the overview", () => {
    expect(roundTripped.links.map((l: Panel) => l.url)).toContain(`/d/${props.overviewUid}`);
  });

  test("throughput uses per-second Average (4 snapshots per minute) and counters are diffed", () => {
    const rate = metricTargets(roundTripped).find((t) => t.metricName === "numRecordsInPerSecond");
    expect(rate.statistic).toBe("Average");
    const restarts = metricTargets(roundTripped).filter((t) => /Restarts"/.test(t.expression ?? ""));
    expect(restarts).toHaveLength(1);
    expect(restarts[0].expression).toMatch(/^DIFF\(/);
  });

  test("KPUs are read at their hourly publishing period, everything else per minute", () => {
    for (const t of metricTargets(roundTripped))
      expect([t.metricName, t.period]).toEqual([t.metricName, t.metricName === "KPUs" ? "3600" : "60"]);
  });

  test("old-generation GC time is shown as published (ms of each minute), not differenced", () => {
    const gc = metricTargets(roundTripped).filter((t) => /oldGenerationGCTime/.test(t.metricName ?? t.expression));
    expect(gc).toHaveLength(1);
    expect(gc[0]).toMatchObject({ metricName: "oldGenerationGCTime", statistic: "Maximum", metricEditorMode: 0 });
    expect(gc[0].expression ?? "").not.toMatch(/DIFF/);
  });

  test("source lag legends name a dimension the series carries: Id for Kinesis, Topic for Kafka", () => {
    const lag = metricTargets(roundTripped).find((t) =>
      ["millisBehindLatest", "records_lag_max"].includes(t.metricName),
    );
    expect(lag.matchExact).toBe(false);
    expect(lag.label).toContain(lag.metricName === "records_lag_max" ? "Dim.Topic" : "Dim.Id");
  });

  test("row set follows runtime, level, source and log group", () => {
    const keys = rows.map((r) => r.key);
    const names = metricTargets(roundTripped).map((t) => t.metricName);
    const expressions = metricTargets(roundTripped)
      .map((t) => t.expression ?? "")
      .join(" ");
    if (props.target.runtime === "FLINK-2_2") {
      expect(names).not.toContain("downtime");
      expect(names).not.toContain("uptime");
      expect(expressions).not.toMatch(/fullRestarts/);
      expect(names).toContain("runningTime");
      expect(names).toContain("records_lag_max");
      expect(keys).not.toContain("backPressure");
      expect(keys).not.toContain("logs");
      expect(names).not.toContain("backPressuredTimeMsPerSecond");
    } else {
      expect(names).toEqual(
        expect.arrayContaining([
          "uptime",
          "downtime",
          "millisBehindLatest",
          "backPressuredTimeMsPerSecond",
          "busyTimeMsPerSecond",
          "idleTimeMsPerSecond",
        ]),
      );
      expect(expressions).toMatch(/fullRestarts/);
      const logs = contentPanels(roundTripped).find((p) => p.type === "logs")!;
      expect(logs.targets[0]).toMatchObject({ queryMode: "Logs", logGroupNames: ["/aws/kinesis-analytics/orders"] });
      expect(logs.targets[0].expression).toMatch(/exception/i);
    }
  });
});

describe("example environments' dashboards", () => {
  const stacks = synthEnvironments(exampleEnvironments());
  const dashboards = [...stacks.entries()].flatMap(([env, { json }]) =>
    (Object.values(resourcesOfType(json, "grafana_dashboard")) as Panel[]).map((d) => ({
      env,
      model: JSON.parse(
        String(d.config_json)
          .replace(/\$\$\{/g, "${")
          .replace(/%%\{/g, "%{"),
      ),
    })),
  );

  test.each(dashboards.map((d) => [d.env, d.model.title, d.model] as const))(
    "%s %s: every query's dimensions come from the catalogue's dimension sets for its metric",
    (_env, _title, model) => {
      const targets = metricTargetsInPanels(model);
      expect(targets.length).toBeGreaterThan(0);
      for (const [target, siblings] of targets) expectCatalogued(target, siblings);
    },
  );

  test("the check rejects the queries it exists for: TaskName, a partial exact set, a DIFF over a made-up set", () => {
    const builder = { queryMode: "Metrics", metricEditorMode: 0, namespace: "AWS/KinesisAnalytics" };
    for (const bad of [
      {
        ...builder,
        metricName: "busyTimeMsPerSecond",
        dimensions: { Application: "$application", TaskName: "*" },
        matchExact: true,
      },
      { ...builder, metricName: "busyTimeMsPerSecond", dimensions: { Application: "$application" }, matchExact: true },
      { ...builder, metricName: "runningTime", dimensions: { Application: "$application" }, matchExact: true },
      {
        queryMode: "Metrics",
        metricEditorMode: 1,
        expression: `DIFF(SEARCH('{AWS/KinesisAnalytics,Application,Subtask} MetricName="numRecordsIn" Application="a"', 'Maximum', 60))`,
      },
    ])
      expect(() => expectCatalogued(bad)).toThrow();
  });

  test("no query names TaskName, OperatorName or Subtask; per-task panels read {Application, Task}", () => {
    const text = JSON.stringify(dashboards.map((d) => d.model));
    expect(text).not.toMatch(/TaskName|OperatorName|Subtask/);
    const perTask = dashboards
      .flatMap((d) => metricTargets(d.model))
      .filter((t) => t.metricName === "busyTimeMsPerSecond");
    expect(perTask.length).toBeGreaterThan(0);
    for (const t of perTask)
      expect(t).toMatchObject({ dimensions: { Application: "$application", Task: "*" }, matchExact: true });
  });
});

describe("consistency checks", () => {
  test("asking for back-pressure panels on an APPLICATION-level app is an error naming panel and metric", () => {
    expect(() => buildApplicationDashboard({ ...flink2App, rows: ["backPressure"] })).toThrow(
      /"payments": row "Back pressure" panel "Back-pressured time per task": metric backPressuredTimeMsPerSecond needs metrics level TASK or finer, but the application's metrics level is APPLICATION/,
    );
  });
  test("a logs row without a log group is an error", () => {
    expect(() => buildApplicationDashboard({ ...flink2App, rows: ["logs"] })).toThrow(
      /row "logs" needs the application's logGroupName/,
    );
  });
  test("uids longer than 40 characters are rejected", () => {
    expect(() => buildApplicationDashboard({ ...flink2App, uid: "x".repeat(41) })).toThrow(/uid must be 1 to 40/);
  });
  test("stableUid is deterministic, at most 40 characters and keeps long names apart", () => {
    const a = stableUid("flinkobs-staging", "app", "clickstream-sessionizer");
    expect(a).toBe(stableUid("flinkobs-staging", "app", "clickstream-sessionizer"));
    expect(a.length).toBeLessThanOrEqual(40);
    expect(stableUid("flinkobs-staging", "app", "clickstream-sessionizer-2")).not.toBe(a);
  });
});

describe("overview dashboard", () => {
  const apps = [flink1Task, flink2App].map((p) => ({ target: p.target, dashboardUid: p.uid }));
  const { json } = buildOverviewDashboard({
    applications: apps,
    uid: "flinkobs-test-flink-overview",
    folderUid: "f",
    dataSource: ds,
    environment: "test",
  });
  const d = JSON.parse(JSON.stringify(json));

  test("links to every application dashboard, passing the application", () => {
    const urls = d.links.map((l: Panel) => l.url);
    expect(urls).toContain("/d/flinkobs-test-app-orders?var-application=orders");
    expect(urls).toContain("/d/flinkobs-test-app-payments?var-application=payments");
  });
  test("multi-value $application restricted to the environment's apps and the team and runtime chosen", () => {
    const v = d.templating.list.find((x: Panel) => x.name === "application");
    expect(v).toMatchObject({
      name: "application",
      multi: true,
      includeAll: true,
      regex: "/^(?=(?:${team:raw})$)(?=(?:${runtime:raw})$)(orders|payments)$/",
    });
  });
  test("shows job health for both runtime families, no overlap, catalogued metrics only", () => {
    expect(contentPanels(d).map((p) => p.title)).toEqual(
      expect.arrayContaining([
        "Downtime (Flink 1.x, longest $topN)",
        "Restarting and failing time (Flink 2.x, longest $topN each)",
      ]),
    );
    const states = contentPanels(d).find((p) => p.title.startsWith("Restarting and failing time"))!;
    expect(states.targets.map((t: Panel) => [t.metricName ?? t.expression, t.matchExact ?? null])).toEqual([
      ["restartingTime", false],
      ["SORT(qa, MAX, DESC, $topN)", null],
      ["failingTime", false],
      ["SORT(qb, MAX, DESC, $topN)", null],
    ]);
    expectNoOverlap(d.panels);
    for (const [target, siblings] of metricTargetsInPanels(d)) expectCatalogued(target, siblings);
  });
  test("every metric panel sets a unit; the status table lists every application with its dashboard", () => {
    for (const p of contentPanels(d).filter((p) => ["timeseries", "stat"].includes(p.type)))
      expect(p.fieldConfig.defaults.unit).toBeTruthy();
    const table = contentPanels(d).find((p) => p.type === "table")!;
    const frame = table.targets[0].snapshot[0];
    const column = (name: string) => frame.data.values[frame.schema.fields.findIndex((f: Panel) => f.name === name)];
    expect([column("Application"), column("Dashboard")]).toEqual([
      ["orders", "payments"],
      ["flinkobs-test-app-orders", "flinkobs-test-app-payments"],
    ]);
  });
});
