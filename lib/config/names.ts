import { MAX_RESOURCE_NAME_PREFIX_LENGTH } from "../../modules/aws/flink-application/validation";
import { MAX_STREAM_NAME_LENGTH } from "../../modules/aws/kinesis-stream";
import type { SettingProblem } from "../../modules/validation";

// Resource names derived from several settings. The stack builds them with these functions, and the
// schema checks their length with them, so a name AWS (or a construct) would refuse is reported with
// the file and field that made it too long instead of failing inside a construct.
//
// Names with a fixed suffix (`<prefix>-grafana`, `<prefix>-grafana-role`, `<prefix>-grafana-token`...)
// stay within every limit because namePrefix is at most 32 characters; only per-application names
// grow with other settings.

/** Longest log group name CloudWatch Logs accepts. */
export const MAX_LOG_GROUP_NAME_LENGTH = 512;

/** The prefix of every resource name of an environment. */
export function environmentPrefix(config: { readonly name: string; readonly namePrefix?: string }): string {
  return config.namePrefix ?? `flinkobs-${config.name}`;
}

/** The prefix of an application's resources (role, policy, streams): `<environment prefix>-<application>`. */
export function applicationResourcePrefix(prefix: string, applicationName: string): string {
  return `${prefix}-${applicationName}`;
}

/** Name of a stream created for an application without `create.name`. */
export function defaultStreamName(applicationPrefix: string, streamId: string): string {
  return `${applicationPrefix}-${streamId}`;
}

/** Name of a created application's log group. */
export function applicationLogGroupName(applicationName: string): string {
  return `/aws/kinesis-analytics/${applicationName}`;
}

interface NamedEnvironment {
  readonly name: string;
  readonly namePrefix?: string;
  readonly applications: readonly {
    readonly name: string;
    readonly streams: {
      readonly sources: readonly { readonly id: string; readonly create?: { readonly name?: string } }[];
      readonly sinks: readonly { readonly id: string; readonly create?: { readonly name?: string } }[];
    };
  }[];
}

/** Every derived name longer than its limit, at the field that made it so. */
export function derivedNameProblems(config: NamedEnvironment): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const prefix = environmentPrefix(config);
  const tooLong = (what: string, name: string, max: number) =>
    `makes the ${what} ${JSON.stringify(name)} ${name.length} characters long; at most ${max} are allowed (shorten this or namePrefix)`;
  config.applications.forEach((app, i) => {
    const appPrefix = applicationResourcePrefix(prefix, app.name);
    if (appPrefix.length > MAX_RESOURCE_NAME_PREFIX_LENGTH)
      problems.push({
        path: ["applications", i, "name"],
        message: tooLong(
          "resource name prefix (IAM role and policy names)",
          appPrefix,
          MAX_RESOURCE_NAME_PREFIX_LENGTH,
        ),
      });
    const logGroup = applicationLogGroupName(app.name);
    if (logGroup.length > MAX_LOG_GROUP_NAME_LENGTH)
      problems.push({
        path: ["applications", i, "name"],
        message: tooLong("log group name", logGroup, MAX_LOG_GROUP_NAME_LENGTH),
      });
    for (const kind of ["sources", "sinks"] as const) {
      app.streams[kind].forEach((stream, j) => {
        if (!stream.create || stream.create.name !== undefined) return;
        const streamName = defaultStreamName(appPrefix, stream.id);
        if (streamName.length > MAX_STREAM_NAME_LENGTH)
          problems.push({
            path: ["applications", i, "streams", kind, j, "id"],
            message: `${tooLong("default stream name", streamName, MAX_STREAM_NAME_LENGTH)}, or set create.name`,
          });
      });
    }
  });
  return problems;
}
