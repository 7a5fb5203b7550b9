/**
 * What happens, end to end, when a Flink application fails in each way on-call people meet: which rule
 * or alarm of the synthesized environment notices, at what severity, whom it reaches, how long it takes
 * at worst and how it ends. Read from the Terraform JSON of one environment (the rules' severity labels,
 * groups and missing-series settings, the silence alarms and their EventBridge pages) together with the
 * configuration's routes, so the table in docs/dashboards-and-alerts.md is what synth builds, not what it
 * meant to build. Where each severity lands in Grafana's policy is proven by Alertmanager's own routing
 * (__tests__/engines/routing.test.ts); this table names the routes' contact points.
 */
import { EnvironmentConfig } from "../lib/config/schema";
import {
  AlertRuleDefinition,
  alertRuleDefinitions,
  defaultThresholds,
  detectionRows,
  evaluationIntervalOf,
  formatSeconds,
  groupWaitSeconds,
  silenceDetectionRow,
} from "../modules/grafana/flink-alerts";
import { evaluationFailureContactPoints, severityContactPoints } from "../modules/grafana/notifications";
import { SynthesizedConfiguration } from "./environment-summary";

/** One row of the failure-scenario table. */
export interface FailureScenarioRow {
  readonly scenario: string;
  /** The rules (by alert kind) and alarms that notice it. */
  readonly detectedBy: string;
  readonly severity: string;
  /** Contact points reached. */
  readonly receivers: string;
  /** Worst case from the event to the first notification. */
  readonly worstCase: string;
  /** When and how the notification ends. */
  readonly resolves: string;
}

interface RuleBlock {
  readonly labels?: Record<string, string>;
  readonly for?: string;
  readonly exec_err_state?: string;
  readonly missing_series_evals_to_resolve?: number;
}

/** The rules of a synthesized stack by alert kind, with their group's interval. */
function rulesByKind(json: SynthesizedConfiguration): Map<string, (RuleBlock & { interval: number })[]> {
  const byKind = new Map<string, (RuleBlock & { interval: number })[]>();
  const groups = Object.values(json.resource?.grafana_rule_group ?? {}) as {
    interval_seconds: number;
    rule: RuleBlock[];
  }[];
  for (const group of groups)
    for (const rule of group.rule) {
      const kind = rule.labels?.alert;
      if (kind === undefined) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), { ...rule, interval: Number(group.interval_seconds) }]);
    }
  return byKind;
}

/**
 * The failure-scenario table of a synthesized environment, its configuration beside it. Times are those of
 * the default thresholds (an application's own thresholds move them).
 */
export function failureScenarios(json: SynthesizedConfiguration, config: EnvironmentConfig): FailureScenarioRow[] {
  const alerting = config.alerting;
  const rules = rulesByKind(json);
  const routed = (severity: "critical" | "warning") => severityContactPoints(alerting, severity).join(", ");
  const failures = evaluationFailureContactPoints(alerting).join(", ");
  const intervals = {
    critical: alerting.evaluationIntervalSeconds,
    warning: alerting.warningEvaluationIntervalSeconds,
  };
  const definition = (kind: string, family: "flink-1" | "flink-2" = "flink-1"): AlertRuleDefinition => {
    const subject = { applicationName: "app", family, source: "kinesis" as const };
    return alertRuleDefinitions(subject, defaultThresholds()).find((d) => d.kind === kind)!;
  };
  const worst = (kind: string, escalated = false, family: "flink-1" | "flink-2" = "flink-1") => {
    const rows = detectionRows(definition(kind, family), intervals);
    return (escalated ? rows[rows.length - 1] : rows[0]).worstCase;
  };
  const synthesized = (kind: string) => {
    const found = rules.get(kind);
    if (!found) throw new Error(`failure scenarios: the environment has no ${kind} rule`);
    // The rule as synthesized must be evaluated where its definition says.
    const interval = evaluationIntervalOf(definition(kind), intervals);
    if (found.some((r) => r.interval !== interval))
      throw new Error(`failure scenarios: ${kind} is not evaluated every ${interval} s`);
    return found;
  };
  const keepsFiring = (kind: string) =>
    synthesized(kind).some(
      (r) => r.missing_series_evals_to_resolve !== undefined && r.missing_series_evals_to_resolve > 2,
    );
  const alarms = Object.values(json.resource?.aws_cloudwatch_metric_alarm ?? {}) as { alarm_name?: string }[];
  const silenceAlarms = alarms.filter((a) => String(a.alarm_name).endsWith("-silent")).length;
  const pageTargets = Object.values(json.resource?.aws_cloudwatch_event_target ?? {}) as {
    rule?: string;
    arn?: string;
  }[];
  const pagedThroughEventBridge = pageTargets.filter((t) => String(t.rule).includes("silence-paging")).length > 0;
  const silenceReceivers = pagedThroughEventBridge
    ? `${routed("critical")} (PagerDuty and Slack through EventBridge, SNS through the alert topic)`
    : "the alert topic (e-mail, alarm subscribers)";
  const silence = silenceDetectionRow(alerting.silenceMinutes).worstCase;
  const stillFiring = (kind: string) =>
    keepsFiring(kind)
      ? "stays firing while its metrics are gone (a week at most), resolves when the application reports normal again"
      : "resolves two evaluations after its metrics are gone";
  // A failed evaluation is noticed at the evaluation itself and waits for the warning group.
  const failureTime = [intervals.critical, intervals.warning]
    .map((i) => formatSeconds(i + groupWaitSeconds("warning")))
    .join(" (paging rules), ");
  if (silenceAlarms === 0) throw new Error("failure scenarios: the environment has no silence alarm");
  const silenceEnds =
    "when the application reports again (the alarm turns OK: PagerDuty resolved, Slack told); removing it from the configuration deletes the alarm, and an open PagerDuty incident is then closed by hand";
  const dead = `silence alarm (${alerting.silenceMinutes} min without a heartbeat), and \`jobDown\`/\`restarts\` if they were firing`;
  return [
    {
      scenario: "Crash once (one restart)",
      detectedBy: "`restarts`",
      severity: "warning",
      receivers: routed("warning"),
      worstCase: worst("restarts"),
      resolves: "when the count window passes without another restart",
    },
    {
      scenario: "Crash loop, Flink 1.x",
      detectedBy: "`restarts` (crash loop: `fullRestarts`); `jobDown` if an outage lasts `jobDownMs`",
      severity: "critical",
      receivers: routed("critical"),
      worstCase: worst("restarts", true),
      resolves: `when restarts stop for the count window; if the job then ends FAILED, ${stillFiring("restarts")}`,
    },
    {
      scenario: "Crash loop, Flink 2.x",
      detectedBy: "`restarts` (crash loop: `numRestarts`); `jobDown` on `restartingTime`",
      severity: "critical",
      receivers: routed("critical"),
      worstCase: worst("restarts", true, "flink-2"),
      resolves: `as on 1.x`,
    },
    {
      scenario: "Ends FAILED (publishes nothing)",
      detectedBy: dead,
      severity: "critical",
      receivers: silenceReceivers,
      worstCase: silence,
      resolves: `${silenceEnds}; \`jobDown\` ${stillFiring("jobDown")}`,
    },
    {
      scenario: "Stopped by an operator",
      detectedBy: "silence alarm, while the configuration says it runs (`startApplication`, `expectedRunning`)",
      severity: "critical",
      receivers: silenceReceivers,
      worstCase: silence,
      resolves: `${silenceEnds}. Stop on purpose by setting it not expected to run first: its alarm is removed and its pages resolve when its metrics go`,
    },
    {
      scenario: "Deleted",
      detectedBy: "silence alarm, as for a stop",
      severity: "critical",
      receivers: silenceReceivers,
      worstCase: silence,
      resolves: silenceEnds,
    },
    {
      scenario: "Silent (exists, reports nothing)",
      detectedBy: "silence alarm",
      severity: "critical",
      receivers: silenceReceivers,
      worstCase: silence,
      resolves: silenceEnds,
    },
    {
      scenario: "Just created",
      detectedBy: "nothing until its first heartbeat: a new alarm starts without data, and its first report arms it",
      severity: "-",
      receivers: "-",
      worstCase: "-",
      resolves: "an application that never starts is seen on its dashboard and by `npm run verify`",
    },
    {
      scenario: "Query error (bad query, access denied)",
      detectedBy: "every rule: `exec_err_state` Error raises a DatasourceError alert naming the rule and the query",
      severity: "warning (never pages)",
      receivers: failures,
      worstCase: `${failureTime} (warnings)`,
      resolves: "at the next evaluation that succeeds; paging instances already firing stay firing meanwhile",
    },
    {
      scenario: "Throttling (GetMetricData rate exceeded)",
      detectedBy: "as a query error: DatasourceError",
      severity: "warning (never pages)",
      receivers: failures,
      worstCase: `${failureTime} (warnings)`,
      resolves: "at the next evaluation that succeeds",
    },
    {
      scenario: "Source lag",
      detectedBy: "`sourceLag` (per stream or topic)",
      severity: "warning",
      receivers: routed("warning"),
      worstCase: worst("sourceLag"),
      resolves: "at the first evaluation under the threshold",
    },
    {
      scenario: "Checkpoint failures",
      detectedBy: "`failedCheckpoints`; `checkpointDuration` for slow ones",
      severity: "warning",
      receivers: routed("warning"),
      worstCase: worst("failedCheckpoints"),
      resolves: "when the count window passes without a failure",
    },
  ];
}

/** The table as Markdown (the form docs/dashboards-and-alerts.md holds, before prettier aligns it). */
export function failureScenarioMarkdown(rows: readonly FailureScenarioRow[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(["Scenario", "Noticed by", "Severity", "Reaches", "Worst case", "Ends"]),
    line(["---", "---", "---", "---", "---", "---"]),
    ...rows.map((r) => line([r.scenario, r.detectedBy, r.severity, r.receivers, r.worstCase, r.resolves])),
  ];
}
