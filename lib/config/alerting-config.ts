import { z } from "zod";

// Owned by issue 5 (contact points, notification policy, alert defaults).
export const alertingConfigSchema = z.strictObject({});

export type AlertingConfig = z.output<typeof alertingConfigSchema>;
