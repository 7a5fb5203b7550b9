import { CodeBucket } from "../modules/aws/code-bucket";
import type { FlinkApplicationConfig } from "../lib/config/flink-config";
import { applicationResourcePrefix } from "../lib/config/names";
import { FlinkApplicationCode } from "../modules/aws/flink-application/code";
import { FlinkApplicationProps, FlinkStreamProps } from "../modules/aws/flink-application/types";

/** What an environment gives every application it creates. */
export interface FlinkEnvironmentContext {
  /** The environment's resource name prefix. */
  readonly prefix: string;
  readonly account: string;
  readonly region: string;
  /** The environment's code bucket; required when the application's code is a local JAR. */
  readonly codeBucket?: CodeBucket;
  /** Whether stateful resources refuse to be destroyed (`protectData`). */
  readonly protectData: boolean;
}

/** Bucket name of an environment's code bucket (at most 32 + 12 + 12 = 56 characters). */
export function codeBucketName(prefix: string, account: string): string {
  return `${prefix}-flink-code-${account}`;
}

/** Maps one validated `applications:` entry to the props of a FlinkApplication. */
export function flinkApplicationPropsFromConfig(
  app: FlinkApplicationConfig,
  env: FlinkEnvironmentContext,
): FlinkApplicationProps {
  let code: FlinkApplicationCode;
  if (app.code.localJar !== undefined) {
    if (!env.codeBucket)
      throw new Error(
        `FlinkApplication ${JSON.stringify(app.name)}: code.localJar needs the environment's code bucket`,
      );
    code = FlinkApplicationCode.fromJarFile(app.code.localJar, env.codeBucket);
  } else {
    code = FlinkApplicationCode.fromS3Object(app.code.s3!);
  }
  const stream = (
    s: FlinkApplicationConfig["streams"]["sinks"][number],
    enhancedFanOut?: boolean,
  ): FlinkStreamProps => ({
    id: s.id,
    streamArn: s.arn,
    kmsKeyArn: s.kmsKeyArn,
    enhancedFanOut,
    create: s.create && {
      streamName: s.create.name,
      mode: s.create.mode,
      shardCount: s.create.shardCount,
      retentionPeriodHours: s.create.retentionHours,
    },
  });
  return {
    applicationName: app.name,
    account: env.account,
    region: env.region,
    resourceNamePrefix: applicationResourcePrefix(env.prefix, app.name),
    code,
    description: app.description,
    runtime: app.runtime,
    parallelism: app.parallelism,
    parallelismPerKpu: app.parallelismPerKpu,
    autoScaling: app.autoScaling,
    checkpointingEnabled: app.checkpointing.enabled,
    checkpointIntervalMs: app.checkpointing.intervalMs,
    minPauseBetweenCheckpointsMs: app.checkpointing.minPauseMs,
    logLevel: app.monitoring.logLevel,
    metricsLevel: app.monitoring.metricsLevel,
    snapshotsEnabled: app.snapshotsEnabled,
    propertyGroups: app.propertyGroups,
    vpc: app.vpc,
    startApplication: app.startApplication,
    logRetentionDays: app.logging.retentionDays,
    logKmsKeyArn: app.logging.kmsKeyArn,
    sourceStreams: app.streams.sources.map((s) => stream(s, s.enhancedFanOut)),
    sinkStreams: app.streams.sinks.map((s) => stream(s)),
    source: app.source,
    protectData: env.protectData,
  };
}
