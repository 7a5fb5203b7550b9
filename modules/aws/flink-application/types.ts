import { KinesisStreamMode } from "../kinesis-stream";
import { FLINK_RUNTIMES, FlinkRuntime, MetricsLevel, SourceKind, runtimeFamily } from "../../flink-metrics";
import { FlinkApplicationCode } from "./code";

/** Runtimes this construct creates applications with: the Flink 1.x runtimes of the metric catalogue. */
export type ApplicationRuntime = Extract<FlinkRuntime, `FLINK-1_${string}`>;
/**
 * The Managed Flink runtimes (see the metric catalogue) that hashicorp/aws 5.100.0 accepts for new
 * applications: it does not know FLINK-2_2, which can only be monitored.
 */
export const APPLICATION_RUNTIMES = FLINK_RUNTIMES.filter(
  (runtime): runtime is ApplicationRuntime => runtimeFamily(runtime) === "flink-1",
);
/** Flink runtimes hashicorp/aws 5.100.0 still accepts but AWS no longer supports for new applications. */
export const RETIRED_FLINK_RUNTIMES = ["FLINK-1_6", "FLINK-1_8", "FLINK-1_11", "FLINK-1_13"] as const;
/** Default runtime of a new application. */
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
   * Apache Flink runtime.
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
