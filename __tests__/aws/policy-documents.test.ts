import { TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { Construct } from "constructs";
import { CodeBucket } from "../../modules/aws/code-bucket";
import { executionPolicy, ExecutionPolicyInputs } from "../../modules/aws/flink-application/policy";
import { GrafanaTokenRotation } from "../../modules/aws/grafana-token-rotation";
import { GrafanaWorkspace } from "../../modules/aws/grafana-workspace";
import { Json, PRODUCTION_APP } from "../support/synth";

// Every statement of every IAM, KMS, SNS and S3 policy document the AWS constructs write, asserted
// whole: a widened principal, a dropped condition or an extra action fails here. Each construct is
// built alone in a small stack; the documents are compared with toEqual, so nothing may be added.
// Each test synthesizes its own stack (a few milliseconds): the mutation run then knows which test
// covers which line (synthesis in a describe body would count as covering nothing in particular).

const ACCOUNT = "123456789012";
const REGION = "eu-west-1";

/** Synthesizes what `build` adds to a fresh stack. */
function synth(build: (scope: Construct) => void): Json {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "policies");
  new AwsProvider(stack, "aws", { region: REGION });
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

/** `${type.name.attr}` of the one resource of `type` whose logical name starts with `prefix_`. */
function ref(json: Json, type: string, prefix: string, attr: string): string {
  const names = Object.keys(json.resource[type] ?? {}).filter((n) => n.startsWith(`${prefix}_`));
  expect(names).toHaveLength(1);
  return `\${${type}.${names[0]}.${attr}}`;
}

/** Every policy document in the stack, parsed, keyed `type.logicalName.attribute`. */
function policyDocuments(json: Json): Record<string, Json> {
  const documents: Record<string, Json> = {};
  for (const [type, blocks] of Object.entries<Record<string, Json>>(json.resource ?? {})) {
    for (const [name, block] of Object.entries(blocks)) {
      for (const attr of ["policy", "assume_role_policy"]) {
        if (typeof block[attr] === "string") documents[`${type}.${name}.${attr}`] = JSON.parse(block[attr]);
      }
    }
  }
  return documents;
}

/** The document of the resource of `type` whose logical name starts with `prefix_`. */
function documentOf(json: Json, type: string, prefix: string, attr = "policy"): Json {
  const entries = Object.entries(policyDocuments(json)).filter(
    ([key]) => key.startsWith(`${type}.${prefix}_`) && key.endsWith(`.${attr}`),
  );
  expect(entries).toHaveLength(1);
  return entries[0][1];
}

/** Policy-wide invariant: "*" as a principal only ever denies. */
function expectWildcardPrincipalsOnlyDeny(documents: Record<string, Json>): void {
  for (const [key, document] of Object.entries(documents)) {
    for (const statement of document.Statement) {
      if (statement.Principal === "*" || statement.Principal?.AWS === "*")
        expect({ key, sid: statement.Sid, effect: statement.Effect }).toEqual({
          key,
          sid: statement.Sid,
          effect: "Deny",
        });
    }
  }
}

describe("GrafanaWorkspace policies", () => {
  const workspace = () =>
    synth((scope) => new GrafanaWorkspace(scope, "workspace", { name: "ws", accountId: ACCOUNT, region: REGION }));
  const topicArn = (json: Json) => ref(json, "aws_sns_topic", "workspace_alert-topic", "arn");
  const keyArn = (json: Json) => ref(json, "aws_kms_key", "workspace_key", "arn");

  test("the workspace writes exactly five policy documents", () => {
    const json = workspace();
    expect(
      Object.keys(policyDocuments(json))
        .map((key) => key.replace(/_[0-9A-F]{8}\./, "."))
        .sort(),
    ).toEqual([
      "aws_iam_role.workspace_role.assume_role_policy",
      "aws_iam_role_policy.workspace_alert-publish.policy",
      "aws_iam_role_policy.workspace_cloudwatch-read.policy",
      "aws_kms_key.workspace_key.policy",
      "aws_sns_topic_policy.workspace_alert-topic-policy.policy",
    ]);
    expectWildcardPrincipalsOnlyDeny(policyDocuments(json));
  });

  test("key policy: the account administers through IAM; CloudWatch of this account may only encrypt for the topic", () => {
    const json = workspace();
    expect(documentOf(json, "aws_kms_key", "workspace_key")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AccountAdministersThroughIam",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: "kms:*",
          Resource: "*",
        },
        {
          Sid: "CloudWatchAlarmsPublishToEncryptedTopic",
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          Resource: "*",
          Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
        },
      ],
    });
  });

  test("role trust: Grafana, for workspaces of this account and region only", () => {
    const json = workspace();
    expect(documentOf(json, "aws_iam_role", "workspace_role", "assume_role_policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "grafana.amazonaws.com" },
          Action: "sts:AssumeRole",
          Condition: {
            StringEquals: { "aws:SourceAccount": ACCOUNT },
            ArnLike: { "aws:SourceArn": `arn:aws:grafana:${REGION}:${ACCOUNT}:/workspaces/*` },
          },
        },
      ],
    });
  });

  test("CloudWatch read: metrics reads, Logs Insights on this account's log groups, query results", () => {
    const json = workspace();
    expect(documentOf(json, "aws_iam_role_policy", "workspace_cloudwatch-read")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
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
        {
          Sid: "LogsInsightsRead",
          Effect: "Allow",
          Action: ["logs:DescribeLogGroups", "logs:GetLogGroupFields", "logs:StartQuery", "logs:GetLogEvents"],
          Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:*`,
        },
        {
          Sid: "LogsInsightsResults",
          Effect: "Allow",
          Action: ["logs:GetQueryResults", "logs:StopQuery"],
          Resource: "*",
        },
      ],
    });
  });

  test("alert publish: the alert topic only, and the key only through SNS in this region", () => {
    const json = workspace();
    expect(documentOf(json, "aws_iam_role_policy", "workspace_alert-publish")).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Sid: "PublishAlerts", Effect: "Allow", Action: "sns:Publish", Resource: topicArn(json) },
        {
          Sid: "EncryptForTopic",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
          Resource: keyArn(json),
          Condition: { StringEquals: { "kms:ViaService": `sns.${REGION}.amazonaws.com` } },
        },
      ],
    });
  });

  test("topic policy: the account manages it, CloudWatch of this account publishes, nothing without TLS", () => {
    const json = workspace();
    expect(documentOf(json, "aws_sns_topic_policy", "workspace_alert-topic-policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AccountManagesTopic",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: [
            "sns:GetTopicAttributes",
            "sns:SetTopicAttributes",
            "sns:Subscribe",
            "sns:ListSubscriptionsByTopic",
            "sns:Publish",
          ],
          Resource: topicArn(json),
        },
        {
          Sid: "CloudWatchAlarmsPublish",
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: "sns:Publish",
          Resource: topicArn(json),
          Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "sns:Publish",
          Resource: topicArn(json),
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    });
    expect(json.resource.aws_sns_topic_policy[Object.keys(json.resource.aws_sns_topic_policy)[0]].arn).toBe(
      topicArn(json),
    );
  });

  test("the policies are attached to the workspace role", () => {
    const json = workspace();
    const roleId = ref(json, "aws_iam_role", "workspace_role", "id");
    for (const policy of Object.values<Json>(json.resource.aws_iam_role_policy)) expect(policy.role).toBe(roleId);
  });
});

describe("CodeBucket policy", () => {
  test("the bucket refuses every request made without TLS, and grants nothing", () => {
    const json = synth((scope) => new CodeBucket(scope, "code", { bucketName: "flinkobs-code" }));
    expect(Object.keys(policyDocuments(json))).toHaveLength(1);
    expect(documentOf(json, "aws_s3_bucket_policy", "code_policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: ["arn:aws:s3:::flinkobs-code", "arn:aws:s3:::flinkobs-code/*"],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    });
    expectWildcardPrincipalsOnlyDeny(policyDocuments(json));
  });
});

describe("GrafanaTokenRotation policies", () => {
  const workspaceArn = `arn:aws:grafana:${REGION}:${ACCOUNT}:/workspaces/g-1`;
  const kmsKeyArn = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1`;
  const rotation = () =>
    synth(
      (scope) =>
        new GrafanaTokenRotation(scope, "token", {
          name: "ws-token",
          accountId: ACCOUNT,
          region: REGION,
          workspaceId: "g-1",
          workspaceArn,
          workspaceEndpoint: "g-1.grafana-workspace.eu-west-1.amazonaws.com",
          serviceAccountId: "1",
          kmsKeyArn,
        }),
    );

  test("role trust: Lambda only, on behalf of this account", () => {
    const json = rotation();
    expect(documentOf(json, "aws_iam_role", "token_role", "assume_role_policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: "lambda.amazonaws.com" },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
        },
      ],
    });
    expectWildcardPrincipalsOnlyDeny(policyDocuments(json));
  });

  test("role policy: tokens of this workspace, this secret, the key through Secrets Manager, its own logs", () => {
    const json = rotation();
    expect(documentOf(json, "aws_iam_role_policy", "token_policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "ManageServiceAccountTokens",
          Effect: "Allow",
          Action: [
            "grafana:CreateWorkspaceServiceAccountToken",
            "grafana:DeleteWorkspaceServiceAccountToken",
            "grafana:ListWorkspaceServiceAccountTokens",
          ],
          Resource: workspaceArn,
        },
        {
          Sid: "RotateSecret",
          Effect: "Allow",
          Action: [
            "secretsmanager:DescribeSecret",
            "secretsmanager:GetSecretValue",
            "secretsmanager:PutSecretValue",
            "secretsmanager:UpdateSecretVersionStage",
          ],
          Resource: ref(json, "aws_secretsmanager_secret", "token_secret", "arn"),
        },
        {
          Sid: "UseKeyThroughSecretsManager",
          Effect: "Allow",
          Action: ["kms:Decrypt", "kms:GenerateDataKey"],
          Resource: kmsKeyArn,
          Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${REGION}.amazonaws.com` } },
        },
        {
          Sid: "WriteOwnLogs",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${ref(json, "aws_cloudwatch_log_group", "token_logs", "arn")}:*`,
        },
        {
          // PutMetricData has no resource-level permissions: the namespace condition is the scope.
          Sid: "PublishTokenHealth",
          Effect: "Allow",
          Action: "cloudwatch:PutMetricData",
          Resource: "*",
          Condition: { StringEquals: { "cloudwatch:namespace": "FlinkObservability/GrafanaToken" } },
        },
      ],
    });
  });
});

describe("Flink execution role policy", () => {
  const base: ExecutionPolicyInputs = {
    partition: "aws",
    region: REGION,
    account: ACCOUNT,
    code: { bucketArn: "arn:aws:s3:::code", fileKey: "orders/app.jar" },
    logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/kinesis-analytics/orders`,
    logStreamArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/kinesis-analytics/orders:log-stream:app`,
    sources: [],
    sinks: [],
  };
  const stream = (name: string) => `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${name}`;
  const key = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
  const viaKinesis = { StringEquals: { "kms:ViaService": `kinesis.${REGION}.amazonaws.com` } };

  test("without streams or VPC: its code object, its logs and its metrics namespace, nothing else", () => {
    expect(executionPolicy(base)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "ReadApplicationCode",
          Effect: "Allow",
          Action: ["s3:GetObject"],
          Resource: "arn:aws:s3:::code/orders/app.jar",
          // A bucket name deleted and reclaimed by another account cannot serve code.
          Condition: { StringEquals: { "s3:ResourceAccount": ACCOUNT } },
        },
        {
          Sid: "ListLogGroups",
          Effect: "Allow",
          Action: ["logs:DescribeLogGroups"],
          Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:*`,
        },
        {
          Sid: "DescribeOwnLogStreams",
          Effect: "Allow",
          Action: ["logs:DescribeLogStreams"],
          Resource: [base.logGroupArn, `${base.logGroupArn}:log-stream:*`],
        },
        { Sid: "WriteOwnLogStream", Effect: "Allow", Action: ["logs:PutLogEvents"], Resource: base.logStreamArn },
        {
          Sid: "PublishApplicationMetrics",
          Effect: "Allow",
          Action: ["cloudwatch:PutMetricData"],
          Resource: "*",
          Condition: { StringEquals: { "cloudwatch:namespace": "AWS/KinesisAnalytics" } },
        },
      ],
    });
  });

  test("a pinned object version adds GetObjectVersion on the same object only", () => {
    const [code] = executionPolicy({ ...base, code: { ...base.code, objectVersion: "v1" } }).Statement;
    expect(code).toEqual({
      Sid: "ReadApplicationCode",
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:GetObjectVersion"],
      Resource: "arn:aws:s3:::code/orders/app.jar",
      Condition: { StringEquals: { "s3:ResourceAccount": ACCOUNT } },
    });
  });

  test("code in a central artifact account: the condition names that account", () => {
    const [code] = executionPolicy({ ...base, code: { ...base.code, bucketAccount: "999999999999" } }).Statement;
    expect(code.Condition).toEqual({ StringEquals: { "s3:ResourceAccount": "999999999999" } });
  });

  test("sources are read (and consumed with fan-out when asked), sinks written, their keys used through Kinesis", () => {
    const statements = executionPolicy({
      ...base,
      sources: [
        { sid: "Orders", streamArn: stream("orders"), kmsKeyArn: key("in"), enhancedFanOut: true },
        { sid: "Prices", streamArn: stream("prices") },
      ],
      sinks: [
        { sid: "Enriched", streamArn: stream("enriched"), kmsKeyArn: key("out") },
        { sid: "Audit", streamArn: stream("audit") },
      ],
    }).Statement.slice(5);
    const read = [
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetRecords",
      "kinesis:GetShardIterator",
      "kinesis:ListShards",
    ];
    const write = [
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:ListShards",
      "kinesis:PutRecord",
      "kinesis:PutRecords",
    ];
    expect(statements).toEqual([
      { Sid: "ReadSourceOrders", Effect: "Allow", Action: read, Resource: stream("orders") },
      {
        Sid: "FanOutSourceOrders",
        Effect: "Allow",
        Action: ["kinesis:RegisterStreamConsumer", "kinesis:DeregisterStreamConsumer", "kinesis:ListStreamConsumers"],
        Resource: stream("orders"),
      },
      {
        Sid: "ConsumeSourceOrders",
        Effect: "Allow",
        Action: ["kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"],
        Resource: `${stream("orders")}/consumer/*`,
      },
      {
        Sid: "DecryptSourceOrders",
        Effect: "Allow",
        Action: ["kms:Decrypt"],
        Resource: key("in"),
        Condition: viaKinesis,
      },
      { Sid: "ReadSourcePrices", Effect: "Allow", Action: read, Resource: stream("prices") },
      { Sid: "WriteSinkEnriched", Effect: "Allow", Action: write, Resource: stream("enriched") },
      {
        Sid: "EncryptSinkEnriched",
        Effect: "Allow",
        Action: ["kms:GenerateDataKey"],
        Resource: key("out"),
        Condition: viaKinesis,
      },
      { Sid: "WriteSinkAudit", Effect: "Allow", Action: write, Resource: stream("audit") },
    ]);
  });

  test("in a VPC: describe calls, and interfaces only in its own subnets and security groups", () => {
    const ec2 = `arn:aws-cn:ec2:cn-north-1:${ACCOUNT}`;
    const statements = executionPolicy({
      ...base,
      partition: "aws-cn",
      region: "cn-north-1",
      vpc: { subnetIds: ["subnet-a", "subnet-b"], securityGroupIds: ["sg-1"] },
    }).Statement;
    expect(statements[1].Resource).toBe(`arn:aws-cn:logs:cn-north-1:${ACCOUNT}:log-group:*`);
    expect(statements.slice(5)).toEqual([
      {
        Sid: "DescribeNetwork",
        Effect: "Allow",
        Action: [
          "ec2:DescribeDhcpOptions",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DescribeSecurityGroups",
          "ec2:DescribeSubnets",
          "ec2:DescribeVpcs",
        ],
        Resource: "*",
      },
      {
        Sid: "CreateInterfacesInOwnSubnets",
        Effect: "Allow",
        Action: ["ec2:CreateNetworkInterface"],
        Resource: [
          `${ec2}:network-interface/*`,
          `${ec2}:subnet/subnet-a`,
          `${ec2}:subnet/subnet-b`,
          `${ec2}:security-group/sg-1`,
        ],
      },
      {
        Sid: "ManageInterfacesInOwnSubnets",
        Effect: "Allow",
        Action: ["ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface"],
        Resource: `${ec2}:network-interface/*`,
        Condition: { ArnEquals: { "ec2:Subnet": [`${ec2}:subnet/subnet-a`, `${ec2}:subnet/subnet-b`] } },
      },
    ]);
  });
});
