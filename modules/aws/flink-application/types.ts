import { KinesisStreamMode } from "../kinesis-stream";
import { FLINK_RUNTIMES, FlinkRuntime, MetricsLevel, SourceKind } from "../../flink-metrics";
import { FlinkApplicationCode } from "./code";

/**
 * Runtimes this construct creates applications with: every runtime of the metric catalogue, Flink 2.x
 * included.
 *
 * The pinned AWS provider, hashicorp/aws 6.66.0 (bound by @cdktn/provider-aws 25.7.0), takes FLINK-2_2
 * (confirmed below) and, on all the evidence found, FLINK-2_3 (not confirmed from its source).
 * Its `runtime_environment` is a plain string in the bindings
 * (node_modules/@cdktn/provider-aws/lib/kinesisanalyticsv2-application/index.d.ts: `runtimeEnvironment:
 * string`, no enum, nothing checked at synth); the provider checks it at plan time against the AWS SDK
 * for Go's RuntimeEnvironment enum (terraform-provider-aws internal/service/kinesisanalyticsv2/
 * application.go: `ValidateDiagFunc: enum.Validate[awstypes.RuntimeEnvironment]()`).
 * - FLINK-2_2 entered that enum with the SDK release of 2026-03-31 (terraform-provider-aws PR #47207,
 *   closing issue #47203, which reports v6.39.0 refusing it; the PR says the value ships in the release
 *   after the SDK bump #47197): well before 6.66.0. See {@link FLINK_2_MIN_AWS_PROVIDER_VERSION}.
 * - FLINK-2_3: the AWS API lists it (@aws-sdk/client-kinesis-analytics-v2 3.1112.0, published
 *   2026-08-17, RuntimeEnvironment.FLINK_2_3); @cdktn/provider-aws 25.7.0 binding 6.66.0 was published
 *   2026-09-23. No provider changelog line for it was found; the provider takes new enum values with
 *   its routine SDK updates, as it did for FLINK-2_2. A provider without it would refuse the plan
 *   (`expected runtime_environment to be one of [...]`), never create a wrong application.
 */
export type ApplicationRuntime = FlinkRuntime;
/** Every runtime of the metric catalogue: what AWS offers for new applications. */
export const APPLICATION_RUNTIMES = FLINK_RUNTIMES;
/**
 * The first hashicorp/aws release whose `runtime_environment` takes FLINK-2_2 (issue #47203: v6.39.0
 * refuses it; PR #47207: "available in the next release"). The stack pins 6.66.0.
 */
export const FLINK_2_MIN_AWS_PROVIDER_VERSION = "6.40.0";
/**
 * Flink runtimes hashicorp/aws 6.66.0 still accepts (the API's RuntimeEnvironment enum keeps
 * FLINK-1_6, 1_8, 1_11 and 1_13: @aws-sdk/client-kinesis-analytics-v2 3.1112.0) but AWS no longer
 * supports for new applications: refused here, with a message saying so.
 */
export const RETIRED_FLINK_RUNTIMES = ["FLINK-1_6", "FLINK-1_8", "FLINK-1_11", "FLINK-1_13"] as const;
/**
 * Default runtime of a new application. It stays on 1.x: a default that moved to 2.x would upgrade
 * every application that does not name its runtime, in place and one way (docs/flink-applications.md,
 * "Changing the runtime of an existing application").
 */
export const DEFAULT_FLINK_RUNTIME: ApplicationRuntime = "FLINK-1_20";

/** Verbosity of the application's logs. */
export const FLINK_LOG_LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"] as const;
export type FlinkLogLevel = (typeof FLINK_LOG_LEVELS)[number];

/** Property group the construct fills with the ARNs and names of the application's streams. */
export const STREAM_BINDINGS_PROPERTY_GROUP = "flinkobs.streams";

/** Settings of a Kinesis stream created for an application. */
export interface CreatedStreamProps {
  /**
   * Stream name.
   * @default `<resourceNamePrefix>-<id>`
   */
  readonly streamName?: string;
  /**
   * Capacity mode.
   * @default "ON_DEMAND"
   */
  readonly mode?: KinesisStreamMode;
  /**
   * Shards; required with PROVISIONED, not allowed with ON_DEMAND.
   * @default - none
   */
  readonly shardCount?: number;
  /**
   * Retention in hours (24 to 8760).
   * @default 24
   */
  readonly retentionPeriodHours?: number;
}

/** A Kinesis stream the application reads (source) or writes (sink). */
export interface FlinkStreamProps {
  /**
   * Logical id, unique among the application's streams: names the stream in the
   * `flinkobs.streams` property group (`source.<id>.arn`, `sink.<id>.name`...).
   */
  readonly id: string;
  /**
   * Create the stream in this stack with these settings. Give exactly one of `create` and `streamArn`.
   * @default - not created
   */
  readonly create?: CreatedStreamProps;
  /**
   * ARN of an existing stream. Give exactly one of `create` and `streamArn`.
   * @default - none
   */
  readonly streamArn?: string;
  /**
   * Customer managed KMS key of the stream: encrypts a created stream; for an existing stream, the
   * key it is encrypted with. The role gets kms:Decrypt (sources) or kms:GenerateDataKey (sinks)
   * on exactly this key, through Kinesis only.
   * @default - the AWS managed key `alias/aws/kinesis` (its key policy already lets Kinesis use it for the account)
   */
  readonly kmsKeyArn?: string;
  /**
   * Sources only: allow enhanced fan-out (register a consumer, SubscribeToShard).
   * @default false
   */
  readonly enhancedFanOut?: boolean;
}

/** The network the application runs in. */
export interface FlinkVpcProps {
  /** Subnets for the application's network interfaces (at least one, `subnet-...`). */
  readonly subnetIds: string[];
  /** Security groups of those interfaces (1 to 5, `sg-...`). */
  readonly securityGroupIds: string[];
}

/** Properties of a {@link FlinkApplication}. */
export interface FlinkApplicationProps {
  /** Name of the application (1 to 128 letters, digits, '_', '.', '-'); the `Application` dimension of its metrics. */
  readonly applicationName: string;
  /** AWS account id of the stack (12 digits), for the ARNs the role is scoped to. */
  readonly account: string;
  /** AWS region of the stack, for the ARNs the role is scoped to. */
  readonly region: string;
  /**
   * AWS partition.
   * @default "aws"
   */
  readonly partition?: string;
  /** The code the application runs. */
  readonly code: FlinkApplicationCode;
  /**
   * Prefix of the names of the role and created streams.
   * @default - the application name
   */
  readonly resourceNamePrefix?: string;
  /**
   * Description of the application.
   * @default - none
   */
  readonly description?: string;
  /**
   * Apache Flink runtime. Flink 2.x (FLINK-2_2, FLINK-2_3) runs Java 17 code only: build the JAR
   * with JDK 17 against Flink 2.x. Changing it on an existing application upgrades that application
   * in place (UpdateApplication with RuntimeEnvironmentUpdate; the same resource, not a replacement);
   * from 1.x to 2.x that is one way: see docs/flink-applications.md.
   * @default "FLINK-1_20"
   */
  readonly runtime?: ApplicationRuntime;
  /**
   * Take checkpoints while the application runs.
   * @default true
   */
  readonly checkpointingEnabled?: boolean;
  /**
   * Interval between checkpoints, in milliseconds.
   * @default 60000
   */
  readonly checkpointIntervalMs?: number;
  /**
   * Minimum pause after a checkpoint completes before the next starts, in milliseconds.
   * @default 5000
   */
  readonly minPauseBetweenCheckpointsMs?: number;
  /**
   * Initial parallelism (>= 1). With autoscaling, AWS may raise it.
   * @default 1
   */
  readonly parallelism?: number;
  /**
   * Parallel tasks per KPU (>= 1).
   * @default 1
   */
  readonly parallelismPerKpu?: number;
  /**
   * Let AWS change the parallelism with load.
   * @default true
   */
  readonly autoScaling?: boolean;
  /**
   * Log level.
   * @default "INFO"
   */
  readonly logLevel?: FlinkLogLevel;
  /**
   * Metrics level. TASK (or OPERATOR/PARALLELISM) is needed for back-pressure, busy and idle time;
   * PARALLELISM multiplies metrics by the parallelism, mind the CloudWatch bill.
   * @default "APPLICATION"
   */
  readonly metricsLevel?: MetricsLevel;
  /**
   * Take snapshots when the application is stopped or updated, so its state survives restarts.
   * @default true
   */
  readonly snapshotsEnabled?: boolean;
  /**
   * Runtime properties, group id -> key -> value. Visible in the console and API: never put secrets
   * here (keys that look like secrets are rejected); read secrets from Secrets Manager in the job.
   * @default - none
   */
  readonly propertyGroups?: Record<string, Record<string, string>>;
  /**
   * Run the application in a VPC.
   * @default - no VPC
   */
  readonly vpc?: FlinkVpcProps;
  /**
   * Start the application after creating or updating it (Terraform `start_application`).
   * @default false
   */
  readonly startApplication?: boolean;
  /**
   * Retention of the application's log group, in days (a CloudWatch Logs value; 0 = never expire).
   * @default 30
   */
  readonly logRetentionDays?: number;
  /**
   * KMS key ARN encrypting the log group (its key policy must let CloudWatch Logs use it).
   * @default - CloudWatch Logs' own encryption
   */
  readonly logKmsKeyArn?: string;
  /**
   * Log group name.
   * @default `/aws/kinesis-analytics/<applicationName>`
   */
  readonly logGroupName?: string;
  /**
   * Kinesis streams the application reads.
   * @default - none
   */
  readonly sourceStreams?: FlinkStreamProps[];
  /**
   * Kinesis streams the application writes.
   * @default - none
   */
  readonly sinkStreams?: FlinkStreamProps[];
  /**
   * Kind of the main source, for monitoring. Must be "kinesis" (or unset) when `sourceStreams` is given.
   * @default - "kinesis" with source streams, else "none"
   */
  readonly source?: SourceKind;
  /**
   * Refuse any plan that destroys or replaces the streams created here or the log group
   * (`prevent_destroy`).
   * @default true
   */
  readonly protectData?: boolean;
}
