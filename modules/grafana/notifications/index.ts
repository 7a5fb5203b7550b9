import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { ContactPoint } from "../../../.gen/providers/grafana/contact-point";
import { MessageTemplate } from "../../../.gen/providers/grafana/message-template";
import { NotificationPolicy, NotificationPolicyPolicy } from "../../../.gen/providers/grafana/notification-policy";
import { SettingProblem, throwProblems } from "../../validation";
import { terraformLiteral } from "../terraform-literal";

/** Severities routed by the policy, most urgent first. */
export const NOTIFICATION_SEVERITIES = ["critical", "warning", "info"] as const;
export type NotificationSeverity = (typeof NOTIFICATION_SEVERITIES)[number];

/** Group wait of the root policy unless `groupWait` is set. */
export const DEFAULT_GROUP_WAIT = "30s";
/** Group waits the policy sets per severity (critical notifies sooner); others use the root's. */
export const SEVERITY_GROUP_WAIT: Partial<Record<NotificationSeverity, string>> = { critical: "10s" };

/** A contact point as configured (secrets are not part of it; see {@link GrafanaNotifications}). */
export type ContactPointSpec =
  | {
      readonly name: string;
      readonly type: "email";
      readonly addresses: readonly string[];
      /** @default false */
      readonly singleEmail?: boolean;
    }
  | {
      readonly name: string;
      readonly type: "slack";
      /** @default - the webhook's channel */ readonly recipient?: string;
    }
  | { readonly name: string; readonly type: "sns"; /** @default - defaultSnsTopicArn */ readonly topicArn?: string }
  | { readonly name: string; readonly type: "pagerduty"; /** @default "flink" */ readonly class?: string };

/** Properties of {@link GrafanaNotifications}. */
export interface GrafanaNotificationsProps {
  /** Environment name; the policy routes alerts whose `environment` label equals it. Required. */
  readonly environment: string;
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
   * SNS topic used by `sns` contact points without `topicArn` (the workspace's alert topic).
   * @default - none
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
}

/**
 * The one home of the cross-field rules of notification settings: contact point names are unique,
 * and routes and the default name defined contact points. The configuration schema reports these
 * with the file and field; the construct throws them for callers that build it in code.
 */
export function contactPointProblems(
  settings: Pick<GrafanaNotificationsProps, "contactPoints" | "routes" | "defaultContactPoint">,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const names = new Set<string>();
  settings.contactPoints.forEach((cp, i) => {
    if (names.has(cp.name))
      problems.push({ path: ["contactPoints", i, "name"], message: `duplicate contact point name "${cp.name}"` });
    names.add(cp.name);
  });
  const unknown = (ref: string) => `unknown contact point "${ref}" (defined: ${[...names].join(", ") || "none"})`;
  for (const [severity, refs] of Object.entries(settings.routes ?? {})) {
    (refs ?? []).forEach((ref, i) => {
      if (!names.has(ref)) problems.push({ path: ["routes", severity, i], message: unknown(ref) });
    });
  }
  const defaultName = settings.defaultContactPoint;
  if (defaultName !== undefined && !names.has(defaultName))
    problems.push({ path: ["defaultContactPoint"], message: unknown(defaultName) });
  return problems;
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
    `{{ .Labels.severity | toUpper }} {{ .Labels.application }} ({{ .Labels.environment }}, {{ .Labels.runtime }}): {{ .Annotations.summary }}`,
    `{{ .Annotations.description }}`,
    `{{ if .Annotations.runbook_url }}Runbook: {{ .Annotations.runbook_url }}{{ end }}`,
    `{{ if .DashboardURL }}Dashboard: {{ .DashboardURL }}{{ end }}`,
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

  constructor(scope: Construct, id: string, props: GrafanaNotificationsProps) {
    super(scope, id);
    const owner = `GrafanaNotifications "${id}"`;
    if (props.contactPoints.length === 0)
      throw new Error(`${owner}: contactPoints must hold at least one contact point`);
    for (const key of Object.keys(props.routes ?? {})) {
      if (!(NOTIFICATION_SEVERITIES as readonly string[]).includes(key))
        throw new Error(`${owner}: routes.${key} is not a severity (known: ${NOTIFICATION_SEVERITIES.join(", ")})`);
    }
    throwProblems(owner, contactPointProblems(props));
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
          if (cp.addresses.length === 0) throw new Error(`${owner}: contactPoints[${i}].addresses must not be empty`);
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            email: [{ addresses: [...cp.addresses], singleEmail: cp.singleEmail ?? false, subject: title, message }],
          });
          break;
        case "slack":
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            slack: [
              {
                url: secret("slack_webhook_url", cp.name, `Slack incoming-webhook URL of contact point "${cp.name}"`),
                recipient: cp.recipient,
                title,
                text: message,
              },
            ],
          });
          break;
        case "sns": {
          const topic = cp.topicArn ?? props.defaultSnsTopicArn;
          if (!topic)
            throw new Error(
              `${owner}: contactPoints[${i}] ("${cp.name}") is an SNS contact point without topicArn, and no workspace alert topic was given`,
            );
          resource = new ContactPoint(this, `contact-${cp.name}`, {
            ...base,
            sns: [{ topic, subject: title, body: message, messageFormat: "text" }],
          });
          break;
        }
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

    // Root → environment=<env> → one child per (severity, contact point). `continue` lets an alert
    // reach every contact point listed for its severity; severities without a route stop at the
    // environment policy, whose contact point is the default.
    const severityPolicies: NotificationPolicyPolicy[] = [];
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
      groupBy: [...(props.groupBy ?? ["alertname", "environment", "application"])],
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
