import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, TerraformOutput, TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { GrafanaWorkspace, GrafanaWorkspaceProps } from "../../modules/aws/grafana-workspace";
import { parseEnvironmentFile } from "../../lib/config/load";
import {
  environmentConfig,
  exampleEnvironments,
  Json,
  PRODUCTION_APP,
  resourcesOfType,
  synthEnvironment,
  synthEnvironments,
} from "../support/synth";

/** The one block of `type` the workspace construct created (other sections add their own). */
function only(json: Json, type: string): [string, Json] {
  const entries = Object.entries(resourcesOfType(json, type)).filter(([name]) => name.startsWith("workspace_"));
  expect(entries).toHaveLength(1);
  return entries[0];
}

function policyOf(json: Json, type: string, suffix: string): Json[] {
  const entry = Object.entries(resourcesOfType(json, type)).find(([name]) => name.startsWith(`workspace_${suffix}`));
  expect(entry).toBeDefined();
  return JSON.parse(entry![1].policy).Statement;
}

/** The workspace construct alone, in a small stack, synthesized. */
function workspaceStack(props: Partial<GrafanaWorkspaceProps> = {}): Json {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "workspace-test");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  new GrafanaWorkspace(stack, "workspace", {
    name: "flinkobs-ws-grafana",
    accountId: "123456789012",
    region: "eu-west-1",
    ...props,
  });
  return JSON.parse(Testing.synth(stack));
}

describe("default workspace (AWS_SSO)", () => {
  const json = workspaceStack();
  const [, workspace] = only(json, "aws_grafana_workspace");
  const [roleName, role] = only(json, "aws_iam_role");
  const [topicName, topic] = only(json, "aws_sns_topic");
  const [keyName] = only(json, "aws_kms_key");

  test("Grafana 12.4, AWS_SSO, this account only, customer-managed role, CloudWatch and SNS", () => {
    expect(workspace).toMatchObject({
      name: "flinkobs-ws-grafana",
      grafana_version: "12.4",
      authentication_providers: ["AWS_SSO"],
      account_access_type: "CURRENT_ACCOUNT",
      permission_type: "CUSTOMER_MANAGED",
      role_arn: `\${aws_iam_role.${roleName}.arn}`,
      data_sources: ["CLOUDWATCH"],
      notification_destinations: ["SNS"],
    });
    expect(workspace.vpc_configuration).toBeUndefined();
    expect(workspace.network_access_control).toBeUndefined();
    expect(resourcesOfType(json, "aws_grafana_workspace_saml_configuration")).toEqual({});
  });

  test("configuration enables unified alerting and keeps plugin admin off", () => {
    expect(JSON.parse(workspace.configuration)).toEqual({
      unifiedAlerting: { enabled: true },
      plugins: { pluginAdminEnabled: false },
    });
  });

  test("the role trusts grafana.amazonaws.com for this account's workspaces only", () => {
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "grafana.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: {
          StringEquals: { "aws:SourceAccount": "123456789012" },
          ArnLike: { "aws:SourceArn": "arn:aws:grafana:eu-west-1:123456789012:/workspaces/*" },
        },
      },
    ]);
  });

  test("the role reads CloudWatch metrics and Logs Insights and nothing else", () => {
    const actions = policyOf(json, "aws_iam_role_policy", "cloudwatch-read").flatMap((s) =>
      ([] as string[]).concat(s.Action),
    );
    for (const action of actions)
      expect(action).toMatch(/^(cloudwatch|logs|ec2|tag):(Describe|List|Get|StartQuery|StopQuery)/);
    expect(actions).toEqual(
      expect.arrayContaining([
        "cloudwatch:GetMetricData",
        "cloudwatch:ListMetrics",
        "logs:StartQuery",
        "logs:GetQueryResults",
      ]),
    );
    const logs = policyOf(json, "aws_iam_role_policy", "cloudwatch-read").find((s) => s.Sid === "LogsInsightsRead")!;
    expect(logs.Resource).toBe("arn:aws:logs:eu-west-1:123456789012:log-group:*");
    expect(resourcesOfType(json, "aws_iam_role_policy_attachment")).toEqual({});
  });

  test("the role may publish to the alert topic's exact ARN, encrypting through SNS only", () => {
    const statements = policyOf(json, "aws_iam_role_policy", "alert-publish");
    expect(statements[0]).toEqual({
      Sid: "PublishAlerts",
      Effect: "Allow",
      Action: "sns:Publish",
      Resource: `\${aws_sns_topic.${topicName}.arn}`,
    });
    expect(statements[1]).toMatchObject({
      Resource: `\${aws_kms_key.${keyName}.arn}`,
      Condition: { StringEquals: { "kms:ViaService": "sns.eu-west-1.amazonaws.com" } },
    });
  });

  test("the alert topic is KMS-encrypted with a rotating key CloudWatch alarms can use", () => {
    const [, key] = only(json, "aws_kms_key");
    expect(topic.kms_master_key_id).toBe(`\${aws_kms_key.${keyName}.arn}`);
    expect(key.enable_key_rotation).toBe(true);
    const cloudwatch = JSON.parse(key.policy).Statement.find(
      (s: Json) => s.Principal.Service === "cloudwatch.amazonaws.com",
    );
    expect(cloudwatch.Condition).toEqual({ StringEquals: { "aws:SourceAccount": "123456789012" } });
    const topicPolicy = policyOf(json, "aws_sns_topic_policy", "alert-topic-policy");
    expect(topicPolicy.find((s) => s.Effect === "Deny")!.Condition).toEqual({
      Bool: { "aws:SecureTransport": "false" },
    });
  });

  test("Terraform's service account is an ADMIN of the workspace", () => {
    const [, account] = only(json, "aws_grafana_workspace_service_account");
    expect(account).toMatchObject({ name: "terraform", grafana_role: "ADMIN" });
    expect(account.workspace_id).toMatch(/^\$\{aws_grafana_workspace\.workspace_.+\.id\}$/);
  });
});

describe("the environment around the workspace", () => {
  const { json } = synthEnvironment(environmentConfig({ name: "ws" }));

  test("the AWS provider only accepts the configured account and tags everything", () => {
    expect(json.provider.aws[0].allowed_account_ids).toEqual(["123456789012"]);
    expect(json.provider.aws[0].default_tags[0].tags).toMatchObject({
      Environment: "ws",
      ManagedBy: "flink-observability",
    });
  });
});

describe("SAML, plugin admin, VPC and network access control", () => {
  const { json } = synthEnvironment(
    environmentConfig({
      name: "samlws",
      grafana: {
        version: "10.4",
        authentication: {
          providers: ["SAML"],
          saml: {
            idpMetadataXml: "<md:EntityDescriptor/>",
            roleAssertion: "role",
            editorRoleValues: ["editor"],
            loginValidityMinutes: 60,
          },
        },
        pluginAdmin: true,
        vpc: { subnetIds: ["subnet-0a", "subnet-0b"], securityGroupIds: ["sg-0a"] },
        networkAccessControl: { vpceIds: ["vpce-0a"] },
      },
    }),
  );
  const [, workspace] = only(json, "aws_grafana_workspace");

  test("workspace settings follow the config", () => {
    expect(workspace).toMatchObject({
      grafana_version: "10.4",
      authentication_providers: ["SAML"],
      vpc_configuration: { subnet_ids: ["subnet-0a", "subnet-0b"], security_group_ids: ["sg-0a"] },
      network_access_control: { prefix_list_ids: [], vpce_ids: ["vpce-0a"] },
    });
    expect(JSON.parse(workspace.configuration).plugins.pluginAdminEnabled).toBe(true);
  });

  test("the SAML configuration is attached to the workspace", () => {
    const [, saml] = only(json, "aws_grafana_workspace_saml_configuration");
    expect(saml).toMatchObject({
      idp_metadata_xml: "<md:EntityDescriptor/>",
      role_assertion: "role",
      editor_role_values: ["editor"],
      login_validity_duration: 60,
    });
    expect(saml.idp_metadata_url).toBeUndefined();
    expect(saml.admin_role_values).toBeUndefined();
  });

  test("behind network access control the rotator verifies tokens through the AWS API", () => {
    const fn = Object.values<Json>(resourcesOfType(json, "aws_lambda_function")).find(
      (f) => f.environment?.variables?.VERIFY_MODE,
    );
    expect(fn!.environment.variables.VERIFY_MODE).toBe("aws");
  });
});

describe("example environments", () => {
  const stacks = synthEnvironments(exampleEnvironments());

  test.each([...stacks.keys()])(
    "%s: the role, key, topic, service account and token rotation are wired to this workspace",
    (name) => {
      const { json } = stacks.get(name)!;
      const [workspaceName, workspace] = only(json, "aws_grafana_workspace");
      const [roleName] = only(json, "aws_iam_role");
      const [keyName] = only(json, "aws_kms_key");
      const [, topic] = only(json, "aws_sns_topic");
      const [accountName, account] = only(json, "aws_grafana_workspace_service_account");
      expect(workspace.role_arn).toBe(`\${aws_iam_role.${roleName}.arn}`);
      expect(topic.kms_master_key_id).toBe(`\${aws_kms_key.${keyName}.arn}`);
      expect(account).toMatchObject({
        workspace_id: `\${aws_grafana_workspace.${workspaceName}.id}`,
        grafana_role: "ADMIN",
      });
      // The rotated token: a secret under the workspace key, rotated by a function of this
      // workspace's service account, read by the Grafana provider.
      const secrets = Object.entries<Json>(resourcesOfType(json, "aws_secretsmanager_secret"));
      expect(secrets.map(([, secret]) => secret.kms_key_id)).toEqual([`\${aws_kms_key.${keyName}.arn}`]);
      const rotations = Object.values<Json>(resourcesOfType(json, "aws_secretsmanager_secret_rotation"));
      expect(rotations.map((rotation) => rotation.secret_id)).toEqual([
        `\${aws_secretsmanager_secret.${secrets[0][0]}.id}`,
      ]);
      const functions = Object.values<Json>(resourcesOfType(json, "aws_lambda_function"));
      expect(functions.map((fn) => fn.environment.variables)).toEqual([
        expect.objectContaining({
          WORKSPACE_ID: `\${aws_grafana_workspace.${workspaceName}.id}`,
          SERVICE_ACCOUNT_ID: `\${aws_grafana_workspace_service_account.${accountName}.service_account_id}`,
        }),
      ]);
      expect(json.provider.grafana[0].auth).toContain("ephemeral.aws_secretsmanager_secret_version.");
    },
  );

  test("prod logs in with SAML", () => {
    expect(
      Object.keys(resourcesOfType(stacks.get("prod")!.json, "aws_grafana_workspace_saml_configuration")),
    ).toHaveLength(1);
  });
});

describe("GrafanaWorkspace props validation", () => {
  const valid: GrafanaWorkspaceProps = { name: "ok", accountId: "123456789012", region: "eu-west-1" };
  function build(overrides: Partial<GrafanaWorkspaceProps>) {
    const stack = new TerraformStack(new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-")) }), "s");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    return new GrafanaWorkspace(stack, "workspace", { ...valid, ...overrides });
  }

  test.each([
    [
      { grafanaVersion: "11.0" as never },
      'GrafanaWorkspace "workspace": grafanaVersion must be one of 10.4, 12.4, got "11.0"',
    ],
    [{ grafanaVersion: "9.4" as never }, "Amazon Managed Grafana ends support for Grafana 9.4 on 2026-12-20"],
    [{ grafanaVersion: "13" as never }, "Grafana 13 migrates dashboards to schema v2 when they are opened"],
    [{ authenticationProviders: ["SAML" as const] }, "saml: required when the authentication providers include SAML"],
    [
      { saml: { idpMetadataUrl: "https://x", roleAssertion: "r", editorRoleValues: ["e"] } },
      "saml: set but the authentication providers do not include SAML",
    ],
    [{ authenticationProviders: [] }, "authenticationProviders must be distinct values of AWS_SSO, SAML, got []"],
    [
      { vpcConfiguration: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] } },
      "vpcConfiguration.subnetIds must hold 2 to 6 subnets, got 1",
    ],
    [{ networkAccessControl: {} }, "networkAccessControl needs at least one prefix list or VPC endpoint"],
    [{ name: "has space" }, 'name must be 1-48 letters, digits or -._~, got "has space"'],
    [{ accountId: "abc" }, 'accountId must be 12 digits, got "abc"'],
    [{ kmsDeletionWindowDays: 3 }, "kmsDeletionWindowDays must be an integer from 7 to 30, got 3"],
  ])("%j is rejected naming the field", (overrides, message) => {
    expect(() => build(overrides)).toThrow(message);
  });

  test("every problem is reported at once", () => {
    expect(() => build({ accountId: "1", grafanaVersion: "8" as never })).toThrow(/accountId[\s\S]*\n.*grafanaVersion/);
  });

  test("exposes what the other sections need, each the attribute of the right resource", () => {
    const ws = build({});
    const stack = TerraformStack.of(ws);
    const exposed: Record<string, string> = {
      workspaceId: ws.workspaceId,
      workspaceArn: ws.workspaceArn,
      endpoint: ws.endpoint,
      url: ws.url,
      roleArn: ws.roleArn,
      alertTopicArn: ws.alertTopicArn,
      kmsKeyArn: ws.kmsKeyArn,
      serviceAccountId: ws.serviceAccountId,
    };
    for (const [name, value] of Object.entries(exposed)) new TerraformOutput(stack, name, { value });
    const output = JSON.parse(Testing.synth(stack)).output;
    const attribute = (type: string, attr: string) => new RegExp(`^\\$\\{${type}\\.[^.]+\\.${attr}\\}$`);
    expect(output.workspaceId.value).toMatch(attribute("aws_grafana_workspace", "id"));
    expect(output.workspaceArn.value).toMatch(attribute("aws_grafana_workspace", "arn"));
    expect(output.endpoint.value).toMatch(attribute("aws_grafana_workspace", "endpoint"));
    expect(output.url.value).toBe(`https://${output.endpoint.value}`);
    expect(output.roleArn.value).toMatch(attribute("aws_iam_role", "arn"));
    expect(output.alertTopicArn.value).toMatch(attribute("aws_sns_topic", "arn"));
    expect(output.kmsKeyArn.value).toMatch(attribute("aws_kms_key", "arn"));
    expect(output.serviceAccountId.value).toMatch(
      attribute("aws_grafana_workspace_service_account", "service_account_id"),
    );
  });
});

describe("grafana config errors name the field", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "grafana-config-"));
  function problems(grafana: unknown): string[] {
    const file = path.join(dir, "env.json");
    writeFileSync(file, JSON.stringify({ account: "123456789012", region: "eu-west-1", grafana }));
    try {
      parseEnvironmentFile(file);
    } catch (e) {
      return (e as { problems?: string[] }).problems ?? [String(e)];
    }
    return [];
  }

  test.each([
    [{ version: "11.0" }, "grafana.version"],
    [{ token: { mode: "rotated", rotationDays: 25 } }, "grafana.token.rotationDays"],
    [{ token: { mode: "rotated", secretRecoveryWindowDays: 3 } }, "grafana.token.secretRecoveryWindowDays"],
    [{ token: { mode: "manual" } }, "grafana.token.mode"],
    [{ authentication: { providers: ["SAML"] } }, "grafana.authentication.saml"],
    [{ authentication: { providers: ["AWS_SSO", "AWS_SSO"] } }, "grafana.authentication.providers"],
    [
      { authentication: { providers: ["SAML"], saml: { roleAssertion: "r", editorRoleValues: ["e"] } } },
      "grafana.authentication.saml.idpMetadataUrl",
    ],
    [
      {
        authentication: {
          providers: ["SAML"],
          saml: { idpMetadataUrl: "http://idp", roleAssertion: "r", editorRoleValues: ["e"] },
        },
      },
      "grafana.authentication.saml.idpMetadataUrl",
    ],
    [{ vpc: { subnetIds: ["subnet-0a"], securityGroupIds: ["sg-0a"] } }, "grafana.vpc.subnetIds"],
    [{ networkAccessControl: {} }, "grafana.networkAccessControl"],
    [{ pluginAdmn: true }, "grafana.pluginAdmn: unknown key"],
  ])("%j -> %s", (grafana, field) => {
    const found = problems(grafana);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join("\n")).toContain(`env.json: ${field}`);
  });

  test("a minimal section gets every default", () => {
    expect(environmentConfig({}).grafana).toEqual({
      version: "12.4",
      authentication: { providers: ["AWS_SSO"] },
      pluginAdmin: false,
      token: { mode: "rotated", rotationDays: 7, secretRecoveryWindowDays: 7, logRetentionDays: 90 },
      dashboards: { topN: 10, overviewRefresh: "" },
    });
  });
});
