// Every label and annotation template of every synthesized alert rule, expanded by Go's text/template the
// way Grafana expands it (grafana/grafana pkg/services/ngalert/state/template, Expand), for each kind of
// alert instance Grafana can give the rule: a series of a covered application, a series of an application
// the rule reads but does not cover, a failed or empty evaluation, and a series whose CloudWatch label was
// left unresolved. A template that fails keeps its raw text in Grafana, which then routes, mutes and
// reads as that text: any error, or a "<no value>", fails the test.
import { EnvironmentConfig } from "../../lib/config/schema";
import { SECOND_PROFILE, fleet } from "../support/fleet";

/** Four threshold profiles: the default, the fleet's second one and two more (a higher crash-loop count). */
const FOUR_PROFILES = [
  undefined,
  SECOND_PROFILE,
  { cpuPercent: 70, checkpointDurationMs: 120_000, crashLoopRestarts: 5 },
  { heapMemoryPercent: 80, kafkaLagRecords: 10_000 },
];
import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { RuleBlock, ruleBlocks, ruleMembers } from "../support/alert-rules";
import { GoTemplateCase, expandGoTemplates } from "../support/go-template";
import { Json, environmentConfig, exampleEnvironments, resourcesOfType, synthEnvironments } from "../support/synth";

/** The instance kinds; an instance of the last two carries no data label of the rule's query. */
type Kind =
  | "member"
  | "member, no datapoints"
  | "non-member"
  | "member name, other account"
  | "unresolved Series"
  | "DatasourceError"
  | "DatasourceNoData";

interface Instance {
  readonly kind: Kind;
  readonly account?: string;
  readonly name?: string;
  readonly labels: Record<string, string>;
  readonly values: GoTemplateCase["values"];
}

/** Where a template's expansion is checked; `expected` is set where the outcome is clear. */
interface Check {
  readonly rule: string;
  readonly key: string;
  readonly instance: Instance;
  readonly expected?: string;
  readonly dashboardUids?: ReadonlySet<string>;
}

const UNLINKED_ACCOUNT = "999999999999";
const OTHER_APPLICATION = "other-app";
const WORKSPACE_ENDPOINT = "g-0123456789.grafana-workspace.eu-west-1.amazonaws.com";

/**
 * A string of the synthesized configuration as the provider receives it: Terraform's own `${...}`
 * references (such as the workspace endpoint at the start of `dashboard_url`) replaced by a value, then
 * the escaped `$${` and `%%{` read back as literal text.
 */
function applied(text: string): string {
  const resolved = text.replace(/(?<!\$)\$\{([^}]*)\}/g, (_, reference: string) =>
    reference.endsWith(".endpoint") ? WORKSPACE_ENDPOINT : `tf-${reference.split(".").pop()}`,
  );
  return unescapeTerraform(resolved);
}

const parsedModels = new WeakMap<RuleBlock, Json[]>();
/** The query and expression models of a rule with its Terraform references resolved. */
function models(rule: RuleBlock): Json[] {
  if (!parsedModels.has(rule))
    parsedModels.set(
      rule,
      rule.data.map((d) => JSON.parse(applied(d.model))),
    );
  return parsedModels.get(rule)!;
}

const isQuery = (model: Json) => model.datasource?.type === "cloudwatch";
const dimensionValues = (value: unknown): string[] => (Array.isArray(value) ? value : [String(value)]);

/**
 * The label CloudWatch gives a series: the query's label with its dynamic parts resolved. `${LABEL}` is
 * CloudWatch's default label; the name and metric stand in for it (the templates read the first words).
 */
function resolvedLabel(query: Json, account: string, name: string): string {
  const label = query.label ? String(query.label) : "${LABEL}";
  return label
    .replace(/\$\{PROP\('AccountId'\)\}/g, account)
    .replace(/\$\{PROP\('Dim\.Application'\)\}/g, name)
    .replace(/\$\{PROP\('Dim\.(\w+)'\)\}/g, (_, dim: string) => `${dim.toLowerCase()}-0`)
    .replace(/\$\{LABEL\}/g, [name, query.metricName ?? query.refId].filter(Boolean).join(" "));
}

/**
 * The data labels of one series of a builder query, as Grafana 12.4's CloudWatch data source gives them
 * (grafana/grafana pkg/tsdb/cloudwatch/response_parser.go, parseLabels): `Series` is the resolved label,
 * and every dimension is a label, a single-valued one with its value, a wildcard or multi-valued one with
 * the series' own value. A code-mode query (metricEditorMode 1) gets `Series` only. When CloudWatch left
 * the label unresolved (`resolved` false) the series has no Application label, and another wildcard
 * dimension carries the raw label.
 */
function seriesLabels(query: Json, name: string, series: string, resolved = true) {
  const labels: Record<string, string> = { Series: series };
  if (query.metricEditorMode === 1) return labels;
  for (const [dim, raw] of Object.entries(query.dimensions ?? {})) {
    const values = dimensionValues(raw);
    if (values.length === 1 && values[0] !== "*") labels[dim] = values[0];
    else if (dim === "Application") {
      if (resolved) labels[dim] = name;
    } else labels[dim] = resolved ? `${dim.toLowerCase()}-0` : series;
  }
  return labels;
}

/**
 * The data labels of one series before the new label parsing (Grafana 10.4; response_parser.go,
 * getLabels): no `Series`; a dimension of one value has it, another gets the part of the series' label
 * it matches (a wildcard the whole label). A code-mode query has no dimensions, hence no label.
 */
function legacySeriesLabels(query: Json, series: string): Record<string, string> {
  const labels: Record<string, string> = {};
  if (query.metricEditorMode === 1) return labels;
  for (const [dim, raw] of Object.entries(query.dimensions ?? {})) {
    const values = dimensionValues(raw);
    if (values.length === 1 && values[0] !== "*") labels[dim] = values[0];
    else
      for (const value of values) {
        if (value === series || value === "*") labels[dim] = series;
        else if (series.includes(value)) labels[dim] = value;
      }
  }
  return labels;
}

/**
 * The labels of an empty series: a builder query listing several values of one dimension (and no
 * wildcard) gets, for each value without datapoints, a series labelled with the dimension values and no
 * `Series` (response_parser.go, buildDataFrames; IsMultiValuedDimensionExpression in models).
 */
function emptySeriesLabels(query: Json, name: string): Record<string, string> | undefined {
  if (query.metricEditorMode === 1) return undefined;
  const dims = Object.entries(query.dimensions ?? {}).map(([dim, raw]) => [dim, dimensionValues(raw)] as const);
  if (dims.some(([, values]) => values.includes("*")) || !dims.some(([, values]) => values.length > 1))
    return undefined;
  return Object.fromEntries(dims.map(([dim, values]) => [dim, dim === "Application" ? name : values[0]]));
}

/** `$values`: every expression step of the rule with `value` (null: no number, NaN in Grafana). */
function stepValues(rule: RuleBlock, labels: Record<string, string>, value: number | null) {
  const steps = models(rule).filter((m) => !isQuery(m));
  return Object.fromEntries(steps.map((m) => [String(m.refId), { value, labels }]));
}

/** Grafana's `$value`, the evaluation string: `[ var='B' labels={k=v} value=3 ], ...`. */
function evaluationString(values: GoTemplateCase["values"]): string {
  return Object.entries(values)
    .map(([refId, v]) => {
      const labels = Object.keys(v.labels)
        .sort()
        .map((k) => `${k}=${v.labels[k]}`)
        .join(", ");
      return `[ var='${refId}' labels={${labels}} value=${v.value ?? "NaN"} ]`;
    })
    .join(", ");
}

/** Whether a query reads applications it does not name: a wildcard, or a SEARCH without an Application term. */
function readsEveryApplication(query: Json): boolean {
  if (query.metricEditorMode === 1) return !/Application"?=/.test(String(query.expression ?? ""));
  const application = query.dimensions?.Application;
  return application !== undefined && dimensionValues(application).includes("*");
}

/** The (account, application) pairs a rule reading every linked account covers, from its member pattern. */
function memberPairs(rule: RuleBlock): Set<string> {
  const pattern = /`\^\(([^)`]*)\)\$`/.exec(rule.labels.flink_member ?? "");
  return new Set(pattern ? pattern[1].split("|").map((p) => p.replace(/\\\./g, ".")) : []);
}

/** Every instance kind for one rule of the environment `config`. */
function instancesOf(rule: RuleBlock, config: EnvironmentConfig): Instance[] {
  const query = models(rule).find(isQuery);
  const failed = (alertname: string, kind: Kind): Instance => ({
    kind,
    // What a failed or empty evaluation gives the templates: no data label at all.
    labels: { alertname, datasource_uid: "x", ref_id: "A", grafana_folder: "f" },
    values: {},
  });
  const instances: Instance[] = [
    failed("DatasourceError", "DatasourceError"),
    failed("DatasourceNoData", "DatasourceNoData"),
  ];
  if (!query) return instances;

  const everyAccount = query.accountId === "all";
  const applications = config.monitoredApplications as readonly { name: string; account?: string }[];
  const names = rule.labels.team === "flink" ? ruleMembers(rule) : [];
  // A rule over every linked account covers (account, name) pairs; a name may run in several accounts.
  const pairs = everyAccount ? memberPairs(rule) : undefined;
  const members: { account: string; name: string; member: boolean }[] = names.flatMap((name) => {
    if (!everyAccount) return [{ account: String(query.accountId ?? config.account), name, member: true }];
    const accounts = new Set(applications.filter((a) => a.name === name).map((a) => a.account ?? config.account));
    // Without a member pattern nothing tells the accounts apart: each is taken as covered.
    return [...accounts].map((account) => ({
      account,
      name,
      member: !pairs!.size || pairs!.has(`${account} ${name}`),
    }));
  });
  if (names.length === 0) members.push({ account: config.account, name: "", member: true });

  const legacy = config.grafana.version === "10.4";
  const series = (kind: Kind, account: string, name: string, value: number | null): Instance => {
    const label = resolvedLabel(query, account, name);
    const labels = legacy ? legacySeriesLabels(query, label) : seriesLabels(query, name, label);
    return { kind, account, name, labels, values: stepValues(rule, labels, value) };
  };
  members.forEach(({ account, name, member }, i) => {
    // Both sides of a threshold (a template runs only the branch its data selects), once per rule: the
    // value and the application select branches of different templates.
    for (const value of i === 0 ? [3, 0] : [3])
      instances.push(series(member ? "member" : "non-member", account, name, value));
    const empty = name ? emptySeriesLabels(query, name) : undefined;
    if (empty)
      instances.push({
        kind: "member, no datapoints",
        account,
        name,
        labels: empty,
        values: stepValues(rule, empty, null),
      });
  });
  if (readsEveryApplication(query)) instances.push(series("non-member", config.account, OTHER_APPLICATION, 3));
  if (everyAccount && names.length > 0)
    instances.push(series("member name, other account", UNLINKED_ACCOUNT, names[0], 3));
  if (query.label && /\$\{/.test(String(query.label))) {
    const raw = String(query.label);
    const labels = legacy ? legacySeriesLabels(query, raw) : seriesLabels(query, names[0] ?? "", raw, false);
    instances.push({ kind: "unresolved Series", labels, values: stepValues(rule, labels, 3) });
  }
  return instances;
}

/** The value a template should give, where it is clear. */
function expectation(key: string, instance: Instance, rule: RuleBlock, everyAccount: boolean): string | undefined {
  const { kind } = instance;
  if (key === "flink_member") {
    if (kind === "non-member" || kind === "member name, other account") return "false";
    // A failed evaluation or a series that cannot be told apart reaches the contact points (fail open).
    return "true";
  }
  if (kind !== "member") return undefined;
  if (key === "application" && instance.name) return instance.name;
  if (key === "account" && everyAccount && rule.labels.account?.includes("{{")) return instance.account;
  return undefined;
}

interface Synthesized {
  readonly config: EnvironmentConfig;
  readonly json: Json;
}

/** Expands every template of every rule for every instance in one Go call; returns the failures. */
function templateFailures({ config, json }: Synthesized): string[] {
  const dashboardUids = new Set(
    Object.values(resourcesOfType(json, "grafana_dashboard")).map((d) => JSON.parse(applied(d.config_json)).uid),
  );
  const cases: GoTemplateCase[] = [];
  const checks: Check[] = [];
  for (const rule of ruleBlocks(json)) {
    const everyAccount = models(rule).some((m) => isQuery(m) && m.accountId === "all");
    const texts = [
      ...Object.entries(rule.labels).map(([k, v]) => [`labels.${k}`, k, v] as const),
      ...Object.entries(rule.annotations ?? {}).map(([k, v]) => [`annotations.${k}`, k, v] as const),
    ];
    // Each template travels once; the rule's other instances name the case that carried it. A text
    // without an action cannot depend on the instance: it is expanded for the first one only.
    const first = new Map<string, string>();
    for (const instance of instancesOf(rule, config)) {
      const value = evaluationString(instance.values);
      for (const [where, key, text] of texts) {
        const earlier = first.get(where);
        if (earlier !== undefined && !String(text).includes("{{")) continue;
        const id = String(cases.length);
        if (earlier === undefined) first.set(where, id);
        cases.push({
          id,
          ...(earlier === undefined ? { template: applied(String(text)) } : { sameTemplateAs: earlier }),
          labels: instance.labels,
          values: instance.values,
          value,
        });
        checks.push({
          rule: rule.name,
          key: where,
          instance,
          expected: where.startsWith("labels.") ? expectation(key, instance, rule, everyAccount) : undefined,
          dashboardUids: key === "dashboard_url" && instance.kind === "member" ? dashboardUids : undefined,
        });
      }
    }
  }
  const failures = new Set<string>();
  expandGoTemplates(cases).forEach((result, i) => {
    const { rule, key, instance, expected, dashboardUids: uids } = checks[i];
    const who = instance.name ? `${instance.kind} ${instance.account} ${instance.name}` : instance.kind;
    const fail = (why: string) => failures.add(`${config.name} | ${rule} | ${key} | ${who} | ${why}`);
    if (result.error) {
      fail(result.error);
      return;
    }
    if (/<no value>|\[no value\]/.test(result.output)) fail(`expands to ${JSON.stringify(result.output)}`);
    if (expected !== undefined && result.output !== expected)
      fail(`expands to ${JSON.stringify(result.output)}, expected ${JSON.stringify(expected)}`);
    if (uids) {
      const uid = /\/d\/([^/?]+)/.exec(result.output)?.[1];
      if (!uid || !uids.has(uid)) fail(`links to ${JSON.stringify(result.output)}, no dashboard of this stack`);
    }
  });
  return [...failures];
}

const CENTRAL = "111111111111";
const SOURCE_A = "777777777777";
const SOURCE_B = "888888888888";
/** Several accounts: one name in two accounts, a dotted name, an application not expected to run. */
const crossAccount = (name: string, grafana: object = {}) =>
  environmentConfig({
    name,
    account: CENTRAL,
    grafana,
    sourceAccounts: [SOURCE_A, SOURCE_B].map((account) => ({
      account,
      roleArn: `arn:aws:iam::${account}:role/flink-observability-link`,
    })),
    monitoredApplications: [
      { name: "orders", runtime: "FLINK-2_2", source: "kinesis" },
      { name: "orders", runtime: "FLINK-1_20", account: SOURCE_A, source: "kinesis" },
      { name: "payments", runtime: "FLINK-1_20", account: SOURCE_B, source: "kafka" },
      { name: "a-remote.application", runtime: "FLINK-1_20", account: SOURCE_B, expectedRunning: false },
    ],
    alerting: { contactPoints: [{ name: "team", type: "email", addresses: ["team@example.com"] }] },
  } as never);

const examples = exampleEnvironments();
const configs: EnvironmentConfig[] = [
  ...examples,
  // The per-application rules of Grafana 10.4.
  ...examples
    .filter((c) => c.name === "dev")
    .map((c) => ({ ...c, name: "dev-10-4", grafana: { ...c.grafana, version: "10.4" } }) as EnvironmentConfig),
  environmentConfig({ name: "fleet", monitoredApplications: fleet(150, FOUR_PROFILES) } as never),
  crossAccount("central"),
  crossAccount("central-10-4", { version: "10.4" }),
];
const synthesized = synthEnvironments(configs);

describe("alert templates expanded by Go's text/template, as Grafana does", () => {
  test.each(configs.map((c) => c.name))("%s: every template expands for every kind of instance", (name) => {
    const config = configs.find((c) => c.name === name)!;
    const { json } = synthesized.get(name)!;
    expect(ruleBlocks(json).length).toBeGreaterThan(0);
    expect(templateFailures({ config, json })).toEqual([]);
  });

  test("the instances cover members, non-members, failed evaluations and unresolved labels", () => {
    const kinds = new Set(
      configs.flatMap((config) =>
        ruleBlocks(synthesized.get(config.name)!.json).flatMap((r) => instancesOf(r, config).map((i) => i.kind)),
      ),
    );
    expect([...kinds].sort()).toEqual(
      [
        "member",
        "member, no datapoints",
        "non-member",
        "member name, other account",
        "unresolved Series",
        "DatasourceError",
        "DatasourceNoData",
      ].sort(),
    );
  });

  test("the expander is Go's text/template: Grafana's prelude, functions and missingkey=invalid", () => {
    const base = { labels: { Application: "a.b" }, values: { D: { value: 3, labels: {} } }, value: "" };
    const [member, missing, escalation, badEscape] = expandGoTemplates([
      { ...base, id: "1", template: '{{ reReplaceAll "[^a-z]" "-" $labels.Application }}' },
      { ...base, id: "2", template: "{{ $labels.Series }}" },
      { ...base, id: "3", template: "{{ if gt $values.D.Value 2.5 }}critical{{ end }}" },
      { ...base, id: "4", template: '{{ if match "^(a\\.b)$" $labels.Application }}x{{ end }}' },
    ]);
    expect(member).toEqual({ id: "1", output: "a-b", error: "" });
    expect(missing.output).toBe("<no value>");
    expect(escalation.output).toBe("critical");
    expect(badEscape.error).toMatch(/error parsing template: .*invalid syntax/);
  });
});
