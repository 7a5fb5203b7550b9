import { Construct } from "constructs";
import { KinesisStream as KinesisStreamResource } from "@cdktn/provider-aws/lib/kinesis-stream";

/** Capacity mode of a Kinesis data stream. */
export const KINESIS_STREAM_MODES = ["ON_DEMAND", "PROVISIONED"] as const;
export type KinesisStreamMode = (typeof KINESIS_STREAM_MODES)[number];

/** The AWS managed key of Kinesis Data Streams: used when no customer managed key is given. */
export const AWS_MANAGED_KINESIS_KEY = "alias/aws/kinesis";

/** Kinesis allows 24 hours (the minimum) to 365 days of retention. */
export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 8760;

/** Longest stream name Kinesis accepts. */
export const MAX_STREAM_NAME_LENGTH = 128;
/** Stream names: 1 to 128 letters, digits, '_', '.', '-'. */
export const STREAM_NAME_PATTERN = /^[a-zA-Z0-9_.-]{1,128}$/;
/** A KMS key given by key ARN (aliases cannot scope IAM grants, so they are not accepted). */
export const KMS_KEY_ARN_PATTERN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[a-zA-Z0-9-]+$/;

/** Properties of a {@link KinesisStream}. */
export interface KinesisStreamProps {
  /** Name of the stream, unique in the account and region. */
  readonly streamName: string;
  /**
   * Capacity mode. ON_DEMAND scales shards automatically; PROVISIONED needs `shardCount`.
   * @default "ON_DEMAND"
   */
  readonly mode?: KinesisStreamMode;
  /**
   * Number of shards; required with PROVISIONED, not allowed with ON_DEMAND.
   * @default - none (ON_DEMAND)
   */
  readonly shardCount?: number;
  /**
   * How long records stay readable, in hours (24 to 8760).
   * @default 24
   */
  readonly retentionPeriodHours?: number;
  /**
   * ARN of the customer managed KMS key that encrypts the stream.
   * @default - the AWS managed key `alias/aws/kinesis`
   */
  readonly kmsKeyArn?: string;
  /**
   * Refuse any plan that destroys or replaces the stream (`prevent_destroy`): its records are data.
   * @default true
   */
  readonly protectData?: boolean;
}

/**
 * A KMS-encrypted Kinesis data stream (server-side encryption is always on: with the AWS managed
 * key by default, or with the given customer managed key).
 */
export class KinesisStream extends Construct {
  /** The stream's name (plain string, as given). */
  public readonly streamName: string;
  /** The stream's ARN (token). */
  public readonly streamArn: string;
  /** The customer managed key that encrypts the stream; undefined for the AWS managed key. */
  public readonly kmsKeyArn?: string;
  /** The capacity mode. */
  public readonly mode: KinesisStreamMode;
  /** The underlying resource. */
  public readonly resource: KinesisStreamResource;

  constructor(scope: Construct, id: string, props: KinesisStreamProps) {
    super(scope, id);
    validateKinesisStreamProps(props);
    this.mode = props.mode ?? "ON_DEMAND";
    this.streamName = props.streamName;
    this.kmsKeyArn = props.kmsKeyArn;
    this.resource = new KinesisStreamResource(this, "stream", {
      name: props.streamName,
      streamModeDetails: { streamMode: this.mode },
      shardCount: this.mode === "PROVISIONED" ? props.shardCount : undefined,
      retentionPeriod: props.retentionPeriodHours ?? MIN_RETENTION_HOURS,
      encryptionType: "KMS",
      kmsKeyId: props.kmsKeyArn ?? AWS_MANAGED_KINESIS_KEY,
      lifecycle: { preventDestroy: props.protectData ?? true },
    });
    this.streamArn = this.resource.arn;
  }
}

/** Checks the props of a {@link KinesisStream}; throws an error naming the field. */
export function validateKinesisStreamProps(props: KinesisStreamProps): void {
  const name = props.streamName;
  const fail = (message: string): never => {
    throw new Error(`KinesisStream ${JSON.stringify(name)}: ${message}`);
  };
  if (typeof name !== "string" || !STREAM_NAME_PATTERN.test(name)) {
    fail(`streamName must be 1 to 128 letters, digits, '_', '.' or '-', got ${JSON.stringify(name)}`);
  }
  const mode = props.mode ?? "ON_DEMAND";
  if (!KINESIS_STREAM_MODES.includes(mode))
    fail(`mode must be one of ${KINESIS_STREAM_MODES.join(", ")}, got ${JSON.stringify(mode)}`);
  if (mode === "PROVISIONED") {
    if (props.shardCount === undefined) fail("shardCount is required when mode is PROVISIONED");
    if (!Number.isInteger(props.shardCount) || props.shardCount! < 1)
      fail(`shardCount must be an integer >= 1, got ${props.shardCount}`);
  } else if (props.shardCount !== undefined) {
    fail(`shardCount is only allowed when mode is PROVISIONED (mode is ${mode})`);
  }
  const retention = props.retentionPeriodHours;
  if (
    retention !== undefined &&
    (!Number.isInteger(retention) || retention < MIN_RETENTION_HOURS || retention > MAX_RETENTION_HOURS)
  ) {
    fail(
      `retentionPeriodHours must be an integer from ${MIN_RETENTION_HOURS} to ${MAX_RETENTION_HOURS}, got ${retention}`,
    );
  }
  if (props.kmsKeyArn !== undefined && !KMS_KEY_ARN_PATTERN.test(props.kmsKeyArn)) {
    fail(
      `kmsKeyArn must be a KMS key ARN (arn:aws:kms:<region>:<account>:key/<id>), got ${JSON.stringify(props.kmsKeyArn)}`,
    );
  }
}
