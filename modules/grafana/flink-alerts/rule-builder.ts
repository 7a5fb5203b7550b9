// The one way a Flink alert rule is built, whatever the Grafana version: every alert kind is defined
// once (rules.ts), applications sharing a definition are gathered into one rule, and what a version
// cannot do is data (which versions label series by dimension, hence the rule scope), not a second builder.
import { createHash } from "node:crypto";
import { FlinkMonitoringTarget, ResolvedMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { labelsSeriesByDimension } from "../cloudwatch-datasource";
import { stableUid } from "../uid";
import { AlertDashboardLink, dashboardLinkAnnotations } from "./dashboard-link";
import { MEMBER_LABEL, memberLabelTemplate } from "./member-label";
import { AlertRuleSpec, RuleSettings, canPage, missingSeriesEvals, severityLabel } from "./rule-spec";
import { APPLICATION_NAME_TEMPLATE, AlertRuleDefinition, UNKNOWN_APPLICATION, alertRuleDefinitions } from "./rules";
import {
  InstanceNaming,
  Membership,
  SHARED_COUNT_REF_ID,
  instanceApplicationLabel,
  instanceNaming,
  membershipFor,
  queryMetrics,
  seriesCapProblem,
  sharedQuerySteps,
} from "./shared-steps";
import { RuleQuery, querySteps } from "./steps";
import { ALERT_KINDS, ApplicationAlertOptions, defaultThresholds, resolveAlertOptions } from "./thresholds";

/**
 * What one rule covers:
 * - `application`: one application, its labels written literally and its queries reading that
 *   application alone;
 * - `environment`: every application of the environment that shares the rule's settings, one alert
 *   instance per series, labelled from it: the rule count grows with the settings in use, not with
 *   applications.
 *
 * A rule over several applications needs every series of its queries labelled by its dimensions
 * ({@link labelsSeriesByDimension}): otherwise two series of one application (per stream, or with and
 * without a Flow) would carry the same labels and the rule would fail. Without it (10.4) rules stay per
 * application, within the rule cap. See docs/dashboards-and-alerts.md#one-rule-per-alert-kind.
 */
export type RuleScope = "application" | "environment";

/** The rule scope of a Grafana version. */
export function ruleScopeOf(grafanaVersion: string): RuleScope {
  return labelsSeriesByDimension(grafanaVersion) ? "environment" : "application";
}

/** One application the rules watch. */
export interface RuleApplication {
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /**
   * What tells the application apart within the environment (scope `application`: its rule uids; an
   * application of a linked account is keyed `<account>-<name>`).
   * @default - the application name
   */
  readonly key?: string;
  /**
   * Its dashboard, which each of its alerts links to (the panel of the rule's metric when there is one).
   * @default - no dashboard link
   */
  readonly dashboard?: AlertDashboardLink;
  /**
   * Whether the application is expected to run: its pages keep firing while its metrics are gone.
   * @default true
   */
  readonly expectedToRun?: boolean;
}

/** What {@link buildRules} needs besides the rule settings. */
export interface RuleSetProps extends RuleSettings {
  /** The applications watched. Required (may be empty: no rule). */
  readonly applications: readonly RuleApplication[];
  /** What one rule covers. Required. */
  readonly scope: RuleScope;
  /**
   * Scope `environment`: whether the data source reads several accounts (each instance then names its
   * account, and only the (account, name) pairs covered are members).
   * @default false
   */
  readonly acrossAccounts?: boolean;
  /**
   * Scope `environment`: the prefix every application's dashboard uid starts with when its name fits.
   * @default - every uid listed
   */
  readonly dashboardUidPrefix?: string;
  /**
   * Scope `environment`: Grafana's URL that dashboard links start with (a Terraform reference is fine).
   * @default "" (links relative to Grafana)
   */
  readonly grafanaUrl?: string;
}

/** A rule over several applications (scope `environment`), as built. */
export interface SharedAlertRuleSpec extends AlertRuleSpec {
  /** The applications it covers, by member key (the name, or `<account> <name>` over several accounts), sorted. */
  readonly members: readonly string[];
  /** How its queries select them. */
  readonly membership: Membership;
  /** Link to each instance's dashboard: Grafana's URL (may be a Terraform reference) and the path. */
  readonly dashboardUrl: { readonly base: string; readonly path: string };
}

const short = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);

/** What a rule's condition reads, for its title: `downtime > 30000`, `fullRestarts +1 in 15m`. */
export function conditionText(query: RuleQuery): string {
  const names = queryMetrics(query)
    .map((m) => m.name)
    .join("/");
  if (query.type === "count") return `${names} +${query.atLeast} in ${query.windowMinutes}m`;
  if (query.type === "growth") return `${names} +${query.percent}% on a day before`;
  return `${names} ${query.op === "gt" ? ">" : "<"} ${query.value}`;
}

/** One member of a rule's applications, as the templated dashboard path needs it. */
export interface DashboardPathMember {
  readonly target: { readonly applicationName: string; readonly account?: string };
  readonly dashboardUid: string;
}

/**
 * The path of an instance's dashboard, templated from its labels: the uid is the prefix and the
 * application's name (characters a uid cannot hold as `-`) unless the uid is another (shortened with a
 * hash, or of an application in a linked account), which is listed by member key.
 */
export function dashboardPathTemplate(
  members: readonly DashboardPathMember[],
  dashboardUidPrefix: string | undefined,
  naming: Pick<InstanceNaming, "application" | "memberKey" | "keyOf">,
): string {
  const derived = (name: string) =>
    dashboardUidPrefix === undefined ? undefined : `${dashboardUidPrefix}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const listed = members.filter((m) => derived(m.target.applicationName) !== m.dashboardUid);
  const fallback =
    dashboardUidPrefix === undefined
      ? ""
      : `${dashboardUidPrefix}{{ reReplaceAll "[^a-zA-Z0-9_-]" "-" ${naming.application} }}`;
  if (listed.length === 0) return `/d/${fallback}`;
  const branches = listed
    .map(
      (m, i) =>
        `{{ ${i === 0 ? "if" : "else if"} eq ${naming.memberKey} "${naming.keyOf(m.target)}" }}${m.dashboardUid}`,
    )
    .join("");
  return `/d/${branches}{{ else }}${fallback}{{ end }}`;
}

/** A rule before it is built: its definition and the applications it covers. */
interface RuleBucket {
  readonly definition: AlertRuleDefinition;
  /** Scope `environment`: whether it is the rule of the default settings (its uid carries no hash). */
  readonly isDefault: boolean;
  readonly members: { readonly app: RuleApplication; readonly target: ResolvedMonitoringTarget }[];
}

/**
 * Gathers the applications into rules: every alert kind each application's settings enable, one rule
 * per application (scope `application`) or per identical definition (scope `environment`), in the
 * order of the alert kinds (per application, in the order given).
 */
function gatherRules(props: RuleSetProps, owner: string): RuleBucket[] {
  const buckets = new Map<string, RuleBucket>();
  props.applications.forEach((app, index) => {
    const target = resolveTarget(owner, app.target);
    const { thresholds, disabled } = resolveAlertOptions(`${owner} "${target.applicationName}"`, app.alerts);
    const expectedToRun = app.expectedToRun ?? true;
    // A rule of one application names it in its texts; a rule of several names each instance's.
    const subject =
      props.scope === "application"
        ? target
        : { applicationName: APPLICATION_NAME_TEMPLATE, family: target.family, source: target.source };
    // The rules of the default settings are those of an application expected to run: they keep their
    // uids; the paging rules of applications not expected to run are told apart by a hash.
    const defaults =
      props.scope === "environment"
        ? new Set(
            alertRuleDefinitions({ ...subject, expectedToRun: true }, defaultThresholds()).map((d) =>
              JSON.stringify(d),
            ),
          )
        : new Set<string>();
    for (const definition of alertRuleDefinitions({ ...subject, expectedToRun }, thresholds)) {
      if (disabled.has(definition.kind)) continue;
      const settings = JSON.stringify(definition);
      const key = props.scope === "application" ? `${index} ${settings}` : settings;
      const bucket = buckets.get(key) ?? { definition, isDefault: defaults.has(settings), members: [] };
      bucket.members.push({ app, target });
      buckets.set(key, bucket);
    }
  });
  // Map order is insertion order: per application in scope `application`, then by kind (stable).
  return [...buckets.values()].sort(
    (a, b) => ALERT_KINDS.indexOf(a.definition.kind) - ALERT_KINDS.indexOf(b.definition.kind),
  );
}

/** The rules of `props.applications` (pure; no construct), in the order their groups list them. */
export function buildRules(
  props: RuleSetProps & { readonly scope: "environment" },
  owner: string,
): SharedAlertRuleSpec[];
export function buildRules(props: RuleSetProps, owner: string): AlertRuleSpec[];
export function buildRules(props: RuleSetProps, owner: string): (AlertRuleSpec | SharedAlertRuleSpec)[] {
  const gathered = gatherRules(props, owner);
  // Per application, rules keep the application's order; the stable sort by kind kept it within each.
  const buckets =
    props.scope === "application"
      ? props.applications.flatMap((app) => gathered.filter((b) => b.members[0].app === app))
      : gathered;
  const titles = new Map<string, number>();
  for (const b of buckets) titles.set(baseTitle(b.definition), (titles.get(baseTitle(b.definition)) ?? 0) + 1);
  const ds = { type: props.dataSource.type, uid: props.dataSource.uid };
  const grafanaVersion = props.grafanaVersion ?? "12.4";
  const intervalSeconds = props.intervalSeconds ?? 60;
  return buckets.map((bucket): AlertRuleSpec | SharedAlertRuleSpec => {
    const rule = bucket.definition;
    const common = {
      kind: rule.kind,
      for: rule.pendingPeriod,
      noDataState: rule.noDataState,
      execErrState: rule.execErrState,
      missingSeriesEvalsToResolve: missingSeriesEvals(rule, intervalSeconds, grafanaVersion),
      canPage: canPage(rule),
      runbook: `${props.runbookBaseUrl}#${rule.kind.toLowerCase()}`,
    };
    const { runbook, ...shared } = common;
    if (props.scope === "application") {
      const { app, target } = bucket.members[0];
      const name = target.applicationName;
      const key = app.key ?? name;
      const titled = key === name || target.account === undefined ? name : `${name} (${target.account})`;
      return {
        ...shared,
        uid: stableUid(props.uidPrefix, key, rule.kind),
        title: `${titled}: ${rule.title}`,
        steps: querySteps({ target, ds, usedBy: `${owner} "${name}": alert ${rule.kind}` }, rule.query),
        labels: {
          severity: severityLabel(rule),
          environment: props.environment,
          application: name,
          // Over several accounts, which one the application is in (its name alone may be ambiguous).
          ...(target.account === undefined ? {} : { account: target.account }),
          runtime: target.runtime,
          alert: rule.kind,
          team: "flink",
        },
        annotations: {
          summary: rule.summary,
          description: rule.description,
          runbook_url: runbook,
          ...dashboardLinkAnnotations(app.dashboard, rule.query.metric.name),
        },
        metrics: [rule.query.metric],
      };
    }
    const names = [...new Set(bucket.members.map((m) => m.target.applicationName))].sort();
    const membership = membershipFor(names, rule.query);
    const naming = instanceNaming(rule.query, props.acrossAccounts ?? false);
    const keys = bucket.members.map((m) => naming.keyOf(m.target)).sort();
    // A rule reading every application of the account, or every linked account, marks its members.
    const marked = membership.form === "all" || naming.account !== undefined;
    const memberLabel = marked
      ? naming.account
        ? memberLabelTemplate(keys, "Series", naming.memberKey, naming.seriesForm)
        : instanceApplicationLabel(rule.query) === "Series"
          ? // A Series that is not a name (a dynamic label CloudWatch left unresolved) counts as a member.
            memberLabelTemplate(keys, "Series", undefined, "^[A-Za-z0-9_.-]+$")
          : memberLabelTemplate(keys, "Application")
      : undefined;
    // The texts were written with `Application`; over several accounts they name the account too.
    // An instance without the labels (the DatasourceError alert of a failed evaluation) says so.
    const unknown = `"${UNKNOWN_APPLICATION}"`;
    const inTexts = naming.account
      ? `{{ or ${naming.application} ${unknown} }} ({{ ${naming.account} }})`
      : `{{ or ${naming.application} ${unknown} }}`;
    const named = (text: string) => text.split(APPLICATION_NAME_TEMPLATE).join(inTexts);
    // The rule of the default settings keeps the same uid whatever the defaults become; other settings
    // are told apart by a hash of what the rule evaluates (not of its texts, which may be reworded).
    const metricName = rule.query.metric.name;
    const evaluated = JSON.stringify([
      rule.query,
      rule.severity,
      rule.escalation,
      rule.pendingPeriod,
      // Only the paging rules of applications not expected to run add it: every other rule keeps the
      // hash (and uid) it had before the missing-series setting existed.
      ...(rule.missingSeries === "resolve" && canPage(rule) ? ["resolve"] : []),
    ]);
    const uid = bucket.isDefault
      ? stableUid(props.uidPrefix, rule.kind, metricName)
      : stableUid(props.uidPrefix, rule.kind, metricName, short(evaluated));
    const title = baseTitle(rule);
    const usedBy = `${owner}: alert ${rule.kind} (${conditionText(rule.query)})`;
    const overCap = seriesCapProblem(usedBy, rule.query.metric, bucket.members.length);
    if (overCap) throw new Error(overCap);
    const linked = bucket.members.map(({ app, target }) => ({ target, dashboardUid: app.dashboard?.uid ?? "" }));
    const panelIds = new Set(bucket.members.map((m) => m.app.dashboard?.panelIds[metricName]));
    const panelId = panelIds.size === 1 ? [...panelIds][0] : undefined;
    const path =
      dashboardPathTemplate(linked, props.dashboardUidPrefix, naming) +
      (panelId === undefined ? "" : `?viewPanel=${panelId}`);
    return {
      ...shared,
      uid,
      title: (titles.get(title) ?? 0) > 1 ? `${title} [${short(evaluated)}]` : title,
      steps: sharedQuerySteps(
        { members: bucket.members.map((m) => m.target), membership, ds, naming, usedBy },
        rule.query,
      ),
      labels: {
        severity: severityLabel(rule, SHARED_COUNT_REF_ID),
        environment: props.environment,
        application: `{{ ${naming.application} }}`,
        ...(naming.account ? { account: `{{ ${naming.account} }}` } : {}),
        alert: rule.kind,
        team: "flink",
        ...(memberLabel ? { [MEMBER_LABEL]: memberLabel } : {}),
      },
      annotations: { summary: named(rule.summary), description: named(rule.description), runbook_url: runbook },
      dashboardUrl: { base: props.grafanaUrl ?? "", path },
      metrics: queryMetrics(rule.query),
      members: keys,
      membership,
    };
  });
}

function baseTitle(rule: AlertRuleDefinition): string {
  return `${rule.title[0].toUpperCase()}${rule.title.slice(1)} (${conditionText(rule.query)})`;
}
