import { KMS_KEY_ARN_PATTERN, STREAM_NAME_PATTERN, validateKinesisStreamProps } from "../kinesis-stream";
import { S3CodeLocation } from "../code-bucket";
import { BUCKET_ARN_PATTERN } from "./code";
import { LOG_RETENTION_DAYS } from "../log-retention";
import { isRegionOrToken } from "../region";
import {
  APPLICATION_RUNTIMES,
  FlinkApplicationProps,
  FlinkStreamProps,
  RETIRED_FLINK_RUNTIMES,
  STREAM_BINDINGS_PROPERTY_GROUP,
} from "./types";

/** Application names: 1 to 128 letters, digits, '_', '.', '-'. */
export const APPLICATION_NAME_PATTERN = /^[a-zA-Z0-9_.-]{1,128}$/;
/** Longest `resourceNamePrefix`: role and policy names built from it stay within IAM's 64 characters. */
export const MAX_RESOURCE_NAME_PREFIX_LENGTH = 64;
/** Property group ids: 1 to 50 letters, digits, '_', '.', '-'. */
export const PROPERTY_GROUP_ID_PATTERN = /^[a-zA-Z0-9_.-]{1,50}$/;
/** Ids of an application's streams: they become property keys. */
export const STREAM_ID_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
/** Kinesis stream ARNs. */
export const STREAM_ARN_PATTERN = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[a-zA-Z0-9_.-]{1,128}$/;
export const SUBNET_ID_PATTERN = /^subnet-[0-9a-f]{8,17}$/;
export const SECURITY_GROUP_ID_PATTERN = /^sg-[0-9a-f]{8,17}$/;
/** Log group names: 1 to 512 of letters, digits, '_', '-', '/', '.', '#'. */
export const LOG_GROUP_NAME_PATTERN = /^[a-zA-Z0-9_\-/.#]{1,512}$/;
/**
 * Property keys that look like they hold a secret. Property values are plain text in the console,
 * the API and the Terraform state, so these are refused.
 */
export const SECRET_LIKE_KEY =
  /(^|[._-])(password|passwd|pwd|secret|token|api[._-]?key|access[._-]?key|private[._-]?key|credentials?)($|[._-])/i;
/** Most security groups an application's VPC configuration takes. */
export const MAX_SECURITY_GROUPS = 5;

/**
 * Why a runtime is refused, or undefined when it is accepted: every runtime AWS offers for new
 * applications is accepted, Flink 2.x included (see APPLICATION_RUNTIMES for what hashicorp/aws 6.66.0
 * takes); retired runtimes, which that provider still takes, are refused with their own message.
 */
export function runtimeProblem(runtime: unknown): string | undefined {
  if (typeof runtime === "string" && (APPLICATION_RUNTIMES as readonly string[]).includes(runtime)) return undefined;
  const shown = JSON.stringify(runtime);
  if (typeof runtime === "string" && (RETIRED_FLINK_RUNTIMES as readonly string[]).includes(runtime)) {
    return `${shown} is no longer supported by AWS for new applications; use one of ${APPLICATION_RUNTIMES.join(", ")}`;
  }
  return `must be one of ${APPLICATION_RUNTIMES.join(", ")} (the Managed Flink runtimes AWS offers for new applications), got ${shown}`;
}

/** Why a property key is refused, or undefined. */
export function propertyKeyProblem(key: string): string | undefined {
  if (key.length < 1 || key.length > 2048) return `keys must be 1 to 2048 characters, got ${JSON.stringify(key)}`;
  if (SECRET_LIKE_KEY.test(key)) {
    return `key ${JSON.stringify(key)} looks like a secret; property values are stored in plain text (console, API, Terraform state): read secrets from AWS Secrets Manager in the job instead`;
  }
  return undefined;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

/**
 * Checks every prop of a FlinkApplication; throws one error naming the application and the field,
 * e.g. `FlinkApplication "orders": parallelism must be an integer >= 1, got 0`.
 */
export function validateFlinkApplicationProps(props: FlinkApplicationProps): void {
  const name = props.applicationName;
  const fail = (message: string): never => {
    throw new Error(`FlinkApplication ${JSON.stringify(name)}: ${message}`);
  };
  if (typeof name !== "string" || !APPLICATION_NAME_PATTERN.test(name)) {
    fail(`applicationName must be 1 to 128 letters, digits, '_', '.' or '-', got ${JSON.stringify(name)}`);
  }
  if (typeof props.account !== "string" || !/^\d{12}$/.test(props.account))
    fail(`account must be a 12-digit AWS account id, got ${JSON.stringify(props.account)}`);
  if (typeof props.region !== "string" || !isRegionOrToken(props.region))
    fail(`region must be an AWS region such as eu-west-1, got ${JSON.stringify(props.region)}`);
  if (!props.code || typeof props.code.bind !== "function") {
    fail("code is required: FlinkApplicationCode.fromS3Object(...) or FlinkApplicationCode.fromJarFile(...)");
  }
  if (props.runtime !== undefined) {
    const problem = runtimeProblem(props.runtime);
    if (problem) fail(`runtime ${problem}`);
  }
  if (props.description !== undefined && props.description.length > 1024)
    fail(`description must be at most 1024 characters, got ${props.description.length}`);
  if (
    props.resourceNamePrefix !== undefined &&
    !new RegExp(`^[a-zA-Z0-9_.-]{1,${MAX_RESOURCE_NAME_PREFIX_LENGTH}}$`).test(props.resourceNamePrefix)
  ) {
    fail(
      `resourceNamePrefix must be 1 to 64 letters, digits, '_', '.' or '-', got ${JSON.stringify(props.resourceNamePrefix)}`,
    );
  }

  for (const field of ["parallelism", "parallelismPerKpu", "checkpointIntervalMs"] as const) {
    const value = props[field];
    if (value !== undefined && !isPositiveInteger(value)) fail(`${field} must be an integer >= 1, got ${value}`);
  }
  const minPause = props.minPauseBetweenCheckpointsMs;
  if (minPause !== undefined && !(Number.isInteger(minPause) && minPause >= 0))
    fail(`minPauseBetweenCheckpointsMs must be an integer >= 0, got ${minPause}`);

  for (const [groupId, properties] of Object.entries(props.propertyGroups ?? {})) {
    if (!PROPERTY_GROUP_ID_PATTERN.test(groupId))
      fail(`propertyGroups: group id must be 1 to 50 letters, digits, '_', '.' or '-', got ${JSON.stringify(groupId)}`);
    if (groupId === STREAM_BINDINGS_PROPERTY_GROUP)
      fail(`propertyGroups.${groupId}: this group is filled by the construct with the application's streams`);
    for (const [key, value] of Object.entries(properties)) {
      const problem = propertyKeyProblem(key);
      if (problem) fail(`propertyGroups.${groupId}: ${problem}`);
      if (typeof value !== "string" || value.length < 1 || value.length > 2048)
        fail(`propertyGroups.${groupId}.${key}: values must be strings of 1 to 2048 characters`);
    }
  }

  if (props.vpc !== undefined) {
    const { subnetIds, securityGroupIds } = props.vpc;
    if (!Array.isArray(subnetIds) || subnetIds.length === 0)
      fail("vpc.subnetIds must list at least one subnet when vpc is given");
    if (!Array.isArray(securityGroupIds) || securityGroupIds.length === 0)
      fail("vpc.securityGroupIds must list at least one security group when vpc is given");
    if (securityGroupIds.length > MAX_SECURITY_GROUPS)
      fail(`vpc.securityGroupIds takes at most ${MAX_SECURITY_GROUPS} security groups, got ${securityGroupIds.length}`);
    subnetIds.forEach(
      (id, i) =>
        SUBNET_ID_PATTERN.test(id) ||
        fail(`vpc.subnetIds[${i}] must be a subnet id (subnet-...), got ${JSON.stringify(id)}`),
    );
    securityGroupIds.forEach(
      (id, i) =>
        SECURITY_GROUP_ID_PATTERN.test(id) ||
        fail(`vpc.securityGroupIds[${i}] must be a security group id (sg-...), got ${JSON.stringify(id)}`),
    );
  }

  const retention = props.logRetentionDays;
  if (retention !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
    fail(`logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(", ")}, got ${retention}`);
  }
  if (props.logKmsKeyArn !== undefined && !KMS_KEY_ARN_PATTERN.test(props.logKmsKeyArn))
    fail(`logKmsKeyArn must be a KMS key ARN, got ${JSON.stringify(props.logKmsKeyArn)}`);
  if (props.logGroupName !== undefined && !LOG_GROUP_NAME_PATTERN.test(props.logGroupName))
    fail(`logGroupName is not a valid log group name: ${JSON.stringify(props.logGroupName)}`);

  const ids = new Set<string>();
  const checkStream = (field: string, stream: FlinkStreamProps, isSource: boolean) => {
    if (!STREAM_ID_PATTERN.test(stream.id ?? ""))
      fail(`${field}.id must be 1 to 64 letters, digits, '_' or '-', got ${JSON.stringify(stream.id)}`);
    if (ids.has(stream.id))
      fail(`${field}.id ${JSON.stringify(stream.id)} is used by another stream of this application`);
    ids.add(stream.id);
    if ((stream.create === undefined) === (stream.streamArn === undefined))
      fail(`${field}: give exactly one of create and streamArn`);
    if (stream.streamArn !== undefined && !STREAM_ARN_PATTERN.test(stream.streamArn)) {
      fail(
        `${field}.streamArn must be a Kinesis stream ARN (arn:aws:kinesis:<region>:<account>:stream/<name>), got ${JSON.stringify(stream.streamArn)}`,
      );
    }
    if (stream.kmsKeyArn !== undefined && !KMS_KEY_ARN_PATTERN.test(stream.kmsKeyArn))
      fail(`${field}.kmsKeyArn must be a KMS key ARN, got ${JSON.stringify(stream.kmsKeyArn)}`);
    if (stream.enhancedFanOut && !isSource) fail(`${field}.enhancedFanOut only applies to source streams`);
    if (stream.create !== undefined) {
      const streamName = stream.create.streamName ?? `${props.resourceNamePrefix ?? name}-${stream.id}`;
      if (!STREAM_NAME_PATTERN.test(streamName))
        fail(
          `${field}.create.streamName ${JSON.stringify(streamName)} must be 1 to 128 letters, digits, '_', '.' or '-'`,
        );
      try {
        validateKinesisStreamProps({ ...stream.create, streamName, kmsKeyArn: stream.kmsKeyArn });
      } catch (e) {
        fail(`${field}.create: ${(e as Error).message.replace(/^KinesisStream "[^"]*": /, "")}`);
      }
    }
  };
  (props.sourceStreams ?? []).forEach((s, i) => checkStream(`sourceStreams[${i}]`, s, true));
  (props.sinkStreams ?? []).forEach((s, i) => checkStream(`sinkStreams[${i}]`, s, false));

  const hasKinesisSources = (props.sourceStreams ?? []).length > 0;
  if (props.source !== undefined && hasKinesisSources && props.source !== "kinesis")
    fail(`source is ${JSON.stringify(props.source)} but sourceStreams lists Kinesis streams`);
}

/** Checks an existing S3 code location; throws an error naming the field. */
export function validateCodeLocation(applicationName: string, location: S3CodeLocation): void {
  const fail = (message: string): never => {
    throw new Error(`FlinkApplication ${JSON.stringify(applicationName)}: ${message}`);
  };
  if (!BUCKET_ARN_PATTERN.test(location.bucketArn ?? ""))
    fail(`code.bucketArn must be an S3 bucket ARN (arn:aws:s3:::<bucket>), got ${JSON.stringify(location.bucketArn)}`);
  if (typeof location.fileKey !== "string" || location.fileKey.length < 1 || location.fileKey.length > 1024)
    fail(`code.fileKey must be 1 to 1024 characters, got ${JSON.stringify(location.fileKey)}`);
  if (/[*?]/.test(location.fileKey))
    fail(`code.fileKey must name one object (no '*' or '?'), got ${JSON.stringify(location.fileKey)}`);
  if (
    location.objectVersion !== undefined &&
    (location.objectVersion.length < 1 || location.objectVersion.length > 1024)
  ) {
    fail(`code.objectVersion must be 1 to 1024 characters, got ${JSON.stringify(location.objectVersion)}`);
  }
  if (location.bucketAccount !== undefined && !/^\d{12}$/.test(location.bucketAccount))
    fail(`code.bucketAccount must be a 12-digit AWS account id, got ${JSON.stringify(location.bucketAccount)}`);
}
