import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import { RuleGroup } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMonitoringTarget, ResolvedMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { stableUid } from "../uid";
import {
  AlertRuleSpec,
  DEFAULT_WARNING_INTERVAL_SECONDS,
  canPage,
  createRuleGroups,
  missingSeriesEvals,
  severityLabel,
  validateIntervals,
} from "./rule-spec";
import { APPLICATION_NAME_TEMPLATE, AlertRuleDefinition, UNKNOWN_APPLICATION, alertRuleDefinitions } from "./rules";
import { MEMBER_LABEL, memberLabelTemplate } from "./member-label";
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
import { RuleQuery } from "./steps";
import { ALERT_KINDS, ApplicationAlertOptions, defaultThresholds, resolveAlertOptions } from "./thresholds";

/** One application a shared rule may cover. */
export interface SharedRuleApplication {
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /** Uid of the application's dashboard, which each of its alert instances links to. Required. */
  readonly dashboardUid: string;
  /**
   * Panel id per metric name on that dashboard (the instance links to the panel of the rule's metric
   * when every member's dashboard has it at the same id).
   * @default - the dashboard only
   */
  readonly panelIds?: Readonly<Record<string, number>>;
  /**
   * Whether the application is expected to run: its pages keep firing while its metrics are gone (its
   * paging rules are then not shared with applications that are not expected to run).
   * @default true
   */
  readonly expectedToRun?: boolean;
}

/** Properties of {@link SharedAlertRules}. */
export interface SharedAlertRulesProps {
  /** The applications watched. Required (may be empty: no rule). */
  readonly applications: readonly SharedRuleApplication[];
  /** Folder holding the rule groups: pass the folder's `uidReference`. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /**
   * Resources that create what the rules name by a literal uid (the data source, the dashboards they
   * link to): Terraform creates them first.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Environment name: the `environment` label and the group names. Required. */
  readonly environment: string;
  /** Prefix of the rule uids. Required. */
  readonly uidPrefix: string;
  /**
   * Prefix every application's dashboard uid starts with when its name fits (`<uid prefix>-app-`): the
   * link annotation writes the uid from the instance's label, listing only the applications whose uid
   * was shortened with a hash.
   * @default - every uid listed
   */
  readonly dashboardUidPrefix?: string;
  /**
   * Grafana's URL (`https://<workspace endpoint>`, a Terraform reference is fine) that dashboard links
   * start with.
   * @default "" (links relative to Grafana)
   */
  readonly grafanaUrl?: string;
  /** Base URL of the runbooks; each rule links to `<runbookBaseUrl>#<alert kind in lower case>`. Required. */
  readonly runbookBaseUrl: string;
  /**
   * Evaluation interval of the rules that can page, in seconds.
   * @default 60
   */
  readonly intervalSeconds?: number;
  /**
   * Evaluation interval of the warning rules, in seconds.
   * @default 600
   */
  readonly warningIntervalSeconds?: number;
  /**
   * Grafana version of the workspace.
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * Whether the data source reads several accounts (CloudWatch cross-account observability; each
   * application's `target.account` is then set). Every rule then reads every linked account, names
   * each instance's account in an `account` label and its texts, and marks as members only the
   * (account, name) pairs it covers: an application of the same name in another account never notifies.
   * @default false
   */
  readonly acrossAccounts?: boolean;
}

/** A rule over several applications, as built. */
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

/**
 * The path of an instance's dashboard, templated from its labels: the uid is the prefix and the
 * application's name (characters a uid cannot hold as `-`) unless the uid is another (shortened with a
 * hash, or of an application in a linked account), which is listed by member key.
 */
export function dashboardPathTemplate(
  members: readonly SharedRuleApplication[],
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

interface RuleBucket {
  readonly definition: AlertRuleDefinition;
  readonly key: string;
  readonly isDefault: boolean;
  readonly members: { readonly app: SharedRuleApplication; readonly target: ResolvedMonitoringTarget }[];
}

/**
 * The rules over several applications (pure; no construct): one per alert kind and set of settings
 * (runtime family where the metric differs, source, thresholds, windows, severity), each covering every
 * application that shares them, so the count grows with the settings in use, not with applications.
 */
export function buildSharedAlertRules(props: SharedAlertRulesProps, owner = "SharedAlertRules"): SharedAlertRuleSpec[] {
  const buckets = new Map<string, RuleBucket>();
  for (const app of props.applications) {
    const target = resolveTarget(owner, app.target);
    const where = `${owner} "${target.applicationName}"`;
    const { thresholds, disabled } = resolveAlertOptions(where, app.alerts);
    const subject = { applicationName: APPLICATION_NAME_TEMPLATE, family: target.family, source: target.source };
    // The rules of the default settings are those of an application expected to run: they keep their
    // uids; the paging rules of applications not expected to run are told apart by a hash.
    const defaults = new Set(
      alertRuleDefinitions({ ...subject, expectedToRun: true }, defaultThresholds()).map((d) => JSON.stringify(d)),
    );
    const expected = { ...subject, expectedToRun: app.expectedToRun ?? true };
    for (const definition of alertRuleDefinitions(expected, thresholds)) {
      if (disabled.has(definition.kind)) continue;
      const key = JSON.stringify(definition);
      const bucket = buckets.get(key) ?? { definition, key, isDefault: defaults.has(key), members: [] };
      bucket.members.push({ app, target });
      buckets.set(key, bucket);
    }
  }
  const ordered = [...buckets.values()].sort(
    (a, b) => ALERT_KINDS.indexOf(a.definition.kind) - ALERT_KINDS.indexOf(b.definition.kind),
  );
  const titles = new Map<string, number>();
  for (const b of ordered) {
    const title = baseTitle(b.definition);
    titles.set(title, (titles.get(title) ?? 0) + 1);
  }
  const ds = { type: props.dataSource.type, uid: props.dataSource.uid };
  const grafanaVersion = props.grafanaVersion ?? "12.4";
  const intervalSeconds = props.intervalSeconds ?? 60;
  return ordered.map((bucket): SharedAlertRuleSpec => {
    const rule = bucket.definition;
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
    const members = bucket.members.map((m) => m.app);
    const panelIds = new Set(members.map((m) => m.panelIds?.[metricName]));
    const panelId = panelIds.size === 1 ? [...panelIds][0] : undefined;
    const path =
      dashboardPathTemplate(members, props.dashboardUidPrefix, naming) +
      (panelId === undefined ? "" : `?viewPanel=${panelId}`);
    return {
      kind: rule.kind,
      uid,
      title: (titles.get(title) ?? 0) > 1 ? `${title} [${short(evaluated)}]` : title,
      steps: sharedQuerySteps(
        { members: bucket.members.map((m) => m.target), membership, ds, naming, usedBy },
        rule.query,
      ),
      for: rule.pendingPeriod,
      noDataState: rule.noDataState,
      execErrState: rule.execErrState,
      missingSeriesEvalsToResolve: missingSeriesEvals(rule, intervalSeconds, grafanaVersion),
      labels: {
        severity: severityLabel(rule, SHARED_COUNT_REF_ID),
        environment: props.environment,
        application: `{{ ${naming.application} }}`,
        ...(naming.account ? { account: `{{ ${naming.account} }}` } : {}),
        alert: rule.kind,
        team: "flink",
        ...(memberLabel ? { [MEMBER_LABEL]: memberLabel } : {}),
      },
      annotations: {
        summary: named(rule.summary),
        description: named(rule.description),
        runbook_url: `${props.runbookBaseUrl}#${rule.kind.toLowerCase()}`,
      },
      dashboardUrl: { base: props.grafanaUrl ?? "", path },
      metrics: queryMetrics(rule.query),
      canPage: canPage(rule),
      members: keys,
      membership,
    };
  });
}

function baseTitle(rule: AlertRuleDefinition): string {
  return `${rule.title[0].toUpperCase()}${rule.title.slice(1)} (${conditionText(rule.query)})`;
}

/**
 * AWS's recommended alarms for every Managed Flink application of an environment, one rule per alert
 * kind and set of settings, each alert instance an application (or one of its streams, shards or
 * topics): `flink-<environment>`, the rules that can page, evaluated every `intervalSeconds`, and
 * `flink-<environment>-warnings`, every `warningIntervalSeconds`.
 */
export class SharedAlertRules extends Construct {
  /** The rules, as built. */
  readonly rules: SharedAlertRuleSpec[];
  /** The grafana_rule_groups, paging first (a group with no rule is not created). */
  readonly groups: RuleGroup[];

  constructor(scope: Construct, id: string, props: SharedAlertRulesProps) {
    super(scope, id);
    const owner = `SharedAlertRules "${id}"`;
    const intervalSeconds = props.intervalSeconds ?? 60;
    const warningIntervalSeconds = props.warningIntervalSeconds ?? DEFAULT_WARNING_INTERVAL_SECONDS;
    validateIntervals(owner, { intervalSeconds, warningIntervalSeconds });
    this.rules = buildSharedAlertRules(props, owner);
    this.groups = createRuleGroups(this, this.rules, {
      folderUid: props.folderUid,
      dependsOn: props.dependsOn,
      paging: { id: "paging", name: `flink-${props.environment}`, intervalSeconds },
      warnings: {
        id: "warnings",
        name: `flink-${props.environment}-warnings`,
        intervalSeconds: warningIntervalSeconds,
      },
    });
  }
}
