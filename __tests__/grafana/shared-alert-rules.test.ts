// Rules over several applications: how applications are grouped into rules, what each rule's queries
// ask CloudWatch for (the SEARCH Grafana builds from them), how an application is marked as one of this
// environment's, and the link each instance carries.
import { FLINK_METRICS, FlinkMonitoringTarget } from "../../modules/flink-metrics";
import {
  SEARCH_QUERY_MAX_LENGTH,
  SharedAlertRuleSpec,
  SharedAlertRulesProps,
  SharedRuleApplication,
  buildSharedAlertRules,
  builderSearchExpression,
  dashboardPathTemplate,
  instanceNaming,
  memberLabelNames,
  memberLabelTemplate,
  sharedDimensions,
  toRuleBlock,
} from "../../modules/grafana/flink-alerts";
import { stableUid } from "../../modules/grafana/uid";

const app = (name: string, extra: Partial<FlinkMonitoringTarget> = {}, alerts?: SharedRuleApplication["alerts"]) =>
  ({
    target: { applicationName: name, runtime: "FLINK-1_20", metricsLevel: "APPLICATION", source: "kinesis", ...extra },
    dashboardUid: stableUid("flinkobs-test", "app", name),
    alerts,
  }) as SharedRuleApplication;

function build(
  applications: SharedRuleApplication[],
  extra: Partial<SharedAlertRulesProps> = {},
): SharedAlertRuleSpec[] {
  return buildSharedAlertRules({
    applications,
    folderUid: "flinkobs-test-flink",
    dataSource: { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" },
    environment: "test",
    uidPrefix: "flinkobs-test",
    dashboardUidPrefix: "flinkobs-test-app-",
    grafanaUrl: "https://g-1.grafana-workspace.eu-west-1.amazonaws.com",
    runbookBaseUrl: "https://runbooks.example.com/flink",
    ...extra,
  });
}
const ofKind = (rules: SharedAlertRuleSpec[], kind: string) => rules.filter((r) => r.kind === kind);
const query = (rule: SharedAlertRuleSpec, refId = "A") => rule.steps.find((s) => s.refId === refId)!.model as any;

describe("grouping applications into rules", () => {
  test("applications sharing runtime family, source and thresholds share every rule", () => {
    const rules = build([app("a"), app("b"), app("c")]);
    expect(rules).toHaveLength(13);
    for (const rule of rules) expect(rule.members).toEqual(["a", "b", "c"]);
  });

  test("a second threshold profile splits only the rules whose settings differ", () => {
    const rules = build([app("a"), app("b", {}, { thresholds: { cpuPercent: 90 } })]);
    expect(rules).toHaveLength(14);
    expect(ofKind(rules, "cpu").map((r) => [r.title, r.members])).toEqual([
      ["High CPU (containerCPUUtilization > 80)", ["a"]],
      ["High CPU (containerCPUUtilization > 90)", ["b"]],
    ]);
    expect(ofKind(rules, "heapMemory").map((r) => r.members)).toEqual([["a", "b"]]);
  });

  test("runtime families differ where their metrics do; sources where their lag metric does", () => {
    const rules = build([
      app("one"),
      app("two", { runtime: "FLINK-2_2", source: "kafka" }),
      app("idle", { source: "none" }),
    ]);
    expect(ofKind(rules, "jobDown").map((r) => [r.metrics.map((m) => m.name), r.members])).toEqual([
      [["downtime"], ["idle", "one"]],
      [["restartingTime"], ["two"]],
    ]);
    expect(ofKind(rules, "restarts").map((r) => r.metrics[0].name)).toEqual(["fullRestarts", "numRestarts"]);
    expect(ofKind(rules, "sourceLag").map((r) => [r.metrics[0].name, r.members])).toEqual([
      ["millisBehindLatest", ["one"]],
      ["records_lag_max", ["two"]],
    ]);
    expect(ofKind(rules, "cpu").map((r) => r.members)).toEqual([["idle", "one", "two"]]);
  });

  test("an application not expected to run gets its own paging rules, which resolve a missing series; warnings stay shared", () => {
    const rules = build([app("a"), { ...app("b"), expectedToRun: false }]);
    expect(rules).toHaveLength(16);
    const defaults = build([app("a")]);
    for (const kind of ["jobDown", "restarts", "containerMemory"]) {
      const [expected, notExpected] = ofKind(rules, kind);
      // A page of an application expected to run outlives its series by a week (60 s evaluations, 12.4).
      expect([expected.members, expected.missingSeriesEvalsToResolve]).toEqual([["a"], 10080]);
      expect([notExpected.members, notExpected.missingSeriesEvalsToResolve]).toEqual([["b"], undefined]);
      // The rule of the default settings keeps its uid; the other is told apart by a hash.
      expect(expected.uid).toBe(ofKind(defaults, kind)[0].uid);
      expect(notExpected.uid).not.toBe(expected.uid);
      expect(notExpected.title).not.toBe(expected.title);
    }
    for (const rule of rules.filter((r) => !["jobDown", "restarts", "containerMemory"].includes(r.kind))) {
      expect(rule.members).toEqual(["a", "b"]);
      expect(rule.missingSeriesEvalsToResolve).toBeUndefined();
    }
    // Every rule, paging or not, goes to Error on a failed evaluation.
    expect(new Set(rules.map((r) => r.execErrState))).toEqual(new Set(["Error"]));
    // Only applications not expected to run: the same paging rules, under their hashed uids.
    const alone = build([{ ...app("b"), expectedToRun: false }]);
    expect(ofKind(alone, "jobDown")[0].uid).toBe(ofKind(rules, "jobDown")[1].uid);
    expect(ofKind(alone, "jobDown")[0].missingSeriesEvalsToResolve).toBeUndefined();
  });

  test("a page outlives its series by a week of the paging group's evaluations, on Grafana 12.4 only", () => {
    const evals = (extra: Partial<SharedAlertRulesProps>) =>
      build([app("a")], extra).map((r) => [r.kind, r.missingSeriesEvalsToResolve]);
    expect(evals({ intervalSeconds: 120 }).filter(([, n]) => n !== undefined)).toEqual([
      ["jobDown", 5040],
      ["restarts", 5040],
      ["containerMemory", 5040],
    ]);
    expect(evals({ grafanaVersion: "10.4" }).filter(([, n]) => n !== undefined)).toEqual([]);
  });

  test("a disabled alert leaves the application out of that rule only", () => {
    const rules = build([app("a"), app("b", {}, { disabled: ["cpu"] })]);
    expect(ofKind(rules, "cpu").map((r) => r.members)).toEqual([["a"]]);
    expect(ofKind(rules, "threads").map((r) => r.members)).toEqual([["a", "b"]]);
  });

  test("an unknown disabled alert or threshold is refused naming the application", () => {
    expect(() => build([app("a", {}, { disabled: ["nope" as never] })])).toThrow(
      'SharedAlertRules "a": disabled contains unknown alert "nope"',
    );
    expect(() => build([app("a", {}, { thresholds: { cpuPercent: 150 } })])).toThrow(
      'SharedAlertRules "a": thresholds.cpuPercent must be between 1 and 100 %, got 150',
    );
  });
});

describe("uids and titles", () => {
  test("the default settings' rule keeps its uid whatever the members and other profiles", () => {
    const alone = ofKind(build([app("a")]), "cpu")[0];
    const withOthers = ofKind(build([app("a"), app("z"), app("b", {}, { thresholds: { cpuPercent: 90 } })]), "cpu");
    expect(alone.uid).toBe(stableUid("flinkobs-test", "cpu", "containerCPUUtilization"));
    expect(withOthers[0].uid).toBe(alone.uid);
    expect(withOthers[1].uid).not.toBe(alone.uid);
    // The other profile's uid follows what it evaluates, not its members.
    const profile = { thresholds: { cpuPercent: 90 } };
    const again = ofKind(build([app("b", {}, profile), app("c", {}, profile)]), "cpu");
    expect(again[0].uid).toBe(withOthers[1].uid);
    expect(new Set(withOthers.map((r) => r.title)).size).toBe(2);
  });

  test("texts name the instance's application through its label", () => {
    const [jobDown] = build([app("a"), app("b")]);
    // `index` gives "" for a missing label where `$labels.Application` fails (Grafana's missingkey=invalid):
    // the DatasourceError instance of a failed query has no Application, and its texts say so.
    expect(jobDown.annotations.summary).toBe(
      `Flink application {{ or (index $labels "Application") "(unknown: the rule's query failed)" }} is down`,
    );
    expect(jobDown.labels.application).toBe('{{ (index $labels "Application") }}');
  });
});

describe("what CloudWatch is asked", () => {
  test("the SEARCH Grafana builds from a builder query over a list of applications", () => {
    const { dimensions, matchExact } = sharedDimensions(FLINK_METRICS.downtime, { form: "list", names: ["a", "b"] });
    expect(builderSearchExpression(FLINK_METRICS.downtime, dimensions, matchExact)).toBe(
      `REMOVE_EMPTY(SEARCH('{"AWS/KinesisAnalytics","Application"} MetricName="downtime" "Application"=("a" OR "b")', 'Maximum', 60))`,
    );
  });

  test("a metric published per stream is read with its whole dimension set, one instance per stream/shard", () => {
    const [lag] = ofKind(build([app("a"), app("b")]), "sourceLag");
    expect(query(lag).dimensions).toEqual({ Application: ["a", "b"], Flow: ["*"], Id: ["*"] });
    expect(query(lag).matchExact).toBe(true);
  });

  test("2.2 state times are read without exact match (a Flow dimension AWS does not confirm)", () => {
    const [jobDown] = ofKind(build([app("a", { runtime: "FLINK-2_2" })]), "jobDown");
    expect(query(jobDown)).toMatchObject({
      metricName: "restartingTime",
      matchExact: false,
      dimensions: { Application: ["a"] },
    });
  });

  test("a count is the counter's last value minus its lowest in the window; the escalation reads it", () => {
    const [restarts] = ofKind(build([app("a")]), "restarts");
    expect(
      restarts.steps.map((s) => [
        s.refId,
        (s.model as any).type ?? "query",
        (s.model as any).expression ?? (s.model as any).metricName,
      ]),
    ).toEqual([
      ["A", "query", "fullRestarts"],
      ["B", "reduce", "A"],
      ["C", "reduce", "A"],
      ["D", "math", "$B - $C"],
      ["E", "threshold", "D"],
    ]);
    expect([(restarts.steps[1].model as any).reducer, (restarts.steps[2].model as any).reducer]).toEqual([
      "last",
      "min",
    ]);
    expect(restarts.labels.severity).toBe(
      '{{ if gt (index $values "D").Value 2.5 }}critical{{ else }}warning{{ end }}',
    );
    expect(query(restarts).metricEditorMode).toBe(0);
  });

  test("watermark lag: the same SEARCH in metric math, wall clock minus the watermark", () => {
    const [lag] = ofKind(build([app("a"), app("b")]), "watermarkLag");
    const search = builderSearchExpression(FLINK_METRICS.currentOutputWatermark, { Application: ["a", "b"] }, true);
    expect(query(lag).expression).toBe(`1000 * EPOCH(${search}) - ${search}`);
  });

  test("the list while every SEARCH fits in 1,024 characters; past that, every application of the account", () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `application-with-a-long-name-${i}`);
    const fits = (rule: SharedAlertRuleSpec) => rule.membership.form === "list";
    let n = 1;
    while (build(names(n).map((name) => app(name))).every(fits)) n++;
    // The first count at which some rule no longer fits: its SEARCH would pass the limit.
    const over = build(names(n).map((name) => app(name))).find((r) => !fits(r))!;
    const { dimensions, matchExact } = sharedDimensions(over.metrics[0], { form: "list", names: names(n) });
    const length = builderSearchExpression(over.metrics[0], dimensions, matchExact).length;
    expect(length * (over.kind === "watermarkLag" ? 2 : 1)).toBeGreaterThan(SEARCH_QUERY_MAX_LENGTH);
    expect(query(over).dimensions.Application).toEqual(["*"]);
    expect(over.labels.flink_member).toContain("`^(application-with-a-long-name-0|");
    // Below it, every rule lists its applications and has no member label.
    for (const rule of build(names(n - 1).map((name) => app(name)))) expect(rule.labels.flink_member).toBeUndefined();
  });
});

describe("each instance links to its own dashboard", () => {
  const oneAccount = instanceNaming(
    { type: "count", metric: FLINK_METRICS.fullRestarts, windowMinutes: 15, atLeast: 1 },
    false,
  );
  test("a uid that holds the name is written from the label; a shortened one is listed", () => {
    const long = "an-application-name-too-long-for-a-uid";
    const members = [app("orders.v2"), { ...app(long), dashboardUid: "flinkobs-test-app-an-applicati-1234abcd" }];
    expect(dashboardPathTemplate([members[0]], "flinkobs-test-app-", oneAccount)).toBe(
      '/d/flinkobs-test-app-{{ reReplaceAll "[^a-zA-Z0-9_-]" "-" (index $labels "Application") }}',
    );
    expect(dashboardPathTemplate(members, "flinkobs-test-app-", oneAccount)).toBe(
      `/d/{{ if eq (index $labels "Application") "${long}" }}flinkobs-test-app-an-applicati-1234abcd` +
        '{{ else }}flinkobs-test-app-{{ reReplaceAll "[^a-zA-Z0-9_-]" "-" (index $labels "Application") }}{{ end }}',
    );
  });

  test("the annotation is Grafana's URL (a Terraform reference stays one) and the literal path", () => {
    const [rule] = build([app("a")], { grafanaUrl: "https://${aws_grafana_workspace.w.endpoint}" });
    const block = toRuleBlock(rule);
    expect(block.annotations!.dashboard_url).toBe(
      'https://${aws_grafana_workspace.w.endpoint}/d/flinkobs-test-app-{{ reReplaceAll "[^a-zA-Z0-9_-]" "-" (index $labels "Application") }}',
    );
    expect(block.annotations!.__dashboardUid__).toBeUndefined();
  });

  test("the panel of the rule's metric when every member's dashboard has it at the same id", () => {
    const withPanels = (name: string, id: number) => ({ ...app(name), panelIds: { downtime: id } });
    expect(build([withPanels("a", 3), withPanels("b", 3)])[0].dashboardUrl.path).toMatch(/\?viewPanel=3$/);
    expect(build([withPanels("a", 3), withPanels("b", 4)])[0].dashboardUrl.path).not.toContain("viewPanel");
  });
});

describe("series labels", () => {
  test("an exact read names each series after its application; a read without exact match keeps CloudWatch's label", () => {
    const rules = build([app("a"), app("b", { runtime: "FLINK-2_2" })]);
    const [down1, down2] = ofKind(rules, "jobDown");
    expect(query(down1).label).toBe("${PROP('Dim.Application')}");
    expect(query(down2).matchExact).toBe(false);
    expect(query(down2).label).toBe("${LABEL}");
  });
});

describe("a code-mode rule names its application by Series", () => {
  // Grafana 12.4 does not label a code-mode expression's series by dimension, only `Series` (its name).
  test("watermarkLag: texts, labels, member label and link read Series; the query's label is the application", () => {
    const names = Array.from({ length: 40 }, (_, i) => `application-with-a-long-name-${i}`);
    const [lag] = ofKind(build(names.map((n) => app(n))), "watermarkLag");
    expect(query(lag).label).toBe("${PROP('Dim.Application')}");
    expect(lag.labels.application).toBe('{{ (index $labels "Series") }}');
    expect(lag.annotations.summary).toContain(`{{ or (index $labels "Series") "(unknown: the rule's query failed)" }}`);
    expect(lag.labels.flink_member).toMatch(/^\{\{ if not \(index \$labels "Series"\) \}\}/);
    expect(lag.dashboardUrl.path).toContain('(index $labels "Series")');
    expect(JSON.stringify(lag)).not.toContain("$labels.Application");
    expect(JSON.stringify(lag)).not.toContain('$labels \\"Application\\"');
    const [cpu] = ofKind(build(names.map((n) => app(n))), "cpu");
    expect(cpu.labels.application).toBe('{{ (index $labels "Application") }}');
    expect(cpu.labels.flink_member).toMatch(/^\{\{ if not \(index \$labels "Application"\) \}\}/);
  });
});

describe("the member label read back", () => {
  test("the names a template accepts are the names it was made of, dots and all; other text is none", () => {
    const names = ["orders.v2", "a_b-c", "x"];
    expect(memberLabelNames(memberLabelTemplate(names))).toEqual(names);
    expect(memberLabelNames("critical")).toBeUndefined();
    expect(memberLabelNames(undefined)).toBeUndefined();
  });
});

describe("math on the reduced value", () => {
  test.each([
    ["oldGenerationGc", "$B * 100 / 60000", 10],
    ["watermarkLag", "$B * ($B < 1000000000000)", 600000],
  ])("%s: A, B = reduced, C = %s, D = C > %s", (kind, math, limit) => {
    const [rule] = ofKind(build([app("a"), app("b")]), kind);
    const models = rule.steps.map((s) => s.model as any);
    expect(rule.steps.map((s) => s.refId)).toEqual(["A", "B", "C", "D"]);
    expect(models[2]).toMatchObject({ type: "math", expression: math });
    expect(models[3]).toMatchObject({ type: "threshold", expression: "C" });
    expect(models[3].conditions[0].evaluator).toEqual({ type: "gt", params: [limit] });
  });
});
