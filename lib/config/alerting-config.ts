import { z } from "zod";
import { NOTIFICATION_SEVERITIES, contactPointProblems } from "../../modules/grafana/notifications";
import { ALERT_KINDS, THRESHOLD_SPECS, ThresholdName } from "../../modules/grafana/flink-alerts/thresholds";
import { alertSubscriptionProtocol } from "../../modules/aws/alert-topic-subscriptions";
import { SILENCE_MINUTES } from "../../modules/aws/application-silence-alarm";

// The `alerting` section (contact points, notification policy) and each application's alert thresholds.

function thresholdSetting(name: ThresholdName) {
  const spec = THRESHOLD_SPECS[name];
  return z
    .number()
    .min(spec.min, `must be at least ${spec.min} ${spec.unit}`)
    .max(spec.max, `must be at most ${spec.max} ${spec.unit}`)
    .optional();
}

/** Per-application alert settings (thresholds, what to leave out); used by created and monitored apps. */
export const applicationAlertsSchema = z.strictObject({
  /** Alerts to leave out for this application. Default: none. */
  disabled: z.array(z.enum(ALERT_KINDS)).default([]),
  /** Threshold overrides; see modules/grafana/flink-alerts/thresholds.ts for defaults and ranges. */
  thresholds: z
    .strictObject(
      Object.fromEntries(Object.keys(THRESHOLD_SPECS).map((k) => [k, thresholdSetting(k as ThresholdName)])) as {
        [K in ThresholdName]: ReturnType<typeof thresholdSetting>;
      },
    )
    .default({}),
});

const duration = z.string().regex(/^\d+[smh]$/, "a duration such as 30s, 5m or 1h");

const contactPointName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]{0,62}$/, "letters, digits, ' ', '_', '.' and '-', at most 63 characters");

/** A subscriber of the environment's alert topic: what the SNS subscriptions accept (AlertTopicSubscriptions). */
export const alertTopicSubscriber = z
  .string()
  .refine(
    (e) => alertSubscriptionProtocol(e) !== undefined,
    "an e-mail address, an https:// URL, or an SQS queue or Lambda function ARN",
  );

/** A field this project no longer accepts, with the reason as the message. */
const removed = (reason: string) => z.never({ error: reason }).optional();

const emailContactPoint = z.strictObject({
  name: contactPointName,
  type: z.literal("email"),
  /**
   * Recipients. Amazon Managed Grafana has no SMTP: each address is subscribed to the workspace's
   * SNS alert topic (it confirms once, from the e-mail AWS sends) and the contact point publishes there.
   */
  addresses: z.array(z.email("must be a valid e-mail address")).min(1),
  singleEmail: removed(
    "not supported: e-mail is delivered through SNS e-mail subscriptions on the alert topic, one message per address",
  ),
});

const slackContactPoint = z.strictObject({
  name: contactPointName,
  type: z.literal("slack"),
  recipient: removed(
    "not supported: a Slack incoming webhook posts to the channel it was created for and ignores a channel " +
      "override; create a webhook for that channel and pass its URL in slack_webhook_url_<name>",
  ),
});

const snsContactPoint = z.strictObject({
  name: contactPointName,
  type: z.literal("sns"),
  /**
   * Topic to publish to, in the environment's region. Default: the alert topic of the workspace
   * created in the same stack (where `email` contact points publish too).
   */
  topicArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/, "an SNS topic ARN")
    .optional(),
});

const pagerDutyContactPoint = z.strictObject({
  name: contactPointName,
  type: z.literal("pagerduty"),
  /** PagerDuty `class` field. Default: flink. */
  class: z.string().min(1).max(64).default("flink"),
});

export const contactPointConfigSchema = z.discriminatedUnion("type", [
  emailContactPoint,
  slackContactPoint,
  snsContactPoint,
  pagerDutyContactPoint,
]);

export const alertingConfigSchema = z
  .strictObject({
    /**
     * Contact points. Secrets are never written here: a Slack contact point reads its webhook URL
     * from the sensitive Terraform variable `slack_webhook_url_<name>`, a PagerDuty one its
     * integration key from `pagerduty_integration_key_<name>`.
     */
    contactPoints: z.array(contactPointConfigSchema).default([]),
    /** Contact points (by name) notified per severity; every severity falls back to `defaultContactPoint`. */
    routes: z.partialRecord(z.enum(NOTIFICATION_SEVERITIES), z.array(contactPointName).min(1)).default({}),
    /** Contact point of the root notification policy. Default: the first contact point. */
    defaultContactPoint: contactPointName.optional(),
    // Timing defaults belong to GrafanaNotifications (alertname/environment/application, 30s, 5m, 4h).
    /** Labels alerts are grouped by in notifications. */
    groupBy: z.array(z.string().min(1)).optional(),
    /** Wait before the first notification of a new group. */
    groupWait: duration.optional(),
    /** Wait before notifying about new alerts in a group already notified. */
    groupInterval: duration.optional(),
    /** Wait before repeating a notification for a still-firing alert. */
    repeatInterval: duration.optional(),
    /** Base URL of the runbooks; each alert links to `<runbookBaseUrl>#<alert kind>`. */
    runbookBaseUrl: z
      .url()
      .default("https://github.com/example-org/flink-observability/blob/main/docs/dashboards-and-alerts.md"),
    /** Evaluation interval of the rule groups, in seconds. */
    evaluationIntervalSeconds: z.number().int().min(10).max(3600).default(60),
    /**
     * Evaluation interval of the warning rules, in seconds: each evaluation is a billed CloudWatch
     * request, and a warning does not need a minute's precision (docs/alerting-cost.md).
     */
    warningEvaluationIntervalSeconds: z.number().int().min(10).max(3600).default(600),
    /**
     * Grafana-managed alert rules the workspace accepts: Amazon Managed Grafana caps a workspace at 100
     * (aws/amazon-managed-grafana-roadmap#21). Raise it only for a workspace whose cap AWS has raised.
     */
    maxRules: z.number().int().min(1).max(100_000).default(100),
    /**
     * Minutes without any metric after which an application expected to run pages as silent (its
     * CloudWatch alarm; docs/dashboards-and-alerts.md#silence).
     */
    silenceMinutes: z.number().int().min(SILENCE_MINUTES.min).max(SILENCE_MINUTES.max).default(SILENCE_MINUTES.default),
    /**
     * Who the CloudWatch alarms of the applications (silence) reach besides the e-mail contact points'
     * addresses: e-mail addresses, https:// URLs (an on-call tool's CloudWatch integration), SQS queue or
     * Lambda function ARNs, subscribed to the alert topic.
     */
    alarmSubscribers: z.array(alertTopicSubscriber).default([]),
  })
  .superRefine((alerting, ctx) => {
    for (const { path, message } of contactPointProblems(alerting))
      ctx.addIssue({ code: "custom", path: [...path], message });
  });

export type ApplicationAlertsConfig = z.output<typeof applicationAlertsSchema>;
export type AlertingConfig = z.output<typeof alertingConfigSchema>;
export type ContactPointConfig = z.output<typeof contactPointConfigSchema>;
