import { Construct } from "constructs";
import { OamLink } from "@cdktn/provider-aws/lib/oam-link";
import { OamSink } from "@cdktn/provider-aws/lib/oam-sink";
import { OamSinkPolicy } from "@cdktn/provider-aws/lib/oam-sink-policy";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";

/**
 * What a link shares with the monitoring account: metrics (dashboards, alert rules) and log groups (the
 * exceptions panel). AWS's names, as the sink policy's `oam:ResourceTypes` condition and the link's
 * `resource_types` take them (CloudWatch user guide, "CloudWatch cross-account observability").
 */
export const SHARED_RESOURCE_TYPES = ["AWS::CloudWatch::Metric", "AWS::Logs::LogGroup"] as const;

/** An account whose telemetry the monitoring account reads. */
export interface SourceAccount {
  /** Its id. Required. */
  readonly account: string;
  /** A role there that this plan assumes to create the link (docs/cross-account.md). Required. */
  readonly roleArn: string;
}

/** Properties of {@link CrossAccountObservability}. */
export interface CrossAccountObservabilityProps {
  /** Name of the sink (unique per account and region). Required. */
  readonly sinkName: string;
  /** The monitoring account: this stack's. Required. */
  readonly monitoringAccount: string;
  /** The region of the sink and of every link (OAM links accounts within one region). Required. */
  readonly region: string;
  /** The accounts linked to the sink. Required, at least one. */
  readonly sourceAccounts: readonly SourceAccount[];
  /**
   * Tags of the sink and the links.
   * @default - none (the providers' default tags apply)
   */
  readonly tags?: Record<string, string>;
}

/**
 * CloudWatch cross-account observability for one environment: a sink in the monitoring account, a
 * policy admitting exactly the listed accounts for metrics and log groups, and one link per source
 * account, created in that account through a provider that assumes its role. One CloudWatch data source
 * in the monitoring account then reads every linked account.
 */
export class CrossAccountObservability extends Construct {
  /** The sink. */
  readonly sink: OamSink;
  /** Its policy. */
  readonly sinkPolicy: OamSinkPolicy;
  /** The links, by source account id. */
  readonly links: Record<string, OamLink> = {};

  constructor(scope: Construct, id: string, props: CrossAccountObservabilityProps) {
    super(scope, id);
    if (props.sourceAccounts.length === 0) throw new Error(`CrossAccountObservability "${id}": no source account`);
    this.sink = new OamSink(this, "sink", { name: props.sinkName, tags: props.tags });
    this.sinkPolicy = new OamSinkPolicy(this, "sink-policy", {
      sinkIdentifier: this.sink.arn,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            // The listed accounts only, and only for what the environment reads.
            Effect: "Allow",
            Principal: { AWS: props.sourceAccounts.map((s) => s.account) },
            Action: ["oam:CreateLink", "oam:UpdateLink"],
            Resource: "*",
            Condition: { "ForAllValues:StringEquals": { "oam:ResourceTypes": [...SHARED_RESOURCE_TYPES] } },
          },
        ],
      }),
    });
    for (const source of props.sourceAccounts) {
      const provider = new AwsProvider(this, `aws-${source.account}`, {
        alias: `source_${source.account}`,
        region: props.region,
        allowedAccountIds: [source.account],
        assumeRole: [{ roleArn: source.roleArn, sessionName: "flink-observability-link" }],
      });
      // The sink accepts a link only under its policy: the policy comes first.
      this.links[source.account] = new OamLink(this, `link-${source.account}`, {
        provider,
        sinkIdentifier: this.sink.arn,
        labelTemplate: "$AccountName",
        resourceTypes: [...SHARED_RESOURCE_TYPES],
        tags: props.tags,
        dependsOn: [this.sinkPolicy],
      });
    }
  }
}
