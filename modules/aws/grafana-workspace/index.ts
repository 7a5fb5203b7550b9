import { Construct } from "constructs";
import { GrafanaWorkspace as GrafanaWorkspaceResource } from "@cdktn/provider-aws/lib/grafana-workspace";
import { GrafanaWorkspaceSamlConfiguration } from "@cdktn/provider-aws/lib/grafana-workspace-saml-configuration";
import { GrafanaWorkspaceServiceAccount } from "@cdktn/provider-aws/lib/grafana-workspace-service-account";
import { IamRole } from "@cdktn/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktn/provider-aws/lib/iam-role-policy";
import { KmsAlias } from "@cdktn/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktn/provider-aws/lib/kms-key";
import { SnsTopic } from "@cdktn/provider-aws/lib/sns-topic";
import { SnsTopicPolicy } from "@cdktn/provider-aws/lib/sns-topic-policy";
import { SettingProblem, fieldPath } from "../../validation";
import { isRegionOrToken } from "../region";

/**
 * Grafana versions this project builds workspaces for: the Amazon Managed Grafana versions on which
 * every object it provisions works with provider grafana/grafana 4.45.1 (docs/grafana-versions.md).
 */
export const GRAFANA_VERSIONS = ["10.4", "12.4"] as const;
export type GrafanaVersion = (typeof GRAFANA_VERSIONS)[number];

/**
 * Versions Amazon Managed Grafana offers or documents that this project refuses, with the reason a
 * user reads (the configuration schema and the construct give the same message).
 */
export const REFUSED_GRAFANA_VERSIONS: Readonly<Record<string, string>> = {
  "9.4":
    "Amazon Managed Grafana ends support for Grafana 9.4 on 2026-12-20; use 10.4 or 12.4. An existing 9.4 " +
    "workspace is upgraded in place (aws grafana update-workspace-configuration --grafana-version 12.4, or set " +
    "version here and apply): the upgrade cannot be undone, and legacy alerting must be migrated before 12.x",
  "13":
    "not supported yet: Grafana 13 migrates dashboards to schema v2 when they are opened, after which the " +
    "grafana_dashboard resource of provider 4.45.1 reads them through an API that refuses v2 dashboards " +
    "(every later plan fails), and it deprecates the contact-point provisioning API the provider uses; " +
    "use 12.4 (docs/grafana-versions.md)",
};

/** The message for a refused or unknown version, naming the versions accepted. */
export function grafanaVersionProblem(version: string): string | undefined {
  if ((GRAFANA_VERSIONS as readonly string[]).includes(version)) return undefined;
  const refused = REFUSED_GRAFANA_VERSIONS[version] ?? REFUSED_GRAFANA_VERSIONS[version.replace(/\.0$/, "")];
  return refused ?? `must be one of ${GRAFANA_VERSIONS.join(", ")}`;
}
/** Workspace authentication providers. */
export const AUTHENTICATION_PROVIDERS = ["AWS_SSO", "SAML"] as const;
export type AuthenticationProvider = (typeof AUTHENTICATION_PROVIDERS)[number];
/** AWS regions where Amazon Managed Grafana is available (the workspace decides where a stack can live). */
export const GRAFANA_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-2",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-north-1",
  "sa-east-1",
] as const;

/** SAML settings of a workspace (see `aws_grafana_workspace_saml_configuration`). */
export interface GrafanaWorkspaceSamlProps {
  /**
   * URL of the identity provider's metadata. Exactly one of idpMetadataUrl / idpMetadataXml.
   * @default - none (idpMetadataXml is given)
   */
  readonly idpMetadataUrl?: string;
  /**
   * The identity provider's metadata document. Exactly one of idpMetadataUrl / idpMetadataXml.
   * @default - none (idpMetadataUrl is given)
   */
  readonly idpMetadataXml?: string;
  /** Assertion attribute carrying the user's roles (compared with adminRoleValues/editorRoleValues). */
  readonly roleAssertion: string;
  /**
   * Assertion attribute of the login name.
   * @default - none
   */
  readonly loginAssertion?: string;
  /**
   * Assertion attribute of the e-mail address.
   * @default - none
   */
  readonly emailAssertion?: string;
  /**
   * Assertion attribute of the display name.
   * @default - none
   */
  readonly nameAssertion?: string;
  /**
   * Assertion attribute of the groups.
   * @default - none
   */
  readonly groupsAssertion?: string;
  /**
   * Assertion attribute of the organization.
   * @default - none
   */
  readonly orgAssertion?: string;
  /**
   * Role values that grant Admin.
   * @default - none
   */
  readonly adminRoleValues?: string[];
  /** Role values that grant Editor; at least one. */
  readonly editorRoleValues: string[];
  /**
   * Organizations allowed to log in (needs orgAssertion).
   * @default - any
   */
  readonly allowedOrganizations?: string[];
  /**
   * Login validity in minutes.
   * @default - the AMG default
   */
  readonly loginValidityMinutes?: number;
}

/** Properties of a {@link GrafanaWorkspace}. */
export interface GrafanaWorkspaceProps {
  /**
   * Name of the workspace, also the base of the other resources' names (`<name>-role`,
   * `<name>-alerts`, `alias/<name>`). Letters, digits and `-._~`, at most 48 characters.
   */
  readonly name: string;
  /** AWS account id (12 digits) the workspace lives in; guards the role's trust policy. */
  readonly accountId: string;
  /** AWS region of the workspace; scopes ARNs in the policies. */
  readonly region: string;
  /**
   * Grafana version.
   * @default "12.4"
   */
  readonly grafanaVersion?: GrafanaVersion;
  /**
   * Authentication providers.
   * @default ["AWS_SSO"]
   */
  readonly authenticationProviders?: AuthenticationProvider[];
  /**
   * SAML settings; required exactly when authenticationProviders includes SAML.
   * @default - none
   */
  readonly saml?: GrafanaWorkspaceSamlProps;
  /**
   * Whether admins may install plugins (workspace configuration `plugins.pluginAdminEnabled`).
   * @default false
   */
  readonly pluginAdmin?: boolean;
  /**
   * VPC connection (2-6 subnets, 1-5 security groups).
   * @default - none
   */
  readonly vpcConfiguration?: { readonly subnetIds: string[]; readonly securityGroupIds: string[] };
  /**
   * Network access control (prefix lists and/or VPC endpoints).
   * @default - reachable from anywhere
   */
  readonly networkAccessControl?: { readonly prefixListIds?: string[]; readonly vpceIds?: string[] };
  /**
   * Whether the account is a CloudWatch cross-account observability monitoring account: the role may
   * then list its sinks and their links, which Grafana reads to offer and query the linked accounts.
   * @default false
   */
  readonly crossAccountObservability?: boolean;
  /**
   * Workspace description.
   * @default "Managed by flink-observability"
   */
  readonly description?: string;
  /**
   * Name of the service account Terraform uses (ADMIN role).
   * @default "terraform"
   */
  readonly serviceAccountName?: string;
  /**
   * Days before the KMS key is deleted after a destroy (7-30).
   * @default 30
   */
  readonly kmsDeletionWindowDays?: number;
  /**
   * Tags for every resource, on top of the provider's default tags.
   * @default - none
   */
  readonly tags?: Record<string, string>;
}

/**
 * The one home of the SAML rules: settings exactly when SAML is a provider, and exactly one source
 * of the identity provider's metadata. The configuration schema reports these with the file and
 * field; the construct throws them for callers that build it in code.
 */
export function samlProblems(
  providers: readonly AuthenticationProvider[],
  saml: Pick<GrafanaWorkspaceSamlProps, "idpMetadataUrl" | "idpMetadataXml"> | undefined,
): SettingProblem[] {
  const usesSaml = providers.includes("SAML");
  if (usesSaml && !saml)
    return [{ path: ["saml"], message: "required when the authentication providers include SAML" }];
  if (!usesSaml && saml)
    return [{ path: ["saml"], message: "set but the authentication providers do not include SAML" }];
  if (saml && (saml.idpMetadataUrl === undefined) === (saml.idpMetadataXml === undefined))
    return [{ path: ["saml", "idpMetadataUrl"], message: "set exactly one of idpMetadataUrl and idpMetadataXml" }];
  return [];
}

const NAME = /^[a-zA-Z0-9._~-]{1,48}$/;
const SERVICE_ACCOUNT_NAME = /^[a-zA-Z0-9._-]{1,128}$/;

/** Throws one error listing every invalid prop, each named, e.g. `GrafanaWorkspace "workspace": grafanaVersion ...`. */
export function validateGrafanaWorkspaceProps(id: string, props: GrafanaWorkspaceProps): void {
  const problems: string[] = [];
  if (!NAME.test(props.name))
    problems.push(`name must be 1-48 letters, digits or -._~, got ${JSON.stringify(props.name)}`);
  if (!/^\d{12}$/.test(props.accountId))
    problems.push(`accountId must be 12 digits, got ${JSON.stringify(props.accountId)}`);
  if (!isRegionOrToken(props.region))
    problems.push(`region must be an AWS region name, got ${JSON.stringify(props.region)}`);
  const versionProblem = props.grafanaVersion === undefined ? undefined : grafanaVersionProblem(props.grafanaVersion);
  if (versionProblem) problems.push(`grafanaVersion ${versionProblem}, got ${JSON.stringify(props.grafanaVersion)}`);
  const providers = props.authenticationProviders ?? ["AWS_SSO"];
  if (
    providers.length === 0 ||
    providers.some((p) => !AUTHENTICATION_PROVIDERS.includes(p)) ||
    new Set(providers).size !== providers.length
  ) {
    problems.push(
      `authenticationProviders must be distinct values of ${AUTHENTICATION_PROVIDERS.join(", ")}, got ${JSON.stringify(providers)}`,
    );
  }
  for (const problem of samlProblems(providers, props.saml))
    problems.push(`${fieldPath(problem.path)}: ${problem.message}`);
  if (props.saml && props.saml.editorRoleValues.length === 0) problems.push("saml.editorRoleValues must not be empty");
  if (props.vpcConfiguration) {
    const { subnetIds, securityGroupIds } = props.vpcConfiguration;
    if (subnetIds.length < 2 || subnetIds.length > 6)
      problems.push(`vpcConfiguration.subnetIds must hold 2 to 6 subnets, got ${subnetIds.length}`);
    if (securityGroupIds.length < 1 || securityGroupIds.length > 5) {
      problems.push(
        `vpcConfiguration.securityGroupIds must hold 1 to 5 security groups, got ${securityGroupIds.length}`,
      );
    }
  }
  if (props.networkAccessControl) {
    const { prefixListIds = [], vpceIds = [] } = props.networkAccessControl;
    if (prefixListIds.length + vpceIds.length === 0)
      problems.push("networkAccessControl needs at least one prefix list or VPC endpoint");
  }
  if (props.serviceAccountName !== undefined && !SERVICE_ACCOUNT_NAME.test(props.serviceAccountName)) {
    problems.push(
      `serviceAccountName must be 1-128 letters, digits or -._, got ${JSON.stringify(props.serviceAccountName)}`,
    );
  }
  const window = props.kmsDeletionWindowDays;
  if (window !== undefined && (!Number.isInteger(window) || window < 7 || window > 30)) {
    problems.push(`kmsDeletionWindowDays must be an integer from 7 to 30, got ${window}`);
  }
  if (problems.length > 0) throw new Error(problems.map((p) => `GrafanaWorkspace "${id}": ${p}`).join("\n"));
}

/**
 * An Amazon Managed Grafana workspace ready for Terraform to configure: customer-managed IAM role with
 * read-only CloudWatch (metrics and Logs Insights) access and publish rights on the alert topic,
 * unified alerting on, a KMS key and an encrypted SNS topic for alerts, optional SAML, VPC and network
 * access control, and an ADMIN service account for Terraform's tokens.
 */
export class GrafanaWorkspace extends Construct {
  /** The workspace resource. */
  readonly workspace: GrafanaWorkspaceResource;
  /** The workspace's IAM role (what the CloudWatch data source and the SNS contact point act as). */
  readonly role: IamRole;
  /** Customer-managed key encrypting the alert topic (and, by the token rotation, its secret). */
  readonly kmsKey: KmsKey;
  /** SNS topic alerts go to. */
  readonly alertTopic: SnsTopic;
  /** The service account Terraform authenticates as (Grafana role ADMIN). */
  readonly serviceAccount: GrafanaWorkspaceServiceAccount;

  /** Workspace id (`g-...`). */
  readonly workspaceId: string;
  /** Workspace ARN. */
  readonly workspaceArn: string;
  /** Host name of the workspace (no scheme). */
  readonly endpoint: string;
  /** `https://<endpoint>`. */
  readonly url: string;
  /** ARN of the workspace's IAM role. */
  readonly roleArn: string;
  /** ARN of the alert topic. */
  readonly alertTopicArn: string;
  /** ARN of the KMS key. */
  readonly kmsKeyArn: string;
  /** Id of the Terraform service account inside Grafana. */
  readonly serviceAccountId: string;

  constructor(scope: Construct, id: string, props: GrafanaWorkspaceProps) {
    super(scope, id);
    validateGrafanaWorkspaceProps(id, props);
    const { name, accountId, region } = props;
    const tags = props.tags ?? {};
    const providers = props.authenticationProviders ?? ["AWS_SSO"];
    const workspaceArnPattern = `arn:aws:grafana:${region}:${accountId}:/workspaces/*`;

    this.kmsKey = new KmsKey(this, "key", {
      description: `Encrypts the Grafana alert topic and token secret of ${name}`,
      enableKeyRotation: true,
      deletionWindowInDays: props.kmsDeletionWindowDays ?? 30,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            // Lets IAM policies in the account grant use of the key (the workspace and rotation roles).
            Sid: "AccountAdministersThroughIam",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${accountId}:root` },
            Action: "kms:*",
            Resource: "*",
          },
          {
            // CloudWatch alarms publish to the encrypted topic as the service, not as an IAM role.
            Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": accountId } },
          },
        ],
      }),
      tags,
    });
    new KmsAlias(this, "key-alias", { name: `alias/${name}`, targetKeyId: this.kmsKey.keyId });

    this.alertTopic = new SnsTopic(this, "alert-topic", {
      name: `${name}-alerts`,
      kmsMasterKeyId: this.kmsKey.arn,
      tags,
    });

    this.role = new IamRole(this, "role", {
      name: `${name}-role`,
      description: `Assumed by Amazon Managed Grafana workspace ${name}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "grafana.amazonaws.com" },
            Action: "sts:AssumeRole",
            // Confused-deputy guard: only workspaces of this account (and region) may assume it.
            Condition: {
              StringEquals: { "aws:SourceAccount": accountId },
              ArnLike: { "aws:SourceArn": workspaceArnPattern },
            },
          },
        ],
      }),
      tags,
    });

    // Inline instead of the managed AmazonGrafanaCloudWatchAccess: same read-only actions, but Logs
    // Insights is limited to this account and region, nothing changes when AWS edits the managed
    // policy, and the plan shows exactly what the workspace can do.
    new IamRolePolicy(this, "cloudwatch-read", {
      role: this.role.id,
      name: "cloudwatch-read",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            // These CloudWatch and discovery reads have no resource-level permissions.
            Sid: "MetricsRead",
            Effect: "Allow",
            Action: [
              "cloudwatch:DescribeAlarmsForMetric",
              "cloudwatch:DescribeAlarmHistory",
              "cloudwatch:DescribeAlarms",
              "cloudwatch:ListMetrics",
              "cloudwatch:GetMetricData",
              "cloudwatch:GetInsightRuleReport",
              "ec2:DescribeTags",
              "ec2:DescribeInstances",
              "ec2:DescribeRegions",
              "tag:GetResources",
            ],
            Resource: "*",
          },
          // Grafana finds the linked accounts of a monitoring account through its sinks and their links
          // (grafana/grafana pkg/tsdb/cloudwatch, the accounts service: ListSinks, ListAttachedLinks).
          ...(props.crossAccountObservability
            ? [
                {
                  Sid: "LinkedAccountsRead",
                  Effect: "Allow",
                  Action: ["oam:ListSinks", "oam:ListAttachedLinks"],
                  Resource: "*",
                },
              ]
            : []),
          {
            Sid: "LogsInsightsRead",
            Effect: "Allow",
            Action: ["logs:DescribeLogGroups", "logs:GetLogGroupFields", "logs:StartQuery", "logs:GetLogEvents"],
            Resource: `arn:aws:logs:${region}:${accountId}:log-group:*`,
          },
          {
            // Query ids are not resources: these two cannot be scoped.
            Sid: "LogsInsightsResults",
            Effect: "Allow",
            Action: ["logs:GetQueryResults", "logs:StopQuery"],
            Resource: "*",
          },
        ],
      }),
    });
    new IamRolePolicy(this, "alert-publish", {
      role: this.role.id,
      name: "alert-publish",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Sid: "PublishAlerts", Effect: "Allow", Action: "sns:Publish", Resource: this.alertTopic.arn },
          {
            Sid: "EncryptForTopic",
            Effect: "Allow",
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: this.kmsKey.arn,
            Condition: { StringEquals: { "kms:ViaService": `sns.${region}.amazonaws.com` } },
          },
        ],
      }),
    });

    new SnsTopicPolicy(this, "alert-topic-policy", {
      arn: this.alertTopic.arn,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "AccountManagesTopic",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${accountId}:root` },
            Action: [
              "sns:GetTopicAttributes",
              "sns:SetTopicAttributes",
              "sns:Subscribe",
              "sns:ListSubscriptionsByTopic",
              "sns:Publish",
            ],
            Resource: this.alertTopic.arn,
          },
          {
            Sid: "CloudWatchAlarmsPublish",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: this.alertTopic.arn,
            Condition: { StringEquals: { "aws:SourceAccount": accountId } },
          },
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "sns:Publish",
            Resource: this.alertTopic.arn,
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      }),
    });

    this.workspace = new GrafanaWorkspaceResource(this, "workspace", {
      name,
      description: props.description ?? "Managed by flink-observability",
      grafanaVersion: props.grafanaVersion ?? "12.4",
      accountAccessType: "CURRENT_ACCOUNT",
      authenticationProviders: providers,
      // CUSTOMER_MANAGED with our own role: SERVICE_MANAGED creates no role when called through the API.
      permissionType: "CUSTOMER_MANAGED",
      roleArn: this.role.arn,
      dataSources: ["CLOUDWATCH"],
      notificationDestinations: ["SNS"],
      configuration: JSON.stringify({
        unifiedAlerting: { enabled: true },
        plugins: { pluginAdminEnabled: props.pluginAdmin ?? false },
      }),
      vpcConfiguration: props.vpcConfiguration
        ? { subnetIds: props.vpcConfiguration.subnetIds, securityGroupIds: props.vpcConfiguration.securityGroupIds }
        : undefined,
      networkAccessControl: props.networkAccessControl
        ? {
            prefixListIds: props.networkAccessControl.prefixListIds ?? [],
            vpceIds: props.networkAccessControl.vpceIds ?? [],
          }
        : undefined,
      tags,
    });

    if (props.saml) {
      const saml = props.saml;
      new GrafanaWorkspaceSamlConfiguration(this, "saml", {
        workspaceId: this.workspace.id,
        idpMetadataUrl: saml.idpMetadataUrl,
        idpMetadataXml: saml.idpMetadataXml,
        roleAssertion: saml.roleAssertion,
        loginAssertion: saml.loginAssertion,
        emailAssertion: saml.emailAssertion,
        nameAssertion: saml.nameAssertion,
        groupsAssertion: saml.groupsAssertion,
        orgAssertion: saml.orgAssertion,
        adminRoleValues: saml.adminRoleValues?.length ? saml.adminRoleValues : undefined,
        editorRoleValues: saml.editorRoleValues,
        allowedOrganizations: saml.allowedOrganizations?.length ? saml.allowedOrganizations : undefined,
        loginValidityDuration: saml.loginValidityMinutes,
      });
    }

    this.serviceAccount = new GrafanaWorkspaceServiceAccount(this, "terraform-service-account", {
      workspaceId: this.workspace.id,
      name: props.serviceAccountName ?? "terraform",
      grafanaRole: "ADMIN",
    });

    this.workspaceId = this.workspace.id;
    this.workspaceArn = this.workspace.arn;
    this.endpoint = this.workspace.endpoint;
    this.url = `https://${this.workspace.endpoint}`;
    this.roleArn = this.role.arn;
    this.alertTopicArn = this.alertTopic.arn;
    this.kmsKeyArn = this.kmsKey.arn;
    this.serviceAccountId = this.serviceAccount.serviceAccountId;
  }
}
