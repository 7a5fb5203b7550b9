import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import { RuleGroup, RuleGroupRule, RuleGroupRuleData } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMetric, FlinkMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { NotificationSeverity } from "../notifications";
import { terraformLiteral } from "../terraform-literal";
import { stableUid } from "../uid";
import { AlertDashboardLink, dashboardLinkAnnotations } from "./dashboard-link";
import { DetectionTime, detectionTime, formatSeconds, silenceDetectionTime } from "./detection";
import { AlertRuleDefinition, ExecErrState, NoDataState, alertRuleDefinitions } from "./rules";
import { COUNT_REF_ID, RuleStep, querySteps } from "./steps";
import { AlertKind, ApplicationAlertOptions, resolveAlertOptions } from "./thresholds";

export * from "./thresholds";
export * from "./dashboard-link";
export * from "./detection";
export * from "./shared-steps";
export * from "./shared-rules";
export * from "./member-label";
export { APPLICATION_NAME_TEMPLATE, alertRuleDefinitions } from "./rules";
export type { AlertRuleDefinition, ExecErrState, NoDataState, RuleSubject } from "./rules";
export { EXPRESSION_DATASOURCE_UID, RULE_PERIOD_SECONDS } from "./steps";
export type { RuleQuery, RuleReducer, RuleRead, RuleStep } from "./steps";

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

/** Properties of a {@link FlinkAlertRules}. */
export interface FlinkAlertRulesProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /** Folder holding the rule group: pass the folder's `uidReference`, so Terraform creates it first. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /**
   * Resources that create what the rules name by a literal uid (the data source of their queries, the
   * dashboard they link to): Terraform creates them first. A uid written as a literal is no edge in
   * Terraform's graph.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Environment name, set as the `environment` label the notification policy routes on. Required. */
  readonly environment: string;
  /** Prefix of the rule uids (the environment's name prefix). Required. */
  readonly uidPrefix: string;
  /**
   * What tells this application's rules apart within the environment: rule uids and group names are
   * built from it. An application of a linked source account is keyed `<account>-<name>` (a name may
   * be taken in two accounts), and its titles then name the account.
   * @default - the application name
   */
  readonly applicationKey?: string;
  /**
   * The application's dashboard: each rule links to the panel showing its metric (a rule whose metric
   * no panel shows gets no link).
   * @default - no dashboard link
   */
  readonly dashboard?: AlertDashboardLink;
  /** Base URL of the runbooks; each alert links to `<runbookBaseUrl>#<alert kind in lower case>`. Required. */
  readonly runbookBaseUrl: string;
  /**
   * Evaluation interval of the rules that can page (critical), in seconds.
   * @default 60
   */
  readonly intervalSeconds?: number;
  /**
   * Evaluation interval of the warning rules, in seconds.
   * @default 600
   */
  readonly warningIntervalSeconds?: number;
  /**
   * Grafana version of the workspace: decides whether a rule may keep its last state on a failed
   * evaluation and whether a page outlives its series ({@link MISSING_SERIES_VERSIONS}).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * Whether the application is expected to run: its pages then keep firing while its metrics are gone.
   * @default true
   */
  readonly expectedToRun?: boolean;
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

/** Builds the rule specs of one application (pure; no construct). */
export function buildAlertRules(props: FlinkAlertRulesProps, owner = "FlinkAlertRules"): AlertRuleSpec[] {
  const target = resolveTarget(owner, props.target);
  const app = target.applicationName;
  const where = `${owner} "${app}"`;
  const { thresholds, disabled } = resolveAlertOptions(where, props.alerts);
  const ds = { type: props.dataSource.type, uid: props.dataSource.uid };
  const key = props.applicationKey ?? app;
  const grafanaVersion = props.grafanaVersion ?? "12.4";
  const intervalSeconds = props.intervalSeconds ?? 60;
  const titled = key === app || target.account === undefined ? app : `${app} (${target.account})`;
  return alertRuleDefinitions({ ...target, expectedToRun: props.expectedToRun }, thresholds)
    .filter((rule) => !disabled.has(rule.kind))
    .map((rule): AlertRuleSpec => {
      const annotations: Record<string, string> = {
        summary: rule.summary,
        description: rule.description,
        runbook_url: `${props.runbookBaseUrl}#${rule.kind.toLowerCase()}`,
        ...dashboardLinkAnnotations(props.dashboard, rule.query.metric.name),
      };
      return {
        kind: rule.kind,
        uid: stableUid(props.uidPrefix, key, rule.kind),
        title: `${titled}: ${rule.title}`,
        steps: querySteps({ target, ds, usedBy: `${where}: alert ${rule.kind}` }, rule.query),
        for: rule.pendingPeriod,
        noDataState: rule.noDataState,
        execErrState: rule.execErrState,
        missingSeriesEvalsToResolve: missingSeriesEvals(rule, intervalSeconds, grafanaVersion),
        labels: {
          severity: severityLabel(rule),
          environment: props.environment,
          application: app,
          // Over several accounts, which one the application is in (its name alone may be ambiguous).
          ...(target.account === undefined ? {} : { account: target.account }),
          runtime: target.runtime,
          alert: rule.kind,
          team: "flink",
        },
        annotations,
        metrics: [rule.query.metric],
        canPage: canPage(rule),
      };
    });
}

/** The cells of a rule's row in the alerts table of docs/dashboards-and-alerts.md. */
export interface AlertDocumentationRow {
  /** `jobDown`... */
  readonly alert: AlertKind;
  /** The catalogued metric read. */
  readonly metric: string;
  /** Pending period. */
  readonly for: string;
  /** Severity label. */
  readonly severity: NotificationSeverity;
  /** `<no data> / <error>`. */
  readonly noDataError: string;
}

/** A rule's documentation row, derived from its definition. */
export function documentationRow(rule: AlertRuleDefinition): AlertDocumentationRow {
  return {
    alert: rule.kind,
    metric: rule.query.metric.name,
    for: rule.pendingPeriod,
    severity: rule.severity,
    noDataError: `${rule.noDataState} / ${rule.execErrState}`,
  };
}

/** The cells of a row of the detection-time table in docs/dashboards-and-alerts.md. */
export interface DetectionDocumentationRow {
  /** `jobDown`, `restarts (crash loop)` for an escalation, `silence` for the CloudWatch alarm. */
  readonly alert: string;
  readonly period: string;
  readonly publication: string;
  readonly hold: string;
  readonly evaluation: string;
  readonly pending: string;
  readonly groupWait: string;
  readonly worstCase: string;
}

function detectionRow(alert: string, t: DetectionTime): DetectionDocumentationRow {
  return {
    alert,
    period: formatSeconds(t.periodSeconds),
    publication: formatSeconds(t.publicationSeconds),
    hold: formatSeconds(t.holdSeconds),
    evaluation: formatSeconds(t.evaluationSeconds),
    pending: formatSeconds(t.pendingSeconds),
    groupWait: formatSeconds(t.groupWaitSeconds),
    worstCase: formatSeconds(t.totalSeconds),
  };
}

/** The evaluation intervals of the two rule groups, in seconds. */
export interface EvaluationIntervals {
  /** Rules that can page. */
  readonly critical: number;
  readonly warning: number;
}

/** The intervals the rule groups use by default. */
export const DEFAULT_EVALUATION_INTERVALS: EvaluationIntervals = {
  critical: 60,
  warning: DEFAULT_WARNING_INTERVAL_SECONDS,
};

/** The interval a rule is evaluated at: that of the critical group when its instances can be critical. */
export function evaluationIntervalOf(rule: AlertRuleDefinition, intervals: EvaluationIntervals): number {
  return canPage(rule) ? intervals.critical : intervals.warning;
}

/** The detection-time rows of a rule (two for a rule with an escalation: it reaches the critical route too). */
export function detectionRows(
  rule: AlertRuleDefinition,
  intervals: EvaluationIntervals = DEFAULT_EVALUATION_INTERVALS,
): DetectionDocumentationRow[] {
  const evaluationIntervalSeconds = evaluationIntervalOf(rule, intervals);
  const rows = [detectionRow(rule.kind, detectionTime(rule, evaluationIntervalSeconds))];
  if (rule.escalation) {
    const escalated = detectionTime(rule, evaluationIntervalSeconds, rule.escalation.severity);
    rows.push(detectionRow(`${rule.kind} (${rule.escalation.name})`, escalated));
  }
  return rows;
}

/** The detection-time row of the silence alarm (an application expected to run that stops reporting). */
export function silenceDetectionRow(silenceMinutes: number): DetectionDocumentationRow {
  return detectionRow("silence", silenceDetectionTime(silenceMinutes));
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

/**
 * AWS's recommended alarms for one Managed Flink application (job down, restarts, failed checkpoints,
 * checkpoint duration and size, output stall, CPU, heap, old-generation GC, threads, container memory,
 * source lag and watermark lag) in two rule groups: `flink-<application>`, the rules that can page
 * (critical), evaluated every `intervalSeconds`, and `flink-<application>-warnings`, evaluated every
 * `warningIntervalSeconds`. Every evaluation is a billed GetMetricData call; warnings need not be
 * checked every minute (docs/alerting-cost.md).
 */
export class FlinkAlertRules extends Construct {
  /** The rules, as built. */
  readonly rules: AlertRuleSpec[];
  /** The grafana_rule_groups, critical first (a group with no rule is not created). */
  readonly groups: RuleGroup[];

  constructor(scope: Construct, id: string, props: FlinkAlertRulesProps) {
    super(scope, id);
    const owner = `FlinkAlertRules "${props.target.applicationName}"`;
    const key = props.applicationKey ?? props.target.applicationName;
    const intervalSeconds = props.intervalSeconds ?? 60;
    const warningIntervalSeconds = props.warningIntervalSeconds ?? DEFAULT_WARNING_INTERVAL_SECONDS;
    validateIntervals(owner, { intervalSeconds, warningIntervalSeconds });
    this.rules = buildAlertRules(props);
    this.groups = createRuleGroups(this, this.rules, {
      folderUid: props.folderUid,
      dependsOn: props.dependsOn,
      paging: { id: "resource", name: `flink-${key}`, intervalSeconds },
      warnings: { id: "warnings", name: `flink-${key}-warnings`, intervalSeconds: warningIntervalSeconds },
    });
  }
}
