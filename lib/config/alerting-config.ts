import { z } from "zod";

// Owned by issue 5 (contact points, notification policy, alert thresholds).

/** Per-application alert settings (thresholds, what to leave out); used by created and monitored apps. */
export const applicationAlertsSchema = z.strictObject({});

export const alertingConfigSchema = z.strictObject({});

export type ApplicationAlertsConfig = z.output<typeof applicationAlertsSchema>;
export type AlertingConfig = z.output<typeof alertingConfigSchema>;
