import { TerraformOutput, TerraformStack } from "cdktn";
import { GrafanaWorkspace } from "../modules/aws/grafana-workspace";
import { FlinkApplication } from "../modules/aws/flink-application";
import { FlinkMonitoring } from "../modules/grafana/flink-monitoring";

/** What an environment stack reports after apply; see {@link addEnvironmentOutputs}. */
export interface EnvironmentOutputSources {
  /** The environment's Managed Grafana workspace (URL, id, alert topic). */
  readonly workspace: GrafanaWorkspace;
  /** Flink applications this stack creates (monitored-only applications have no ARN here). */
  readonly flinkApplications: readonly FlinkApplication[];
  /** The Grafana side: overview and per-application dashboards. */
  readonly monitoring: FlinkMonitoring;
  /** ARN of the secret holding Terraform's Grafana token (rotated mode). Default: none (external mode). */
  readonly tokenSecretArn?: string;
}

/** Names of the outputs every environment stack declares (`terraform output <name>`). */
export const ENVIRONMENT_OUTPUTS = {
  workspaceUrl: "grafana_workspace_url",
  workspaceId: "grafana_workspace_id",
  overviewDashboardUrl: "grafana_overview_dashboard_url",
  applicationDashboardUrls: "grafana_application_dashboard_urls",
  applicationArns: "flink_application_arns",
  alertTopicArn: "alert_topic_arn",
  tokenSecretArn: "grafana_token_secret_arn",
} as const;

/**
 * Declares the stack's outputs at the top level (stable names, no construct-path hashes), so
 * `terraform output`, `cdktf output` and HCP Terraform show them as is. Every value is an address or an
 * identifier; none is a credential, so none needs `sensitive`. The token itself is never an output:
 * only the ARN of the secret that holds it, which is what `aws secretsmanager rotate-secret` needs.
 */
export function addEnvironmentOutputs(stack: TerraformStack, sources: EnvironmentOutputSources): void {
  const { workspace, flinkApplications, monitoring, tokenSecretArn } = sources;
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.workspaceUrl, {
    description: "URL of the Amazon Managed Grafana workspace",
    value: workspace.url,
  });
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.workspaceId, {
    description: "Id of the Amazon Managed Grafana workspace (g-...)",
    value: workspace.workspaceId,
  });
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.overviewDashboardUrl, {
    description: "URL of the environment's overview dashboard",
    value: monitoring.overview.resource.url,
  });
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.applicationDashboardUrls, {
    description:
      "URL of each application's dashboard (created and monitored applications), by application name " +
      "(<account>-<name> for an application of a source account)",
    value: Object.fromEntries(
      Object.entries(monitoring.applicationDashboards)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, dashboard]) => [name, dashboard.resource.url]),
    ),
  });
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.applicationArns, {
    description: "ARNs of the Managed Flink applications created by this stack, by application name",
    value: Object.fromEntries(flinkApplications.map((app) => [app.applicationName, app.applicationArn])),
  });
  new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.alertTopicArn, {
    description: "ARN of the SNS topic Grafana alerts and the token-rotation alarm publish to",
    value: workspace.alertTopicArn,
  });
  if (tokenSecretArn) {
    new TerraformOutput(stack, ENVIRONMENT_OUTPUTS.tokenSecretArn, {
      description: "ARN of the Secrets Manager secret holding Terraform's Grafana token (the ARN, not the token)",
      value: tokenSecretArn,
    });
  }
}
