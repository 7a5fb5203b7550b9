import { Construct } from "constructs";
import { LocalBackend, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { GrafanaWorkspace as GrafanaWorkspaceResource } from "@cdktf/provider-aws/lib/grafana-workspace";
import { GrafanaProvider } from "../.gen/providers/grafana/provider";
import { Folder } from "../.gen/providers/grafana/folder";
import { EnvironmentConfig } from "../lib/config/schema";

/** Properties of an {@link EnvironmentStack}. */
export interface EnvironmentStackProps {
  /** The validated environment configuration (see lib/config/schema.ts). */
  readonly config: EnvironmentConfig;
}

/**
 * Everything one environment needs, in one Terraform plan: the AWS half (Managed Grafana workspace,
 * Managed Flink applications) and the Grafana half configured from that workspace.
 */
export class EnvironmentStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id);
    const { config } = props;
    const prefix = config.namePrefix ?? `flinkobs-${config.name}`;

    // ---- backend (issue 6) ----
    // A relative path keeps the synthesized JSON identical on every checkout; it points from
    // cdktf.out/stacks/<stack>/ back to the project root, where cdktf keeps local state by default.
    new LocalBackend(this, { path: config.backend.path ?? `../../../terraform.${id}.tfstate` });

    // ---- AWS provider ----
    new AwsProvider(this, "aws", {
      region: config.region,
      allowedAccountIds: [config.account],
      defaultTags: [{ tags: { ...config.tags, Environment: config.name, ManagedBy: "flink-observability" } }],
    });

    // ---- workspace, token lifecycle, Grafana provider (issue 3) ----
    const workspace = new GrafanaWorkspaceResource(this, "workspace", {
      name: `${prefix}-grafana`,
      accountAccessType: "CURRENT_ACCOUNT",
      authenticationProviders: ["AWS_SSO"],
      permissionType: "SERVICE_MANAGED",
      grafanaVersion: config.grafana.version,
    });
    new GrafanaProvider(this, "grafana", {
      url: `https://${workspace.endpoint}`,
    });

    // ---- Flink applications (issue 4) ----

    // ---- Grafana objects: data source, folders, dashboards, alerting (issue 5) ----
    new Folder(this, "folder", { uid: `${prefix}-flink`, title: `Flink (${config.name})` });

    // ---- outputs (issue 6) ----
  }
}
