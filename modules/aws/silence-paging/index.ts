import { Construct } from "constructs";
import { Fn } from "cdktn";
import { CloudwatchEventApiDestination } from "@cdktn/provider-aws/lib/cloudwatch-event-api-destination";
import { CloudwatchEventConnection } from "@cdktn/provider-aws/lib/cloudwatch-event-connection";
import { CloudwatchEventRule } from "@cdktn/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktn/provider-aws/lib/cloudwatch-event-target";
import { IamRole } from "@cdktn/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktn/provider-aws/lib/iam-role-policy";

/** PagerDuty's Events API v2 endpoint (developer.pagerduty.com, "Send an Alert Event"). */
export const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

/**
 * A paging contact point the silence of an application reaches outside Grafana. The secrets are
 * Terraform expressions (the contact point's sensitive variables), never configuration text.
 */
export type SilenceReceiver =
  | {
      readonly name: string;
      readonly type: "pagerduty";
      /** PagerDuty Events API v2 integration (routing) key: the Grafana contact point's own. */
      readonly routingKey: string;
    }
  | {
      readonly name: string;
      readonly type: "slack";
      /** Slack incoming-webhook URL: the Grafana contact point's own. */
      readonly webhookUrl: string;
    };

/** Properties of a {@link SilencePaging}. */
export interface SilencePagingProps {
  /** Prefix of every name (the environment's name prefix). Required. */
  readonly namePrefix: string;
  /** Environment name, in the messages. Required. */
  readonly environment: string;
  /**
   * The silence alarms' names, as an EventBridge wildcard (`<prefix>-*-silent`): their changes of state
   * are what pages. Required.
   */
  readonly alarmNamePattern: string;
  /** The paging contact points (PagerDuty, Slack) of the critical route. Required, at least one. */
  readonly receivers: readonly SilenceReceiver[];
  /**
   * Link in the messages, to what to do about a silent application.
   * @default - none
   */
  readonly runbookUrl?: string;
}

/**
 * A change of state of a silence alarm, as EventBridge matches it ("CloudWatch Alarm State Change",
 * Amazon CloudWatch user guide, "Alarm events and EventBridge"). A new or updated alarm starts in
 * INSUFFICIENT_DATA with the reason "Unchecked: Initial alarm creation": neither that state nor the way
 * out of it is an application going silent or coming back, so both patterns leave it out (a first
 * apply of 150 applications must not post 150 "reporting again" messages).
 */
export function silenceEventPattern(alarmNamePattern: string, to: "silent" | "reporting"): string {
  const notInitial = [{ "anything-but": { prefix: "Unchecked" } }];
  const [state, previous] = to === "silent" ? ["INSUFFICIENT_DATA", "OK"] : ["OK", "INSUFFICIENT_DATA"];
  return JSON.stringify({
    source: ["aws.cloudwatch"],
    "detail-type": ["CloudWatch Alarm State Change"],
    detail: {
      alarmName: [{ wildcard: alarmNamePattern }],
      state: { value: [state], ...(to === "silent" ? { reason: notInitial } : {}) },
      previousState: { value: [previous], ...(to === "reporting" ? { reason: notInitial } : {}) },
    },
  });
}

/** The values a target's template reads from the event. */
const INPUT_PATHS = { alarm: "$.detail.alarmName", account: "$.account", time: "$.time" };

/**
 * The request body a receiver gets, as an EventBridge input template (`<alarm>` and the others are
 * filled from {@link INPUT_PATHS}). A PagerDuty event is keyed by the alarm's name, so the resolve
 * closes the incident the trigger opened; Slack gets one message each way.
 */
export function silenceMessageTemplate(
  receiver: SilenceReceiver,
  to: "silent" | "reporting",
  context: { readonly environment: string; readonly runbookUrl?: string },
): string {
  const what =
    to === "silent"
      ? `Flink application stopped reporting (${context.environment}): <alarm> has had no heartbeat metric; it failed, was stopped or deleted`
      : `Flink application reporting again (${context.environment}): <alarm>`;
  if (receiver.type === "pagerduty") {
    // The key is a Terraform expression; jsonencode quotes it (JSON.stringify would quote the expression).
    const body = JSON.stringify({
      routing_key: "ROUTING_KEY",
      event_action: to === "silent" ? "trigger" : "resolve",
      dedup_key: "<alarm>",
      ...(to === "silent"
        ? {
            payload: {
              summary: what,
              source: "<alarm>",
              severity: "critical",
              timestamp: "<time>",
              component: "<alarm>",
              group: context.environment,
              class: "flink-silence",
              custom_details: { account: "<account>", runbook: context.runbookUrl ?? "" },
            },
          }
        : {}),
    });
    return body.replace('"ROUTING_KEY"', Fn.jsonencode(receiver.routingKey));
  }
  const runbook = to === "silent" && context.runbookUrl ? ` Runbook: ${context.runbookUrl}` : "";
  return JSON.stringify({ text: `${to === "silent" ? "[FIRING] CRITICAL " : "[RESOLVED] "}${what}.${runbook}` });
}

/**
 * Pages the critical route's PagerDuty and Slack contact points when an application expected to run
 * goes silent, and resolves when it reports again, from the silence alarms' changes of state (EventBridge
 * rules, API destinations): outside Grafana, which cannot keep a page for an application whose metrics
 * are gone and which may itself be what is broken. The alarm stays INSUFFICIENT_DATA for as long as the
 * application publishes nothing, so the PagerDuty incident stays open (and escalates) until it runs
 * again. SNS and e-mail contact points get the alarm's own notification through the alert topic.
 *
 * The connection's API key is a fixed marker, not a secret: PagerDuty's Events API reads the routing
 * key from the body, and a Slack webhook is authorised by its URL.
 */
export class SilencePaging extends Construct {
  /** The API destinations, by receiver name. */
  readonly destinations: Record<string, CloudwatchEventApiDestination> = {};
  /** The two rules: silent (trigger) and reporting again (resolve). */
  readonly rules: { readonly silent: CloudwatchEventRule; readonly reporting: CloudwatchEventRule };

  constructor(scope: Construct, id: string, props: SilencePagingProps) {
    super(scope, id);
    if (props.receivers.length === 0) throw new Error(`SilencePaging "${id}": receivers must not be empty`);
    // EventBridge allows five targets per rule.
    if (props.receivers.length > 5)
      throw new Error(`SilencePaging "${id}": at most 5 paging receivers, got ${props.receivers.length}`);
    const name = (suffix: string) => `${props.namePrefix}-${suffix}`.slice(0, 64);
    const role = new IamRole(this, "role", {
      name: name("silence-paging"),
      description: `Lets EventBridge send the silence pages of ${props.environment}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sts:AssumeRole" }],
      }),
    });
    // Named after the contact point (EventBridge names take letters, digits, `.`, `-`, `_`), so adding
    // another contact point renames nothing.
    const named = (receiver: SilenceReceiver) => name(`page-${receiver.name.replace(/[^A-Za-z0-9._-]/g, "-")}`);
    props.receivers.forEach((receiver) => {
      const connection = new CloudwatchEventConnection(this, `connection-${receiver.name}`, {
        name: named(receiver),
        description: `Silence pages to contact point ${receiver.name}`,
        authorizationType: "API_KEY",
        authParameters: { apiKey: { key: "X-Flink-Observability", value: "silence-paging" } },
      });
      this.destinations[receiver.name] = new CloudwatchEventApiDestination(this, `destination-${receiver.name}`, {
        name: named(receiver),
        description: `Silence pages to contact point ${receiver.name}`,
        connectionArn: connection.arn,
        invocationEndpoint: receiver.type === "pagerduty" ? PAGERDUTY_EVENTS_URL : receiver.webhookUrl,
        httpMethod: "POST",
        invocationRateLimitPerSecond: 10,
      });
    });
    new IamRolePolicy(this, "role-policy", {
      name: "invoke-silence-destinations",
      role: role.id,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Action: "events:InvokeApiDestination",
            Resource: Object.values(this.destinations).map((d) => d.arn),
          },
        ],
      }),
    });
    const rule = (to: "silent" | "reporting") => {
      const r = new CloudwatchEventRule(this, `rule-${to}`, {
        name: name(to === "silent" ? "app-silent" : "app-reporting"),
        description:
          to === "silent"
            ? `A Flink application of ${props.environment} expected to run stopped reporting: page`
            : `A silent Flink application of ${props.environment} reports again: resolve the page`,
        eventPattern: silenceEventPattern(props.alarmNamePattern, to),
      });
      props.receivers.forEach((receiver) => {
        new CloudwatchEventTarget(this, `target-${to}-${receiver.name}`, {
          rule: r.name,
          arn: this.destinations[receiver.name].arn,
          roleArn: role.arn,
          inputTransformer: {
            inputPaths: INPUT_PATHS,
            inputTemplate: silenceMessageTemplate(receiver, to, props),
          },
        });
      });
      return r;
    };
    this.rules = { silent: rule("silent"), reporting: rule("reporting") };
  }
}
