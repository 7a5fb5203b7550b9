// What every alert rule of the project becomes, whichever builder made it (one application's rules,
// or the rules shared by several): the spec, its labels and missing-series setting per Grafana version,
// the provider block and the two rule groups.
import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import { RuleGroup, RuleGroupRule, RuleGroupRuleData } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMetric } from "../../flink-metrics";
import { NotificationSeverity } from "../notifications";
import { terraformLiteral } from "../terraform-literal";
import { AlertRuleDefinition, ExecErrState, NoDataState } from "./rules";
import { COUNT_REF_ID, RuleStep } from "./steps";
import { AlertKind } from "./thresholds";

/**
 * Annotation holding the link to an alert instance's own dashboard (rules over several applications
 * cannot use Grafana's `__dashboardUid__`, which is one dashboard per rule); the message template
 * prints it.
 */
export const DASHBOARD_URL_ANNOTATION = "dashboard_url";

/** Default evaluation interval of the warning rules: every 10 minutes. */
export const DEFAULT_WARNING_INTERVAL_SECONDS = 600;

/** Severities the notification policy routes on. */
export type Severity = NotificationSeverity;

/** A rule, ready to become a `grafana_rule_group.rule` block. */
export interface AlertRuleSpec {
  /** Which recommended alarm it implements. */
  readonly kind: AlertKind;
  /** Stable rule uid. */
  readonly uid: string;
  /** Rule title. */
  readonly title: string;
  /** Queries and expressions, in evaluation order; the last one is the condition. */
  readonly steps: readonly RuleStep[];
  /** Pending period before firing. */
  readonly for: string;
  /** State when the query returns no data. */
  readonly noDataState: NoDataState;
  /** State when evaluation fails. */
  readonly execErrState: ExecErrState;
  /** Labels (severity, environment, application, ...). */
  readonly labels: Record<string, string>;
  /** Annotations (summary, description, runbook_url, dashboard and panel link). */
  readonly annotations: Record<string, string>;
  /** Catalogued metrics it reads. */
  readonly metrics: readonly FlinkMetric[];
  /** Whether its instances can be critical: it is evaluated in the paging group. */
  readonly canPage: boolean;
  /**
   * Evaluations without its series after which a firing instance resolves (`missing_series_evals_to_resolve`).
   * @default - Grafana's (2)
   */
  readonly missingSeriesEvalsToResolve?: number;
}

/** Whether a rule's instances can be critical (its own severity, or its escalation's). */
export function canPage(rule: Pick<AlertRuleDefinition, "severity" | "escalation">): boolean {
  return rule.severity === "critical" || rule.escalation?.severity === "critical";
}

/**
 * How long a paging instance of an application expected to run keeps firing once its series is gone: a
 * week. A job that ends FAILED publishes nothing (Flink: no metric group once the job is terminal), and
 * Grafana would otherwise resolve its page after two evaluations (pkg/services/ngalert/state,
 * `processMissingSeriesStates`: a firing instance whose series is missing is kept, and its end time
 * renewed, until `missing_series_evals_to_resolve` evaluations have passed). A week, not forever: an
 * instance of an application removed without changing its rule must end some day.
 */
export const KEEP_FIRING_WHILE_SILENT_SECONDS = 7 * 24 * 3600;

/**
 * Grafana versions whose rules carry `missing_series_evals_to_resolve` (Grafana 12; 10.4 ignores the
 * field and resolves a missing series after two evaluations).
 */
export const MISSING_SERIES_VERSIONS: readonly string[] = ["12.4"];

/** The `missing_series_evals_to_resolve` of a rule evaluated every `intervalSeconds`, or none (Grafana's default). */
export function missingSeriesEvals(
  rule: Pick<AlertRuleDefinition, "missingSeries">,
  intervalSeconds: number,
  grafanaVersion: string,
): number | undefined {
  if (rule.missingSeries !== "keepFiring" || !MISSING_SERIES_VERSIONS.includes(grafanaVersion)) return undefined;
  return Math.ceil(KEEP_FIRING_WHILE_SILENT_SECONDS / intervalSeconds);
}

/**
 * The `severity` label of a rule: its severity, or, for a rule with an escalation, a template that
 * gives each instance the higher severity once the count it fires on reaches the escalation's level
 * (Grafana expands label templates per instance, with `$values` keyed by refId).
 */
export function severityLabel(rule: AlertRuleDefinition, countRefId = COUNT_REF_ID): string {
  if (!rule.escalation) return rule.severity;
  if (rule.query.type !== "count") throw new Error(`alert ${rule.kind}: an escalation needs a count query`);
  const level = rule.escalation.atLeast - 0.5; // counts are integers: "≥ n" is "> n − 0.5"
  // `index` gives the zero value for a missing refId: the DatasourceError instance of a failed
  // evaluation has no values, and `$values.D` would fail under missingkey=invalid.
  return `{{ if gt (index $values "${countRefId}").Value ${level} }}${rule.escalation.severity}{{ else }}${rule.severity}{{ end }}`;
}

/** What every rule of a set is built with, whatever the rule covers. */
export interface RuleSettings {
  /** The CloudWatch data source. Required. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /** Environment name: the `environment` label the notification policy routes on. Required. */
  readonly environment: string;
  /** Prefix of the rule uids (the environment's name prefix). Required. */
  readonly uidPrefix: string;
  /** Base URL of the runbooks; each rule links to `<runbookBaseUrl>#<alert kind in lower case>`. Required. */
  readonly runbookBaseUrl: string;
  /**
   * Evaluation interval of the rules that can page (critical), in seconds.
   * @default 60
   */
  readonly intervalSeconds?: number;
  /**
   * Grafana version of the workspace: whether a page outlives its series ({@link MISSING_SERIES_VERSIONS})
   * and what one rule covers.
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
}

/** The settings of a pair of rule groups: their rules', and where the groups go. */
export interface RuleGroupsProps extends RuleSettings {
  /** Folder holding the rule groups: pass the folder's `uidReference`, so Terraform creates it first. Required. */
  readonly folderUid: string;
  /**
   * Resources that create what the rules name by a literal uid (the data source of their queries, a
   * dashboard they link to): Terraform creates them first. A uid written as a literal is no edge in
   * Terraform's graph.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /**
   * Evaluation interval of the warning rules, in seconds.
   * @default 600
   */
  readonly warningIntervalSeconds?: number;
}

/** The {@link RuleSettings} of `props` alone (props of a construct carry more). */
export function ruleSettingsOf(props: RuleSettings): RuleSettings {
  return {
    dataSource: props.dataSource,
    environment: props.environment,
    uidPrefix: props.uidPrefix,
    runbookBaseUrl: props.runbookBaseUrl,
    intervalSeconds: props.intervalSeconds,
    grafanaVersion: props.grafanaVersion,
  };
}

/** The two groups' evaluation intervals, defaults filled in and checked; the error names the owner and the field. */
export function groupIntervals(
  owner: string,
  props: Pick<RuleGroupsProps, "intervalSeconds" | "warningIntervalSeconds">,
): { readonly intervalSeconds: number; readonly warningIntervalSeconds: number } {
  const intervals = {
    intervalSeconds: props.intervalSeconds ?? 60,
    warningIntervalSeconds: props.warningIntervalSeconds ?? DEFAULT_WARNING_INTERVAL_SECONDS,
  };
  validateIntervals(owner, intervals);
  return intervals;
}

/** Checks the evaluation intervals of the two rule groups; the error names the owner and the field. */
export function validateIntervals(
  owner: string,
  intervals: { readonly intervalSeconds: number; readonly warningIntervalSeconds: number },
): void {
  for (const [field, value] of Object.entries(intervals)) {
    if (!Number.isInteger(value) || value < 10 || value > 3600)
      throw new Error(`${owner}: ${field} must be an integer from 10 to 3600, got ${value}`);
  }
}

/**
 * Turns a rule spec into the provider's block. Annotations are literal text (Grafana templates
 * included); a spec's `dashboardUrl` becomes the `dashboard_url` annotation, its base left as written
 * (it may be a Terraform reference to the workspace's URL) and its path literal.
 */
export function toRuleBlock(
  spec: AlertRuleSpec & { readonly dashboardUrl?: { base: string; path: string } },
): RuleGroupRule {
  const data: RuleGroupRuleData[] = spec.steps.map((s) => ({
    refId: s.refId,
    datasourceUid: s.datasourceUid,
    queryType: "",
    relativeTimeRange: { from: s.fromSeconds, to: s.toSeconds ?? 0 },
    model: terraformLiteral(JSON.stringify(s.model)),
  }));
  return {
    uid: spec.uid,
    name: spec.title,
    for: spec.for,
    condition: spec.steps[spec.steps.length - 1].refId,
    noDataState: spec.noDataState,
    execErrState: spec.execErrState,
    ...(spec.missingSeriesEvalsToResolve === undefined
      ? {}
      : { missingSeriesEvalsToResolve: spec.missingSeriesEvalsToResolve }),
    labels: spec.labels,
    annotations: {
      ...Object.fromEntries(Object.entries(spec.annotations).map(([k, v]) => [k, terraformLiteral(v)])),
      ...(spec.dashboardUrl
        ? { [DASHBOARD_URL_ANNOTATION]: spec.dashboardUrl.base + terraformLiteral(spec.dashboardUrl.path) }
        : {}),
    },
    isPaused: false,
    data,
  };
}

/** One rule group of {@link createRuleGroups}: construct id, group name and evaluation interval. */
export interface RuleGroupSettings {
  readonly id: string;
  readonly name: string;
  readonly intervalSeconds: number;
}

/**
 * The two rule groups of a set of rules, paging first: the rules that can page (critical) and the
 * warnings, each evaluated at its own interval; a group with no rule is not created. A rule moving
 * between the groups keeps its uid and its state: Grafana's provisioning treats a uid it finds in
 * another group of the organisation as a move, not a conflict (pkg/services/ngalert/store,
 * CalculateChanges), so the groups need no order between them.
 */
export function createRuleGroups(
  scope: Construct,
  rules: readonly (AlertRuleSpec & { readonly dashboardUrl?: { base: string; path: string } })[],
  settings: {
    readonly folderUid: string;
    readonly dependsOn?: readonly ITerraformDependable[];
    readonly paging: RuleGroupSettings;
    readonly warnings: RuleGroupSettings;
  },
): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const [group, canPageHere] of [
    [settings.paging, true],
    [settings.warnings, false],
  ] as const) {
    const members = rules.filter((rule) => rule.canPage === canPageHere);
    if (members.length === 0) continue;
    groups.push(
      new RuleGroup(scope, group.id, {
        name: group.name,
        folderUid: settings.folderUid,
        dependsOn: settings.dependsOn ? [...settings.dependsOn] : undefined,
        intervalSeconds: group.intervalSeconds,
        rule: members.map(toRuleBlock),
      }),
    );
  }
  return groups;
}
