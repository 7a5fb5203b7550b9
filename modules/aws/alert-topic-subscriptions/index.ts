import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";

/**
 * One address: no white space, one `@`, no Terraform template sequence (`${`, `%{`), so a
 * configured address reaches Terraform only as a literal.
 */
const EMAIL_ADDRESS_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEMPLATE_SEQUENCE = /[$%]\{/;

/** Properties of {@link AlertTopicSubscriptions}. */
export interface AlertTopicSubscriptionsProps {
  /** ARN of the SNS topic the alerts are published to (the workspace's alert topic). Required. */
  readonly topicArn: string;
  /**
   * E-mail addresses to subscribe; an address listed more than once (ignoring case) is subscribed
   * once, with its first spelling. Required, may be empty.
   */
  readonly emailAddresses: readonly string[];
}

/**
 * E-mail subscriptions of the alert topic: how alerts reach a mailbox on Amazon Managed Grafana,
 * which has no SMTP server. SNS sends each address a confirmation e-mail; the subscription stays
 * "pending confirmation" (and delivers nothing) until the recipient confirms, and AWS deletes
 * unconfirmed subscriptions after three days (the next apply creates them again). Every confirmed
 * address receives everything published to the topic.
 */
export class AlertTopicSubscriptions extends Construct {
  /** The subscriptions, by address (first spelling). */
  readonly subscriptions: Record<string, SnsTopicSubscription>;

  constructor(scope: Construct, id: string, props: AlertTopicSubscriptionsProps) {
    super(scope, id);
    const problems: string[] = [];
    props.emailAddresses.forEach((address, i) => {
      if (!EMAIL_ADDRESS_PATTERN.test(address) || TEMPLATE_SEQUENCE.test(address))
        problems.push(`AlertTopicSubscriptions "${id}": emailAddresses[${i}]: not an e-mail address ("${address}")`);
    });
    if (problems.length > 0) throw new Error(problems.join("\n"));

    this.subscriptions = {};
    const seen = new Set<string>();
    for (const address of props.emailAddresses) {
      const key = address.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      // The logical id derives from the address alone, so adding or removing another address
      // never replaces this subscription (which would send a new confirmation e-mail).
      const slug = key.replace(/[^a-z0-9]+/g, "-").slice(0, 48);
      const digest = createHash("sha256").update(key).digest("hex").slice(0, 8);
      this.subscriptions[address] = new SnsTopicSubscription(this, `email-${slug}-${digest}`, {
        topicArn: props.topicArn,
        protocol: "email",
        endpoint: address,
      });
    }
  }
}
