import { z } from "zod";

// Owned by issue 3 (workspace and token lifecycle).
export const GRAFANA_VERSIONS = ["9.4", "10.4", "12.4"] as const;

export const grafanaConfigSchema = z.strictObject({
  /** Grafana version of the workspace. Default 12.4. */
  version: z.enum(GRAFANA_VERSIONS).default("12.4"),
});

export type GrafanaConfig = z.output<typeof grafanaConfigSchema>;
