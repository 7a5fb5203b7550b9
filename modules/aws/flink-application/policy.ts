import { S3CodeLocation } from "../code-bucket";
import { FlinkVpcProps } from "./types";

/** One IAM policy statement (the subset this module writes). */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: "Allow";
  readonly Action: string[];
  readonly Resource: string | string[];
  /** @default - no condition */
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** A stream the role is granted access to. */
export interface StreamGrant {
  /** Statement id suffix (alphanumeric). */
  readonly sid: string;
  readonly streamArn: string;
  /**
   * Customer managed key of the stream.
   * @default - the AWS managed key (no grant needed)
   */
  readonly kmsKeyArn?: string;
  /**
   * Grant the enhanced fan-out consumer actions.
   * @default false
   */
  readonly enhancedFanOut?: boolean;
}

/** Everything the execution role's permissions are scoped to. */
export interface ExecutionPolicyInputs {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly code: S3CodeLocation;
  readonly logGroupArn: string;
  readonly logStreamArn: string;
  readonly sources: StreamGrant[];
  readonly sinks: StreamGrant[];
  /** @default - no VPC */
  readonly vpc?: FlinkVpcProps;
}

/** Read actions of a polling Kinesis consumer (Flink's Kinesis source). */
export const KINESIS_READ_ACTIONS = [
  "kinesis:DescribeStream",
  "kinesis:DescribeStreamSummary",
  "kinesis:GetRecords",
  "kinesis:GetShardIterator",
  "kinesis:ListShards",
];
/** Stream-level actions of an enhanced fan-out consumer. */
export const KINESIS_EFO_STREAM_ACTIONS = [
  "kinesis:RegisterStreamConsumer",
  "kinesis:DeregisterStreamConsumer",
  "kinesis:ListStreamConsumers",
];
/** Consumer-level actions of an enhanced fan-out consumer. */
export const KINESIS_EFO_CONSUMER_ACTIONS = ["kinesis:DescribeStreamConsumer", "kinesis:SubscribeToShard"];
/** Write actions of Flink's Kinesis sink. */
export const KINESIS_WRITE_ACTIONS = [
  "kinesis:DescribeStream",
  "kinesis:DescribeStreamSummary",
  "kinesis:ListShards",
  "kinesis:PutRecord",
  "kinesis:PutRecords",
];
/** The namespace Managed Flink publishes application metrics to. */
export const FLINK_METRICS_NAMESPACE = "AWS/KinesisAnalytics";

/**
 * The execution role's policy: read its own code object, write its own log stream, publish its
 * metrics, read its sources, write its sinks, use their customer managed keys through Kinesis, and
 * (in a VPC) manage its network interfaces. No wildcard actions. A `*` resource only where the
 * action has no resource-level permissions (cloudwatch:PutMetricData, ec2:Describe*), narrowed by a
 * condition where AWS offers one.
 */
export function executionPolicy(inputs: ExecutionPolicyInputs): {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
} {
  const { partition, region, account, code } = inputs;
  const statements: PolicyStatement[] = [];

  statements.push({
    Sid: "ReadApplicationCode",
    Effect: "Allow",
    Action: code.objectVersion !== undefined ? ["s3:GetObject", "s3:GetObjectVersion"] : ["s3:GetObject"],
    Resource: `${code.bucketArn}/${code.fileKey}`,
    // Bucket names are global and reusable: only a bucket of the expected owner may serve the code.
    Condition: { StringEquals: { "s3:ResourceAccount": code.bucketAccount ?? account } },
  });

  // DescribeLogGroups is a list call: it only takes the account's log-group:* resource.
  statements.push({
    Sid: "ListLogGroups",
    Effect: "Allow",
    Action: ["logs:DescribeLogGroups"],
    Resource: `arn:${partition}:logs:${region}:${account}:log-group:*`,
  });
  statements.push({
    Sid: "DescribeOwnLogStreams",
    Effect: "Allow",
    Action: ["logs:DescribeLogStreams"],
    Resource: [inputs.logGroupArn, `${inputs.logGroupArn}:log-stream:*`],
  });
  statements.push({
    Sid: "WriteOwnLogStream",
    Effect: "Allow",
    Action: ["logs:PutLogEvents"],
    Resource: inputs.logStreamArn,
  });

  // PutMetricData has no resource-level permissions; the namespace condition is the available scope.
  statements.push({
    Sid: "PublishApplicationMetrics",
    Effect: "Allow",
    Action: ["cloudwatch:PutMetricData"],
    Resource: "*",
    Condition: { StringEquals: { "cloudwatch:namespace": FLINK_METRICS_NAMESPACE } },
  });

  const viaKinesis = { StringEquals: { "kms:ViaService": `kinesis.${region}.amazonaws.com` } };
  for (const source of inputs.sources) {
    statements.push({
      Sid: `ReadSource${source.sid}`,
      Effect: "Allow",
      Action: KINESIS_READ_ACTIONS,
      Resource: source.streamArn,
    });
    if (source.enhancedFanOut) {
      statements.push({
        Sid: `FanOutSource${source.sid}`,
        Effect: "Allow",
        Action: KINESIS_EFO_STREAM_ACTIONS,
        Resource: source.streamArn,
      });
      statements.push({
        Sid: `ConsumeSource${source.sid}`,
        Effect: "Allow",
        Action: KINESIS_EFO_CONSUMER_ACTIONS,
        Resource: `${source.streamArn}/consumer/*`,
      });
    }
    if (source.kmsKeyArn) {
      statements.push({
        Sid: `DecryptSource${source.sid}`,
        Effect: "Allow",
        Action: ["kms:Decrypt"],
        Resource: source.kmsKeyArn,
        Condition: viaKinesis,
      });
    }
  }
  for (const sink of inputs.sinks) {
    statements.push({
      Sid: `WriteSink${sink.sid}`,
      Effect: "Allow",
      Action: KINESIS_WRITE_ACTIONS,
      Resource: sink.streamArn,
    });
    if (sink.kmsKeyArn) {
      statements.push({
        Sid: `EncryptSink${sink.sid}`,
        Effect: "Allow",
        Action: ["kms:GenerateDataKey"],
        Resource: sink.kmsKeyArn,
        Condition: viaKinesis,
      });
    }
  }

  if (inputs.vpc) {
    const ec2 = `arn:${partition}:ec2:${region}:${account}`;
    const subnetArns = inputs.vpc.subnetIds.map((id) => `${ec2}:subnet/${id}`);
    // Describe calls have no resource-level permissions.
    statements.push({
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
    });
    statements.push({
      Sid: "CreateInterfacesInOwnSubnets",
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterface"],
      Resource: [
        `${ec2}:network-interface/*`,
        ...subnetArns,
        ...inputs.vpc.securityGroupIds.map((id) => `${ec2}:security-group/${id}`),
      ],
    });
    statements.push({
      Sid: "ManageInterfacesInOwnSubnets",
      Effect: "Allow",
      Action: ["ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface"],
      Resource: `${ec2}:network-interface/*`,
      Condition: { ArnEquals: { "ec2:Subnet": subnetArns } },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}
