/**
 * Worst-case detection time of a rule: from the event (the job goes down, a checkpoint fails, ...) to
 * the first notification, computed from the same definition the rule is built from, so the table in
 * docs/dashboards-and-alerts.md cannot drift from the rules.
 */
import { DEFAULT_GROUP_WAIT, NotificationSeverity, SEVERITY_GROUP_WAIT } from "../notifications";
import { AlertRuleDefinition } from "./rules";
import { RULE_PERIOD_SECONDS } from "./steps";

/**
 * How long after its minute ends a 1-minute datapoint of an AWS service becomes queryable in
 * CloudWatch: about 2 minutes (Datadog's "Cloud Metric Delay" guide measures "about 2 minutes" for
 * 1-minute CloudWatch metrics; 1-2 minutes after the minute ends is what is seen for
 * AWS/KinesisAnalytics). Rules reading the newest minute see the event this much later.
 */
export const CLOUDWATCH_PUBLICATION_SECONDS = 120;

/** How often CloudWatch evaluates a metric alarm of 1-minute period: every minute. */
export const ALARM_EVALUATION_SECONDS = 60;

/** The terms of a detection time, in seconds. */
export interface DetectionTime {
  /** A sample lands in a 1-minute datapoint: the minute must end (15 s sampling, one period). */
  readonly periodSeconds: number;
  /** The datapoint becomes queryable: CloudWatch's publication delay ({@link CLOUDWATCH_PUBLICATION_SECONDS}). */
  readonly publicationSeconds: number;
  /**
   * How long the condition must hold in the data before the reduced value crosses: the event's own
   * duration (jobDown's outage threshold) plus, for a reducer that needs every datapoint of the window
   * (mean, `min` against `gt`, `max` against `lt`), the window minus the first period.
   */
  readonly holdSeconds: number;
  /** The next evaluation may be one interval away. */
  readonly evaluationSeconds: number;
  /**
   * Pending period (`for`), rounded up to whole evaluation intervals: Grafana moves a pending instance
   * to firing only at an evaluation, the first one at least `for` after the condition was first seen
   * (pkg/services/ngalert/state, `resultAlerting`), so `for: 5m` in a group evaluated every 10 minutes
   * fires 10 minutes after the first breaching evaluation.
   */
  readonly pendingSeconds: number;
  /** The notification policy's group wait for the rule's severity. */
  readonly groupWaitSeconds: number;
  /** The sum. */
  readonly totalSeconds: number;
}

/** `30s`, `5m`, `1h` → seconds. */
export function durationSeconds(duration: string): number {
  const match = /^(\d+)([smh])$/.exec(duration);
  if (!match) throw new Error(`not a duration: "${duration}"`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as "s" | "m" | "h"];
}

/** The group wait the notification policy applies to a severity (its defaults). */
export function groupWaitSeconds(severity: NotificationSeverity): number {
  return durationSeconds(SEVERITY_GROUP_WAIT[severity] ?? DEFAULT_GROUP_WAIT);
}

function reducerHoldSeconds(rule: AlertRuleDefinition): number {
  const q = rule.query;
  if (q.type !== "threshold") return 0;
  const everyDatapoint =
    q.reducer === "mean" || (q.reducer === "min" && q.op === "gt") || (q.reducer === "max" && q.op === "lt");
  return everyDatapoint ? q.windowSeconds - RULE_PERIOD_SECONDS : 0;
}

/** Worst-case time from the event to the first notification, with its terms. */
export function detectionTime(
  rule: AlertRuleDefinition,
  evaluationIntervalSeconds = 60,
  severity: NotificationSeverity = rule.severity,
): DetectionTime {
  const terms = {
    periodSeconds: RULE_PERIOD_SECONDS,
    publicationSeconds: CLOUDWATCH_PUBLICATION_SECONDS,
    holdSeconds: (rule.holdSeconds ?? 0) + reducerHoldSeconds(rule),
    evaluationSeconds: evaluationIntervalSeconds,
    pendingSeconds:
      Math.ceil(durationSeconds(rule.pendingPeriod) / evaluationIntervalSeconds) * evaluationIntervalSeconds,
    groupWaitSeconds: groupWaitSeconds(severity),
  };
  return { ...terms, totalSeconds: Object.values(terms).reduce((a, b) => a + b, 0) };
}

/**
 * Worst case for an application that stops reporting, paged by its CloudWatch silence alarm: every
 * datapoint of the alarm's range must be missing (the silence itself), then the alarm's next
 * evaluation. No publication term (it waits for absence) and no group wait (SNS, not Grafana).
 */
export function silenceDetectionTime(silenceMinutes: number): DetectionTime {
  const terms = {
    periodSeconds: 0,
    publicationSeconds: 0,
    holdSeconds: silenceMinutes * 60,
    evaluationSeconds: ALARM_EVALUATION_SECONDS,
    pendingSeconds: 0,
    groupWaitSeconds: 0,
  };
  return { ...terms, totalSeconds: Object.values(terms).reduce((a, b) => a + b, 0) };
}

/** `2m 40s`, `6m 10s`, `45s`. */
export function formatSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  if (m === 0) return `${s}s`;
  return s === 0 ? `${m}m` : `${m}m ${s}s`;
}
