// The overview as a fleet view, read from what Terraform would write to Grafana (the synthesized
// grafana_dashboard of the examples and of the 150-application fixture): a status table whose every
// row links to a dashboard the stack creates, the environment's alert list, time series that draw
// only the worst N applications, the cost panel, and the narrowing variables, whose regular
// expressions run here in the same engine as in the browser (V8's RegExp).
import { findFlinkMetric, runtimeFamily } from "../../modules/flink-metrics";
import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { GET_METRIC_DATA_USD_PER_1000_METRICS, summarizeStack } from "../../stacks/environment-summary";
import { fleet, fleetEnvironment } from "../support/fleet";
import {
  Json,
  environmentConfig,
  exampleEnvironments,
  resourcesOfType,
  synthEnvironment,
  synthEnvironments,
} from "../support/synth";

const dashboardsOf = (stack: Json): Json[] =>
  Object.values(resourcesOfType(stack, "grafana_dashboard")).map((d) => JSON.parse(unescapeTerraform(d.config_json)));
const overviewOf = (stack: Json): Json => dashboardsOf(stack).find((d) => d.tags.includes("flink-overview"))!;
const variableOf = (dashboard: Json, name: string): Json =>
  dashboard.templating.list.find((v: Json) => v.name === name);
const frameColumn = (frame: Json, name: string): string[] =>
  frame.data.values[frame.schema.fields.findIndex((f: Json) => f.name === name)];

/** The options of a custom variable as Grafana parses its query: `text : value` items split on commas. */
function customOptions(variable: Json): { text: string; value: string }[] {
  return (String(variable.query).match(/(?:\\,|[^,])+/g) ?? []).map((item) => {
    const pair = /^\s*(.+)\s:\s(.+)$/.exec(item);
    return pair ? { text: pair[1].trim(), value: pair[2].trim() } : { text: item.trim(), value: item.trim() };
  });
}

/** A variable's regex with `${name:raw}` replaced by the values given (Grafana's raw format). */
function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+):raw\}/g, (_m, name: string) => values[name]);
}

/** The names the application variable offers, among `names`, for the narrowing values given. */
function offered(overview: Json, names: readonly string[], values: Record<string, string>): string[] {
  const source = /^\/(.*)\/$/.exec(variableOf(overview, "application").regex)![1];
  const regex = new RegExp(interpolate(source, values));
  return names.filter((n) => regex.test(n));
}

const environments = [...synthEnvironments(exampleEnvironments()).entries()].map(([env, { json }]) => ({
  env,
  json,
}));
const FLEET = fleet(150).map((app, i) => ({ ...app, team: `team-${i % 7}` }));
const fleetStack = synthEnvironment(fleetEnvironment(FLEET as never)).json;
const cases = [...environments, { env: "fleet of 150", json: fleetStack }];

describe.each(cases.map((c) => [c.env, c.json] as const))("the %s overview", (_env, stack) => {
  const overview = overviewOf(stack);
  const panels: Json[] = overview.panels;
  const byType = (type: string) => panels.filter((p) => p.type === type);

  test("its status table has one row per monitored application, each linking to a dashboard the stack creates", () => {
    const [table] = byType("table");
    const frame = table.targets.find((t: Json) => t.queryType === "snapshot").snapshot[0];
    const uids = new Set(dashboardsOf(stack).map((d) => d.uid));
    const names = frameColumn(frame, "Application");
    expect(names.length).toBeGreaterThan(0);
    for (const uid of frameColumn(frame, "Dashboard")) expect([uid, uids.has(uid)]).toEqual([uid, true]);
    // Each row's dashboard is the one of that application (its title names it).
    const titles = new Map(dashboardsOf(stack).map((d) => [d.uid, d.title]));
    frameColumn(frame, "Dashboard").forEach((uid, i) => expect(titles.get(uid)).toContain(` ${names[i]} (`));
    // The name's link opens the row's Dashboard value, which the table keeps in the frame (a link reads
    // the row's fields; one an organize step excluded is gone) but does not show.
    const overrides = (name: string) => table.fieldConfig.overrides.find((o: Json) => o.matcher.options === name);
    expect(overrides("Application").properties[0].value[0].url).toMatch(/^\/d\/\$\{__data\.fields\.Dashboard\}/);
    expect(overrides("Dashboard").properties).toEqual([{ id: "custom.hidden", value: true }]);
    for (const organize of table.transformations.filter((t: Json) => t.id === "organize"))
      expect(organize.options.excludeByName?.Dashboard).toBeUndefined();
  });

  test("no time series draws every application: each draws the worst $topN of a hidden query", () => {
    const series = byType("timeseries");
    expect(series.length).toBeGreaterThan(5);
    for (const panel of series) {
      const metrics = panel.targets.filter((t: Json) => t.queryMode === "Metrics");
      const drawn = metrics.filter((t: Json) => !t.hide);
      expect([panel.title, drawn.length]).toEqual([panel.title, expect.any(Number)]);
      expect(drawn.length).toBeGreaterThan(0);
      for (const t of drawn)
        expect([panel.title, t.expression]).toEqual([panel.title, expect.stringMatching(/^SORT\(.*, \$topN\)$/)]);
      for (const t of metrics.filter((t: Json) => t.metricEditorMode === 0))
        expect([panel.title, t.hide]).toEqual([panel.title, true]);
    }
    expect(variableOf(overview, "topN").current.value).toBe("10");
  });

  test("the stat panels draw one fleet-wide figure: KPUs, and their monthly cost at the KPU-hour price", () => {
    const drawn = byType("stat").flatMap((p) =>
      p.targets.filter((t: Json) => !t.hide).map((t: Json) => [p.title, t.expression]),
    );
    expect(drawn).toEqual([
      ["Fleet KPUs", "SUM(FILL(qa, REPEAT))"],
      ["KPU cost per month (at $0.11/KPU-hour)", "SUM(FILL(qa, REPEAT)) * 0.11 * 730"],
    ]);
  });

  test("the alert list shows the environment's folder and instances, firing and pending first", () => {
    const [list] = byType("alertlist");
    const folder = Object.values(resourcesOfType(stack, "grafana_folder")).find((f) =>
      String(f.title).startsWith("Flink ("),
    )!;
    expect(list.options.folder).toEqual({ uid: folder.uid, title: folder.title });
    expect(list.options.alertInstanceLabelFilter).toMatch(new RegExp(`^\\{environment="${overview.tags[2]}", `));
    expect(list.options.stateFilter).toMatchObject({ firing: true, pending: true, error: true, normal: false });
  });

  test("every query reads a catalogued metric that a runtime of the environment publishes", () => {
    const families = new Set(
      frameColumn(byType("table")[0].targets[0].snapshot[0], "Runtime").map((r) => runtimeFamily(r as never)),
    );
    for (const panel of panels)
      for (const t of (panel.targets ?? []).filter((t: Json) => t.metricName)) {
        const metric = findFlinkMetric(t.metricName)!;
        expect([panel.title, t.metricName, metric !== undefined]).toEqual([panel.title, t.metricName, true]);
        const published = metric.runtimes.some((family) => families.has(family));
        expect([panel.title, t.metricName, published]).toEqual([panel.title, t.metricName, true]);
      }
  });
});

describe("narrowing the 150-application overview", () => {
  const overview = overviewOf(fleetStack);
  const names = FLEET.map((a) => a.name);

  test("each team offers exactly its applications, each runtime its own, and both together their intersection", () => {
    const teams = customOptions(variableOf(overview, "team"));
    const runtimes = customOptions(variableOf(overview, "runtime"));
    expect(teams.map((t) => t.text)).toEqual(Array.from({ length: 7 }, (_, i) => `team-${i}`));
    expect(runtimes.map((r) => r.text).sort()).toEqual([...new Set(FLEET.map((a) => a.runtime))].sort());
    const all = ".*"; // the variables' All
    expect(offered(overview, names, { team: all, runtime: all })).toEqual(names);
    for (const team of teams)
      expect(offered(overview, names, { team: team.value, runtime: all })).toEqual(
        FLEET.filter((a) => a.team === team.text).map((a) => a.name),
      );
    for (const runtime of runtimes)
      for (const team of teams)
        expect(offered(overview, names, { team: team.value, runtime: runtime.value })).toEqual(
          FLEET.filter((a) => a.team === team.text && a.runtime === runtime.text).map((a) => a.name),
        );
  });

  test("the status table and the alert list narrow with the same variables", () => {
    const table = overview.panels.find((p: Json) => p.type === "table");
    const byName = table.transformations.find((t: Json) => t.id === "filterByValue").options.filters[0];
    expect(byName.fieldName).toBe("Application");
    const team0 = customOptions(variableOf(overview, "team"))[0];
    const regex = new RegExp(interpolate(byName.config.options.value, { team: team0.value, runtime: ".*" }));
    expect(names.filter((n) => regex.test(n))).toEqual(FLEET.filter((a) => a.team === "team-0").map((a) => a.name));
    const list = overview.panels.find((p: Json) => p.type === "alertlist");
    expect(list.options.alertInstanceLabelFilter).toBe(
      '{environment="fleet", application=~"${team:raw}", application=~"${runtime:raw}"}',
    );
  });

  test("an application of a name with a dot is matched by its name only", () => {
    const dotted = synthEnvironment(
      environmentConfig({
        name: "dots",
        monitoredApplications: [
          { name: "orders.v2", runtime: "FLINK-1_20" },
          { name: "orders-v2", runtime: "FLINK-1_20" },
        ],
      } as never),
    ).json;
    const o = overviewOf(dotted);
    expect(offered(o, ["orders.v2", "ordersXv2", "orders-v2"], { team: ".*", runtime: ".*" })).toEqual([
      "orders.v2",
      "orders-v2",
    ]);
  });
});

describe("what a refresh of the 150-application overview costs", () => {
  test("about 3,350 metrics, $0.034 in GetMetricData; the overview does not refresh on its own by default", () => {
    const summary = summarizeStack(fleetStack, 100);
    expect(summary.overviewMetricsPerRefresh).toBe(3350);
    expect((summary.overviewMetricsPerRefresh / 1000) * GET_METRIC_DATA_USD_PER_1000_METRICS).toBeCloseTo(0.0335, 4);
    expect(overviewOf(fleetStack).refresh).toBe("");
  });
});

describe("overview settings from the environment file", () => {
  const base = { name: "tuned", monitoredApplications: [{ name: "orders", runtime: "FLINK-1_20" }] };

  test("grafana.dashboards sets the default top N, the KPU-hour price and the auto-refresh", () => {
    const stack = synthEnvironment(
      environmentConfig({
        ...base,
        grafana: { dashboards: { topN: 20, kpuHourPriceUsd: 0.132, overviewRefresh: "15m" } },
      } as never),
    ).json;
    const o = overviewOf(stack);
    expect([variableOf(o, "topN").current.value, o.refresh]).toEqual(["20", "15m"]);
    const cost = o.panels.find((p: Json) => p.title.startsWith("KPU cost"));
    expect([cost.title, cost.targets[1].expression]).toEqual([
      "KPU cost per month (at $0.132/KPU-hour)",
      "SUM(FILL(qa, REPEAT)) * 0.132 * 730",
    ]);
  });

  test("an application's team, else the environment's Team tag, else none", () => {
    const stack = synthEnvironment(
      environmentConfig({
        name: "teams",
        tags: { Team: "platform" },
        monitoredApplications: [
          { name: "orders", runtime: "FLINK-1_20", team: "checkout" },
          { name: "payments", runtime: "FLINK-1_20" },
        ],
      } as never),
    ).json;
    expect(customOptions(variableOf(overviewOf(stack), "team"))).toEqual([
      { text: "checkout", value: "orders" },
      { text: "platform", value: "payments" },
    ]);
    const untagged = synthEnvironment(environmentConfig(base as never)).json;
    expect(customOptions(variableOf(overviewOf(untagged), "team"))).toEqual([{ text: "(no team)", value: "orders" }]);
  });
});
