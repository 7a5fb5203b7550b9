import { Construct } from "constructs";
import { TerraformVariable } from "cdktn";
import { ContactPoint } from "../../../.gen/providers/grafana/contact-point";
import { MessageTemplate } from "../../../.gen/providers/grafana/message-template";
import { MuteTiming } from "../../../.gen/providers/grafana/mute-timing";
import { NotificationPolicy, NotificationPolicyPolicy } from "../../../.gen/providers/grafana/notification-policy";
import { SettingProblem, throwProblems } from "../../validation";
import { terraformLiteral } from "../terraform-literal";

/** Severities routed by the policy, most urgent first. */
export const NOTIFICATION_SEVERITIES = ["critical", "warning", "info"] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];

/**
 * Alert names Grafana gives the alert it raises when a rule cannot be evaluated: `DatasourceError` for a
 * failed query (exec_err_state Error), `DatasourceNoData` for no data under no_data_state NoData
 * (grafana/grafana pkg/services/ngalert/state, `ErrorAlertName`/`NoDataAlertName`). Such an alert carries
 * the rule's own labels, `severity=critical` of a critical rule included, so the policy routes these
 * names first: a throttled or denied query is a warning about the monitoring, not a page.
 */
export const EVALUATION_FAILURE_ALERT_NAMES = ["DatasourceError", "DatasourceNoData"] as const;

/** Group wait of the root policy unless `groupWait` is set. */
export const DEFAULT_GROUP_WAIT = "30s";
/** Group waits the policy sets per severity (critical notifies sooner); others use the root's. */
export const SEVERITY_GROUP_WAIT: Partial<Record<NotificationSeverity, string>> = { critical: "10s" };

/**
 * A contact point as configured (secrets are not part of it; see {@link GrafanaNotifications}).
 *
 * `email`: Amazon Managed Grafana has no SMTP server, and its contact points are SNS, OpsGenie,
 * PagerDuty, Slack and VictorOps. An e-mail contact point is therefore an SNS contact point that
 * publishes to the workspace's alert topic; its addresses are subscribed to that topic by the AWS
 * half (`AlertTopicSubscriptions`), and each recipient confirms the subscription once. Every address
 * subscribed to the topic receives everything published to it.
 *
 * `slack`: posts to the channel its incoming-webhook URL was created for; Slack ignores a channel
 * override on such webhooks, so there is no `recipient`.
 */
export type ContactPointSpec =
  | { readonly name: string; readonly type: "email"; readonly addresses: readonly string[] }
  | { readonly name: string; readonly type: "slack" }
  | { readonly name: string; readonly type: "sns"; /** @default - defaultSnsTopicArn */ readonly topicArn?: string }
  | { readonly name: string; readonly type: "pagerduty"; /** @default "flink" */ readonly class?: string };

/** The labels notifications are grouped by unless `groupBy` says otherwise: one alert per rule and application. */
export const DEFAULT_GROUP_BY: readonly string[] = ["alertname", "environment", "application"];

/** Properties of {@link GrafanaNotifications}. */
export interface GrafanaNotificationsProps {
  /** Environment name; the policy routes alerts whose `environment` label equals it. Required. */
  readonly environment: string;
  /**
   * Region of the workspace. Grafana's SNS integration signs for the region of its credentials
   * chain (the workspace's) and publishes to the endpoint built from this region, so every SNS
   * topic must be in it. Required.
   */
  readonly region: string;
  /** Contact points. Required, at least one. */
  readonly contactPoints: readonly ContactPointSpec[];
  /**
   * Contact point names notified per severity.
   * @default - none (everything goes to the default)
   */
  readonly routes?: Partial<Record<NotificationSeverity, readonly string[]>>;
  /**
   * Contact point of the root policy and of unrouted severities.
   * @default - the first contact point
   */
  readonly defaultContactPoint?: string;
  /**
   * SNS topic used by `sns` contact points without `topicArn` and by `email` contact points (the
   * workspace's alert topic, where the e-mail addresses are subscribed).
   * @default - none (then `email` and topic-less `sns` contact points are errors)
   */
  readonly defaultSnsTopicArn?: string;
  /**
   * Labels notifications are grouped by.
   * @default ["alertname", "environment", "application"]
   */
  readonly groupBy?: readonly string[];
  /**
   * Wait before the first notification of a new group.
   * @default "30s"
   */
  readonly groupWait?: string;
  /**
   * Wait before notifying about new alerts in a group already notified.
   * @default "5m"
   */
  readonly groupInterval?: string;
  /**
   * Wait before repeating a notification for a still-firing alert.
   * @default "4h"
   */
  readonly repeatInterval?: string;
  /**
   * Name of the message template.
   * @default "flink-observability"
   */
  readonly templateName?: string;
  /**
   * Alert instances carrying this label value never notify: the first route of the environment
   * matches them and is muted at all times. Rules that read every application of the account mark the
   * applications that are not this environment's so (see `MEMBER_LABEL` in the alert rules).
   * @default - nothing muted
   */
  readonly mute?: { readonly label: string; readonly value: string };
}

/** The SNS topic a contact point publishes to (`undefined`: the default alert topic), or null for none. */
function publishedTopic(cp: ContactPointSpec): string | undefined | null {
  if (cp.type === "email") return undefined;
  if (cp.type === "sns") return cp.topicArn;
  return null;
}

/**
 * The one home of the cross-field rules of notification settings: contact point names are unique,
 * routes and the default name defined contact points, and no severity lists two contact points
 * that publish to the same SNS topic (every subscriber would get each alert twice; `email` contact
 * points publish to the alert topic). The configuration schema reports these with the file and
 * field; the construct throws them for callers that build it in code.
 */
export function contactPointProblems(
  settings: Pick<GrafanaNotificationsProps, "contactPoints" | "routes" | "defaultContactPoint">,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const byName = new Map<string, ContactPointSpec>();
  settings.contactPoints.forEach((cp, i) => {
    if (byName.has(cp.name))
      problems.push({ path: ["contactPoints", i, "name"], message: `duplicate contact point name "${cp.name}"` });
    else byName.set(cp.name, cp);
  });
  const names = [...byName.keys()];
  const unknown = (ref: string) => `unknown contact point "${ref}" (defined: ${names.join(", ") || "none"})`;
  for (const [severity, refs] of Object.entries(settings.routes ?? {})) {
    const topics = new Map<string | undefined, string>();
    (refs ?? []).forEach((ref, i) => {
      const cp = byName.get(ref);
      if (!cp) {
        problems.push({ path: ["routes", severity, i], message: unknown(ref) });
        return;
      }
      const topic = publishedTopic(cp);
      if (topic === null) return;
      const first = topics.get(topic);
      if (first !== undefined)
        problems.push({
          path: ["routes", severity, i],
          message:
            `"${ref}" publishes to the same SNS topic as "${first}" (${topic ?? "the workspace's alert topic"}); ` +
            `each ${severity} alert would reach its subscribers twice: list one of them`,
        });
      else topics.set(topic, ref);
    });
  }
  const defaultName = settings.defaultContactPoint;
  if (defaultName !== undefined && !byName.has(defaultName))
    problems.push({ path: ["defaultContactPoint"], message: unknown(defaultName) });
  if (settings.contactPoints.length > 0 && settings.contactPoints.every(isPager))
    problems.push({
      path: ["contactPoints"],
      message:
        `every contact point is a pager (${settings.contactPoints.map((cp) => cp.name).join(", ")}): evaluation ` +
        `failures (DatasourceError, DatasourceNoData: a throttled or failing query) must reach someone without ` +
        `paging on-call. Add a non-paging contact point (email, slack or sns) and route warnings to it`,
    });
  return problems;
}

/** Whether a contact point pages someone (evaluation failures never go there). */
export function isPager(cp: Pick<ContactPointSpec, "type">): boolean {
  return cp.type === "pagerduty";
}

/**
 * The contact points an alert of `severity` reaches: its route, or the default contact point (the first
 * one without a default) when the severity has no route.
 */
export function severityContactPoints(
  settings: Pick<GrafanaNotificationsProps, "contactPoints" | "routes" | "defaultContactPoint">,
  severity: NotificationSeverity,
): string[] {
  const fallback = settings.defaultContactPoint ?? settings.contactPoints[0]?.name;
  return [...(settings.routes?.[severity] ?? (fallback === undefined ? [] : [fallback]))];
}

/**
 * Where evaluation failures go: the contact points a warning reaches ({@link severityContactPoints}) that
 * do not page, else the default contact point when it does not page, else the first one that does not. Empty only when every contact
 * point pages, which {@link contactPointProblems} refuses.
 */
export function evaluationFailureContactPoints(
  settings: Pick<GrafanaNotificationsProps, "contactPoints" | "routes" | "defaultContactPoint">,
): string[] {
  const byName = new Map(settings.contactPoints.map((cp) => [cp.name, cp]));
  const quiet = (name: string) => byName.has(name) && !isPager(byName.get(name)!);
  const warning = severityContactPoints(settings, "warning").filter(quiet);
  if (warning.length > 0) return warning;
  // Without the route: the default contact point.
  const unrouted = severityContactPoints({ ...settings, routes: undefined }, "warning").filter(quiet);
  if (unrouted.length > 0) return unrouted;
  const first = settings.contactPoints.find((cp) => !isPager(cp));
  return first ? [first.name] : [];
}

/**
 * The one home of the rule that SNS topics are in the workspace's region: provider 4.45.1 cannot
 * send Grafana's `sigv4.region` (see {@link snsContactPoint}), so Grafana signs for the region of
 * the workspace's credentials chain. Topics given as Terraform references are not checked.
 */
export function snsTopicRegionProblems(contactPoints: readonly ContactPointSpec[], region: string): SettingProblem[] {
  const problems: SettingProblem[] = [];
  contactPoints.forEach((cp, i) => {
    if (cp.type !== "sns" || cp.topicArn === undefined) return;
    const topicRegion = /^arn:[^:]+:sns:([^:]+):/.exec(cp.topicArn)?.[1];
    if (topicRegion !== undefined && topicRegion !== region)
      problems.push({
        path: ["contactPoints", i, "topicArn"],
        message:
          `the topic is in ${topicRegion}, the workspace in ${region}: Grafana publishes to SNS in the ` +
          `workspace's region only (the provider cannot set the SNS integration's sigv4.region)`,
      });
  });
  return problems;
}

/**
 * The `sns` block of a contact point that Grafana accepts with provider grafana/grafana 4.45.1.
 *
 * The provider's typed fields are those of Amazon Managed Grafana's notifier before Grafana had its
 * own SNS integration: it sends `topic`, `authProvider`, `messageFormat`, `subject`, `body`
 * (terraform-provider-grafana v4.45.1, internal/resources/grafana/resource_alerting_contact_point_notifiers.go,
 * `snsNotifier.meta` and `snsNotifier.schema`, where `topic` is required). Grafana's SNS integration,
 * used by AMG 10.4 and 12.4, reads `topic_arn`, `subject`, `message`, `api_url` and a `sigv4` object
 * (grafana/alerting, receivers/sns/v1/config.go, `NewConfig`, which unmarshals into `Config` and
 * fails with "must specify topicArn, targetArn, or phone number" without `topic_arn`).
 *
 * The block's `settings` map is merged into the notifier settings after the typed fields
 * (resource_alerting_contact_point.go, `unpackNotifier`: `for k, v := range settings { gfSettings[k] = v }`),
 * so `topic_arn`, `message` and `api_url` travel there. It is a map of strings, so the `sigv4`
 * object cannot: with no keys and no role Grafana uses its default AWS credentials chain, which on
 * AMG is the workspace's IAM role (allowed `sns:Publish` on the alert topic), and the region of
 * that chain (receivers/sns/v1/sns.go, `createSNSClient`). `api_url` pins the regional endpoint:
 * the integration's first release, which AMG 10.4 may carry, built it from `sigv4.region` alone
 * (grafana/alerting 43d4cafa, receivers/sns/config.go: `https://sns.%s.amazonaws.com`).
 *
 * AMG 9.4 runs the older notifier, which reads the typed fields (`topic`, `authProvider: default`
 * = the workspace role, `body`); unknown keys are ignored by both, so one block serves every version.
 */
export function snsContactPoint(topicArn: string, region: string, subject: string, message: string) {
  return {
    topic: topicArn,
    authProvider: "default",
    messageFormat: "text",
    subject,
    body: message,
    settings: { topic_arn: topicArn, message, api_url: `https://sns.${region}.amazonaws.com` },
  };
}

/** Name of the sensitive Terraform variable holding a secret of a contact point. */
export function secretVariableName(
  kind: "slack_webhook_url" | "pagerduty_integration_key",
  contactPoint: string,
): string {
  return `${kind}_${contactPoint
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")}`;
}

/** The message template: a title and a body listing each alert with its summary, links and labels. */
export function messageTemplate(templateName: string): string {
  return [
    `{{ define "${templateName}.title" -}}`,
    `[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.environment }} {{ .CommonLabels.severity }}: {{ .CommonLabels.alertname }}`,
    `{{- end }}`,
    ``,
    `{{ define "${templateName}.message" -}}`,
    `{{ range .Alerts -}}`,
    `{{ .Labels.severity | toUpper }} {{ .Labels.application }} ({{ .Labels.environment }}{{ if .Labels.runtime }}, {{ .Labels.runtime }}{{ end }}): {{ .Annotations.summary }}`,
    `{{ .Annotations.description }}`,
    `{{ if .Annotations.runbook_url }}Runbook: {{ .Annotations.runbook_url }}{{ end }}`,
    `{{ if .Annotations.dashboard_url }}Dashboard: {{ .Annotations.dashboard_url }}{{ else if .DashboardURL }}Dashboard: {{ .DashboardURL }}{{ end }}`,
    `{{ if .SilenceURL }}Silence: {{ .SilenceURL }}{{ end }}`,
    `Started: {{ .StartsAt }}{{ if eq .Status "resolved" }}, resolved: {{ .EndsAt }}{{ end }}`,
    ``,
    `{{ end -}}`,
    `{{- end }}`,
  ].join("\n");
}

/**
 * Contact points, the message template and the notification policy of a Grafana organisation.
 * Secrets (Slack webhook URL, PagerDuty integration key) come only from sensitive Terraform
 * variables without default, declared only for the contact points that need them, so they are
 * never in configuration, code or the synthesized JSON.
 */
export class GrafanaNotifications extends Construct {
  /** Contact points by name. */
  readonly contactPoints: Record<string, ContactPoint>;
  /** Sensitive variables declared, by Terraform variable name. */
  readonly secretVariables: Record<string, TerraformVariable>;
  /** The message template. */
  readonly template: MessageTemplate;
  /** The notification policy (one per Grafana organisation). */
  readonly policy: NotificationPolicy;
  /** The mute timing of the `mute` route, always active (undefined without `mute`). */
  readonly alwaysMuted?: MuteTiming;

  constructor(scope: Construct, id: string, props: GrafanaNotificationsProps) {
    super(scope, id);
    const owner = `GrafanaNotifications "${id}"`;
    if (props.contactPoints.length === 0)
      throw new Error(`${owner}: contactPoints must hold at least one contact point`);
    for (const key of Object.keys(props.routes ?? {})) {
      if (!(NOTIFICATION_SEVERITIES as readonly string[]).includes(key))
        throw new Error(`${owner}: routes.${key} is not a severity (known: ${NOTIFICATION_SEVERITIES.join(", ")})`);
    }
    throwProblems(owner, [
      ...contactPointProblems(props),
      ...snsTopicRegionProblems(props.contactPoints, props.region),
    ]);
    const defaultName = props.defaultContactPoint ?? props.contactPoints[0].name;

    const templateName = props.templateName ?? "flink-observability";
    this.template = new MessageTemplate(this, "template", {
      name: templateName,
      template: terraformLiteral(messageTemplate(templateName)),
    });
    const title = `{{ template "${templateName}.title" . }}`;
    const message = `{{ template "${templateName}.message" . }}`;

    this.secretVariables = {};
    const secret = (
      kind: "slack_webhook_url" | "pagerduty_integration_key",
      cpName: string,
      description: string,
    ): string => {
      const name = secretVariableName(kind, cpName);
      if (this.secretVariables[name])
        throw new Error(
          `${owner}: contact points "${cpName}" and another one map to the same variable ${name}; rename one`,
        );
      const variable = new TerraformVariable(this, name, {
        type: "string",
        sensitive: true,
        nullable: false,
        description,
      });
      variable.overrideLogicalId(name);
      this.secretVariables[name] = variable;
      return variable.stringValue;
    };

    this.contactPoints = {};
    props.contactPoints.forEach((cp, i) => {
      const base = { name: cp.name, dependsOn: [this.template] };
      let resource: ContactPoint;
      switch (cp.type) {
        case "email":
        case "sns": {
          if (cp.type === "email" && cp.addresses.length === 0)
            throw new Error(`${owner}: contactPoints[${i}].addresses must not be empty`);
          const topic = (cp.type === "sns" ? cp.topicArn : undefined) ?? props.defaultSnsTopicArn;
          if (!topic)
            throw new Error(
              cp.type === "sns"
                ? `${owner}: contactPoints[${i}] ("${cp.name}") is an SNS contact point without topicArn, and no workspace alert topic was given`
                : `${owner}: contactPoints[${i}] ("${cp.name}") is an e-mail contact point, delivered through the workspace alert topic, and none was given`,
            );
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            sns: [snsContactPoint(topic, props.region, title, message)],
          });
          break;
        }
        case "slack":
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            slack: [
              {
                url: secret("slack_webhook_url", cp.name, `Slack incoming-webhook URL of contact point "${cp.name}"`),
                title,
                text: message,
              },
            ],
          });
          break;
        case "pagerduty":
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            pagerduty: [
              {
                integrationKey: secret(
                  "pagerduty_integration_key",
                  cp.name,
                  `PagerDuty Events API v2 integration key of contact point "${cp.name}"`,
                ),
                class: cp.class ?? "flink",
                severity: "{{ .CommonLabels.severity }}",
                summary: title,
                group: props.environment,
                component: "{{ .CommonLabels.application }}",
              },
            ],
          });
          break;
      }
      this.contactPoints[cp.name] = resource;
    });

    // Root → environment=<env> → evaluation failures to the warning contact points (or the default),
    // then one child per (severity, contact point). `continue` lets an alert reach every contact point
    // listed for its severity; severities without a route stop at the environment policy, whose
    // contact point is the default.
    const failureMatcher = [{ label: "alertname", match: "=~", value: EVALUATION_FAILURE_ALERT_NAMES.join("|") }];
    // A failed evaluation is a warning about the monitoring: it never pages, even where the warning
    // route or the default contact point is a pager.
    const warningRefs = evaluationFailureContactPoints(props);
    const severityPolicies: NotificationPolicyPolicy[] = [];
    if (props.mute) {
      // One interval with no field matches every instant (prometheus/alertmanager timeinterval,
      // `TimeInterval.ContainsTime` checks only the fields that are set; the provider's docs: "Use an
      // empty block to mute all the time"), so the route's instances are never notified.
      this.alwaysMuted = new MuteTiming(this, "always-muted", {
        name: `${props.environment}-not-monitored-here`,
        intervals: [{}],
      });
      severityPolicies.push({
        contactPoint: this.contactPoints[defaultName].name,
        matcher: [{ label: props.mute.label, match: "=", value: props.mute.value }],
        muteTimings: [this.alwaysMuted.name],
        continue: false,
      });
    }
    severityPolicies.push(
      ...warningRefs.map((ref, i) => ({
        contactPoint: this.contactPoints[ref].name,
        matcher: failureMatcher,
        continue: i < warningRefs.length - 1,
      })),
    );
    for (const severity of NOTIFICATION_SEVERITIES) {
      const refs = props.routes?.[severity] ?? [];
      refs.forEach((ref, i) => {
        severityPolicies.push({
          contactPoint: this.contactPoints[ref].name,
          matcher: [{ label: "severity", match: "=", value: severity }],
          continue: i < refs.length - 1,
          ...(severity === "critical" ? { groupWait: SEVERITY_GROUP_WAIT.critical, repeatInterval: "1h" } : {}),
        });
      });
    }
    this.policy = new NotificationPolicy(this, "policy", {
      contactPoint: this.contactPoints[defaultName].name,
      groupBy: [...(props.groupBy ?? DEFAULT_GROUP_BY)],
      groupWait: props.groupWait ?? DEFAULT_GROUP_WAIT,
      groupInterval: props.groupInterval ?? "5m",
      repeatInterval: props.repeatInterval ?? "4h",
      policy: [
        {
          contactPoint: this.contactPoints[defaultName].name,
          matcher: [{ label: "environment", match: "=", value: props.environment }],
          continue: false,
          policy: severityPolicies.length ? severityPolicies : undefined,
        },
      ],
    });
  }
}
