import { TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { GrafanaWorkspace, GrafanaWorkspaceProps, samlProblems } from "../../modules/aws/grafana-workspace";
import { Json, PRODUCTION_APP } from "../support/synth";

// The Grafana workspace construct's settings, each resource compared whole (names, descriptions,
// tags, key settings, workspace configuration JSON, service account), and every props rule with the
// exact error it reports: `GrafanaWorkspace "<id>": <field> ... got <value>`.

const ACCOUNT = "123456789012";
const REGION = "eu-west-1";
const NAME = "flinkobs-ws-grafana";
const VALID: GrafanaWorkspaceProps = { name: NAME, accountId: ACCOUNT, region: REGION };

/** A stack with the AWS provider. */
function bareStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "workspace-settings");
  new AwsProvider(stack, "aws", { region: REGION });
  return stack;
}

/** The workspace construct alone, synthesized; logical names lose cdktf's 8-hex-digit suffix (also inside references). */
function synthWorkspace(props: Partial<GrafanaWorkspaceProps> = {}): Json {
  const stack = bareStack();
  new GrafanaWorkspace(stack, "workspace", { ...VALID, ...props });
  return JSON.parse(Testing.synth(stack).replace(/_[0-9A-F]{8}\b/g, "")).resource;
}

/** The construct's error for `props` (on top of valid ones), or "accepted". */
function outcome(props: Partial<GrafanaWorkspaceProps>): string {
  try {
    new GrafanaWorkspace(bareStack(), "workspace", { ...VALID, ...props });
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
}

const error = (problem: string) => `GrafanaWorkspace "workspace": ${problem}`;
const saml = (overrides: Record<string, unknown> = {}) =>
  ({
    idpMetadataUrl: "https://idp.example.com/metadata",
    roleAssertion: "role",
    editorRoleValues: ["editor"],
    ...overrides,
  }) as never;

describe("GrafanaWorkspace resources", () => {
  test("default workspace: key, alias, topic, role and policy names, workspace settings, service account", () => {
    const r = synthWorkspace();
    expect(r.aws_kms_key).toEqual({
      workspace_key: {
        description: `Encrypts the Grafana alert topic and token secret of ${NAME}`,
        enable_key_rotation: true,
        deletion_window_in_days: 30,
        policy: expect.any(String),
        tags: {},
      },
    });
    expect(r.aws_kms_alias).toEqual({
      "workspace_key-alias": { name: `alias/${NAME}`, target_key_id: "${aws_kms_key.workspace_key.key_id}" },
    });
    expect(r.aws_sns_topic).toEqual({
      "workspace_alert-topic": {
        name: `${NAME}-alerts`,
        kms_master_key_id: "${aws_kms_key.workspace_key.arn}",
        tags: {},
      },
    });
    expect(r.aws_iam_role).toEqual({
      workspace_role: {
        name: `${NAME}-role`,
        description: `Assumed by Amazon Managed Grafana workspace ${NAME}`,
        assume_role_policy: expect.any(String),
        tags: {},
      },
    });
    expect(r.aws_iam_role_policy).toEqual({
      "workspace_cloudwatch-read": {
        name: "cloudwatch-read",
        role: "${aws_iam_role.workspace_role.id}",
        policy: expect.any(String),
      },
      "workspace_alert-publish": {
        name: "alert-publish",
        role: "${aws_iam_role.workspace_role.id}",
        policy: expect.any(String),
      },
    });
    expect(r.aws_sns_topic_policy).toEqual({
      "workspace_alert-topic-policy": { arn: "${aws_sns_topic.workspace_alert-topic.arn}", policy: expect.any(String) },
    });
    expect(r.aws_grafana_workspace).toEqual({
      workspace: {
        name: NAME,
        description: "Managed by flink-observability",
        grafana_version: "12.4",
        account_access_type: "CURRENT_ACCOUNT",
        authentication_providers: ["AWS_SSO"],
        permission_type: "CUSTOMER_MANAGED",
        role_arn: "${aws_iam_role.workspace_role.arn}",
        data_sources: ["CLOUDWATCH"],
        notification_destinations: ["SNS"],
        configuration: expect.any(String),
        tags: {},
      },
    });
    expect(JSON.parse(r.aws_grafana_workspace.workspace.configuration)).toStrictEqual({
      unifiedAlerting: { enabled: true },
      plugins: { pluginAdminEnabled: false },
    });
    expect(r.aws_grafana_workspace_service_account).toEqual({
      "workspace_terraform-service-account": {
        workspace_id: "${aws_grafana_workspace.workspace.id}",
        name: "terraform",
        grafana_role: "ADMIN",
      },
    });
    expect(r.aws_grafana_workspace_saml_configuration).toBeUndefined();
  });

  test("the given tags go on the key, the topic, the role and the workspace", () => {
    const tags = { Team: "observability", CostCenter: "42" };
    const r = synthWorkspace({ tags });
    expect({
      key: r.aws_kms_key.workspace_key.tags,
      topic: r.aws_sns_topic["workspace_alert-topic"].tags,
      role: r.aws_iam_role.workspace_role.tags,
      workspace: r.aws_grafana_workspace.workspace.tags,
    }).toEqual({ key: tags, topic: tags, role: tags, workspace: tags });
  });

  test("given settings replace the defaults", () => {
    const r = synthWorkspace({
      description: "Team dashboards",
      grafanaVersion: "10.4",
      pluginAdmin: true,
      serviceAccountName: "ci.terraform_bot-1",
      kmsDeletionWindowDays: 7,
    });
    const workspace = r.aws_grafana_workspace.workspace;
    expect({
      description: workspace.description,
      version: workspace.grafana_version,
      configuration: JSON.parse(workspace.configuration),
      serviceAccount: r.aws_grafana_workspace_service_account["workspace_terraform-service-account"],
      deletionWindow: r.aws_kms_key.workspace_key.deletion_window_in_days,
    }).toStrictEqual({
      description: "Team dashboards",
      version: "10.4",
      configuration: { unifiedAlerting: { enabled: true }, plugins: { pluginAdminEnabled: true } },
      serviceAccount: {
        workspace_id: "${aws_grafana_workspace.workspace.id}",
        name: "ci.terraform_bot-1",
        grafana_role: "ADMIN",
      },
      deletionWindow: 7,
    });
  });

  test("pluginAdmin: false is written as false, unified alerting stays on", () => {
    const r = synthWorkspace({ pluginAdmin: false });
    expect(JSON.parse(r.aws_grafana_workspace.workspace.configuration)).toStrictEqual({
      unifiedAlerting: { enabled: true },
      plugins: { pluginAdminEnabled: false },
    });
  });

  test.each([
    [{ prefixListIds: ["pl-1"] }, { prefix_list_ids: ["pl-1"], vpce_ids: [] }],
    [{ vpceIds: ["vpce-1"] }, { prefix_list_ids: [], vpce_ids: ["vpce-1"] }],
    [
      { prefixListIds: ["pl-1"], vpceIds: ["vpce-1"] },
      { prefix_list_ids: ["pl-1"], vpce_ids: ["vpce-1"] },
    ],
  ])("network access control %j is written with both lists", (networkAccessControl, expected) => {
    const r = synthWorkspace({ networkAccessControl });
    expect(r.aws_grafana_workspace.workspace.network_access_control).toStrictEqual(expected);
  });

  test("VPC configuration and SAML settings are written as given", () => {
    const r = synthWorkspace({
      authenticationProviders: ["AWS_SSO", "SAML"],
      saml: saml({ adminRoleValues: ["admin"], orgAssertion: "org", allowedOrganizations: ["acme"] }),
      vpcConfiguration: { subnetIds: ["subnet-1", "subnet-2"], securityGroupIds: ["sg-1"] },
    });
    expect(r.aws_grafana_workspace.workspace.authentication_providers).toEqual(["AWS_SSO", "SAML"]);
    expect(r.aws_grafana_workspace.workspace.vpc_configuration).toStrictEqual({
      subnet_ids: ["subnet-1", "subnet-2"],
      security_group_ids: ["sg-1"],
    });
    expect(r.aws_grafana_workspace_saml_configuration).toStrictEqual({
      workspace_saml: {
        workspace_id: "${aws_grafana_workspace.workspace.id}",
        idp_metadata_url: "https://idp.example.com/metadata",
        role_assertion: "role",
        org_assertion: "org",
        admin_role_values: ["admin"],
        editor_role_values: ["editor"],
        allowed_organizations: ["acme"],
      },
    });
  });
});

describe("GrafanaWorkspace props validation", () => {
  test.each(["a", "ws", "Flink.Obs_ws~1-x", "a".repeat(48)])("name %j is accepted", (name) => {
    expect(outcome({ name })).toBe("accepted");
  });

  test.each(["", "has space", "bad/name", "ws!", " ws", "ws ", "a".repeat(49)])(
    "name %j is refused naming the field and the value",
    (name) => {
      expect(outcome({ name })).toBe(error(`name must be 1-48 letters, digits or -._~, got ${JSON.stringify(name)}`));
    },
  );

  test.each(["12345678901", "1234567890123", "x123456789012", "123456789012x", "12345678901a", ""])(
    "accountId %j is refused",
    (accountId) => {
      expect(outcome({ accountId })).toBe(error(`accountId must be 12 digits, got ${JSON.stringify(accountId)}`));
    },
  );

  test.each(["eu-west-1", "us-gov-west-1", "ap-southeast-2"])("region %j is accepted", (region) => {
    expect(outcome({ region })).toBe("accepted");
  });

  test.each(["Europe", "eu-west", "EU-WEST-1", ""])("region %j is refused", (region) => {
    expect(outcome({ region })).toBe(error(`region must be an AWS region name, got ${JSON.stringify(region)}`));
  });

  test.each([[["AWS_SSO", "OKTA"]], [["OKTA", "AWS_SSO"]], [["OKTA"]], [["AWS_SSO", "AWS_SSO"]], [[]]])(
    "authentication providers %j are refused",
    (providers) => {
      expect(outcome({ authenticationProviders: providers as never })).toBe(
        error(`authenticationProviders must be distinct values of AWS_SSO, SAML, got ${JSON.stringify(providers)}`),
      );
    },
  );

  test.each([
    ["both metadata sources", saml({ idpMetadataXml: "<md:EntityDescriptor/>" })],
    ["no metadata source", saml({ idpMetadataUrl: undefined })],
  ])("SAML with %s is refused naming idpMetadataUrl", (_case, settings) => {
    expect(outcome({ authenticationProviders: ["SAML"], saml: settings })).toBe(
      error("saml.idpMetadataUrl: set exactly one of idpMetadataUrl and idpMetadataXml"),
    );
  });

  test("samlProblems names the field and the rule", () => {
    expect(samlProblems(["SAML"], { idpMetadataUrl: "https://a", idpMetadataXml: "<x/>" })).toEqual([
      { path: ["saml", "idpMetadataUrl"], message: "set exactly one of idpMetadataUrl and idpMetadataXml" },
    ]);
    expect(samlProblems(["SAML"], { idpMetadataXml: "<x/>" })).toEqual([]);
  });

  test("SAML without editor role values is refused", () => {
    expect(outcome({ authenticationProviders: ["SAML"], saml: saml({ editorRoleValues: [] }) })).toBe(
      error("saml.editorRoleValues must not be empty"),
    );
  });

  test.each([1, 5])("%d security groups are accepted", (count) => {
    const securityGroupIds = Array.from({ length: count }, (_, i) => `sg-${i}`);
    expect(outcome({ vpcConfiguration: { subnetIds: ["subnet-1", "subnet-2"], securityGroupIds } })).toBe("accepted");
  });

  test.each([0, 6])("%d security groups are refused", (count) => {
    const securityGroupIds = Array.from({ length: count }, (_, i) => `sg-${i}`);
    expect(outcome({ vpcConfiguration: { subnetIds: ["subnet-1", "subnet-2"], securityGroupIds } })).toBe(
      error(`vpcConfiguration.securityGroupIds must hold 1 to 5 security groups, got ${count}`),
    );
  });

  test.each([2, 6])("%d subnets are accepted", (count) => {
    const subnetIds = Array.from({ length: count }, (_, i) => `subnet-${i}`);
    expect(outcome({ vpcConfiguration: { subnetIds, securityGroupIds: ["sg-1"] } })).toBe("accepted");
  });

  test.each([1, 7])("%d subnets are refused", (count) => {
    const subnetIds = Array.from({ length: count }, (_, i) => `subnet-${i}`);
    expect(outcome({ vpcConfiguration: { subnetIds, securityGroupIds: ["sg-1"] } })).toBe(
      error(`vpcConfiguration.subnetIds must hold 2 to 6 subnets, got ${count}`),
    );
  });

  test.each([{ prefixListIds: ["pl-1"] }, { vpceIds: ["vpce-1"] }, { prefixListIds: ["pl-1"], vpceIds: ["vpce-1"] }])(
    "network access control %j is accepted",
    (networkAccessControl) => {
      expect(outcome({ networkAccessControl })).toBe("accepted");
    },
  );

  test.each([{}, { prefixListIds: [], vpceIds: [] }])(
    "network access control %j is refused",
    (networkAccessControl) => {
      expect(outcome({ networkAccessControl })).toBe(
        error("networkAccessControl needs at least one prefix list or VPC endpoint"),
      );
    },
  );

  test.each(["terraform", "a", "ci.terraform_bot-1", "a".repeat(128)])(
    "service account name %j is accepted",
    (name) => {
      expect(outcome({ serviceAccountName: name })).toBe("accepted");
    },
  );

  test.each(["", "has space", "tilde~name", " terraform", "terraform ", "a".repeat(129)])(
    "service account name %j is refused",
    (name) => {
      expect(outcome({ serviceAccountName: name })).toBe(
        error(`serviceAccountName must be 1-128 letters, digits or -._, got ${JSON.stringify(name)}`),
      );
    },
  );

  test.each([7, 8, 29, 30])("kmsDeletionWindowDays %d is accepted and written to the key", (days) => {
    expect(synthWorkspace({ kmsDeletionWindowDays: days }).aws_kms_key.workspace_key.deletion_window_in_days).toBe(
      days,
    );
  });

  test.each([6, 31, 0, 7.5])("kmsDeletionWindowDays %d is refused", (days) => {
    expect(outcome({ kmsDeletionWindowDays: days })).toBe(
      error(`kmsDeletionWindowDays must be an integer from 7 to 30, got ${days}`),
    );
  });

  test("every problem is reported, one line each, in the order of the fields", () => {
    expect(
      outcome({
        name: "bad name",
        accountId: "1",
        region: "nowhere",
        serviceAccountName: "bad name",
        kmsDeletionWindowDays: 3,
      }),
    ).toBe(
      [
        error('name must be 1-48 letters, digits or -._~, got "bad name"'),
        error('accountId must be 12 digits, got "1"'),
        error('region must be an AWS region name, got "nowhere"'),
        error('serviceAccountName must be 1-128 letters, digits or -._, got "bad name"'),
        error("kmsDeletionWindowDays must be an integer from 7 to 30, got 3"),
      ].join("\n"),
    );
  });
});
