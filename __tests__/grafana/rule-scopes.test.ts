// Every Grafana version gets its alert rules from one builder: a rule per application (10.4) and a rule
// over several applications (12.4) watch each application with the same alert kinds, conditions,
// pending periods and states; only how the rule is laid out differs.
import { RuntimeFamily } from "../../modules/flink-metrics";
import { AlertRuleSpec, RuleApplication, RuleScope, buildRules, ruleScopeOf } from "../../modules/grafana/flink-alerts";
import { fleet } from "../support/fleet";

const applications: RuleApplication[] = fleet(36).map((app) => ({
  target: { applicationName: app.name, runtime: app.runtime, source: app.source, metricsLevel: "APPLICATION" },
  alerts: app.alerts,
  expectedToRun: app.expectedRunning,
  dashboard: { uid: `flinkobs-test-app-${app.name}`, panelIds: {} },
}));

function rules(scope: RuleScope): AlertRuleSpec[] {
  return buildRules(
    {
      applications,
      scope,
      dataSource: { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" },
      environment: "test",
      uidPrefix: "flinkobs-test",
      runbookBaseUrl: "https://runbooks.example.com/flink",
      dashboardUidPrefix: "flinkobs-test-app-",
    },
    "test",
  );
}

/** What a rule decides, independent of its layout: the threshold its condition compares with and its states. */
function decision(rule: AlertRuleSpec): string {
  const condition = rule.steps[rule.steps.length - 1].model as { conditions: { evaluator: unknown }[] };
  return JSON.stringify([
    rule.kind,
    condition.conditions[0].evaluator,
    rule.for,
    rule.noDataState,
    rule.execErrState,
    rule.missingSeriesEvalsToResolve ?? null,
    rule.canPage,
    rule.metrics.map((m) => m.name),
  ]);
}

/** Per application, the decisions of the rules watching it. */
function decisionsByApplication(scope: RuleScope): Map<string, string[]> {
  const byApp = new Map<string, string[]>();
  for (const rule of rules(scope)) {
    const members = "members" in rule ? (rule.members as string[]) : [rule.labels.application];
    for (const name of members) byApp.set(name, [...(byApp.get(name) ?? []), decision(rule)].sort());
  }
  return byApp;
}

test("a rule per application and a rule over several decide the same for every application", () => {
  const perApplication = decisionsByApplication("application");
  const shared = decisionsByApplication("environment");
  expect(perApplication.size).toBe(applications.length);
  expect(shared).toEqual(perApplication);
  // The fleet has both runtime families and two threshold profiles, so the comparison covers them.
  const families = new Set<RuntimeFamily>(
    applications.map((a) => (a.target.runtime.startsWith("FLINK-2") ? "flink-2" : "flink-1")),
  );
  expect(families.size).toBe(2);
});

test("only the layout differs: one rule per application and kind, against one per kind and settings", () => {
  const perApplication = rules("application");
  const shared = rules("environment");
  expect(new Set(perApplication.map((r) => r.uid)).size).toBe(perApplication.length);
  expect(perApplication.length).toBeGreaterThan(10 * shared.length);
  expect(perApplication.every((r) => !r.labels.application.includes("{{"))).toBe(true);
  expect(shared.every((r) => r.labels.application.startsWith("{{"))).toBe(true);
});

test("rules cover several applications where Grafana labels series by dimension (12.4), else one (10.4)", () => {
  expect(["10.4", "12.4", "9.4"].map(ruleScopeOf)).toEqual(["application", "environment", "application"]);
});
