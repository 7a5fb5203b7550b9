import { z } from "zod";
import { applicationAlertsSchema } from "./alerting-config";

// Owned by issue 4 (Flink applications); `alerts` is issue 5's (see alerting-config.ts).

/** Managed Flink runtimes that can be monitored (FLINK-2_2 included: it may exist outside this stack). */
export const MONITORABLE_RUNTIMES = ["FLINK-1_15", "FLINK-1_18", "FLINK-1_19", "FLINK-1_20", "FLINK-2_2"] as const;
/** Metrics levels of a Managed Flink application, from coarsest to finest. */
export const METRICS_LEVELS = ["APPLICATION", "OPERATOR", "PARALLELISM", "TASK"] as const;

const applicationName = z.string().regex(/^[a-zA-Z0-9_.-]{1,128}$/, "letters, digits, '_', '.' and '-', at most 128 characters");

export const flinkApplicationConfigSchema = z.strictObject({
  /** Application name, unique in the environment. */
  name: applicationName,
  /** Alert thresholds and options for this application. */
  alerts: applicationAlertsSchema.prefault({}),
});

export const monitoredApplicationConfigSchema = z.strictObject({
  /** Name of an existing Managed Flink application (the CloudWatch `Application` dimension). */
  name: applicationName,
  /** Its runtime; decides which job-health metrics exist (Flink 1.x `uptime`/`downtime`, 2.2 `runningTime`...). */
  runtime: z.enum(MONITORABLE_RUNTIMES),
  /** Its monitoring configuration's metrics level. Default APPLICATION (what AWS sets by default). */
  metricsLevel: z.enum(METRICS_LEVELS).default("APPLICATION"),
  /** Its CloudWatch log group, for the exceptions panel. Default: none (the panel is left out). */
  logGroupName: z.string().min(1).max(512).optional(),
  /** Kind of its main source, for the source-lag panels and alert. Default: none. */
  source: z.enum(["kinesis", "kafka", "none"]).default("none"),
  /** Alert thresholds and options for this application. */
  alerts: applicationAlertsSchema.prefault({}),
});

export type FlinkApplicationConfig = z.output<typeof flinkApplicationConfigSchema>;
export type MonitoredApplicationConfig = z.output<typeof monitoredApplicationConfigSchema>;
