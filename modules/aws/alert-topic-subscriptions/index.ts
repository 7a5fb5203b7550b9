import { Construct } from "constructs";
import { SnsTopicSubscription } from "@cdktn/provider-aws/lib/sns-topic-subscription";
import { createHash } from "node:crypto";

/** Protocols a subscriber of the alert topic may use, recognised from the endpoint's form. */
export const ALERT_SUBSCRIPTION_PROTOCOLS = ["email", "https", "sqs", "lambda"] as const;
export type AlertSubscriptionProtocol = (typeof ALERT_SUBSCRIPTION_PROTOCOLS)[number];

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const HTTPS = /^https:\/\/[^\s"]+$/;
const SQS_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,80}(\.fifo)?$/;
const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/;

/**
 * The protocol of an alert-topic subscriber: an e-mail address, an `https://` URL, an SQS queue ARN or a
 * Lambda function ARN; undefined for anything else.
 */
export function alertSubscriptionProtocol(endpoint: string): AlertSubscriptionProtocol | undefined {
  // A Terraform template sequence would make the endpoint an expression, not a literal.
  if (/[$%]\{/.test(endpoint)) return undefined;
  if (EMAIL.test(endpoint)) return "email";
  if (HTTPS.test(endpoint)) return "https";
  if (SQS_ARN.test(endpoint)) return "sqs";
  if (LAMBDA_ARN.test(endpoint)) return "lambda";
  return undefined;
}

/** Properties of an {@link AlertTopicSubscriptions}. */
export interface AlertTopicSubscriptionsProps {
  /** ARN of the alert topic. */
  readonly topicArn: string;
  /**
   * Who receives the topic's messages (CloudWatch alarms, Grafana SNS contact points): e-mail
   * addresses, `https://` URLs, SQS queue or Lambda function ARNs. Repeats (e-mail addresses compared
   * case-insensitively) make one subscription.
   * @default - none
   */
  readonly endpoints?: readonly string[];
}

/**
 * Every subscription of the environment's alert topic, in one place: the token-rotation alarms and the
 * e-mail contact points (delivered through SNS, since Managed Grafana has no SMTP) both reach people
 * through it, and an address named by both gets one subscription, not two confirmations. E-mail
 * subscriptions wait for the recipient to confirm; until then nothing is delivered to them.
 */
export class AlertTopicSubscriptions extends Construct {
  /** The subscriptions, by endpoint (after de-duplication). */
  readonly subscriptions: Record<string, SnsTopicSubscription> = {};

  constructor(scope: Construct, id: string, props: AlertTopicSubscriptionsProps) {
    super(scope, id);
    const problems: string[] = [];
    const unique = new Map<string, { endpoint: string; protocol: AlertSubscriptionProtocol }>();
    for (const [i, endpoint] of (props.endpoints ?? []).entries()) {
      const protocol = alertSubscriptionProtocol(endpoint);
      if (!protocol) {
        problems.push(
          `endpoints[${i}] must be an e-mail address, an https:// URL, or an SQS queue or Lambda function ARN, got ${JSON.stringify(endpoint)}`,
        );
        continue;
      }
      const key = protocol === "email" ? endpoint.toLowerCase() : endpoint;
      if (!unique.has(key)) unique.set(key, { endpoint, protocol });
    }
    if (problems.length > 0) throw new Error(problems.map((p) => `AlertTopicSubscriptions "${id}": ${p}`).join("\n"));
    for (const [key, { endpoint, protocol }] of [...unique].sort(([a], [b]) => a.localeCompare(b))) {
      // The id hashes the endpoint: adding or removing one subscriber never re-creates the others.
      this.subscriptions[endpoint] = new SnsTopicSubscription(
        this,
        `${protocol}-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`,
        {
          topicArn: props.topicArn,
          protocol,
          endpoint,
        },
      );
    }
  }
}
