// Every CloudWatch query the stack gives Grafana, read back from the synthesized dashboards and alert
// rules: panel targets, template-variable queries and rule data queries. Nothing here knows which
// panels or rules exist, so adding one can never skip verification.
import { applicationsOfQuery, memberOfKey } from "../modules/grafana/flink-alerts/member-label";
import { variableNames } from "../modules/grafana/flink-dashboards/variable";
import type { TerraformJson } from "./stack";
import { unescapeTerraform } from "../modules/grafana/terraform-literal";

export { unescapeTerraform };

/** Where a query is used: one target of one dashboard panel (or variable), or one data query of a rule. */
export type QueryUse =
  | {
      readonly kind: "panel";
      readonly dashboardUid: string;
      readonly dashboardTitle: string;
      /** Panel id; undefined for a template variable's query. */
      readonly panelId?: number;
      /** Panel title, or `variable <name>`. */
      readonly title: string;
      readonly refId: string;
      /** The panel shows several applications (a multi-valued variable): one of them may lack the series by design. */
      readonly shared?: boolean;
    }
  | {
      readonly kind: "rule";
      readonly ruleGroup: string;
      readonly ruleUid: string;
      readonly title: string;
      readonly refId: string;
    };

/** One distinct CloudWatch query, with every panel and rule that runs it. */
export interface VerifyQuery {
  /** Stable identity: equal queries from several panels are checked once. */
  readonly key: string;
  /** `metric`: a metric search (namespace, name, dimensions); `expression`: metric math; `logs`: Logs Insights. */
  readonly kind: "metric" | "expression" | "logs";
  /** The application whose data it reads, when it names one. */
  readonly application?: string;
  /**
   * The account it reads, when it names one (cross-account observability: a builder query's
   * `accountId`, a SEARCH's `:aws.AccountId`, a log group's account), which may be the monitoring
   * account; `all` for every linked account (the overview of an environment with source accounts).
   */
  readonly account?: string;
  readonly namespace?: string;
  readonly metricName?: string;
  /** Dimension filters; `*` matches any value. */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Only metrics with exactly these dimension names match (Grafana's "match exact"). */
  readonly matchExact?: boolean;
  readonly statistic?: string;
  /** Seconds. */
  readonly period?: number;
  readonly expression?: string;
  readonly logGroupNames?: readonly string[];
  readonly usedBy: QueryUse[];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The account a query or application reads as the verifier calls AWS: undefined for the monitoring
 * account's own (read as without any link), else a linked source account's id, or `all`.
 */
export function linkedAccount(account: string | undefined, monitoringAccount: string): string | undefined {
  return account === monitoringAccount ? undefined : account;
}

/**
 * Values of a dashboard's template variables: the names a regex lists (its last group, `(a|b)`, after
 * any narrowing lookaheads), else the current value (a variable's "All" read as its all value).
 */
function variableValues(dashboard: Json): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const variable of dashboard.templating?.list ?? []) {
    const names = variableNames(String(variable.regex ?? ""));
    if (names) {
      // One name may be listed twice (applications of one name in two accounts): one query each.
      values.set(variable.name, [...new Set(names)]);
      continue;
    }
    let current = variable.current?.value;
    if (current === "$__all" && variable.allValue !== undefined) current = variable.allValue;
    if (current !== undefined)
      values.set(variable.name, Array.isArray(current) ? current.map(String) : [String(current)]);
  }
  return values;
}

/**
 * Whether a target is metric math over other queries of its panel only (`SORT(qa, MAX, DESC, 10)`): it
 * reads nothing itself, and is verified through the queries it names.
 */
export function readsOnlyPanelQueries(target: Json, siblings: readonly Json[]): boolean {
  if (target.metricEditorMode !== 1 || !target.expression || /SEARCH\(|METRICS\(/.test(target.expression)) return false;
  const ids = siblings.filter((s) => s !== target && typeof s.id === "string" && s.id !== "").map((s) => s.id);
  const referenced = ids.filter((id) => new RegExp(`\\b${id}\\b`).test(target.expression));
  return referenced.length > 0;
}

const VARIABLE_REF = /\$\{(\w+)(?::\w+)?\}|\[\[(\w+)\]\]|\$(\w+)/g;

/** Every combination of the referenced variables' values, applied to `target` (a JSON-able object). */
function expandVariables(target: Json, variables: Map<string, string[]>): Json[] {
  const text = JSON.stringify(target);
  const referenced = new Set<string>();
  for (const m of text.matchAll(VARIABLE_REF)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (variables.has(name)) referenced.add(name);
  }
  let combinations: Record<string, string>[] = [{}];
  for (const name of referenced) {
    combinations = combinations.flatMap((c) => variables.get(name)!.map((v) => ({ ...c, [name]: v })));
  }
  return combinations.map((values) =>
    JSON.parse(
      text.replace(VARIABLE_REF, (whole, a, b, c) => {
        const value = values[a ?? b ?? c];
        // Inside a JSON string: escape as JSON would.
        return value === undefined ? whole : JSON.stringify(value).slice(1, -1);
      }),
    ),
  );
}

/** Application named by a query: its `Application` dimension or `Application="..."` in an expression. */
function applicationOf(query: Json): string | undefined {
  const dimension = query.dimensions?.Application;
  if (typeof dimension === "string" && dimension !== "*") return dimension;
  const inExpression = /"?Application"?\s*=\s*\\?"([^"\\]+)\\?"/.exec(String(query.expression ?? ""));
  return inExpression?.[1];
}

function sortedRecord(record: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!record) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    out[key] = Array.isArray(value) ? value.join("|") : String(value);
  }
  return out;
}

/** The one account a model reads, when it names one, or `all` (every linked account). */
function accountOf(model: Json): string | undefined {
  const ids = [
    model.accountId,
    ...(model.logGroups ?? []).map((g: Json) => g.accountId),
    ...[...String(model.expression ?? "").matchAll(/:aws\.AccountId="(\d{12})"/g)].map((m) => m[1]),
  ].filter((id): id is string => typeof id === "string" && /^\d{12}$/.test(id));
  // A rule's query narrowed to one account keeps `accountId: all` beside its SEARCH's account term.
  return ids[0] ?? (model.accountId === "all" ? "all" : undefined);
}

/** A CloudWatch data-source query model (panel target or rule data) reduced to what is verified. */
function toQuery(
  model: Json,
  fallbackApplication: string | undefined,
): Omit<VerifyQuery, "key" | "usedBy"> | undefined {
  const account = accountOf(model);
  const inAccount = account === undefined ? {} : { account };
  if (model.queryMode === "Logs") {
    const logGroupNames: string[] = [
      ...(model.logGroupNames ?? []),
      ...(model.logGroups ?? []).map((g: Json) => g.name ?? g.arn),
    ];
    return {
      kind: "logs",
      application: fallbackApplication,
      ...inAccount,
      logGroupNames: [...new Set(logGroupNames)].sort(),
      expression: model.expression,
    };
  }
  // A template variable's query lists dimension values of one metric.
  if (model.queryType === "dimensionValues") {
    return {
      kind: "metric",
      application: fallbackApplication,
      ...inAccount,
      namespace: model.namespace,
      metricName: model.metricName,
      dimensions: sortedRecord({ ...model.dimensionFilters, [model.dimensionKey]: fallbackApplication ?? "*" }),
      matchExact: false,
    };
  }
  if (!model.namespace && !model.expression) return undefined;
  const base = {
    application: applicationOf(model) ?? fallbackApplication,
    ...inAccount,
    namespace: model.namespace,
    metricName: model.metricName,
    statistic: model.statistic,
    period: model.period === undefined || model.period === "" ? undefined : Number(model.period),
  };
  // metricEditorMode 1 (code) with an expression: metric math, SEARCH included.
  if (model.metricEditorMode === 1 && model.expression)
    return { kind: "expression", ...base, expression: model.expression };
  return {
    kind: "metric",
    ...base,
    dimensions: sortedRecord(model.dimensions) ?? {},
    matchExact: model.matchExact !== false,
  };
}

function queryKey(query: Omit<VerifyQuery, "key" | "usedBy">): string {
  return JSON.stringify([
    query.kind,
    query.account,
    query.namespace,
    query.metricName,
    query.dimensions,
    query.matchExact,
    query.statistic,
    query.period,
    query.expression,
    query.logGroupNames,
  ]);
}

/** True for a model that queries the CloudWatch data source (server-side expressions are not queries). */
function isCloudWatch(datasource: Json | string | undefined, model: Json, cloudWatchUids: Set<string>): boolean {
  const uid = typeof datasource === "string" ? datasource : datasource?.uid;
  if (uid === "__expr__" || model.datasource?.uid === "__expr__") return false;
  if (typeof datasource === "object" && datasource?.type === "cloudwatch") return true;
  return (uid !== undefined && cloudWatchUids.has(uid)) || model.datasource?.type === "cloudwatch";
}

/**
 * A rule's query narrowed to one of the applications it reads, by member key (as the verifier checks
 * them one by one): its name, and over several accounts its account.
 */
function forApplication(model: Json, key: string): Json {
  const { applicationName: application, account } = memberOfKey(key);
  if (model.metricEditorMode !== 1)
    return {
      ...model,
      dimensions: { ...model.dimensions, Application: application },
      ...(account === undefined ? {} : { accountId: account }),
    };
  const term = `"Application"="${application}"${account === undefined ? "" : ` :aws.AccountId="${account}"`}`;
  const expression = String(model.expression)
    .replace(/ "Application"=(\([^)]*\)|"[^"]*")/g, "")
    .replace(/(SEARCH\('\{[^}]*\}[^']*)'/g, `$1 ${term}'`);
  return { ...model, expression };
}

/** Every distinct CloudWatch query of every dashboard and alert rule of a synthesized stack. */
export function collectQueries(stack: TerraformJson): VerifyQuery[] {
  const byKey = new Map<string, VerifyQuery>();
  const add = (query: Omit<VerifyQuery, "key" | "usedBy"> | undefined, use: QueryUse) => {
    if (!query) return;
    const key = queryKey(query);
    const existing = byKey.get(key);
    if (existing) existing.usedBy.push(use);
    else byKey.set(key, { ...query, key, usedBy: [use] });
  };
  const resources = stack.resource ?? {};
  const cloudWatchUids = new Set<string>(
    Object.values<Json>(resources.grafana_data_source ?? {})
      .filter((d) => d.type === "cloudwatch")
      .map((d) => d.uid),
  );

  for (const resource of Object.values<Json>(resources.grafana_dashboard ?? {})) {
    const dashboard: Json = JSON.parse(unescapeTerraform(resource.config_json));
    const variables = variableValues(dashboard);
    const single = variables.get("application")?.length === 1 ? variables.get("application")![0] : undefined;
    const dashboardUse = { kind: "panel" as const, dashboardUid: dashboard.uid, dashboardTitle: dashboard.title };

    for (const variable of dashboard.templating?.list ?? []) {
      if (variable.type !== "query" || typeof variable.query !== "object") continue;
      if (!isCloudWatch(variable.datasource, variable.query, cloudWatchUids)) continue;
      // One query per value the dashboard expects the variable to offer.
      // Its query may name another variable (the overview's account): read with that one's value.
      const [query] = expandVariables(variable.query, variables);
      for (const value of variables.get(variable.name) ?? [undefined]) {
        add(toQuery(query, value), {
          ...dashboardUse,
          title: `variable ${variable.name}`,
          refId: variable.query.refId ?? variable.name,
        });
      }
    }

    const panels: Json[] = [];
    const walk = (list: Json[] | undefined) => {
      for (const panel of list ?? []) {
        panels.push(panel);
        walk(panel.panels);
      }
    };
    walk(dashboard.panels);
    for (const panel of panels) {
      for (const target of panel.targets ?? []) {
        if (!isCloudWatch(target.datasource ?? panel.datasource, target, cloudWatchUids)) continue;
        if (readsOnlyPanelQueries(target, panel.targets)) continue;
        // A query listing its applications (the status table) is checked once per application.
        const listed = target.dimensions?.Application;
        const perListed = Array.isArray(listed)
          ? listed.map((application: string) => ({
              ...target,
              dimensions: { ...target.dimensions, Application: application },
            }))
          : [target];
        const expansions = perListed.flatMap((t) => expandVariables(t, variables));
        for (const expanded of expansions) {
          add(toQuery(expanded, single), {
            ...dashboardUse,
            panelId: panel.id,
            title: panel.title,
            refId: target.refId,
            ...(expansions.length > 1 ? { shared: true } : {}),
          });
        }
      }
    }
  }

  for (const group of Object.values<Json>(resources.grafana_rule_group ?? {})) {
    for (const rule of group.rule ?? []) {
      for (const data of rule.data ?? []) {
        const model: Json = JSON.parse(unescapeTerraform(data.model));
        if (!isCloudWatch(data.datasource_uid, model, cloudWatchUids)) continue;
        // The Terraform token's health metric is published by the rotation function, not by Flink.
        if (group.name === "terraform-token") continue;
        const use = {
          kind: "rule" as const,
          ruleGroup: group.name,
          ruleUid: rule.uid,
          title: rule.name,
          refId: data.ref_id,
        };
        const applications = applicationsOfQuery(model, rule.labels?.flink_member);
        // A rule over several applications is checked once per application it reads.
        if (applications && applications.length > 0 && rule.labels?.application?.includes("{{")) {
          for (const key of applications)
            add(toQuery(forApplication(model, key), memberOfKey(key).applicationName), use);
        } else {
          add(toQuery(model, rule.labels?.application), use);
        }
      }
    }
  }
  return [...byKey.values()];
}
