/**
 * Alert kinds, their default thresholds and the range each threshold may take. Shared by the
 * configuration schema (which derives from this file) and the FlinkAlertRules construct, so a value
 * from YAML and a value passed in code are checked against the same bounds.
 */

/**
 * The alerts every monitored application gets (unless disabled): AWS's recommended alarms for Managed
 * Flink ("Use CloudWatch alarms with Amazon Managed Service for Apache Flink"), one each, plus
 * container CPU and memory.
 */
export const ALERT_KINDS = [
  "jobDown",
  "restarts",
  "failedCheckpoints",
  "checkpointDuration",
  "checkpointSize",
  "throughputStall",
  "cpu",
  "heapMemory",
  "oldGenerationGc",
  "threads",
  "containerMemory",
  "sourceLag",
  "watermarkLag",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A numeric threshold setting: its default, allowed range and what it measures. */
export interface ThresholdSpec {
  /** Value used when the application does not set one. */
  readonly default: number;
  /** Smallest allowed value (inclusive). */
  readonly min: number;
  /** Largest allowed value (inclusive). */
  readonly max: number;
  /** Unit, for error messages and the docs. */
  readonly unit: string;
}

/** Every configurable threshold, by setting name. */
export const THRESHOLD_SPECS = {
  /**
   * Outage (downtime on 1.x, restarting/failing time on 2.2) that pages: longer than an ordinary
   * automatic restart, short enough to page within 3 minutes. 0 is AWS's literal `downtime > 0`.
   */
  jobDownMs: { default: 30_000, min: 0, max: 600_000, unit: "ms" },
  /** Restarts (fullRestarts on 1.x, numRestarts on 2.2) within `restartsWindowMinutes` that fire. */
  restartsThreshold: { default: 1, min: 1, max: 1000, unit: "restarts" },
  /** Window over which restarts are counted. */
  restartsWindowMinutes: { default: 15, min: 5, max: 1440, unit: "minutes" },
  /**
   * Restarts within `restartsWindowMinutes` that make the restarts alert critical: a crash loop. A loop
   * (RUNNING → RESTARTING → RUNNING) never passes through FAILING, so `downtime` stays 0 on 1.x, and
   * 2.2's `restartingTime` resets at every restart: jobDown cannot see it. AWS's recommended alarms
   * have no restart alarm; 3 in 15 minutes is a restart every 5 minutes or faster.
   */
  crashLoopRestarts: { default: 3, min: 2, max: 1000, unit: "restarts" },
  /** Failed checkpoints within `failedCheckpointsWindowMinutes` that fire. */
  failedCheckpointsThreshold: { default: 1, min: 1, max: 1000, unit: "checkpoints" },
  /** Window over which failed checkpoints are counted. */
  failedCheckpointsWindowMinutes: { default: 15, min: 5, max: 1440, unit: "minutes" },
  /** lastCheckpointDuration above which the checkpoint alert fires. */
  checkpointDurationMs: { default: 60_000, min: 1_000, max: 3_600_000, unit: "ms" },
  /** Growth of lastCheckpointSize within 6 hours (last value against the lowest) that fires. */
  checkpointSizeGrowthPercent: { default: 100, min: 1, max: 100_000, unit: "%" },
  /** numRecordsOutPerSecond below which, every minute for 10 minutes, output counts as stalled. */
  minRecordsOutPerSecond: { default: 0.01, min: 0.001, max: 1_000_000_000, unit: "records/s" },
  /** containerCPUUtilization (hottest TaskManager) above which the CPU alert fires. */
  cpuPercent: { default: 80, min: 1, max: 100, unit: "%" },
  /** heapMemoryUtilization (hottest TaskManager) above which the heap alert fires. */
  heapMemoryPercent: { default: 90, min: 1, max: 100, unit: "%" },
  /** containerMemoryUtilization (hottest TaskManager) above which the container memory alert fires. */
  containerMemoryPercent: { default: 90, min: 1, max: 100, unit: "%" },
  /** Share of each minute spent in old-generation GC (oldGenerationGCTime × 100 / 60000), 5-minute mean. */
  oldGenerationGcPercent: { default: 10, min: 1, max: 100, unit: "% of each minute" },
  /** threadsCount (busiest TaskManager), 10-minute mean, above which the thread-leak alert fires. */
  maxThreads: { default: 1_000, min: 10, max: 100_000, unit: "threads" },
  /** millisBehindLatest (Kinesis source) above which the source lag alert fires (AWS's sample line). */
  kinesisLagMs: { default: 60_000, min: 1_000, max: 86_400_000, unit: "ms" },
  /** records_lag_max (Kafka source) above which the source lag alert fires. */
  kafkaLagRecords: { default: 100_000, min: 1, max: 1_000_000_000_000, unit: "records" },
  /** Wall clock minus currentOutputWatermark (event-time lag) above which the watermark alert fires. */
  watermarkLagMs: { default: 600_000, min: 1_000, max: 86_400_000, unit: "ms" },
} as const satisfies Record<string, ThresholdSpec>;
export type ThresholdName = keyof typeof THRESHOLD_SPECS;

/** Resolved per-application alert settings. */
export type AlertThresholds = { readonly [K in ThresholdName]: number };

/** Per-application alert options as given (every field optional). */
export interface ApplicationAlertOptions {
  /**
   * Alerts to leave out for this application.
   * @default - none
   */
  readonly disabled?: readonly AlertKind[];
  /**
   * Threshold overrides; anything not set takes its default from THRESHOLD_SPECS.
   * @default - every threshold at its default
   */
  readonly thresholds?: Partial<Record<ThresholdName, number>>;
}

/** Default value of every threshold. */
export function defaultThresholds(): AlertThresholds {
  return Object.fromEntries(Object.entries(THRESHOLD_SPECS).map(([k, v]) => [k, v.default])) as AlertThresholds;
}

/**
 * Merges overrides onto the defaults and checks each against its range; the error names the
 * application and the field (`FlinkAlertRules "orders": thresholds.cpuPercent must be between 1 and 100 %, got 150`).
 */
export function resolveThresholds(
  owner: string,
  overrides: Partial<Record<ThresholdName, number>> = {},
): AlertThresholds {
  const resolved: Record<string, number> = { ...defaultThresholds() };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const spec = (THRESHOLD_SPECS as Record<string, ThresholdSpec>)[name];
    if (!spec)
      throw new Error(
        `${owner}: thresholds.${name} is not a known threshold (known: ${Object.keys(THRESHOLD_SPECS).join(", ")})`,
      );
    if (typeof value !== "number" || !Number.isFinite(value) || value < spec.min || value > spec.max) {
      throw new Error(
        `${owner}: thresholds.${name} must be between ${spec.min} and ${spec.max} ${spec.unit}, got ${value}`,
      );
    }
    resolved[name] = value;
  }
  return resolved as AlertThresholds;
}

/** An application's alert options, checked: its thresholds resolved and the kinds it leaves out. */
export interface ResolvedAlertOptions {
  readonly thresholds: AlertThresholds;
  readonly disabled: ReadonlySet<string>;
}

/**
 * Resolves the thresholds ({@link resolveThresholds}) and checks that every disabled kind is known;
 * errors name `owner` (the application) and the field.
 */
export function resolveAlertOptions(owner: string, options: ApplicationAlertOptions | undefined): ResolvedAlertOptions {
  const thresholds = resolveThresholds(owner, options?.thresholds);
  const disabled = new Set<string>(options?.disabled ?? []);
  for (const kind of disabled) {
    if (!(ALERT_KINDS as readonly string[]).includes(kind))
      throw new Error(`${owner}: disabled contains unknown alert "${kind}" (known: ${ALERT_KINDS.join(", ")})`);
  }
  return { thresholds, disabled };
}
