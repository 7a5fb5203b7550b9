import { FLINK_METRICS, RuntimeFamily, SourceKind, sourceLagMetric } from "../../flink-metrics";
import { NotificationSeverity } from "../notifications";
import { RULE_PERIOD_SECONDS, RuleQuery } from "./steps";
import { AlertKind, AlertThresholds } from "./thresholds";

/**
 * What a rule definition depends on: the runtime family (which metrics exist), the source (which lag
 * metric) and the name written in its texts. A rule over several applications gets a Grafana template
 * for the name ({@link APPLICATION_NAME_TEMPLATE}); a rule of one application, its name.
 */
export interface RuleSubject {
  readonly applicationName: string;
  readonly family: RuntimeFamily;
  readonly source: SourceKind;
  /**
   * Whether the application is expected to run (created with `startApplication`, or monitored with
   * `expectedRunning`): a page of such an application keeps firing while its metrics are gone.
   * @default true
   */
  readonly expectedToRun?: boolean;
}

/** What the texts of an instance without an application (the DatasourceError alert) name instead. */
export const UNKNOWN_APPLICATION = "(unknown: the rule's query failed)";

/**
 * The application's name in the texts of a rule over several applications: each alert instance's
 * `Application` label, the CloudWatch dimension its query groups by. Written with `index`, which gives
 * "" for a missing label: Grafana expands templates with `missingkey=invalid`, so `$labels.Application`
 * fails for the DatasourceError instance of a failed evaluation, which has no data labels, and Grafana
 * then sends the raw template text. The text then says what it is instead of an empty name.
 */
export const APPLICATION_NAME_TEMPLATE = `{{ or (index $labels "Application") "${UNKNOWN_APPLICATION}" }}`;

/** Grafana no-data states. */
export type NoDataState = "NoData" | "Alerting" | "OK" | "KeepLast";
/**
 * Grafana execution-error states a rule may have here. `KeepLast` is left out on purpose: it applies the
 * last state and raises no DatasourceError, so a broken query would go unnoticed (and 10.4.0 refuses it).
 */
export type ExecErrState = "Error" | "Alerting" | "OK";

/** One alert rule, declared: everything else (steps, labels, metrics, docs row) is derived from it. */
export interface AlertRuleDefinition {
  /** Which recommended alarm it implements (label `alert`, runbook anchor). */
  readonly kind: AlertKind;
  /** Title after `<application>: `. */
  readonly title: string;
  /** Label the notification policy routes on. */
  readonly severity: NotificationSeverity;
  /**
   * A higher severity the rule's instances take when the value the condition reads reaches `atLeast`
   * (the severity label is templated from `$values`).
   * @default - the rule always has `severity`
   */
  readonly escalation?: { readonly severity: NotificationSeverity; readonly atLeast: number; readonly name: string };
  /** How long the condition must hold before the rule fires (`for`). */
  readonly pendingPeriod: string;
  /** State when the query returns no data. */
  readonly noDataState: NoDataState;
  /** State when evaluation fails. */
  readonly execErrState: ExecErrState;
  /**
   * What an instance does when its series disappears: `keepFiring`, a firing instance stays firing
   * (and keeps notifying) until its series returns and reads normal; `resolve`, Grafana's default, the
   * instance resolves after two evaluations without its series. A paging rule of an application
   * expected to run keeps firing: a job that ends FAILED publishes nothing, and its page must not
   * resolve because its metrics vanished.
   */
  readonly missingSeries: "keepFiring" | "resolve";
  /** What it reads and when it fires. */
  readonly query: RuleQuery;
  /**
   * How long the event itself lasts before the metric can cross the threshold (jobDown: the outage
   * must reach `jobDownMs`); part of the detection time.
   * @default 0
   */
  readonly holdSeconds?: number;
  /** `summary` annotation. */
  readonly summary: string;
  /** `description` annotation. */
  readonly description: string;
}

// Missing data is OK (an application that reports nothing is paged by its silence alarm, not here). A
// failed evaluation is Error for every rule: Grafana then raises a DatasourceError alert naming the rule
// and the query, which the notification policy routes to the non-paging contact points. Under KeepLast
// Grafana would apply the last state and raise nothing (pkg/services/ngalert/state, `setNextStateForRule`),
// so a rule whose query broke (duplicate labels, a bad SEARCH, throttling) would be dead without a word.
const QUIET = { noDataState: "OK", execErrState: "Error" } as const;

/** A rule as each alert kind writes it; {@link alertRuleDefinitions} adds what follows from the subject. */
type RuleDraft = Omit<AlertRuleDefinition, "missingSeries">;

/** How an instance of a rule with this severity and escalation treats a disappearing series. */
function missingSeriesFor(
  target: RuleSubject,
  rule: Pick<AlertRuleDefinition, "severity" | "escalation">,
): AlertRuleDefinition["missingSeries"] {
  const pages = rule.severity === "critical" || rule.escalation?.severity === "critical";
  return pages && (target.expectedToRun ?? true) ? "keepFiring" : "resolve";
}

/**
 * Job down: the job has been out of RUNNING for `jobDownMs`. 1.x reads `downtime` (AWS's first
 * recommended alarm; the outage's duration, 0 while running). 2.2 deprecates downtime; its
 * replacements are the per-state times, and the rule reads `restartingTime`. AWS documents it at
 * level "Application, Flow": the read matches every dimension set carrying the application's name,
 * so a Flow dimension cannot hide it.
 *
 * Not `failingTime`, which would double what the rule costs (a metric more every minute, per
 * application): FAILING lasts while the tasks are cancelled, which Flink bounds by
 * `task.cancellation.timeout` (180 s by default; TaskManagerOptions) with a fatal TaskManager error,
 * after which the job is RESTARTING (this rule, and the restarts rule's crash loop) or FAILED, when it
 * reports nothing and the silence alarm pages. A job stuck FAILING with the watchdog switched off
 * still shows as stalled output.
 *
 * No data is OK: an application that reports nothing is not known to be down here (a first apply,
 * an application stopped on purpose). An application expected to run that goes silent pages through
 * its CloudWatch silence alarm (modules/aws/application-silence-alarm), which also pages when Grafana
 * itself is broken. A failed evaluation is Error, routed as a warning by the notification policy.
 */
function jobDown(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const app = target.applicationName;
  const limit = t.jobDownMs;
  const common = {
    kind: "jobDown",
    severity: "critical",
    pendingPeriod: "0s",
    holdSeconds: limit / 1000,
    noDataState: "OK",
    execErrState: "Error",
  } as const;
  const noData = " An application that stops reporting is paged by its silence alarm instead.";
  if (target.family === "flink-1") {
    return {
      ...common,
      title: "job down",
      query: {
        type: "threshold",
        metric: FLINK_METRICS.downtime,
        windowSeconds: 300,
        reducer: "last",
        op: "gt",
        value: limit,
      },
      summary: `Flink application ${app} is down`,
      description:
        `downtime is above ${limit} ms: the job is failing or restarting and processes nothing. Check the ` +
        `exceptions panel and the application's log group.${noData}`,
    };
  }
  return {
    ...common,
    title: "job not running",
    query: {
      type: "threshold",
      metric: FLINK_METRICS.restartingTime,
      read: "worstDimension",
      windowSeconds: 300,
      reducer: "last",
      op: "gt",
      value: limit,
    },
    summary: `Flink application ${app} is not running`,
    description: `restartingTime is above ${limit} ms: the job is restarting and processes nothing.${noData}`,
  };
}

/**
 * Restarts, and crash loops: a warning from `restartsThreshold` restarts in the window, critical from
 * `crashLoopRestarts` (a loop keeps downtime at 0 and resets 2.2's restartingTime, so jobDown misses it).
 */
function restarts(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const metric = target.family === "flink-1" ? FLINK_METRICS.fullRestarts : FLINK_METRICS.numRestarts;
  return {
    kind: "restarts",
    title: "restarting",
    severity: "warning",
    escalation: { severity: "critical", atLeast: t.crashLoopRestarts, name: "crash loop" },
    pendingPeriod: "0s",
    ...QUIET,
    query: { type: "count", metric, windowMinutes: t.restartsWindowMinutes, atLeast: t.restartsThreshold },
    summary: `Flink application ${target.applicationName} restarted`,
    description:
      `${metric.name} grew by at least ${t.restartsThreshold} in ${t.restartsWindowMinutes} minutes; from ` +
      `${t.crashLoopRestarts} it is a crash loop and critical. Repeated restarts usually mean a poison record, a ` +
      `failing sink or memory pressure.`,
  };
}

function failedCheckpoints(target: RuleSubject, t: AlertThresholds): RuleDraft {
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

function checkpointDuration(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.checkpointDurationMs;
  return {
    kind: "checkpointDuration",
    title: "slow checkpoints",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.lastCheckpointDuration,
      windowSeconds: 600,
      reducer: "min",
      op: "gt",
      value: limit,
    },
    summary: `Checkpoints of ${target.applicationName} take longer than ${limit} ms`,
    description:
      `lastCheckpointDuration stayed above ${limit} ms for 10 minutes (every datapoint); long checkpoints come from back pressure or ` +
      `growing state and end in checkpoint timeouts.`,
  };
}

// CPU and heap are sustained conditions: a 10-minute mean, with no pending period. In the warnings group,
// evaluated every 10 minutes, a pending period would only fire at the next evaluation after it (a `for`
// of 5 minutes costs 10), which would take the detection past 25 minutes.
function cpu(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.cpuPercent;
  return {
    kind: "cpu",
    title: "high CPU",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.containerCPUUtilization,
      windowSeconds: 600,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `CPU of ${target.applicationName} above ${limit}%`,
    description:
      `The hottest TaskManager container averaged more than ${limit}% CPU over 10 minutes; the application needs ` +
      `more KPUs or is about to fall behind.`,
  };
}

function heapMemory(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.heapMemoryPercent;
  return {
    kind: "heapMemory",
    title: "high heap",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.heapMemoryUtilization,
      windowSeconds: 600,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `Heap of ${target.applicationName} above ${limit}%`,
    description:
      `The fullest TaskManager heap averaged more than ${limit}% over 10 minutes; expect long old-generation GCs ` +
      `and OutOfMemoryError restarts.`,
  };
}

function containerMemory(target: RuleSubject, t: AlertThresholds): RuleDraft {
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
      `A TaskManager container averaged more than ${limit}% memory over 5 minutes, for 5 minutes; the container is close to being ` +
      `OOM-killed.`,
  };
}

/** Source lag, on the worst stream/shard or partition; none without a source. */
function sourceLag(target: RuleSubject, t: AlertThresholds): RuleDraft | undefined {
  const metric = sourceLagMetric(target.source);
  if (!metric) return undefined;
  const kinesis = target.source === "kinesis";
  const limit = kinesis ? t.kinesisLagMs : t.kafkaLagRecords;
  const unit = kinesis ? "ms" : "records";
  return {
    kind: "sourceLag",
    title: "source falling behind",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric,
      read: "worstDimension",
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `${target.applicationName} is falling behind its ${target.source} source`,
    description:
      `${metric.name} averaged more than ${limit} ${unit} over 5 minutes on the worst ` +
      `${kinesis ? "shard" : "partition"}: the application does not keep up with its input.`,
  };
}

/**
 * Checkpoint size growth: state that keeps growing (AWS: lastCheckpointSize, Maximum). The newest size
 * is compared with the largest of the same six hours a day earlier: a restart or a deploy, after which
 * state is rebuilt and the size climbs back, neither lowers that baseline nor raises the newest size
 * above it.
 */
function checkpointSize(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.checkpointSizeGrowthPercent;
  return {
    kind: "checkpointSize",
    title: "checkpoint size growing",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "growth",
      metric: FLINK_METRICS.lastCheckpointSize,
      recentSeconds: 3600,
      baselineFromSeconds: 30 * 3600,
      baselineToSeconds: 24 * 3600,
      percent: limit,
    },
    summary: `Checkpoints of ${target.applicationName} grew by more than ${limit}% in a day`,
    description:
      `lastCheckpointSize is more than ${limit}% above its largest value in the same six hours a day ago: state ` +
      `is not being expired (unbounded keys, windows that never fire) and will slow checkpoints and restores.`,
  };
}

/**
 * Throughput stall (AWS: numRecordsOutPerSecond < threshold, Average). A stopped job reports
 * nothing (no data is OK; jobDown covers an outage), so this fires only for a job that reports but
 * emits nothing.
 */
function throughputStall(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.minRecordsOutPerSecond;
  return {
    kind: "throughputStall",
    title: "output stalled",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.numRecordsOutPerSecond,
      windowSeconds: 600,
      reducer: "max",
      op: "lt",
      value: limit,
    },
    summary: `${target.applicationName} emits (almost) no records`,
    description:
      `numRecordsOutPerSecond stayed below ${limit} records/s in every minute of the last 10 minutes while the ` +
      `job reports metrics: a stalled sink, back pressure or an input that stopped. If this application's ` +
      `input pauses by design, raise or disable this alert for it.`,
  };
}

/**
 * Old-generation GC time. AWS's alarm treats oldGenerationGCTime as milliseconds per period
 * (`oldGarbageCollectionTime * 100 / 60000` over 1 minute, Maximum): it is read as is, never differenced.
 */
function oldGenerationGc(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.oldGenerationGcPercent;
  const periodMs = RULE_PERIOD_SECONDS * 1000;
  return {
    kind: "oldGenerationGc",
    title: "long old-generation GC",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.oldGenerationGCTime,
      windowSeconds: 300,
      reducer: "mean",
      math: `$B * 100 / ${periodMs}`,
      op: "gt",
      value: limit,
    },
    summary: `${target.applicationName} spends more than ${limit}% of its time in old-generation GC`,
    description:
      `oldGenerationGCTime averaged more than ${limit}% of each minute over 5 minutes: the heap is too small or ` +
      `leaks; expect pauses, missed heartbeats and restarts.`,
  };
}

/** Thread leak (AWS: threadsCount > threshold, Maximum). */
function threads(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.maxThreads;
  return {
    kind: "threads",
    title: "too many threads",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.threadsCount,
      windowSeconds: 600,
      reducer: "mean",
      op: "gt",
      value: limit,
    },
    summary: `${target.applicationName} runs more than ${limit} threads`,
    description:
      `threadsCount averaged more than ${limit} over 10 minutes: usually a thread leak (clients created per ` +
      `record or per checkpoint and never closed).`,
  };
}

/**
 * Watermark gap, as event-time lag (wall clock minus currentOutputWatermark). Jobs without event-time
 * watermarks report Long.MIN_VALUE, a lag of ~10^19 ms: values above 10^12 ms (31 years) count as
 * "no watermark" and read as 0, so such jobs never fire.
 */
function watermarkLag(target: RuleSubject, t: AlertThresholds): RuleDraft {
  const limit = t.watermarkLagMs;
  return {
    kind: "watermarkLag",
    title: "event time falling behind",
    severity: "warning",
    pendingPeriod: "0s",
    ...QUIET,
    query: {
      type: "threshold",
      metric: FLINK_METRICS.currentOutputWatermark,
      read: "watermarkLag",
      windowSeconds: 300,
      reducer: "mean",
      math: "$B * ($B < 1000000000000)",
      op: "gt",
      value: limit,
    },
    summary: `Event time of ${target.applicationName} trails the wall clock by more than ${limit} ms`,
    description:
      `The output watermark averaged more than ${limit} ms behind the wall clock over 5 minutes: a source ` +
      `partition or subtask stopped emitting watermarks, or the job processes ever older events.`,
  };
}

/** The rules of one application, in display order (AWS's recommended alarms, one each). */
export function alertRuleDefinitions(target: RuleSubject, t: AlertThresholds): AlertRuleDefinition[] {
  return [
    jobDown(target, t),
    restarts(target, t),
    failedCheckpoints(target, t),
    checkpointDuration(target, t),
    checkpointSize(target, t),
    throughputStall(target, t),
    cpu(target, t),
    heapMemory(target, t),
    oldGenerationGc(target, t),
    threads(target, t),
    containerMemory(target, t),
    sourceLag(target, t),
    watermarkLag(target, t),
  ]
    .filter((rule): rule is RuleDraft => rule !== undefined)
    .map((rule) => ({ ...rule, missingSeries: missingSeriesFor(target, rule) }));
}
