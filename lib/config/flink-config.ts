import { z } from "zod";

// Owned by issue 4 (Flink applications); the monitoring keys by issue 5.
export const flinkApplicationConfigSchema = z.strictObject({
  /** Application name, unique in the environment. */
  name: z.string().regex(/^[a-zA-Z0-9_.-]{1,128}$/, "letters, digits, '_', '.' and '-', at most 128 characters"),
});

export const monitoredApplicationConfigSchema = z.strictObject({
  /** Name of an existing Managed Flink application (the CloudWatch `Application` dimension). */
  name: z.string().regex(/^[a-zA-Z0-9_.-]{1,128}$/, "letters, digits, '_', '.' and '-', at most 128 characters"),
});

export type FlinkApplicationConfig = z.output<typeof flinkApplicationConfigSchema>;
export type MonitoredApplicationConfig = z.output<typeof monitoredApplicationConfigSchema>;
