import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { applicationAlertsSchema } from "./alerting-config";
import { freeText } from "./strings";
import {
  APPLICATION_RUNTIMES,
  DEFAULT_FLINK_RUNTIME,
  FLINK_LOG_LEVELS,
  STREAM_BINDINGS_PROPERTY_GROUP,
} from "../../modules/aws/flink-application/types";
import { LOG_RETENTION_DAYS } from "../../modules/aws/log-retention";
import {
  APPLICATION_NAME_PATTERN,
  LOG_GROUP_NAME_PATTERN,
  MAX_SECURITY_GROUPS,
  PROPERTY_GROUP_ID_PATTERN,
  SECURITY_GROUP_ID_PATTERN,
  STREAM_ARN_PATTERN,
  STREAM_ID_PATTERN,
  SUBNET_ID_PATTERN,
  propertyKeyProblem,
  runtimeProblem,
} from "../../modules/aws/flink-application/validation";
import { BUCKET_ARN_PATTERN } from "../../modules/aws/flink-application/code";
import { FLINK_RUNTIMES, METRICS_LEVELS, SOURCE_KINDS } from "../../modules/flink-metrics";
import {
  KINESIS_STREAM_MODES,
  KMS_KEY_ARN_PATTERN,
  MAX_RETENTION_HOURS,
  MIN_RETENTION_HOURS,
  STREAM_NAME_PATTERN,
} from "../../modules/aws/kinesis-stream";

// The `applications` and `monitoredApplications` sections; each entry's `alerts` is in alerting-config.ts.

const applicationName = z
  .string()
  .regex(APPLICATION_NAME_PATTERN, "letters, digits, '_', '.' and '-', at most 128 characters");

/**
 * The team owning an application (the overview's team variable and status table). Default: the
 * environment's `Team` tag, else none.
 */
const teamName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, "letters, digits, spaces and _.:/=+-@, at most 64 characters");

const kmsKeyArn = z
  .string()
  .regex(
    KMS_KEY_ARN_PATTERN,
    "a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>); aliases cannot scope IAM grants",
  );
// The message given to z.int is also the message of its checks (min).
const positiveInteger = () => z.int("must be an integer >= 1").min(1);

/** A JAR the user uploads to S3 themselves; the application's role may read only this object. */
const s3CodeSchema = z.strictObject({
  /** ARN of the bucket holding the JAR, `arn:aws:s3:::<bucket>`. */
  bucketArn: z.string().regex(BUCKET_ARN_PATTERN, "an S3 bucket ARN (arn:aws:s3:::<bucket>)"),
  /** Key of the JAR in the bucket (one object, no wildcards). */
  fileKey: z
    .string()
    .min(1)
    .max(1024)
    .regex(/^[^*?]+$/, "one object key, without '*' or '?'"),
  /** Version of the object to run. Default: the latest version. */
  objectVersion: z.string().min(1).max(1024).optional(),
  /**
   * Account that owns the bucket; the application may read the code only from a bucket this account
   * owns (`s3:ResourceAccount`), so a deleted bucket name claimed by someone else cannot serve code.
   * Default: the environment's account. Set it for a central artifact account.
   */
  bucketAccount: z
    .string()
    .regex(/^\d{12}$/, "an AWS account id is a quoted string of exactly 12 digits")
    .optional(),
});

/**
 * Why `jar` cannot be uploaded, or undefined: it must resolve, symbolic links followed, to a regular
 * `.jar` file inside the project root (the working directory of `cdktf synth`, where cdktf.json is).
 */
export function localJarProblem(jar: string, projectRoot: string = process.cwd()): string | undefined {
  const root = realpathSync(projectRoot);
  let real: string;
  try {
    real = realpathSync(path.resolve(root, jar));
  } catch {
    return "file not found (relative paths are resolved from the project root)";
  }
  const relative = path.relative(root, real);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative))
    return `resolves to ${real}, outside the project root ${root}; keep the JAR inside the project`;
  if (!statSync(real).isFile()) return `resolves to ${real}, which is not a regular file`;
  if (!/\.jar$/i.test(real)) return `resolves to ${real}, which is not a .jar file`;
  return undefined;
}

const codeSchema = z
  .strictObject({
    /** An existing S3 object. */
    s3: s3CodeSchema.optional(),
    /** A local JAR (path from the project root) uploaded by this stack to the environment's code bucket. */
    localJar: z
      .string()
      .regex(/\.jar$/i, "a path to a .jar file")
      .superRefine((jar, ctx) => {
        const problem = localJarProblem(jar);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
  })
  .superRefine((code, ctx) => {
    const given = [code.s3, code.localJar].filter((v) => v !== undefined).length;
    if (given === 0)
      ctx.addIssue({
        code: "custom",
        message:
          "give the code location: code.s3 {bucketArn, fileKey} (a JAR you upload) or code.localJar (a file this stack uploads)",
      });
    if (given > 1)
      ctx.addIssue({
        code: "custom",
        message: "give the code location exactly one way: code.s3 or code.localJar, not both",
      });
  });

/** Settings of a stream created with the application. */
const createdStreamSchema = z
  .strictObject({
    /** Stream name. Default `<prefix>-<application>-<id>`. */
    name: z.string().regex(STREAM_NAME_PATTERN, "1 to 128 letters, digits, '_', '.' and '-'").optional(),
    /** ON_DEMAND (default) or PROVISIONED. */
    mode: z.enum(KINESIS_STREAM_MODES).default("ON_DEMAND"),
    /** Shards: required with PROVISIONED, not allowed with ON_DEMAND. */
    shardCount: positiveInteger().optional(),
    /** Retention in hours, 24 (default) to 8760. */
    retentionHours: z.int().min(MIN_RETENTION_HOURS).max(MAX_RETENTION_HOURS).default(MIN_RETENTION_HOURS),
  })
  .superRefine((stream, ctx) => {
    if (stream.mode === "PROVISIONED" && stream.shardCount === undefined) {
      ctx.addIssue({ code: "custom", path: ["shardCount"], message: "required when mode is PROVISIONED" });
    }
    if (stream.mode === "ON_DEMAND" && stream.shardCount !== undefined) {
      ctx.addIssue({ code: "custom", path: ["shardCount"], message: "only allowed when mode is PROVISIONED" });
    }
  });

const streamShape = {
  /** Logical id, unique among the application's streams (property keys `source.<id>.arn`...). */
  id: z.string().regex(STREAM_ID_PATTERN, "1 to 64 letters, digits, '_' and '-'"),
  /** Create the stream here. Give exactly one of `create` and `arn`. */
  create: createdStreamSchema.optional(),
  /** ARN of an existing stream. Give exactly one of `create` and `arn`. */
  arn: z
    .string()
    .regex(STREAM_ARN_PATTERN, "a Kinesis stream ARN (arn:aws:kinesis:<region>:<account>:stream/<name>)")
    .optional(),
  /** Customer managed key of the stream. Default: the AWS managed key alias/aws/kinesis. */
  kmsKeyArn: kmsKeyArn.optional(),
};
const exactlyOneStreamLocation = (stream: { create?: unknown; arn?: string }, ctx: z.RefinementCtx) => {
  if ((stream.create === undefined) === (stream.arn === undefined)) {
    ctx.addIssue({
      code: "custom",
      message: "give exactly one of create (a stream made by this stack) and arn (an existing stream)",
    });
  }
};
const sourceStreamSchema = z
  .strictObject({
    ...streamShape,
    /** Allow enhanced fan-out consumers. Default false. */
    enhancedFanOut: z.boolean().default(false),
  })
  .superRefine(exactlyOneStreamLocation);
const sinkStreamSchema = z.strictObject(streamShape).superRefine(exactlyOneStreamLocation);

const vpcSchema = z
  .strictObject({
    /** Subnets of the application's network interfaces. */
    subnetIds: z.array(z.string().regex(SUBNET_ID_PATTERN, "a subnet id (subnet-...)")).optional(),
    /** Security groups of those interfaces (1 to 5). */
    securityGroupIds: z
      .array(z.string().regex(SECURITY_GROUP_ID_PATTERN, "a security group id (sg-...)"))
      .max(MAX_SECURITY_GROUPS)
      .optional(),
  })
  .superRefine((vpc, ctx) => {
    for (const field of ["subnetIds", "securityGroupIds"] as const) {
      if ((vpc[field] ?? []).length === 0) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: "a VPC needs at least one subnet and one security group: list both subnetIds and securityGroupIds",
        });
      }
    }
  })
  .transform((vpc) => ({ subnetIds: vpc.subnetIds!, securityGroupIds: vpc.securityGroupIds! }));

const propertyGroupsSchema = z
  .record(z.string(), z.record(z.string(), freeText(z.string().min(1).max(2048), { multiline: true })))
  .superRefine((groups, ctx) => {
    for (const [groupId, properties] of Object.entries(groups)) {
      if (!PROPERTY_GROUP_ID_PATTERN.test(groupId))
        ctx.addIssue({
          code: "custom",
          path: [groupId],
          message: "group ids are 1 to 50 letters, digits, '_', '.' and '-'",
        });
      if (groupId === STREAM_BINDINGS_PROPERTY_GROUP)
        ctx.addIssue({
          code: "custom",
          path: [groupId],
          message: "reserved: this group is filled with the application's stream ARNs and names",
        });
      for (const key of Object.keys(properties)) {
        const problem = propertyKeyProblem(key);
        if (problem) ctx.addIssue({ code: "custom", path: [groupId, key], message: problem });
      }
    }
  });

export const flinkApplicationConfigSchema = z
  .strictObject({
    /** Application name, unique in the environment; the CloudWatch `Application` dimension. */
    name: applicationName,
    /** The team owning it (the overview's team variable). Default: the environment's `Team` tag, else none. */
    team: teamName.optional(),
    /** Description shown in the console. */
    description: freeText(z.string().max(1024)).optional(),
    /**
     * Apache Flink runtime: any AWS offers for new applications, FLINK-1_15 to FLINK-2_3. Default
     * FLINK-1_20. Flink 2.x needs a JAR built with JDK 17 against Flink 2.x; changing it on an existing
     * application upgrades it in place, one way from 1.x to 2.x (docs/flink-applications.md).
     */
    runtime: z
      .enum(APPLICATION_RUNTIMES, { error: (issue) => runtimeProblem(issue.input) })
      .default(DEFAULT_FLINK_RUNTIME),
    /** Where the application's JAR comes from: exactly one of `s3` and `localJar`. */
    code: codeSchema,
    /** Initial parallelism. Default 1. */
    parallelism: positiveInteger().default(1),
    /** Parallel tasks per KPU. Default 1. */
    parallelismPerKpu: positiveInteger().default(1),
    /** Let AWS scale the parallelism with load. Default true. */
    autoScaling: z.boolean().default(true),
    /** Checkpointing. */
    checkpointing: z
      .strictObject({
        /** Default true. */
        enabled: z.boolean().default(true),
        /** Milliseconds between checkpoints. Default 60000. */
        intervalMs: positiveInteger().default(60_000),
        /** Minimum milliseconds between the end of a checkpoint and the start of the next. Default 5000. */
        minPauseMs: z.int().min(0).default(5_000),
      })
      .prefault({}),
    /** Logs and metrics of the application. */
    monitoring: z
      .strictObject({
        /** DEBUG, INFO (default), WARN, ERROR. */
        logLevel: z.enum(FLINK_LOG_LEVELS).default("INFO"),
        /** APPLICATION (default), OPERATOR, PARALLELISM, TASK; back-pressure/busy/idle panels need TASK. */
        metricsLevel: z.enum(METRICS_LEVELS).default("APPLICATION"),
      })
      .prefault({}),
    /** Take snapshots on stop and update. Default true. */
    snapshotsEnabled: z.boolean().default(true),
    /** Runtime properties: group id -> key -> value. Plain text: no secrets. */
    propertyGroups: propertyGroupsSchema.default({}),
    /** Run in a VPC (subnetIds and securityGroupIds, both required). Default: no VPC. */
    vpc: vpcSchema.optional(),
    /** Start the application after each apply. Default false. */
    startApplication: z.boolean().default(false),
    /** The application's log group. */
    logging: z
      .strictObject({
        /** Days to keep logs (a CloudWatch Logs value, 0 = forever). Default 30. */
        retentionDays: z
          .number()
          .refine(
            (d) => (LOG_RETENTION_DAYS as readonly number[]).includes(d),
            `one of ${LOG_RETENTION_DAYS.join(", ")}`,
          )
          .default(30),
        /** KMS key encrypting the log group. Default: CloudWatch Logs encryption. */
        kmsKeyArn: kmsKeyArn.optional(),
      })
      .prefault({}),
    /** Kinesis streams read (sources) and written (sinks). */
    streams: z
      .strictObject({
        sources: z.array(sourceStreamSchema).default([]),
        sinks: z.array(sinkStreamSchema).default([]),
      })
      .superRefine((streams, ctx) => {
        const seen = new Set<string>();
        for (const [kind, list] of [
          ["sources", streams.sources],
          ["sinks", streams.sinks],
        ] as const) {
          list.forEach((stream, i) => {
            if (seen.has(stream.id))
              ctx.addIssue({
                code: "custom",
                path: [kind, i, "id"],
                message: `${JSON.stringify(stream.id)} is already the id of another stream of this application`,
              });
            seen.add(stream.id);
          });
        }
      })
      .prefault({}),
    /** Kind of the main source, for monitoring (as in monitoredApplications). Default: kinesis with source streams, else none. */
    source: z.enum(SOURCE_KINDS).optional(),
    /** Alert thresholds and options for this application. */
    alerts: applicationAlertsSchema.prefault({}),
  })
  .superRefine((app, ctx) => {
    if (app.source !== undefined && app.source !== "kinesis" && app.streams.sources.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message: `is ${app.source} but streams.sources lists Kinesis streams`,
      });
    }
  });

export const monitoredApplicationConfigSchema = z.strictObject({
  /** Name of an existing Managed Flink application (the CloudWatch `Application` dimension). */
  name: applicationName,
  /** The team owning it (the overview's team variable). Default: the environment's `Team` tag, else none. */
  team: teamName.optional(),
  /**
   * Its runtime, any the metric catalogue knows (the same list as created applications); decides which
   * job-health metrics exist (Flink 1.x `uptime`/`downtime`/`fullRestarts`, 2.x `runningTime`/`numRestarts`...).
   */
  runtime: z.enum(FLINK_RUNTIMES),
  /** Its monitoring configuration's metrics level. Default APPLICATION (what AWS sets by default). */
  metricsLevel: z.enum(METRICS_LEVELS).default("APPLICATION"),
  /** Its CloudWatch log group, for the exceptions panel. Default: none (the panel is left out). */
  logGroupName: z
    .string()
    .regex(LOG_GROUP_NAME_PATTERN, "a log group name: 1 to 512 letters, digits, '_', '-', '/', '.' and '#'")
    .optional(),
  /** Kind of its main source, for the source-lag panels and alert. Default: none. */
  source: z.enum(SOURCE_KINDS).default("none"),
  /**
   * Whether it is expected to run. Default true: an application that stops reporting pages (its silence alarm).
   * Set false for one stopped on purpose, so that its missing metrics do not page.
   */
  expectedRunning: z.boolean().default(true),
  /** Alert thresholds and options for this application. */
  alerts: applicationAlertsSchema.prefault({}),
  /**
   * The account it runs in: the environment's (default) or one of `sourceAccounts`, read through the
   * monitoring account's OAM sink.
   */
  account: z
    .string()
    .regex(/^\d{12}$/, "an AWS account id is exactly 12 digits")
    .optional(),
  /** Its region, when stated: it must be the environment's (OAM links accounts within one region). */
  region: z.string().min(1).optional(),
});

export type FlinkApplicationConfig = z.output<typeof flinkApplicationConfigSchema>;
export type MonitoredApplicationConfig = z.output<typeof monitoredApplicationConfigSchema>;
