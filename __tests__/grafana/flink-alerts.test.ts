import { readFileSync } from "node:fs";
import path from "node:path";
import { Testing, TerraformStack } from "cdktn";
import {
  FlinkMonitoringTarget,
  findFlinkMetric,
  metricNamesInExpression,
  resolveTarget,
} from "../../modules/flink-metrics";
import {
  ALERT_KINDS,
  AlertRuleSpec,
  alertRuleDefinitions,
  defaultThresholds,
  detectionRows,
  evaluationIntervalOf,
  DEFAULT_EVALUATION_INTERVALS,
  silenceDetectionRow,
  detectionTime,
  documentationRow,
  FlinkAlertRules,
  FlinkAlertRulesProps,
  THRESHOLD_SPECS,
  buildAlertRules,
  panelIdsByMetric,
  toRuleBlock,
} from "../../modules/grafana/flink-alerts";
import { buildApplicationDashboard } from "../../modules/grafana/flink-dashboards";
import {
  environmentConfig,
  exampleEnvironments,
  PRODUCTION_APP,
  resourcesOfType,
  synthEnvironment,
  synthEnvironments,
} from "../support/synth";
import { rulesCovering } from "../support/alert-rules";

const dataSource = { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" };
const common = {
  folderUid: "flinkobs-test-flink",
  dataSource,
  environment: "test",
  uidPrefix: "flinkobs-test",
  runbookBaseUrl: "https://runbooks.example.com/flink",
};
/** The dashboard link a rule group gets, from the application dashboard as built. */
function dashboardOf(target: FlinkMonitoringTarget) {
  const uid = `flinkobs-test-app-${target.applicationName}`;
  const { json } = buildApplicationDashboard({
    target,
    uid,
    folderUid: common.folderUid,
    dataSource,
    overviewUid: "flinkobs-test-flink-overview",
    environment: "test",
  });
  return { uid, panelIds: panelIdsByMetric(json), json };
}
const ordersTarget = {
  applicationName: "orders",
  runtime: "FLINK-1_20",
  metricsLevel: "APPLICATION",
  source: "kinesis",
} as const;
const paymentsTarget = {
  applicationName: "payments",
  runtime: "FLINK-2_2",
  metricsLevel: "APPLICATION",
  source: "kafka",
} as const;
const flink1: FlinkAlertRulesProps = { ...common, target: ordersTarget, dashboard: dashboardOf(ordersTarget) };
const flink2: FlinkAlertRulesProps = { ...common, target: paymentsTarget, dashboard: dashboardOf(paymentsTarget) };
const EVERY_ALERT = [
  "jobDown",
  "restarts",
  "failedCheckpoints",
  "checkpointDuration",
  "checkpointSize",
  "throughputStall",
  "cpu",
  "heapMemory",
  "oldGenerationGc",
  "threads",
  "containerMemory",
  "sourceLag",
  "watermarkLag",
];

const byKind = (rules: AlertRuleSpec[]) => Object.fromEntries(rules.map((r) => [r.kind, r]));
const queriedMetricNames = (rule: Pick<AlertRuleSpec, "steps">) =>
  rule.steps
    .filter((s) => s.datasourceUid !== "__expr__")
    .flatMap((s) => {
      const m = s.model as Record<string, any>;
      return m.metricEditorMode === 1 ? metricNamesInExpression(m.expression) : [m.metricName];
    });

describe.each([
  ["Flink 1.x", flink1],
  ["Flink 2.2", flink2],
])("rule models (%s)", (_name, props) => {
  const rules = buildAlertRules(props);
  const blocks = rules.map(toRuleBlock);

  test("covers AWS's recommended alarms, one rule each", () => {
    expect(rules.map((r) => r.kind)).toEqual(EVERY_ALERT);
    expect([...ALERT_KINDS]).toEqual(EVERY_ALERT);
  });

  test("models are JSON whose refIds chain to the condition (each expression reads an earlier refId)", () => {
    for (const block of blocks) {
      const data = block.data as any[];
      const seen = new Set<string>();
      for (const d of data) {
        const model = JSON.parse(d.model);
        expect(model.refId).toBe(d.refId);
        if (d.datasourceUid === "__expr__") {
          expect(model.datasource).toEqual({ type: "__expr__", uid: "__expr__" });
          const inputs = [...String(model.expression).matchAll(/\$?([A-Z])\b/g)].map((m) => m[1]);
          expect(inputs.length).toBeGreaterThan(0);
          for (const i of inputs) expect(seen).toContain(i);
          expect(d.relativeTimeRange).toEqual({ from: 0, to: 0 });
        } else {
          expect(d.datasourceUid).toBe("flinkobs-test-cloudwatch");
          expect(d.relativeTimeRange.from).toBeGreaterThanOrEqual(300);
          expect(model).toMatchObject({
            queryMode: "Metrics",
            namespace: "AWS/KinesisAnalytics",
            region: "default",
            period: "60",
          });
        }
        seen.add(d.refId);
      }
      expect(block.condition).toBe(data[data.length - 1].refId);
      expect(JSON.parse(data[data.length - 1].model).type).toBe("threshold");
    }
  });

  test("only catalogued metrics, with the Application dimension", () => {
    for (const rule of rules) {
      const names = queriedMetricNames(rule);
      expect(names.length).toBeGreaterThanOrEqual(1);
      for (const n of names) expect(findFlinkMetric(n)).toBeDefined();
      for (const s of rule.steps.filter((s) => s.datasourceUid !== "__expr__")) {
        const m = s.model as Record<string, any>;
        if (m.metricEditorMode === 1) expect(m.expression).toContain(`Application="${props.target.applicationName}"`);
        else expect(m.dimensions).toEqual({ Application: props.target.applicationName });
      }
    }
  });

  test("labels, annotations, for and states are explicit", () => {
    for (const rule of rules) {
      expect([
        "critical",
        "warning",
        '{{ if gt (index $values "C").Value 2.5 }}critical{{ else }}warning{{ end }}',
      ]).toContain(rule.labels.severity);
      expect(rule.labels).toMatchObject({
        environment: "test",
        application: props.target.applicationName,
        alert: rule.kind,
      });
      expect(rule.annotations.summary).toMatch(/\S/);
      expect(rule.annotations.description).toMatch(/\S/);
      expect(rule.annotations.runbook_url).toBe(`https://runbooks.example.com/flink#${rule.kind.toLowerCase()}`);
      expect(rule.annotations.__dashboardUid__).toBe(`flinkobs-test-app-${props.target.applicationName}`);
      expect(rule.for).toMatch(/^\d+[smh]$/);
      expect(rule.uid.length).toBeLessThanOrEqual(40);
    }
    const k = byKind(rules);
    // No rule pages on missing data: silence is the CloudWatch alarm's (one per application expected to run).
    for (const kind of EVERY_ALERT) expect(k[kind].noDataState).toBe("OK");
    // A failed evaluation is Error for every rule: Grafana raises a DatasourceError alert (KeepLast raises nothing).
    for (const kind of EVERY_ALERT) expect(k[kind].execErrState).toBe("Error");
    // On 12.4 a page of an application expected to run outlives its series by a week (60 s evaluations);
    // a warning resolves after Grafana's default two evaluations.
    const paging = ["jobDown", "restarts", "containerMemory"];
    for (const kind of EVERY_ALERT) {
      expect(k[kind].missingSeriesEvalsToResolve).toBe(paging.includes(kind) ? 10080 : undefined);
    }
  });
});

describe("runtime-specific job health", () => {
  test("a Flink 2.2 app has no fullRestarts/downtime/uptime rule and never pages for their absence", () => {
    const rules = buildAlertRules(flink2);
    const names = rules.flatMap(queriedMetricNames);
    expect(names).not.toContain("fullRestarts");
    expect(names).not.toContain("downtime");
    expect(names).not.toContain("uptime");
    const k = byKind(rules);
    expect(queriedMetricNames(k.jobDown)).toEqual(["restartingTime"]);
    expect(queriedMetricNames(k.restarts)).toEqual(["numRestarts"]);
    expect(k.restarts.noDataState).toBe("OK");
    expect(queriedMetricNames(k.sourceLag)).toEqual(["records_lag_max"]);
  });
  test("a Flink 1.x app alerts on downtime and fullRestarts", () => {
    const k = byKind(buildAlertRules(flink1));
    expect(queriedMetricNames(k.jobDown)).toEqual(["downtime"]);
    expect(queriedMetricNames(k.restarts)).toEqual(["fullRestarts"]);
    expect(queriedMetricNames(k.sourceLag)).toEqual(["millisBehindLatest"]);
  });
  test("failed checkpoints alert on the increase of the cumulative counter, not its value", () => {
    const rule = byKind(buildAlertRules(flink1)).failedCheckpoints;
    expect((rule.steps[0].model as any).expression).toMatch(
      /^DIFF\(SEARCH\('\{AWS\/KinesisAnalytics,Application\} MetricName="numberOfFailedCheckpoints"/,
    );
    expect(rule.steps.map((s) => (s.model as any).type ?? "query")).toEqual(["query", "math", "reduce", "threshold"]);
  });
  test("no source lag rule without a source", () => {
    const rules = buildAlertRules({ ...flink1, target: { ...flink1.target, source: "none" } });
    expect(rules.map((r) => r.kind)).not.toContain("sourceLag");
  });
});

// Grafana's rule validation (grafana/grafana pkg/services/ngalert/models/alert_rule.go,
// SetDashboardAndPanelFromAnnotations, run by the provisioning API the provider calls): "both
// annotations __dashboardUid__ and __panelId__ must be specified", and __panelId__ must parse as an
// integer. The panel must also be the one showing the rule's metric on that dashboard.
describe("Grafana check: __dashboardUid__ and __panelId__ are set together", () => {
  const pairProblems = (annotations: Record<string, string>) => {
    const dash = annotations.__dashboardUid__ ?? "";
    const panel = annotations.__panelId__ ?? "";
    if ((dash === "") !== (panel === ""))
      return ["both annotations __dashboardUid__ and __panelId__ must be specified"];
    if (panel !== "" && !/^-?\d+$/.test(panel)) return ["annotation __panelId__ must be a valid integer Panel ID"];
    return [];
  };
  test.each([
    ["Flink 1.x", flink1],
    ["Flink 2.2", flink2],
  ])("every rule links to the panel that shows its metric (%s)", (_name, props) => {
    const dashboard = dashboardOf(props.target);
    const panels = new Map((dashboard.json.panels ?? []).map((p: any) => [p.id, p]));
    for (const rule of buildAlertRules(props)) {
      expect(pairProblems(rule.annotations)).toEqual([]);
      const panel: any = panels.get(Number(rule.annotations.__panelId__));
      expect(panel).toBeDefined();
      expect(panel.type).not.toBe("row");
      expect(panel.targets.map((t: any) => t.metricName)).toContain(rule.metrics[0].name);
    }
  });
  test("a rule whose metric no panel shows gets neither annotation", () => {
    const rules = buildAlertRules({ ...flink1, dashboard: { uid: "flinkobs-test-app-orders", panelIds: {} } });
    for (const rule of rules) {
      expect(rule.annotations.__dashboardUid__).toBeUndefined();
      expect(rule.annotations.__panelId__).toBeUndefined();
    }
  });
  test("a Grafana 10.4 environment (rules per application) carries no lone __dashboardUid__", () => {
    const configs = exampleEnvironments().map((c) => ({ ...c, grafana: { ...c.grafana, version: "10.4" as const } }));
    for (const [, { json }] of synthEnvironments(configs)) {
      const dashboards = Object.values(resourcesOfType(json, "grafana_dashboard")).map((d: any) =>
        JSON.parse(d.config_json),
      );
      const groups = Object.values(resourcesOfType(json, "grafana_rule_group")) as any[];
      expect(groups.length).toBeGreaterThan(0);
      for (const rule of groups.flatMap((g) => g.rule)) {
        expect(pairProblems(rule.annotations)).toEqual([]);
        // Only the Terraform token's rule (no application, no dashboard) links to no panel.
        if (rule.labels.application === undefined) {
          expect(rule.annotations.__dashboardUid__).toBeUndefined();
          continue;
        }
        expect(rule.annotations.__panelId__).toMatch(/^\d+$/);
        const dashboard = dashboards.find((d) => d.uid === rule.annotations.__dashboardUid__);
        expect(dashboard.panels.map((p: any) => p.id)).toContain(Number(rule.annotations.__panelId__));
      }
    }
  });
});

// An application expected to run that goes silent pages through its CloudWatch alarm, one per
// application; no Grafana rule alerts on missing data (a first apply, an application stopped on purpose).
describe("silence per application state", () => {
  const code = { s3: { bucketArn: "arn:aws:s3:::flinkobs-test-code", fileKey: "app.jar" } };
  const config = environmentConfig({
    applications: [
      { name: "created-stopped", code, startApplication: false },
      { name: "created-started", code, startApplication: true },
    ],
    monitoredApplications: [
      { name: "monitored-default", runtime: "FLINK-1_20" },
      { name: "monitored-stopped", runtime: "FLINK-2_2", expectedRunning: false },
      { name: "monitored-running", runtime: "FLINK-2_2", expectedRunning: true },
    ],
  } as any);
  const { json } = synthEnvironment(config);
  const rulesOf = (app: string): any[] => rulesCovering(json, app);
  const silenceAlarm = (app: string) =>
    Object.values<any>(resourcesOfType(json, "aws_cloudwatch_metric_alarm")).find(
      (a) => a.alarm_name === `flinkobs-test-${app}-silent`,
    );
  test.each([
    ["created-stopped", undefined],
    ["created-started", "fullRestarts"],
    ["monitored-default", "fullRestarts"],
    ["monitored-stopped", undefined],
    ["monitored-running", "numRestarts"],
  ])("%s: silence alarm on %s; every rule no data → OK; none paused", (app, heartbeat) => {
    expect(silenceAlarm(app)?.metric_name).toBe(heartbeat);
    expect(rulesOf(app).length).toBeGreaterThan(10);
    for (const rule of rulesOf(app)) {
      expect(rule.no_data_state).toBe("OK");
      expect(rule.is_paused).toBe(false);
    }
  });
  test("the alarm: OK while the application reports, INSUFFICIENT_DATA after 5 silent minutes, which notifies the topic", () => {
    const alarm = { ...silenceAlarm("monitored-running") };
    delete alarm["//"];
    const [topicName] = Object.keys(resourcesOfType(json, "aws_sns_topic"));
    expect(alarm).toStrictEqual({
      alarm_name: "flinkobs-test-monitored-running-silent",
      alarm_description:
        "Managed Flink application monitored-running (test) published no numRestarts for 5 minutes: it is " +
        "stopped, deleted, or its job is gone. This alarm reports it by going to INSUFFICIENT_DATA; see " +
        "docs/dashboards-and-alerts.md#silence.",
      namespace: "AWS/KinesisAnalytics",
      metric_name: "numRestarts",
      dimensions: { Application: "monitored-running" },
      statistic: "SampleCount",
      period: 60,
      evaluation_periods: 5,
      threshold: 0,
      comparison_operator: "LessThanThreshold",
      treat_missing_data: "missing",
      insufficient_data_actions: [`\${aws_sns_topic.${topicName}.arn}`],
      alarm_actions: [],
      ok_actions: [],
    });
  });
  test("alerting.silenceMinutes sets the silence that pages", () => {
    const ten = synthEnvironment(
      environmentConfig({
        name: "ten",
        monitoredApplications: [{ name: "a", runtime: "FLINK-1_20" }],
        alerting: { silenceMinutes: 10 },
      } as any),
    ).json;
    const alarm = Object.values<any>(resourcesOfType(ten, "aws_cloudwatch_metric_alarm")).find(
      (a) => a.alarm_name === "flinkobs-ten-a-silent",
    );
    expect(alarm.evaluation_periods).toBe(10);
  });
  test("a stopped application still pages when it is started by hand and goes down (the metric, not the silence)", () => {
    const jobDown = rulesOf("created-stopped").find((r: any) => r.labels.alert === "jobDown");
    const condition = JSON.parse(jobDown.data.at(-1).model);
    expect(condition.conditions[0].evaluator).toEqual({ type: "gt", params: [THRESHOLD_SPECS.jobDownMs.default] });
    expect(jobDown.labels.severity).toBe("critical");
  });
  test("the schema rejects a non-boolean expectedRunning naming the field", () => {
    expect(() =>
      environmentConfig({
        monitoredApplications: [{ name: "x", runtime: "FLINK-1_20", expectedRunning: "no" }],
      } as any),
    ).toThrow(/expectedRunning/);
  });
});

// AWS documents runningTime/restartingTime/failingTime at level "Application, Flow": an exact
// {Application} query would see nothing if a Flow dimension is published beside it.
describe("Flink 2.2 state metrics are read whatever their dimension set", () => {
  const stateMetrics = ["runningTime", "restartingTime", "failingTime"];
  test("queried by SEARCH without a dimension schema, folded into one series per application", () => {
    const rules = buildAlertRules(flink2);
    const queries = rules.flatMap((r) => r.steps.filter((s) => s.datasourceUid !== "__expr__"));
    const stateQueries = queries.filter((s) =>
      queriedMetricNames({ steps: [s] }).some((n) => stateMetrics.includes(n)),
    );
    expect(stateQueries.length).toBeGreaterThan(0);
    for (const step of stateQueries) {
      const model = step.model as any;
      expect(model.matchExact).not.toBe(true);
      expect(model.metricEditorMode).toBe(1);
      expect(model.expression).toMatch(/^MAX\(SEARCH\('Namespace="AWS\/KinesisAnalytics" /);
      expect(model.expression).not.toContain("{AWS/KinesisAnalytics,Application}");
      expect(model.expression).toContain('Application="payments"');
    }
  });
});

describe("watermark lag", () => {
  test("wall clock minus the output watermark; a job without event-time watermarks (Long.MIN_VALUE) reads as 0", () => {
    const rule = byKind(buildAlertRules(flink2)).watermarkLag;
    expect((rule.steps[0].model as any).expression).toMatch(/^1000 \* EPOCH\(SEARCH\(.*currentOutputWatermark/);
    // Long.MIN_VALUE makes the lag ~9.2e18 ms; anything above 10^12 ms (31 years) is "no watermark".
    const math = (rule.steps[2].model as any).expression as string;
    const evaluate = (b: number): number => Function("B", `return ${math.replace(/\$B/g, "B")};`)(b);
    expect(evaluate(9.2e18)).toBe(0);
    expect(evaluate(120_000)).toBe(120_000);
  });
});

describe("old-generation GC time is milliseconds per period, not a counter", () => {
  test("read as is (no DIFF), as % of each minute: ms × 100 / 60000", () => {
    const rule = byKind(buildAlertRules(flink1)).oldGenerationGc;
    const query = rule.steps[0].model as any;
    expect(query.metricName).toBe("oldGenerationGCTime");
    expect(query.expression ?? "").not.toMatch(/DIFF|RATE/);
    expect(query.statistic).toBe("Maximum");
    expect(query.period).toBe("60");
    expect((rule.steps[2].model as any).expression).toBe("$B * 100 / 60000");
  });
});

describe("thresholds", () => {
  const threshold = (rules: AlertRuleSpec[], kind: string) =>
    (byKind(rules)[kind].steps.at(-1)!.model as any).conditions[0].evaluator;
  const reducerOf = (rule: AlertRuleSpec) =>
    rule.steps.filter((s) => (s.model as any).type === "reduce").map((s) => (s.model as any).reducer);
  // kind, comparison, value, reducers, pending period (Flink 1.x app with a Kinesis source, defaults)
  test.each([
    ["jobDown", "gt", 30000, ["last"], "0s"],
    ["restarts", "gt", 0.5, ["sum"], "0s"],
    ["failedCheckpoints", "gt", 0.5, ["sum"], "0s"],
    ["checkpointDuration", "gt", 60000, ["min"], "0s"],
    ["checkpointSize", "gt", 100, ["last", "max"], "0s"],
    ["throughputStall", "lt", 0.01, ["max"], "0s"],
    ["cpu", "gt", 80, ["mean"], "0s"],
    ["heapMemory", "gt", 90, ["mean"], "0s"],
    ["oldGenerationGc", "gt", 10, ["mean"], "0s"],
    ["threads", "gt", 1000, ["mean"], "0s"],
    ["containerMemory", "gt", 90, ["mean"], "5m"],
    ["sourceLag", "gt", 60000, ["mean"], "0s"],
    ["watermarkLag", "gt", 600000, ["mean"], "0s"],
  ])("%s fires when %s %p, reduced by %p, pending %s", (kind, op, value, reducers, pending) => {
    const rule = byKind(buildAlertRules(flink1))[kind];
    expect(threshold([rule], kind)).toEqual({ type: op, params: [value] });
    expect(reducerOf(rule)).toEqual(reducers);
    expect(rule.for).toBe(pending);
  });
  test("defaults apply", () => {
    const rules = buildAlertRules(flink1);
    expect(threshold(rules, "cpu")).toEqual({ type: "gt", params: [THRESHOLD_SPECS.cpuPercent.default] });
    expect(threshold(rules, "restarts")).toEqual({ type: "gt", params: [0.5] });
  });
  test("per-application values override the defaults, and disabled alerts are left out", () => {
    const rules = buildAlertRules({
      ...flink1,
      alerts: { thresholds: { cpuPercent: 65, kinesisLagMs: 120000, restartsThreshold: 3 }, disabled: ["heapMemory"] },
    });
    expect(threshold(rules, "cpu").params).toEqual([65]);
    expect(threshold(rules, "sourceLag").params).toEqual([120000]);
    expect(threshold(rules, "restarts").params).toEqual([2.5]);
    expect(rules.map((r) => r.kind)).not.toContain("heapMemory");
  });
  test("out-of-range thresholds are rejected naming the field", () => {
    expect(() => buildAlertRules({ ...flink1, alerts: { thresholds: { cpuPercent: 150 } } })).toThrow(
      /FlinkAlertRules "orders": thresholds.cpuPercent must be between 1 and 100 %, got 150/,
    );
    expect(() => buildAlertRules({ ...flink1, alerts: { thresholds: { checkpointDurationMs: 10 } } })).toThrow(
      /thresholds.checkpointDurationMs must be between/,
    );
  });
  test("the configuration schema rejects out-of-range thresholds and unknown alerts with the field path", () => {
    expect(() =>
      environmentConfig({
        monitoredApplications: [
          { name: "x", runtime: "FLINK-2_2", alerts: { thresholds: { heapMemoryPercent: 101 } } },
        ],
      } as any),
    ).toThrow(/heapMemoryPercent/);
    expect(() =>
      environmentConfig({
        monitoredApplications: [{ name: "x", runtime: "FLINK-2_2", alerts: { disabled: ["jobUp"] } }],
      } as any),
    ).toThrow(/disabled/);
  });
});

describe("FlinkAlertRules construct", () => {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "rules");
  new FlinkAlertRules(stack, "payments", flink2);
  const json = JSON.parse(Testing.synth(stack));
  test("synthesizes the paging and the warning grafana_rule_group in the folder with every rule", () => {
    const groups = Object.values(json.resource.grafana_rule_group) as any[];
    expect(groups.map((g) => [g.name, g.folder_uid, g.interval_seconds, g.rule.length])).toEqual([
      ["flink-payments", "flinkobs-test-flink", 60, 3],
      ["flink-payments-warnings", "flinkobs-test-flink", 600, 10],
    ]);
    expect(groups[0].rule[0]).toMatchObject({
      no_data_state: "OK",
      exec_err_state: "Error",
      for: "0s",
      condition: "C",
    });
    // Every rule goes to Error on a failed evaluation; on 12.4 the paging rules keep firing for a week
    // (10080 evaluations of 60 s) once their series is gone, the warnings resolve as Grafana does.
    for (const group of groups) for (const rule of group.rule) expect(rule.exec_err_state).toBe("Error");
    expect(groups[0].rule.map((r: any) => r.missing_series_evals_to_resolve)).toEqual([10080, 10080, 10080]);
    for (const rule of groups[1].rule) expect(rule).not.toHaveProperty("missing_series_evals_to_resolve");
    // Each query's model is the JSON Grafana stores, with the same refId and data source as its block.
    for (const query of groups[0].rule[0].data) {
      expect(JSON.parse(query.model)).toMatchObject({
        refId: query.ref_id,
        datasource: { uid: query.datasource_uid },
      });
    }
    // Flink 2.2's state times may carry a Flow dimension: jobDown searches them by application name.
    const jobDown = JSON.parse(groups[0].rule[0].data[0].model);
    expect(jobDown).toMatchObject({ namespace: "AWS/KinesisAnalytics" });
    expect(jobDown.expression).toContain('Application="payments"');
  });
  test("every alert disabled: no rule group", () => {
    const s = new TerraformStack(Testing.app(PRODUCTION_APP), "none");
    const r = new FlinkAlertRules(s, "x", {
      ...flink2,
      alerts: { disabled: [...ALERT_KINDS] },
    });
    expect(r.groups).toEqual([]);
    expect(JSON.parse(Testing.synth(s)).resource?.grafana_rule_group).toBeUndefined();
  });
});

describe("documentation", () => {
  const doc = readFileSync(path.join(__dirname, "..", "..", "docs", "dashboards-and-alerts.md"), "utf8");
  test.each([
    ["Flink 1.x", flink1],
    ["Flink 2.2", flink2],
  ])("each rule's row in the alerts table matches its definition (%s)", (_name, props) => {
    const rules = alertRuleDefinitions(resolveTarget("test", props.target), defaultThresholds());
    expect(rules).toHaveLength(13);
    for (const rule of rules) {
      const row = documentationRow(rule);
      const line = doc.split("\n").find((l) => l.startsWith(`| <a id="${row.alert.toLowerCase()}"></a>`));
      expect(line).toBeDefined();
      const [, , query, , pending, severity, states] = line!.split("|").map((cell) => cell.trim());
      expect(query).toContain(row.metric);
      expect(pending.split(" ")[0]).toBe(row.for);
      expect(severity).toBe(row.severity);
      expect(states).toBe(row.noDataError);
    }
  });

  test.each([
    ["Flink 1.x", flink1],
    ["Flink 2.2", flink2],
  ])("the detection-time table is computed from the rule definitions (%s)", (_name, props) => {
    const rules = alertRuleDefinitions(resolveTarget("test", props.target), defaultThresholds());
    const section = doc.slice(doc.indexOf("### Detection times"));
    for (const row of [...rules.flatMap((rule) => detectionRows(rule)), silenceDetectionRow(5)]) {
      const line = section.split("\n").find((l) => l.startsWith(`| \`${row.alert}\``));
      expect(line).toBeDefined();
      const cells = line!.split("|").map((cell) => cell.trim());
      expect(cells.slice(2, 9)).toEqual([
        row.period,
        row.publication,
        row.hold,
        row.evaluation,
        row.pending,
        row.groupWait,
        `**${row.worstCase}**`,
      ]);
    }
  });
  test("the README's alerts table states the same worst-case detection times", () => {
    const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Dashboards and alerts"));
    const rules = alertRuleDefinitions(resolveTarget("test", flink1.target), defaultThresholds());
    for (const rule of rules) {
      const line = section.split("\n").find((l) => l.startsWith(`| \`${rule.kind}\``));
      expect(line).toBeDefined();
      expect(line!.split("|").map((cell) => cell.trim())[4]).toBe(detectionRows(rule)[0].worstCase);
    }
  });
  test("a job that goes down pages within 5 minutes, CloudWatch's publication delay included; nothing pages after 15 minutes", () => {
    for (const props of [flink1, flink2]) {
      const rules = alertRuleDefinitions(resolveTarget("test", props.target), defaultThresholds());
      const k = Object.fromEntries(rules.map((r) => [r.kind, r]));
      expect(detectionTime(k.jobDown).publicationSeconds).toBe(120);
      expect(detectionTime(k.jobDown).totalSeconds).toBeLessThanOrEqual(300);
      // At the default cadence: what can page within 15 minutes, warnings within 25.
      for (const rule of rules) {
        const interval = evaluationIntervalOf(rule, DEFAULT_EVALUATION_INTERVALS);
        const limit = interval === 60 ? 900 : 1500;
        expect(detectionTime(rule, interval).totalSeconds).toBeLessThanOrEqual(limit);
      }
    }
  });
});
