import { Testing, TerraformStack } from "cdktn";
import { PRODUCTION_APP } from "../support/synth";
import { FlinkMonitoring, FlinkMonitoringProps } from "../../modules/grafana/flink-monitoring";

const orders = { applicationName: "orders", runtime: "FLINK-1_20", metricsLevel: "APPLICATION" } as const;
const payments = { applicationName: "payments", runtime: "FLINK-2_2", metricsLevel: "TASK", source: "kafka" } as const;

function monitoring(overrides: Partial<FlinkMonitoringProps> = {}): { construct: FlinkMonitoring; json: any } {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "monitoring-test");
  const construct = new FlinkMonitoring(stack, "monitoring", {
    environment: "test",
    uidPrefix: "flinkobs-test",
    region: "eu-west-1",
    runbookBaseUrl: "https://runbooks.example.com/flink",
    applications: [orders, payments],
    notifications: { contactPoints: [] },
    ...overrides,
  });
  return { construct, json: JSON.parse(Testing.synth(stack)) };
}

describe("FlinkMonitoring", () => {
  test("one dashboard per application and an overview; two rule groups over every application; no notifications without contact points", () => {
    const { construct, json } = monitoring();
    expect(Object.keys(construct.applicationDashboards)).toEqual(["orders", "payments"]);
    expect(Object.keys(json.resource.grafana_dashboard)).toHaveLength(3);
    expect(Object.values(json.resource.grafana_rule_group).map((g: any) => g.name)).toEqual([
      "flink-test",
      "flink-test-warnings",
    ]);
    expect(construct.notifications).toBeUndefined();
    expect(json.resource.grafana_notification_policy).toBeUndefined();
  });

  test("on Grafana 10.4, two rule groups per application", () => {
    const { json } = monitoring({ grafanaVersion: "10.4" });
    expect(Object.values(json.resource.grafana_rule_group).map((g: any) => g.name)).toEqual([
      "flink-orders",
      "flink-orders-warnings",
      "flink-payments",
      "flink-payments-warnings",
    ]);
  });

  test("no application, no rule group", () => {
    const { construct, json } = monitoring({ applications: [] });
    expect(construct.allRules()).toEqual([]);
    expect(json.resource.grafana_rule_group).toBeUndefined();
  });

  test("alert settings travel with their application", () => {
    const { construct } = monitoring({
      applications: [orders, { ...payments, alerts: { disabled: ["cpu"] } }],
    });
    const cpu = construct.sharedAlertRules!.rules.filter((r) => r.kind === "cpu");
    expect(cpu.map((r) => r.members)).toEqual([["orders"]]);
    const perApplication = monitoring({
      grafanaVersion: "10.4",
      applications: [orders, { ...payments, alerts: { disabled: ["cpu"] } }],
    }).construct.rulesByApplication();
    expect(perApplication.orders.map((r) => r.kind)).toContain("cpu");
    expect(perApplication.payments.map((r) => r.kind)).not.toContain("cpu");
  });

  test("an application is monitored once", () => {
    expect(() => monitoring({ applications: [orders, payments, orders] })).toThrow(
      'FlinkMonitoring "monitoring": applications[2].applicationName: duplicate application name, ' +
        "already used by applications[0].applicationName",
    );
  });
});

describe("rule states per Grafana version", () => {
  const errorStates = (json: any) =>
    Object.values<any>(json.resource.grafana_rule_group).flatMap((group) =>
      group.rule.map((rule: any) => rule.exec_err_state),
    );

  test("12.4: no rule keeps its last state; a failed evaluation is Error (Grafana raises a DatasourceError alert)", () => {
    const json = monitoring({ grafanaVersion: "12.4" }).json;
    expect(new Set(errorStates(json))).toEqual(new Set(["Error"]));
    expect(JSON.stringify(json)).not.toContain("KeepLast");
  });

  test("10.4 gets no KeepLast anywhere: AMG does not say whether its 10.4 is 10.4.1 or later", () => {
    const json = monitoring({ grafanaVersion: "10.4" }).json;
    expect(new Set(errorStates(json))).toEqual(new Set(["Error"]));
    expect(JSON.stringify(json)).not.toContain("KeepLast");
  });
});

describe("missing series per Grafana version", () => {
  const evalsToResolve = (json: any) =>
    Object.values<any>(json.resource.grafana_rule_group).map((group) => [
      group.name,
      group.rule.map((rule: any) => rule.missing_series_evals_to_resolve),
    ]);

  test("12.4: the paging rules keep firing for a week once their series is gone (60 s: 10080 evaluations); warnings resolve as Grafana does", () => {
    const groups = evalsToResolve(monitoring({ grafanaVersion: "12.4" }).json);
    expect(groups.map(([name]) => name)).toEqual(["flink-test", "flink-test-warnings"]);
    const [[, paging], [, warnings]] = groups;
    // jobDown and restarts per runtime family (1.x, 2.2), containerMemory shared.
    expect(paging).toEqual([10080, 10080, 10080, 10080, 10080]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings)).toEqual(new Set([undefined]));
  });

  test("10.4 does not know the field: no rule carries it", () => {
    const json = monitoring({ grafanaVersion: "10.4" }).json;
    expect(JSON.stringify(json)).not.toContain("missing_series_evals_to_resolve");
  });
});
