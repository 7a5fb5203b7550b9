import { FLINK_METRICS, ResolvedMonitoringTarget, sourceLagMetric } from "../../flink-metrics";
import { NotificationSeverity } from "../notifications";
import { RuleQuery } from "./steps";
import { AlertKind, AlertThresholds } from "./thresholds";

/** Grafana no-data states. */
export type NoDataState = "NoData" | "Alerting" | "OK" | "KeepLast";
/** Grafana execution-error states. */
export type ExecErrState = "Error" | "Alerting" | "OK" | "KeepLast";

/** One alert rule, declared: everything else (steps, labels, metrics, docs row) is derived from it. */
export interface AlertRuleDefinition {
  /** Which recommended alarm it implements (label `alert`, runbook anchor). */
  readonly kind: AlertKind;
  /** Title after `<application>: `. */
  readonly title: string;
  /** Label the notification policy routes on. */
  readonly severity: NotificationSeverity;
  /** How long the condition must hold before the rule fires (`for`). */
  readonly pendingPeriod: string;
  /** State when the query returns no data. */
  readonly noDataState: NoDataState;
  /** State when evaluation fails. */
  readonly execErrState: ExecErrState;
  /** What it reads and when it fires. */
  readonly query: RuleQuery;
  /** `summary` annotation. */
  readonly summary: string;
  /** `description` annotation. */
  readonly description: string;
}

// Every rule but jobDown treats missing data as OK and keeps its last state on a failed evaluation.
const QUIET = { noDataState: "OK", execErrState: "KeepLast" } as const;

/**
 * Job down. 1.x: downtime > 0 (AWS's first recommended alarm). 2.2: runningTime is 0 whenever the
 * job is not RUNNING; uptime/downtime are deprecated there and not relied upon. An application that
 * reports nothing at all for 10 minutes is stopped or gone: that is down too (NoData → Alerting).
 */
function jobDown(target: ResolvedMonitoringTarget): AlertRuleDefinition {
  const app = target.applicationName;
  const common = { kind: "jobDown", severity: "critical", pendingPeriod: "2m" } as const;
  const states = { noDataState: "Alerting", execErrState: "Error" } as const;
  if (target.family === "flink-1") {
    return {
      ...common,
      ...states,
      title: "job down",
      query: {
        type: "threshold",
        metric: FLINK_METRICS.downtime,
        windowSeconds: 600,
        reducer: "last",
        op: "gt",
        value: 0,
      },
      summary: `Flink application ${app} is down`,
      description:
        `downtime has been above 0 for 2 minutes: the job is failing or restarting and processes nothing. Check ` +
        `the exceptions panel and the application's log group.`,
    };
  }
  return {
    ...common,
    ...states,
    title: "job not running",
    query: {
      type: "threshold",
      metric: FLINK_METRICS.runningTime,
      windowSeconds: 600,
      reducer: "last",
      op: "lt",
      value: 1,
    },
    summary: `Flink application ${app} is not running`,
    description:
      `runningTime has been 0 for 2 minutes: the job is not in RUNNING (restarting, failing or stopped) and ` +
      `processes nothing.`,
  };
}

function restarts(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  const metric = target.family === "flink-1" ? FLINK_METRICS.fullRestarts : FLINK_METRICS.numRestarts;
  return {
    kind: "restarts",
    title: "restarting",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: { type: "count", metric, windowMinutes: t.restartsWindowMinutes, atLeast: t.restartsThreshold },
    summary: `Flink application ${target.applicationName} restarted`,
    description:
      `${metric.name} grew by at least ${t.restartsThreshold} in ${t.restartsWindowMinutes} minutes. Repeated ` +
      `restarts usually mean a poison record, a failing sink or memory pressure.`,
  };
}

function failedCheckpoints(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  return {
    kind: "failedCheckpoints",
    title: "checkpoints failing",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "count",
      metric: FLINK_METRICS.numberOfFailedCheckpoints,
      windowMinutes: t.failedCheckpointsWindowMinutes,
      atLeast: t.failedCheckpointsThreshold,
    },
    summary: `Checkpoints of ${target.applicationName} are failing`,
    description:
      `numberOfFailedCheckpoints grew by at least ${t.failedCheckpointsThreshold} in ` +
      `${t.failedCheckpointsWindowMinutes} minutes. Without checkpoints a restart replays from an old position.`,
  };
}

function checkpointDuration(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  const limit = t.checkpointDurationMs;
  return {
    kind: "checkpointDuration",
    title: "slow checkpoints",
    severity: "warning",
    pendingPeriod: "10m",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.lastCheckpointDuration,
      windowSeconds: 600,
      reducer: "max",
      op: "gt",
      value: limit,
    },
    summary: `Checkpoints of ${target.applicationName} take longer than ${limit} ms`,
    description:
      `lastCheckpointDuration stayed above ${limit} ms for 10 minutes; long checkpoints come from back pressure or ` +
      `growing state and end in checkpoint timeouts.`,
  };
}

function cpu(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  const limit = t.cpuPercent;
  return {
    kind: "cpu",
    title: "high CPU",
    severity: "warning",
    pendingPeriod: "15m",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.containerCPUUtilization,
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `CPU of ${target.applicationName} above ${limit}%`,
    description:
      `The hottest TaskManager container averaged more than ${limit}% CPU for 15 minutes; the application needs ` +
      `more KPUs or is about to fall behind.`,
  };
}

function heapMemory(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  const limit = t.heapMemoryPercent;
  return {
    kind: "heapMemory",
    title: "high heap",
    severity: "warning",
    pendingPeriod: "10m",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.heapMemoryUtilization,
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `Heap of ${target.applicationName} above ${limit}%`,
    description:
      `The fullest TaskManager heap averaged more than ${limit}% for 10 minutes; expect long old-generation GCs ` +
      `and OutOfMemoryError restarts.`,
  };
}

function containerMemory(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition {
  const limit = t.containerMemoryPercent;
  return {
    kind: "containerMemory",
    title: "high container memory",
    severity: "critical",
    pendingPeriod: "5m",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.containerMemoryUtilization,
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `Container memory of ${target.applicationName} above ${limit}%`,
    description:
      `A TaskManager container averaged more than ${limit}% memory for 5 minutes; the container is close to being ` +
      `OOM-killed.`,
  };
}

/** Source lag, on the worst stream/shard or partition; none without a source. */
function sourceLag(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition | undefined {
  const metric = sourceLagMetric(target.source);
  if (!metric) return undefined;
  const kinesis = target.source === "kinesis";
  const limit = kinesis ? t.kinesisLagMs : t.kafkaLagRecords;
  const unit = kinesis ? "ms" : "records";
  return {
    kind: "sourceLag",
    title: "source falling behind",
    severity: "warning",
    pendingPeriod: "10m",
    ...QUIET,
    query: {
      type: "threshold",
      metric,
      read: "worstDimension",
      windowSeconds: 600,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `${target.applicationName} is falling behind its ${target.source} source`,
    description:
      `${metric.name} averaged more than ${limit} ${unit} for 10 minutes on the worst ` +
      `${kinesis ? "shard" : "partition"}: the application does not keep up with its input.`,
  };
}

/** The rules of one application, in display order (AWS's recommended alarms, one each). */
export function alertRuleDefinitions(target: ResolvedMonitoringTarget, t: AlertThresholds): AlertRuleDefinition[] {
  return [
    jobDown(target),
    restarts(target, t),
    failedCheckpoints(target, t),
    checkpointDuration(target, t),
    cpu(target, t),
    heapMemory(target, t),
    containerMemory(target, t),
    sourceLag(target, t),
  ].filter((rule): rule is AlertRuleDefinition => rule !== undefined);
}
