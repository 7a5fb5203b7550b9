// The rows of the alerts and detection-time tables in docs/dashboards-and-alerts.md, derived from the
// rule definitions.
import { DetectionTime, detectionTime, formatSeconds, silenceDetectionTime } from "./detection";
import { AlertRuleDefinition } from "./rules";
import { DEFAULT_WARNING_INTERVAL_SECONDS, canPage } from "./rule-spec";
import { NotificationSeverity } from "../notifications";
import { AlertKind } from "./thresholds";

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
