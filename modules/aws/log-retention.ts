/** Retention periods CloudWatch Logs accepts, in days (0: never expire). */
export const LOG_RETENTION_DAYS = [
  0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
export type LogRetentionDays = (typeof LOG_RETENTION_DAYS)[number];

/** The retention periods that expire (every value but 0). */
export const EXPIRING_LOG_RETENTION_DAYS = LOG_RETENTION_DAYS.filter((days) => days !== 0);
