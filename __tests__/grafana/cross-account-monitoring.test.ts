// Applications of linked source accounts, as Grafana and CloudWatch receive them: every query of an
// application's dashboard and per-application rule names its account, the shared rules read every linked
// account with one rule per alert kind and label each instance with its account, only the (account, name)
// pairs of the environment are members, and the silence alarm of a remote application reads its account.
import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { stableUid } from "../../modules/grafana/uid";
import { RuleBlock, invalidGoStringLiterals, ruleBlocks, ruleModels } from "../support/alert-rules";
import { Json, environmentConfig, resourcesOfType, synthEnvironment } from "../support/synth";

const CENTRAL = "111111111111";
const A = "777777777777";
const B = "888888888888";
const SOURCES = [A, B].map((account) => ({
  account,
  roleArn: `arn:aws:iam::${account}:role/flink-observability-link`,
}));
const LONG = "a-remote.application-with-a-rather-long-name";
const APPLICATIONS = [
  { name: "orders", runtime: "FLINK-2_2", logGroupName: "/aws/kinesis-analytics/orders", source: "kinesis" },
  {
    name: "orders",
    runtime: "FLINK-1_20",
    account: A,
    logGroupName: "/aws/kinesis-analytics/orders",
    source: "kinesis",
  },
  { name: "payments", runtime: "FLINK-1_20", account: B, source: "kafka" },
  { name: LONG, runtime: "FLINK-1_20", account: B, expectedRunning: false },
];

const central = (extra: object = {}) =>
  synthEnvironment(
    environmentConfig({
      name: "central",
      account: CENTRAL,
      sourceAccounts: SOURCES,
      monitoredApplications: APPLICATIONS,
      alerting: { contactPoints: [{ name: "team", type: "email", addresses: ["team@example.com"] }] },
      ...extra,
    } as never),
  ).json;

const dashboards = (json: Json): Json[] =>
  Object.values(resourcesOfType(json, "grafana_dashboard")).map((d) => JSON.parse(unescapeTerraform(d.config_json)));
const applicationDashboards = (json: Json) => dashboards(json).filter((d) => d.tags.includes("flink-application"));
const targetsOf = (dashboard: Json): Json[] => dashboard.panels.flatMap((p: Json) => p.targets ?? []);
const accountOf = (app: { account?: string }) => app.account ?? CENTRAL;
const searches = (expression: string) => [...expression.matchAll(/SEARCH\('([^']*)'/g)].map((m) => m[1]);

describe("dashboards of applications in several accounts", () => {
  const json = central();
  const apps = applicationDashboards(json);

  test("one name in two accounts is two dashboards: uid and title tell them apart", () => {
    expect(apps.map((d) => [d.uid, d.title]).sort()).toEqual(
      [
        ["flinkobs-central-app-orders", `Flink orders (central, ${CENTRAL})`],
        [stableUid("flinkobs-central", "app", `${A}-orders`), `Flink orders (central, ${A})`],
        [stableUid("flinkobs-central", "app", `${B}-payments`), `Flink payments (central, ${B})`],
        [stableUid("flinkobs-central", "app", `${B}-${LONG}`), `Flink ${LONG} (central, ${B})`],
      ].sort(),
    );
  });

  test("the dashboard URLs output keys a source account's application by account and name", () => {
    expect(Object.keys(json.output.grafana_application_dashboard_urls.value).sort()).toEqual(
      [`${A}-orders`, `${B}-${LONG}`, `${B}-payments`, "orders"].sort(),
    );
  });

  test("every query of an application's dashboard reads that application's account, and only it", () => {
    for (const app of APPLICATIONS) {
      const account = accountOf(app);
      const dashboard = apps.find((d) => d.title === `Flink ${app.name} (central, ${account})`)!;
      const variable = dashboard.templating.list.find((v: Json) => v.name === "application");
      expect(variable.query.accountId).toBe(account);
      const metricTargets = targetsOf(dashboard).filter((t) => t.queryMode === "Metrics");
      expect(metricTargets.length).toBeGreaterThan(10);
      for (const target of metricTargets) {
        // Builder queries: GetMetricData's AccountId (or Grafana's SEARCH term); code: the SEARCH term.
        expect([target.refId, target.accountId]).toEqual([target.refId, account]);
        if (target.metricEditorMode === 1)
          for (const search of searches(target.expression)) expect(search).toContain(`:aws.AccountId="${account}"`);
      }
    }
  });

  test("the exceptions panel reads the remote log group by ARN", () => {
    const remote = apps.find((d) => d.title === `Flink orders (central, ${A})`)!;
    const [logs] = targetsOf(remote).filter((t) => t.queryMode === "Logs");
    expect(logs.logGroups).toEqual([
      {
        arn: `arn:aws:logs:eu-west-1:${A}:log-group:/aws/kinesis-analytics/orders`,
        name: "/aws/kinesis-analytics/orders",
        accountId: A,
      },
    ]);
  });

  test("the overview reads the account chosen (All: every linked account) and names each series' account", () => {
    const overview = dashboards(json).find((d) => d.tags.includes("flink-overview"))!;
    const variable = (name: string) => overview.templating.list.find((v: Json) => v.name === name);
    expect(variable("application").query.accountId).toBe("$account");
    expect(variable("account")).toMatchObject({
      query: [A, B, CENTRAL].sort().join(","),
      includeAll: true,
      // Grafana's CloudWatch data source reads every linked account for `all`.
      allValue: "all",
    });
    const metricPanels = overview.panels.filter((p: Json) => ["timeseries", "stat", "table"].includes(p.type));
    for (const panel of metricPanels)
      // Every query that reads metrics (an expression over other queries reads none itself).
      for (const target of (panel.targets as Json[]).filter((t) => t.queryMode === "Metrics" && !t.expression)) {
        expect([panel.title, target.refId, target.accountId]).toEqual([panel.title, target.refId, "$account"]);
        // A drawn series names its account: every query whose series are drawn as read labels them with it.
        if (panel.type !== "table" && target.metricEditorMode === 0)
          expect(target.label).toContain("${PROP('AccountId')}");
      }
    const table = overview.panels.find((p: Json) => p.type === "table");
    const frame = table.targets[0].snapshot[0];
    const column = (name: string) => frame.data.values[frame.schema.fields.findIndex((f: Json) => f.name === name)];
    const rows = column("Application").map((name: string, i: number) => [
      name,
      column("Account")[i],
      column("Dashboard")[i],
    ]);
    expect(rows).toContainEqual(["orders", CENTRAL, "flinkobs-central-app-orders"]);
    expect(rows).toContainEqual(["orders", A, stableUid("flinkobs-central", "app", `${A}-orders`)]);
  });
});

/** Instance labels as Grafana gives them: `Series` is what the query's label expands to. */
interface Instance {
  readonly Series?: string;
  readonly Application?: string;
}

/** Expands the few template forms the shared rules use (Go's RE2 behaves as JS's RegExp here). */
function expand(template: string, labels: Instance): string {
  const value = (expression: string): string => {
    const or = /^or (.+?) "([^"]*)"$/.exec(expression);
    if (or) return value(or[1]) || or[2];
    const index = /^\(index \$labels "(\w+)"\)$/.exec(expression);
    if (index) return labels[index[1] as keyof Instance] ?? "";
    const field = /^\$labels\.(\w+)$/.exec(expression);
    if (field) return labels[field[1] as keyof Instance] ?? "[no value]";
    const replace = /^\(reReplaceAll "([^"]*)" "([^"]*)" (\(index \$labels "\w+"\)|\$labels\.\w+)\)$/.exec(expression);
    if (replace) return value(replace[3]).replace(new RegExp(replace[1], "g"), replace[2]);
    throw new Error(`unexpected expression ${expression}`);
  };
  const member =
    /^\{\{ if not (.+?) \}\}true(?:\{\{ else if not \(match `([^`]+)` (.+?)\) \}\}true)?\{\{ else if match `([^`]+)` (.+?) \}\}true\{\{ else \}\}false\{\{ end \}\}$/.exec(
      template,
    );
  if (member) {
    if (!value(member[1])) return "true";
    if (member[2] !== undefined && !new RegExp(member[2]).test(value(member[3]))) return "true";
    return new RegExp(member[4]).test(value(member[5])) ? "true" : "false";
  }
  return template.replace(/\{\{ (.+?) \}\}/g, (_, expression: string) => value(expression));
}

/** The dashboard uid an instance's `dashboard_url` leads to. */
function dashboardUidOf(rule: RuleBlock, instance: Instance): string {
  const url = unescapeTerraform(rule.annotations.dashboard_url);
  const path = url.slice(url.indexOf("/d/") + 3).replace(/\?viewPanel=\d+$/, "");
  for (const branch of path.matchAll(/\{\{ (?:if|else if) eq (.+?) "([^"]+)" \}\}([\w-]+)/g)) {
    if (expand(`{{ ${branch[1]} }}`, instance) === branch[2]) return branch[3];
  }
  const fallback = path.replace(/.*\{\{ else \}\}/, "").replace(/\{\{ end \}\}$/, "");
  return expand(fallback.replace(/\{\{ reReplaceAll "\[\^a-zA-Z0-9_-\]" "-" (.+?) \}\}/, "{{ $1 }}"), instance);
}

describe("shared rules over several accounts", () => {
  const json = central();
  const rules = ruleBlocks(json).filter((r) => r.labels.team === "flink");
  /** The labels CloudWatch and Grafana give the series of `application` in `account`. */
  const instance = (rule: RuleBlock, account: string, application: string): Instance => {
    const [query] = ruleModels(rule);
    const series = String(query.label)
      .replace("${PROP('AccountId')}", account)
      .replace("${PROP('Dim.Application')}", application)
      .replace("${LABEL}", `${application} Flow`);
    return query.metricEditorMode === 1 ? { Series: series } : { Series: series, Application: application };
  };

  test("one rule per alert kind and settings, whatever the number of accounts", () => {
    // The same applications, all in the environment's own account under distinct names.
    const local = synthEnvironment(
      environmentConfig({
        name: "central",
        account: CENTRAL,
        monitoredApplications: APPLICATIONS.map((app, i) => ({ ...app, account: undefined, name: `${app.name}-${i}` })),
      } as never),
    ).json;
    expect(rules.length).toBe(ruleBlocks(local).filter((r) => r.labels.team === "flink").length);
    const more = central({
      monitoredApplications: [
        ...APPLICATIONS,
        ...Array.from({ length: 20 }, (_, i) => ({
          name: `job-${i}`,
          runtime: "FLINK-1_20",
          account: B,
          source: "kafka",
        })),
      ],
    });
    expect(ruleBlocks(more).filter((r) => r.labels.team === "flink")).toHaveLength(rules.length);
  });

  test("every query reads every linked account and starts each series' label with its account", () => {
    for (const rule of rules) {
      for (const model of ruleModels(rule).filter((m) => m.datasource?.type === "cloudwatch")) {
        expect(model.accountId).toBe("all");
        expect(model.label).toMatch(/^\$\{PROP\('AccountId'\)\} \$\{PROP\('Dim\.Application'\)\}( \$\{LABEL\})?$/);
        for (const search of searches(String(model.expression ?? ""))) expect(search).not.toContain(":aws.AccountId");
      }
    }
  });

  test("every label and annotation template parses as Go templates do (a dotted name included)", () => {
    expect(invalidGoStringLiterals('{{ if match "^(a\\.b)$" $labels.Application }}x{{ end }}')).toEqual([
      '"^(a\\.b)$"',
    ]);
    const member = rules.map((r) => r.labels.flink_member).find((t) => t.includes(LONG.replace(".", "\\.")));
    expect(member).toBeDefined();
    for (const rule of rules)
      for (const text of [...Object.values(rule.labels), ...Object.values(rule.annotations)])
        expect([rule.name, invalidGoStringLiterals(unescapeTerraform(String(text)))]).toEqual([rule.name, []]);
  });

  test("each instance carries its account and application; the texts name both", () => {
    for (const rule of rules) {
      const labels = instance(rule, A, "orders");
      expect(expand(rule.labels.account, labels)).toBe(A);
      expect(expand(rule.labels.application, labels)).toBe("orders");
      expect(expand(unescapeTerraform(rule.annotations.summary), labels)).toContain(`orders (${A})`);
      // The DatasourceError alert of a failed evaluation has no labels: its texts say so.
      expect(expand(unescapeTerraform(rule.annotations.summary), {})).toContain("(unknown: the rule's query failed)");
    }
  });

  test("only the environment's (account, name) pairs are members: the same name elsewhere is muted", () => {
    const policy = Object.values(resourcesOfType(json, "grafana_notification_policy"))[0];
    expect(policy.policy[0].policy[0].matcher).toEqual([{ label: "flink_member", match: "=", value: "false" }]);
    // Two applications of one name in two accounts are notified apart.
    expect(policy.group_by).toEqual(["alertname", "environment", "application", "account"]);
    const covering = (account: string, name: string) =>
      rules.filter((r) => expand(r.labels.flink_member, instance(r, account, name)) === "true");
    // The remote orders (1.x) and the central one (2.2) are covered by their own runtime's job rules.
    const jobDown = (account: string, name: string) =>
      covering(account, name)
        .filter((r) => r.labels.alert === "jobDown")
        .map((r) => ruleModels(r)[0].metricName);
    expect(jobDown(A, "orders")).toEqual(["downtime"]);
    expect(jobDown(CENTRAL, "orders")).toEqual(["restartingTime"]);
    expect(jobDown(B, "payments")).toEqual(["downtime"]);
    // Not monitored here: an application of a linked account, or a monitored name in another account.
    expect(covering(B, "orders")).toEqual([]);
    expect(covering(A, "payments")).toEqual([]);
    expect(covering("999999999999", "orders")).toEqual([]);
    // A failed evaluation (no Series) reaches the contact points, and so does a series whose label
    // CloudWatch did not resolve: it cannot be told apart, and an alert too many beats a silent mute.
    for (const rule of rules) {
      expect(expand(rule.labels.flink_member, {})).toBe("true");
      expect(expand(rule.labels.flink_member, { Series: "${PROP('AccountId')} orders" })).toBe("true");
      expect(expand(rule.labels.flink_member, { Series: "orders" })).toBe("true");
    }
  });

  test("each instance links to the dashboard of its own account's application", () => {
    const uids = new Set(dashboards(json).map((d) => d.uid));
    for (const app of APPLICATIONS) {
      const key = app.account === undefined ? app.name : `${app.account}-${app.name}`;
      for (const rule of rules) {
        const labels = instance(rule, accountOf(app), app.name);
        if (expand(rule.labels.flink_member, labels) !== "true") continue;
        expect(dashboardUidOf(rule, labels)).toBe(stableUid("flinkobs-central", "app", key));
        expect(uids.has(dashboardUidOf(rule, labels))).toBe(true);
      }
    }
  });
});

describe("silence alarms of applications in source accounts", () => {
  const alarms = Object.values(resourcesOfType(central(), "aws_cloudwatch_metric_alarm")).filter((a) =>
    String(a.alarm_name).endsWith("-silent"),
  );

  test("a remote application's alarm reads the heartbeat in its account; a local one as before", () => {
    // The long-named application is not expected to run: no alarm.
    expect(alarms.map((a) => a.alarm_name).sort()).toEqual([
      `flinkobs-central-${A}-orders-silent`,
      `flinkobs-central-${B}-payments-silent`,
      "flinkobs-central-orders-silent",
    ]);
    const remote = alarms.find((a) => a.alarm_name === `flinkobs-central-${A}-orders-silent`)!;
    expect(remote.metric_name).toBeUndefined();
    expect(remote.metric_query).toEqual([
      {
        id: "heartbeat",
        account_id: A,
        return_data: true,
        metric: {
          namespace: "AWS/KinesisAnalytics",
          metric_name: "fullRestarts",
          dimensions: { Application: "orders" },
          stat: "SampleCount",
          period: 60,
        },
      },
    ]);
    const local = alarms.find((a) => a.alarm_name === "flinkobs-central-orders-silent")!;
    expect([local.metric_name, local.dimensions, local.metric_query]).toEqual([
      "numRestarts",
      { Application: "orders" },
      undefined,
    ]);
  });
});

describe("Grafana 10.4: rules per application, each in its account", () => {
  const json = central({ grafana: { version: "10.4" } });
  const rules = ruleBlocks(json).filter((r) => r.labels.team === "flink");

  test("a remote application's rules carry its account in uid, title, label and every query", () => {
    const remote = rules.filter((r) => r.labels.application === "orders" && r.labels.account === A);
    const local = rules.filter((r) => r.labels.application === "orders" && r.labels.account === CENTRAL);
    expect(remote.length).toBeGreaterThan(5);
    expect(local.length).toBeGreaterThan(5);
    for (const rule of remote) {
      expect(rule.uid).toBe(stableUid("flinkobs-central", `${A}-orders`, rule.labels.alert));
      expect(rule.name).toMatch(new RegExp(`^orders \\(${A}\\): `));
      for (const model of ruleModels(rule).filter((m) => m.datasource?.type === "cloudwatch")) {
        expect(model.accountId).toBe(A);
        for (const search of searches(String(model.expression ?? "")))
          expect(search).toContain(`:aws.AccountId="${A}"`);
      }
    }
    // The environment's own application keeps the uids it had before any account was linked.
    for (const rule of local) expect(rule.uid).toBe(stableUid("flinkobs-central", "orders", rule.labels.alert));
    const groups = Object.values(resourcesOfType(json, "grafana_rule_group")).map((g) => g.name);
    expect(groups).toEqual(expect.arrayContaining(["flink-orders", `flink-${A}-orders`]));
  });
});
