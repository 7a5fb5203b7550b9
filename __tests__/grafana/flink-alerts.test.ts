import { readFileSync } from "node:fs";
import path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { findFlinkMetric, metricNamesInExpression, resolveTarget } from "../../modules/flink-metrics";
import {
  AlertRuleSpec,
  alertRuleDefinitions,
  defaultThresholds,
  documentationRow,
  FlinkAlertRules,
  FlinkAlertRulesProps,
  THRESHOLD_SPECS,
  buildAlertRules,
  toRuleBlock,
} from "../../modules/grafana/flink-alerts";
import { environmentConfig } from "../support/synth";

const common = {
  folderUid: "flinkobs-test-flink",
  dataSource: { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" },
  environment: "test",
  uidPrefix: "flinkobs-test",
  dashboardUid: "flinkobs-test-app-x",
  runbookBaseUrl: "https://runbooks.example.com/flink",
};
const flink1: FlinkAlertRulesProps = {
  ...common,
  target: { applicationName: "orders", runtime: "FLINK-1_20", metricsLevel: "APPLICATION", source: "kinesis" },
};
const flink2: FlinkAlertRulesProps = {
  ...common,
  target: { applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "APPLICATION", source: "kafka" },
};

const byKind = (rules: AlertRuleSpec[]) => Object.fromEntries(rules.map((r) => [r.kind, r]));
const queriedMetricNames = (rule: AlertRuleSpec) =>
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
    expect(rules.map((r) => r.kind)).toEqual([
      "jobDown",
      "restarts",
      "failedCheckpoints",
      "checkpointDuration",
      "cpu",
      "heapMemory",
      "containerMemory",
      "sourceLag",
    ]);
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
      expect(names.length).toBe(1);
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
      expect(["critical", "warning"]).toContain(rule.labels.severity);
      expect(rule.labels).toMatchObject({
        environment: "test",
        application: props.target.applicationName,
        alert: rule.kind,
      });
      expect(rule.annotations.summary).toMatch(/\S/);
      expect(rule.annotations.description).toMatch(/\S/);
      expect(rule.annotations.runbook_url).toBe(`https://runbooks.example.com/flink#${rule.kind.toLowerCase()}`);
      expect(rule.annotations.__dashboardUid__).toBe("flinkobs-test-app-x");
      expect(rule.for).toMatch(/^\d+[smh]$/);
      expect(rule.uid.length).toBeLessThanOrEqual(40);
    }
    const k = byKind(rules);
    expect(k.jobDown.noDataState).toBe("Alerting");
    expect(k.jobDown.execErrState).toBe("Error");
    for (const kind of [
      "restarts",
      "failedCheckpoints",
      "checkpointDuration",
      "cpu",
      "heapMemory",
      "containerMemory",
      "sourceLag",
    ])
      expect(k[kind].noDataState).toBe("OK");
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
    expect(queriedMetricNames(k.jobDown)).toEqual(["runningTime"]);
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

describe("thresholds", () => {
  const threshold = (rules: AlertRuleSpec[], kind: string) =>
    (byKind(rules)[kind].steps.at(-1)!.model as any).conditions[0].evaluator;
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
  const stack = new TerraformStack(Testing.app(), "rules");
  new FlinkAlertRules(stack, "payments", flink2);
  const json = JSON.parse(Testing.synth(stack));
  test("synthesizes one grafana_rule_group in the folder with every rule", () => {
    const groups = Object.values(json.resource.grafana_rule_group) as any[];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      name: "flink-payments",
      folder_uid: "flinkobs-test-flink",
      interval_seconds: 60,
    });
    expect(groups[0].rule).toHaveLength(8);
    expect(groups[0].rule[0]).toMatchObject({
      no_data_state: "Alerting",
      exec_err_state: "Error",
      for: "2m",
      condition: "C",
    });
    // Each query's model is the JSON Grafana stores, with the same refId and data source as its block.
    for (const query of groups[0].rule[0].data) {
      expect(JSON.parse(query.model)).toMatchObject({
        refId: query.ref_id,
        datasource: { uid: query.datasource_uid },
      });
    }
    expect(JSON.parse(groups[0].rule[0].data[0].model)).toMatchObject({
      namespace: "AWS/KinesisAnalytics",
      dimensions: { Application: "payments" },
    });
  });
  test("every alert disabled: no rule group", () => {
    const s = new TerraformStack(Testing.app(), "none");
    const r = new FlinkAlertRules(s, "x", {
      ...flink2,
      alerts: {
        disabled: [
          "jobDown",
          "restarts",
          "failedCheckpoints",
          "checkpointDuration",
          "cpu",
          "heapMemory",
          "containerMemory",
          "sourceLag",
        ],
      },
    });
    expect(r.resource).toBeUndefined();
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
    expect(rules).toHaveLength(8);
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
});
