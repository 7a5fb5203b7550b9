import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { CloudwatchLogGroup } from "@cdktn/provider-aws/lib/cloudwatch-log-group";
import { CloudwatchLogStream } from "@cdktn/provider-aws/lib/cloudwatch-log-stream";
import { IamRole } from "@cdktn/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktn/provider-aws/lib/iam-role-policy";
import { Kinesisanalyticsv2Application } from "@cdktn/provider-aws/lib/kinesisanalyticsv2-application";
import { MetricsLevel, SourceKind } from "../../flink-metrics";
import { KinesisStream } from "../kinesis-stream";
import { S3CodeLocation } from "../code-bucket";
import { executionPolicy, StreamGrant } from "./policy";
import {
  DEFAULT_FLINK_RUNTIME,
  FlinkApplicationProps,
  FlinkLogLevel,
  ApplicationRuntime,
  FlinkStreamProps,
  STREAM_BINDINGS_PROPERTY_GROUP,
} from "./types";
import { validateCodeLocation, validateFlinkApplicationProps } from "./validation";

export * from "./types";
export { FlinkApplicationCode } from "./code";
export { executionPolicy } from "./policy";
export { validateFlinkApplicationProps, runtimeProblem, propertyKeyProblem } from "./validation";

/** Name of the log stream the application writes to, in its log group. */
export const APPLICATION_LOG_STREAM_NAME = "kinesis-analytics-log-stream";

/**
 * `<prefix>-<suffix>`, shortened to `max` characters when needed by cutting the prefix and adding a
 * hash of the full name, so long names stay unique and the same on every synth.
 */
export function boundedName(prefix: string, suffix: string, max: number): string {
  const full = `${prefix}-${suffix}`;
  if (full.length <= max) return full;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, 8);
  return `${prefix.slice(0, Math.max(1, max - suffix.length - hash.length - 2))}-${hash}-${suffix}`.slice(0, max);
}

/** A stream of the application, created here or existing. */
export interface FlinkApplicationStream {
  /** The id given in the props. */
  readonly id: string;
  /** Stream ARN (token for a created stream, plain string for an existing one). */
  readonly streamArn: string;
  /** Stream name (plain string). */
  readonly streamName: string;
  /** The construct, when the stream is created by this application. */
  readonly created?: KinesisStream;
}

/**
 * A Managed Service for Apache Flink application with everything it needs to run: its execution
 * role (least privilege), log group and stream, and optionally its Kinesis streams.
 *
 * Plain-string attributes (`applicationName`, `runtime`, `metricsLevel`, `logGroupName`,
 * `source`) are known at synth time, for dashboards and alerts built in the same stack.
 */
export class FlinkApplication extends Construct {
  /** Application name: the `Application` dimension of its CloudWatch metrics. */
  public readonly applicationName: string;
  /** Runtime. */
  public readonly runtime: ApplicationRuntime;
  /** Metrics level (decides which metrics exist: back-pressure/busy/idle need OPERATOR or finer). */
  public readonly metricsLevel: MetricsLevel;
  /** Log level. */
  public readonly logLevel: FlinkLogLevel;
  /** Log group name. */
  public readonly logGroupName: string;
  /** Kind of the main source. */
  public readonly source: SourceKind;
  /** Initial parallelism. */
  public readonly parallelism: number;
  /** Whether AWS may scale the parallelism. */
  public readonly autoScaling: boolean;
  /** Whether checkpointing is on. */
  public readonly checkpointingEnabled: boolean;
  /** Where the code is read from. */
  public readonly codeLocation: S3CodeLocation;
  /** Application ARN (token). */
  public readonly applicationArn: string;
  /** Execution role ARN (token). */
  public readonly roleArn: string;
  /** Log group ARN (token). */
  public readonly logGroupArn: string;
  /** Streams the application reads. */
  public readonly sourceStreams: FlinkApplicationStream[];
  /** Streams the application writes. */
  public readonly sinkStreams: FlinkApplicationStream[];
  /** The execution role. */
  public readonly role: IamRole;
  /** The execution role's inline policy. */
  public readonly rolePolicy: IamRolePolicy;
  /** The application resource. */
  public readonly application: Kinesisanalyticsv2Application;

  constructor(scope: Construct, id: string, props: FlinkApplicationProps) {
    super(scope, id);
    validateFlinkApplicationProps(props);
    const name = props.applicationName;
    const partition = props.partition ?? "aws";
    const namePrefix = props.resourceNamePrefix ?? name;

    this.applicationName = name;
    this.runtime = props.runtime ?? DEFAULT_FLINK_RUNTIME;
    this.metricsLevel = props.metricsLevel ?? "APPLICATION";
    this.logLevel = props.logLevel ?? "INFO";
    this.parallelism = props.parallelism ?? 1;
    this.autoScaling = props.autoScaling ?? true;
    this.checkpointingEnabled = props.checkpointingEnabled ?? true;
    this.source = props.source ?? ((props.sourceStreams ?? []).length > 0 ? "kinesis" : "none");
    this.logGroupName = props.logGroupName ?? `/aws/kinesis-analytics/${name}`;

    this.codeLocation = props.code.bind(this, name);
    if (props.code.kind === "s3Object") validateCodeLocation(name, this.codeLocation);

    const logGroup = new CloudwatchLogGroup(this, "log-group", {
      name: this.logGroupName,
      retentionInDays: props.logRetentionDays ?? 30,
      kmsKeyId: props.logKmsKeyArn,
      lifecycle: { preventDestroy: props.protectData ?? true },
    });
    const logStream = new CloudwatchLogStream(this, "log-stream", {
      name: APPLICATION_LOG_STREAM_NAME,
      logGroupName: logGroup.name,
    });
    this.logGroupArn = logGroup.arn;

    const bindStream = (kind: "source" | "sink", stream: FlinkStreamProps): FlinkApplicationStream => {
      if (stream.create) {
        const created = new KinesisStream(this, `${kind}-${stream.id}`, {
          streamName: stream.create.streamName ?? `${namePrefix}-${stream.id}`,
          mode: stream.create.mode,
          shardCount: stream.create.shardCount,
          retentionPeriodHours: stream.create.retentionPeriodHours,
          kmsKeyArn: stream.kmsKeyArn,
          protectData: props.protectData,
        });
        return { id: stream.id, streamArn: created.streamArn, streamName: created.streamName, created };
      }
      return { id: stream.id, streamArn: stream.streamArn!, streamName: stream.streamArn!.split("/").pop()! };
    };
    this.sourceStreams = (props.sourceStreams ?? []).map((s) => bindStream("source", s));
    this.sinkStreams = (props.sinkStreams ?? []).map((s) => bindStream("sink", s));
    const grants = (bound: FlinkApplicationStream[], given: FlinkStreamProps[]): StreamGrant[] =>
      bound.map((stream, i) => ({
        sid: i.toString(),
        streamArn: stream.streamArn,
        kmsKeyArn: given[i].kmsKeyArn,
        enhancedFanOut: given[i].enhancedFanOut,
      }));

    const applicationArn = `arn:${partition}:kinesisanalytics:${props.region}:${props.account}:application/${name}`;
    this.role = new IamRole(this, "role", {
      name: boundedName(namePrefix, "flink", 64),
      description: `Execution role of the Managed Flink application ${name}`,
      assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "kinesisanalytics.amazonaws.com" },
            Action: "sts:AssumeRole",
            // Only this application, in this account, may use the role (confused-deputy protection).
            Condition: {
              StringEquals: { "aws:SourceAccount": props.account },
              ArnEquals: { "aws:SourceArn": applicationArn },
            },
          },
        ],
      }),
    });
    this.roleArn = this.role.arn;
    this.rolePolicy = new IamRolePolicy(this, "role-policy", {
      name: "flink-application-access",
      role: this.role.id,
      policy: JSON.stringify(
        executionPolicy({
          partition,
          region: props.region,
          account: props.account,
          code: this.codeLocation,
          logGroupArn: logGroup.arn,
          logStreamArn: logStream.arn,
          sources: grants(this.sourceStreams, props.sourceStreams ?? []),
          sinks: grants(this.sinkStreams, props.sinkStreams ?? []),
          vpc: props.vpc,
        }),
      ),
    });

    const propertyGroups = Object.entries(props.propertyGroups ?? {}).map(([propertyGroupId, propertyMap]) => ({
      propertyGroupId,
      propertyMap,
    }));
    const streamBindings: Record<string, string> = {};
    for (const [kind, streams] of [
      ["source", this.sourceStreams],
      ["sink", this.sinkStreams],
    ] as const) {
      for (const stream of streams) {
        streamBindings[`${kind}.${stream.id}.arn`] = stream.streamArn;
        streamBindings[`${kind}.${stream.id}.name`] = stream.streamName;
      }
    }
    if (Object.keys(streamBindings).length > 0) {
      propertyGroups.push({
        propertyGroupId: STREAM_BINDINGS_PROPERTY_GROUP,
        propertyMap: { "aws.region": props.region, ...streamBindings },
      });
    }

    this.application = new Kinesisanalyticsv2Application(this, "application", {
      name,
      description: props.description,
      // Updatable in place: terraform-provider-aws declares runtime_environment without ForceNew and
      // sends a change as UpdateApplication's RuntimeEnvironmentUpdate, in the same call as a changed
      // code location (internal/service/kinesisanalyticsv2/application.go, resourceApplicationUpdate).
      // The bindings say nothing either way (a plain required string). AWS: 1.x -> 2.x is one way.
      runtimeEnvironment: this.runtime,
      serviceExecutionRole: this.role.arn,
      startApplication: props.startApplication ?? false,
      applicationConfiguration: {
        applicationCodeConfiguration: {
          codeContentType: "ZIPFILE",
          codeContent: {
            s3ContentLocation: {
              bucketArn: this.codeLocation.bucketArn,
              fileKey: this.codeLocation.fileKey,
              objectVersion: this.codeLocation.objectVersion,
            },
          },
        },
        applicationSnapshotConfiguration: { snapshotsEnabled: props.snapshotsEnabled ?? true },
        environmentProperties: propertyGroups.length > 0 ? { propertyGroup: propertyGroups } : undefined,
        // CUSTOM everywhere: the settings in effect are the ones written here, not AWS defaults that
        // may change (monitoring reads metricsLevel from this construct).
        flinkApplicationConfiguration: {
          checkpointConfiguration: {
            configurationType: "CUSTOM",
            checkpointingEnabled: this.checkpointingEnabled,
            checkpointInterval: props.checkpointIntervalMs ?? 60_000,
            minPauseBetweenCheckpoints: props.minPauseBetweenCheckpointsMs ?? 5_000,
          },
          monitoringConfiguration: {
            configurationType: "CUSTOM",
            logLevel: this.logLevel,
            metricsLevel: this.metricsLevel,
          },
          parallelismConfiguration: {
            configurationType: "CUSTOM",
            parallelism: this.parallelism,
            parallelismPerKpu: props.parallelismPerKpu ?? 1,
            autoScalingEnabled: this.autoScaling,
          },
        },
        vpcConfiguration: props.vpc
          ? { subnetIds: props.vpc.subnetIds, securityGroupIds: props.vpc.securityGroupIds }
          : undefined,
      },
      cloudwatchLoggingOptions: { logStreamArn: logStream.arn },
      // AWS checks at creation that the role can read the code and write the log stream.
      dependsOn: [this.rolePolicy],
    });
    this.applicationArn = this.application.arn;
  }
}
