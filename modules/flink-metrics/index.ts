/**
 * Typed catalogue of the CloudWatch metrics Amazon Managed Service for Apache Flink publishes in the
 * `AWS/KinesisAnalytics` namespace, as documented on AWS's "Metrics and dimensions in Managed Service
 * for Apache Flink" page. Dashboards and alert rules take metric names ONLY from here, so a typo or a
 * metric that does not exist (`RecordsReceived`, `CheckpointDuration`, ...) cannot reach Grafana.
 *
 * Spellings: names are case-sensitive in CloudWatch. Where AWS's prose misspells a name we use the
 * spelling the service actually emits: `threadsCount` (the table row, not "threadCount"),
 * `oldGenerationGCTime`/`oldGenerationGCCount` (not "OldGenerationGCTime"), `millisBehindLatest`
 * (the monitoring guide writes "millisbehindLatest").
 */

/** CloudWatch namespace of every Managed Flink metric. */
export const FLINK_NAMESPACE = "AWS/KinesisAnalytics";

/** The dimension that names the application (it is `Application`, not `ApplicationName`). */
export const APPLICATION_DIMENSION = "Application";

/**
 * Metrics levels of a Managed Flink application, coarsest first, in the order AWS documents:
 * an application reports metrics of its level and of every coarser level (OPERATOR reports
 * APPLICATION, TASK and OPERATOR metrics).
 */
export const METRICS_LEVELS = ["APPLICATION", "TASK", "OPERATOR", "PARALLELISM"] as const;
export type MetricsLevel = (typeof METRICS_LEVELS)[number];

/** True when an application configured at `configured` reports metrics that need `required`. */
export function levelSatisfies(configured: MetricsLevel, required: MetricsLevel): boolean {
  return METRICS_LEVELS.indexOf(configured) >= METRICS_LEVELS.indexOf(required);
}

/**
 * Every Managed Flink runtime AWS offers for new applications: this project can create (see
 * modules/aws/flink-application) and monitor each of them. Sources: AWS's "Amazon Managed Service for
 * Apache Flink 2.2" and "... 2.3" pages (docs.aws.amazon.com/managed-flink/latest/java/flink-2-2.html,
 * flink-2-3.html); the API's RuntimeEnvironment enum (@aws-sdk/client-kinesis-analytics-v2 3.1112.0,
 * dist-types/models/enums.d.ts, lists FLINK-2_2 and FLINK-2_3 beside the 1.x values). The retired
 * 1.x runtimes (1.6 to 1.13) are not here: AWS no longer offers them for new applications.
 */
export const FLINK_RUNTIMES = [
  "FLINK-1_15",
  "FLINK-1_18",
  "FLINK-1_19",
  "FLINK-1_20",
  "FLINK-2_2",
  "FLINK-2_3",
] as const;
export type FlinkRuntime = (typeof FLINK_RUNTIMES)[number];

/**
 * Runtime families that differ in the metrics they emit: Flink 1.x reports job health as
 * `uptime`/`downtime`/`fullRestarts`; Flink 2.x reports `numRestarts` and the per-state times
 * (`runningTime`, `restartingTime`, `failingTime`, ...). AWS's "Flink 2.2" page, section "Metrics
 * Removal": 2.2 removed `fullRestarts` (use `numRestarts`), deprecated `uptime`/`downtime` (replace
 * them with `runningTime`, and `restartingTime`/`cancellingTime`/`failingTime`), and the Kinesis
 * connector 6.0.0 (the only one for 2.2) dropped `bytesRequestedPerFetch` (not catalogued).
 *
 * Flink 2.3: AWS's "Flink 2.3" page lists no metric change of its own; it sends upgrades from 1.x to
 * the 2.2 page's "Breaking changes and deprecations", and the metrics page's runtime note is headed
 * "Flink 2.2 metric changes". So 2.3 is treated as 2.2's metric family: the same `flink-2` metrics,
 * and never a metric 2.2 removed or deprecated.
 */
export type RuntimeFamily = "flink-1" | "flink-2";

/**
 * The family of each runtime, written out so that a runtime added to {@link FLINK_RUNTIMES} must be
 * given one (the type has a key per runtime) instead of falling into a family by its name.
 */
export const RUNTIME_FAMILIES: { readonly [R in FlinkRuntime]: RuntimeFamily } = {
  "FLINK-1_15": "flink-1",
  "FLINK-1_18": "flink-1",
  "FLINK-1_19": "flink-1",
  "FLINK-1_20": "flink-1",
  "FLINK-2_2": "flink-2",
  "FLINK-2_3": "flink-2",
};

/** The family of a runtime (`FLINK-2_2`, `FLINK-2_3` → `flink-2`, every `FLINK-1_x` → `flink-1`). */
export function runtimeFamily(runtime: FlinkRuntime): RuntimeFamily {
  return RUNTIME_FAMILIES[runtime];
}

/** CloudWatch statistics used by the catalogue. */
export type Statistic = "Average" | "Maximum" | "Minimum" | "Sum" | "SampleCount";

/** How a metric's value behaves over time; decides how panels and alerts read it. */
export type MetricKind =
  /** A point-in-time value (utilization, duration of the last checkpoint): read it as is. */
  | "gauge"
  /** A counter that only grows while the job runs and resets on restart: show differences/rates. */
  | "cumulative"
  /**
   * A per-second rate sampled every 15 s: a 1-minute Sum holds 4 snapshots, so read Average (or
   * Sum / 4), never Sum.
   */
  | "rate";

/** Subject area, used to group the catalogue in the docs and the dashboard rows. */
export type MetricGroup = "job" | "throughput" | "source" | "watermark" | "checkpoint" | "resources" | "backpressure";

/** One catalogued metric. */
export interface FlinkMetric {
  /** Exact, case-sensitive CloudWatch metric name. */
  readonly name: string;
  /** CloudWatch unit as AWS documents it. */
  readonly unit: "Milliseconds" | "Count" | "Count/Second" | "Percentage" | "Bytes";
  /** Grafana unit id used for panels showing the metric as stored (see `kind` for derived units). */
  readonly grafanaUnit: string;
  /** The statistic that makes sense for this metric. */
  readonly statistic: Statistic;
  /** How the value behaves over time. */
  readonly kind: MetricKind;
  /**
   * How often the service publishes a datapoint, in seconds; a query period shorter than this
   * draws isolated dots.
   * @default 60
   */
  readonly publishPeriodSeconds?: number;
  /** The lowest metrics level at which the service emits it. */
  readonly minLevel: MetricsLevel;
  /**
   * The exact dimension sets it is published with whose names are known: the set of each level AWS
   * documents for it ("Level" column of AWS's metrics page) where the dimension names are known. A
   * query with exact match must use one of these (see {@link dimensionProblems}).
   */
  readonly dimensionSets: readonly (readonly string[])[];
  /**
   * The subset of {@link dimensionSets} that AWS's own sample dashboards query (aws-samples/
   * kda-metrics-dashboard, kda-cw-dashboard-cfn-template.yaml): seen working, not only inferred.
   */
  readonly sampleConfirmedSets: readonly (readonly string[])[];
  /**
   * Finer levels AWS documents for it without naming their dimensions (OPERATOR, PARALLELISM):
   * such series exist but no exact set can be written for them; a read that wants them leaves
   * exact match off.
   * @default - none: the sets above cover every level AWS documents
   */
  readonly undocumentedDimensions?: string;
  /**
   * Set when an exact-match read could miss the metric altogether (AWS documents a dimension that
   * may or may not be published): every read leaves exact match off. The reason, for messages.
   * @default - none: exact reads of the sets above are reliable
   */
  readonly inexactOnly?: string;
  /**
   * Runtime families it is read on. A metric AWS deprecates on a family (`uptime`/`downtime` on
   * Flink 2.x) is left out of that family, so nothing is built on it before AWS removes it.
   */
  readonly runtimes: readonly RuntimeFamily[];
  /** Subject area. */
  readonly group: MetricGroup;
  /** What it measures, in a sentence. */
  readonly description: string;
}

/**
 * The dimension of TASK-level series. AWS's metrics page names levels, not dimensions; `Task` is the
 * key Grafana's CloudWatch data source lists for the namespace (Application, Flow, Id, Operator,
 * Parallelism, Task). `TaskName`, `OperatorName` and `Subtask` do not exist.
 */
export const TASK_DIMENSION = "Task";

const BOTH: readonly RuntimeFamily[] = ["flink-1", "flink-2"];
const APP: readonly string[] = [APPLICATION_DIMENSION];
const APP_TASK: readonly string[] = [APPLICATION_DIMENSION, TASK_DIMENSION];
const KINESIS_SOURCE: readonly string[] = [APPLICATION_DIMENSION, "Flow", "Id"];
const KAFKA_SOURCE: readonly string[] = [APPLICATION_DIMENSION, "Flow", "Topic"];
/** Levels whose dimension names AWS does not document. */
const FINER_LEVELS_UNNAMED =
  "also published at OPERATOR and PARALLELISM level, whose dimension names AWS does not document " +
  "(Grafana lists Operator and Parallelism keys): per-operator or per-subtask reads leave exact match off";
/** Flink 2.x job-state times: AWS documents the level as "Application, Flow". */
const FLOW_UNCONFIRMED =
  'AWS documents the level as "Application, Flow"; whether a Flow dimension is published beside ' +
  "Application is not confirmed, so reads leave exact match off and see either set";
/** Application-level metric queried by AWS's sample dashboard with {Application}. */
const APP_CONFIRMED = { dimensionSets: [APP], sampleConfirmedSets: [APP] } as const;
/** Application-level metric AWS's sample dashboard does not query. */
const APP_ONLY = { dimensionSets: [APP], sampleConfirmedSets: [] } as const;
/** Published per application and per task (and finer, unnamed); the sample confirms {Application}. */
const APP_AND_TASK = {
  dimensionSets: [APP, APP_TASK],
  sampleConfirmedSets: [APP],
  undocumentedDimensions: FINER_LEVELS_UNNAMED,
} as const;
/** As {@link APP_AND_TASK}, but AWS's sample dashboard does not query it. */
const APP_AND_TASK_UNSAMPLED = { ...APP_AND_TASK, sampleConfirmedSets: [] } as const;
/** Published per task (and finer, unnamed) only: TASK is the lowest level AWS documents. */
const TASK_ONLY = {
  dimensionSets: [APP_TASK],
  sampleConfirmedSets: [],
  undocumentedDimensions: FINER_LEVELS_UNNAMED,
} as const;
/** Flink 2.x job-state times. */
const APP_MAYBE_FLOW = { dimensionSets: [APP], sampleConfirmedSets: [], inexactOnly: FLOW_UNCONFIRMED } as const;

function metric(m: FlinkMetric): FlinkMetric {
  return m;
}

/** The catalogue, keyed by metric name. */
export const FLINK_METRICS = {
  // ---- job health ----
  uptime: metric({
    name: "uptime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: ["flink-1"],
    group: "job",
    description:
      "Time the job has been running without interruption (deprecated on Flink 2.2 and 2.3, not used there).",
  }),
  downtime: metric({
    name: "downtime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: ["flink-1"],
    group: "job",
    description:
      "For a failing/recovering job, the time elapsed during the outage; 0 while running (deprecated on Flink 2.2 and 2.3, not used there).",
  }),
  fullRestarts: metric({
    name: "fullRestarts",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: ["flink-1"],
    group: "job",
    description: "Total number of job restarts since submission (removed in Flink 2.2, so not read on 2.x).",
  }),
  runningTime: metric({
    name: "runningTime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_MAYBE_FLOW,
    runtimes: ["flink-2"],
    group: "job",
    description: "Time the job has spent in the RUNNING state since it last entered it; 0 otherwise.",
  }),
  restartingTime: metric({
    name: "restartingTime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_MAYBE_FLOW,
    runtimes: ["flink-2"],
    group: "job",
    description: "Time the job has spent in the RESTARTING state since it last entered it; 0 otherwise.",
  }),
  failingTime: metric({
    name: "failingTime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_MAYBE_FLOW,
    runtimes: ["flink-2"],
    group: "job",
    description: "Time the job has spent in the FAILING state since it last entered it; 0 otherwise.",
  }),
  numRestarts: metric({
    name: "numRestarts",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_ONLY,
    runtimes: ["flink-2"],
    group: "job",
    description:
      "Total number of restarts (full and partial) since submission; replaces fullRestarts on Flink 2.2 and 2.3.",
  }),
  KPUs: metric({
    name: "KPUs",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_ONLY,
    runtimes: BOTH,
    group: "job",
    publishPeriodSeconds: 3600,
    description:
      "Kinesis Processing Units the application uses, published once per hour (what is billed; changes with autoscaling).",
  }),

  // ---- throughput ----
  numRecordsInPerSecond: metric({
    name: "numRecordsInPerSecond",
    unit: "Count/Second",
    grafanaUnit: "cps",
    statistic: "Average",
    kind: "rate",
    minLevel: "APPLICATION",
    ...APP_AND_TASK,
    runtimes: BOTH,
    group: "throughput",
    description: "Records received per second.",
  }),
  numRecordsOutPerSecond: metric({
    name: "numRecordsOutPerSecond",
    unit: "Count/Second",
    grafanaUnit: "cps",
    statistic: "Average",
    kind: "rate",
    minLevel: "APPLICATION",
    ...APP_AND_TASK,
    runtimes: BOTH,
    group: "throughput",
    description: "Records emitted per second.",
  }),
  numRecordsIn: metric({
    name: "numRecordsIn",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_AND_TASK_UNSAMPLED,
    runtimes: BOTH,
    group: "throughput",
    description: "Total records received since the job started.",
  }),
  numRecordsOut: metric({
    name: "numRecordsOut",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_AND_TASK_UNSAMPLED,
    runtimes: BOTH,
    group: "throughput",
    description: "Total records emitted since the job started.",
  }),
  numLateRecordsDropped: metric({
    name: "numLateRecordsDropped",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_AND_TASK,
    runtimes: BOTH,
    group: "throughput",
    description: "Total records dropped because they arrived after the watermark.",
  }),

  // ---- sources ----
  millisBehindLatest: metric({
    name: "millisBehindLatest",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    // Per stream: AWS's sample queries {Application, Flow=Input, Id=<stream name>}.
    dimensionSets: [KINESIS_SOURCE],
    sampleConfirmedSets: [KINESIS_SOURCE],
    runtimes: BOTH,
    group: "source",
    description: "Kinesis Data Streams source: how far the consumer is behind the tip of the stream.",
  }),
  records_lag_max: metric({
    name: "records_lag_max",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    // Per topic: AWS's sample queries {Application, Flow=Input, Topic=<topic>}.
    dimensionSets: [KAFKA_SOURCE],
    sampleConfirmedSets: [KAFKA_SOURCE],
    runtimes: BOTH,
    group: "source",
    description: "Kafka/MSK source: maximum lag in records over the partitions of the consumer.",
  }),

  // ---- watermarks ----
  currentInputWatermark: metric({
    name: "currentInputWatermark",
    unit: "Milliseconds",
    grafanaUnit: "dateTimeAsIso",
    statistic: "Minimum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_AND_TASK,
    runtimes: BOTH,
    group: "watermark",
    description: "Last watermark received (epoch milliseconds); the slowest input decides, so read Minimum.",
  }),
  currentOutputWatermark: metric({
    name: "currentOutputWatermark",
    unit: "Milliseconds",
    grafanaUnit: "dateTimeAsIso",
    statistic: "Minimum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_AND_TASK,
    runtimes: BOTH,
    group: "watermark",
    description: "Last watermark emitted (epoch milliseconds).",
  }),

  // ---- checkpoints ----
  lastCheckpointDuration: metric({
    name: "lastCheckpointDuration",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "checkpoint",
    description: "Time the last checkpoint took to complete.",
  }),
  lastCheckpointSize: metric({
    name: "lastCheckpointSize",
    unit: "Bytes",
    grafanaUnit: "bytes",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "checkpoint",
    description: "Size of the last checkpoint.",
  }),
  numberOfFailedCheckpoints: metric({
    name: "numberOfFailedCheckpoints",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "checkpoint",
    description: "Failed checkpoints since the job started (cumulative: alert on its increase).",
  }),

  // ---- resources ----
  cpuUtilization: metric({
    name: "cpuUtilization",
    unit: "Percentage",
    grafanaUnit: "percent",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "resources",
    description: "CPU of the TaskManager JVMs (one sample per TaskManager).",
  }),
  containerCPUUtilization: metric({
    name: "containerCPUUtilization",
    unit: "Percentage",
    grafanaUnit: "percent",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_ONLY,
    runtimes: BOTH,
    group: "resources",
    description: "CPU of the TaskManager containers, every process included.",
  }),
  containerMemoryUtilization: metric({
    name: "containerMemoryUtilization",
    unit: "Percentage",
    grafanaUnit: "percent",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_ONLY,
    runtimes: BOTH,
    group: "resources",
    description: "Memory of the TaskManager containers (the OOM-killer looks at this one).",
  }),
  containerDiskUtilization: metric({
    name: "containerDiskUtilization",
    unit: "Percentage",
    grafanaUnit: "percent",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_ONLY,
    runtimes: BOTH,
    group: "resources",
    description: "Disk of the TaskManager containers (local state, RocksDB, spill).",
  }),
  heapMemoryUtilization: metric({
    name: "heapMemoryUtilization",
    unit: "Percentage",
    grafanaUnit: "percent",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "resources",
    description: "JVM heap used over heap maximum, per TaskManager.",
  }),
  oldGenerationGCTime: metric({
    name: "oldGenerationGCTime",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    // Not a running total: AWS's recommended alarm and sample dashboard read the 1-minute Maximum as
    // milliseconds of that minute (oldGenerationGCTime * 100 / 60000 = percent of the minute).
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "resources",
    description: "Time spent in old-generation garbage collection in the reporting period (ms of each minute).",
  }),
  oldGenerationGCCount: metric({
    name: "oldGenerationGCCount",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "cumulative",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "resources",
    description: "Total number of old-generation garbage collections.",
  }),
  threadsCount: metric({
    name: "threadsCount",
    unit: "Count",
    grafanaUnit: "short",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "APPLICATION",
    ...APP_CONFIRMED,
    runtimes: BOTH,
    group: "resources",
    description: "Live JVM threads (a steady climb is a thread leak).",
  }),

  // ---- back pressure (TASK level and finer only) ----
  backPressuredTimeMsPerSecond: metric({
    name: "backPressuredTimeMsPerSecond",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "TASK",
    ...TASK_ONLY,
    runtimes: BOTH,
    group: "backpressure",
    description: "Milliseconds per second a task is back-pressured (1000 = fully blocked by downstream).",
  }),
  busyTimeMsPerSecond: metric({
    name: "busyTimeMsPerSecond",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Maximum",
    kind: "gauge",
    minLevel: "TASK",
    ...TASK_ONLY,
    runtimes: BOTH,
    group: "backpressure",
    description: "Milliseconds per second a task is busy (neither idle nor back-pressured).",
  }),
  idleTimeMsPerSecond: metric({
    name: "idleTimeMsPerSecond",
    unit: "Milliseconds",
    grafanaUnit: "ms",
    statistic: "Minimum",
    kind: "gauge",
    minLevel: "TASK",
    ...TASK_ONLY,
    runtimes: BOTH,
    group: "backpressure",
    description: "Milliseconds per second a task is idle (no input).",
  }),
} as const satisfies Record<string, FlinkMetric>;

/** Name of a catalogued metric. */
export type FlinkMetricName = keyof typeof FLINK_METRICS;

/** Looks a metric up by its exact name; undefined for anything not catalogued. */
export function findFlinkMetric(name: string): FlinkMetric | undefined {
  return Object.prototype.hasOwnProperty.call(FLINK_METRICS, name)
    ? (FLINK_METRICS as Record<string, FlinkMetric>)[name]
    : undefined;
}

/** What is known about the application being monitored, as far as metric availability goes. */
export interface MetricAvailabilityContext {
  /** Application name, for error messages. */
  readonly applicationName: string;
  /** Its runtime. */
  readonly runtime: FlinkRuntime;
  /** Its configured metrics level. */
  readonly metricsLevel: MetricsLevel;
}

/** Why `metric` cannot be read for the application, or undefined when it can. */
export function unavailabilityReason(metric: FlinkMetric, ctx: MetricAvailabilityContext): string | undefined {
  const family = runtimeFamily(ctx.runtime);
  if (!metric.runtimes.includes(family)) {
    return `metric ${metric.name} is not emitted by runtime ${ctx.runtime}`;
  }
  if (!levelSatisfies(ctx.metricsLevel, metric.minLevel)) {
    return `metric ${metric.name} needs metrics level ${metric.minLevel} or finer, but the application's metrics level is ${ctx.metricsLevel}`;
  }
  return undefined;
}

/**
 * Throws unless `metric` is available; `usedBy` names the owner, application and user
 * (`FlinkApplicationDashboard "orders": row "Back pressure" panel "Busy time per task"`).
 */
export function requireMetric(metric: FlinkMetric, ctx: MetricAvailabilityContext, usedBy: string): FlinkMetric {
  const reason = unavailabilityReason(metric, ctx);
  if (reason) throw new Error(`${usedBy}: ${reason}`);
  return metric;
}

/**
 * Why a read of `metric` with these dimension names and exact-match setting could miss its series;
 * empty when it cannot. The one home of the rule that every query's dimensions come from the
 * catalogue: names it never publishes (`TaskName`, `OperatorName`) are problems in either mode; an
 * exact read must name one whole published set, and none at all when {@link FlinkMetric.inexactOnly};
 * a read without exact match must name a subset of a published set.
 */
export function dimensionProblems(metric: FlinkMetric, dimensions: readonly string[], matchExact: boolean): string[] {
  const known = new Set(metric.dimensionSets.flat());
  const published = metric.dimensionSets.map((set) => `{${set.join(",")}}`).join(" or ");
  const problems = dimensions
    .filter((d) => !known.has(d))
    .map((d) => `${metric.name} has no dimension ${d} (published with ${published})`);
  if (problems.length > 0) return problems;
  const sameSet = (set: readonly string[]) =>
    set.length === dimensions.length && set.every((d) => dimensions.includes(d));
  if (matchExact) {
    if (metric.inexactOnly) return [`${metric.name} must be read without exact match: ${metric.inexactOnly}`];
    if (!metric.dimensionSets.some(sameSet))
      return [`${metric.name} is not published with exactly {${dimensions.join(",")}} (published with ${published})`];
    return [];
  }
  if (!metric.dimensionSets.some((set) => dimensions.every((d) => set.includes(d))))
    return [`no published set of ${metric.name} holds {${dimensions.join(",")}} (published with ${published})`];
  return [];
}

/**
 * The SEARCH term that keeps a search to one account: in a monitoring account (CloudWatch cross-account
 * observability) a SEARCH finds the metrics of every linked source account unless it is filtered by
 * `:aws.AccountId` (Amazon CloudWatch user guide, "CloudWatch search expression syntax"). Grafana's
 * builder adds the same term for a query's `accountId` (pkg/tsdb/cloudwatch, `buildSearchExpression`).
 * Empty for no account.
 */
export function accountSearchTerm(account: string | undefined): string {
  return account === undefined ? "" : ` :aws.AccountId="${account}"`;
}

/**
 * A CloudWatch metric-math SEARCH over the application-level dimension set of `metric`, for use in
 * expressions such as `DIFF(...)`; `application` may be a Grafana variable (`$application`). With
 * `account`, only that account's metrics are searched.
 */
export function applicationSearch(
  metric: FlinkMetric,
  application: string,
  periodSeconds: number,
  account?: string,
): string {
  const escaped = application.replace(/"/g, '\\"');
  return `SEARCH('{${FLINK_NAMESPACE},${APPLICATION_DIMENSION}} MetricName="${metric.name}" ${APPLICATION_DIMENSION}="${escaped}"${accountSearchTerm(account)}', '${metric.statistic}', ${periodSeconds})`;
}

/**
 * Per-period increase of a cumulative metric (`DIFF` of its application-level series). The counter
 * starts again from 0 when the job restarts, which shows as one negative step: dashboards clip it
 * (axis minimum 0) and alert rules drop it with a server-side math expression.
 */
export function increaseExpression(
  metric: FlinkMetric,
  application: string,
  periodSeconds: number,
  account?: string,
): string {
  if (metric.kind !== "cumulative") throw new Error(`increaseExpression: ${metric.name} is not cumulative`);
  return `DIFF(${applicationSearch(metric, application, periodSeconds, account)})`;
}

/** Metric names referenced by a CloudWatch metric-math expression built by this module. */
export function metricNamesInExpression(expression: string): string[] {
  return [...expression.matchAll(/MetricName="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * Lag of a watermark behind the wall clock, in milliseconds: `EPOCH()` is the timestamp of each
 * datapoint in seconds and the watermark is epoch milliseconds. An operator without event-time
 * watermarks reports Long.MIN_VALUE, which shows as an enormous lag.
 */
export function watermarkLagExpression(
  metric: FlinkMetric,
  application: string,
  periodSeconds: number,
  account?: string,
): string {
  if (metric.group !== "watermark") throw new Error(`watermarkLagExpression: ${metric.name} is not a watermark`);
  const series = applicationSearch(metric, application, periodSeconds, account);
  return `1000 * EPOCH(${series}) - ${series}`;
}

/** Source kinds whose lag can be watched. */
export const SOURCE_KINDS = ["kinesis", "kafka", "none"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The lag metric of a source kind (none for `none`). */
export function sourceLagMetric(source: SourceKind): FlinkMetric | undefined {
  if (source === "kinesis") return FLINK_METRICS.millisBehindLatest;
  if (source === "kafka") return FLINK_METRICS.records_lag_max;
  return undefined;
}

/**
 * One Managed Flink application to monitor: created by this stack or existing elsewhere (any
 * runtime of {@link FLINK_RUNTIMES}). Plain values, so monitoring never depends on how the app was made.
 */
export interface FlinkMonitoringTarget {
  /** Application name: the value of the CloudWatch `Application` dimension. */
  readonly applicationName: string;
  /** Its runtime; decides which job-health metrics exist. */
  readonly runtime: FlinkRuntime;
  /** Its metrics level; decides which task-level panels can work. */
  readonly metricsLevel: MetricsLevel;
  /**
   * Its CloudWatch log group, for the exceptions panel.
   * @default - none (the panel is left out)
   */
  readonly logGroupName?: string;
  /**
   * Kind of its main source: decides the source-lag metric.
   * @default "none"
   */
  readonly source?: SourceKind;
  /**
   * The AWS account its metrics and logs are in, set when the data source reads several accounts
   * (CloudWatch cross-account observability): every query names it, so an application of the same name
   * in another linked account is never read in its place.
   * @default - none: the data source's own account, the only one it reads
   */
  readonly account?: string;
  /**
   * ARN of its log group, with `account`: the exceptions panel reads the group by ARN, which reaches a
   * group in a linked source account (CloudWatch Logs `logGroupIdentifiers`).
   * @default - the group is read by name, in the data source's own account
   */
  readonly logGroupArn?: string;
}

/** A target whose name and log group were checked, with its defaults filled in. */
export interface ResolvedMonitoringTarget extends MetricAvailabilityContext {
  /** @default - none */
  readonly logGroupName?: string;
  readonly source: SourceKind;
  readonly family: RuntimeFamily;
  /** @default - none (the data source's own account) */
  readonly account?: string;
  /** @default - none (the log group is read by name) */
  readonly logGroupArn?: string;
}

/**
 * Checks what the target's types cannot express (name and log group syntax); the error names the
 * owner, the application and the field. Runtime, metrics level and source are typed unions.
 */
export function resolveTarget(owner: string, target: FlinkMonitoringTarget): ResolvedMonitoringTarget {
  const where = `${owner} "${target.applicationName}"`;
  if (!/^[a-zA-Z0-9_.-]{1,128}$/.test(target.applicationName)) {
    throw new Error(
      `${owner}: applicationName must be 1 to 128 letters, digits, '_', '.' or '-', got "${target.applicationName}"`,
    );
  }
  const source = target.source ?? "none";
  if (target.logGroupName !== undefined && !/^[\w#/.-]{1,512}$/.test(target.logGroupName)) {
    throw new Error(`${where}: logGroupName must be a CloudWatch log group name, got "${target.logGroupName}"`);
  }
  if (
    target.logGroupArn !== undefined &&
    !/^arn:aws[\w-]*:logs:[a-z0-9-]+:\d{12}:log-group:[\w#/.-]{1,512}$/.test(target.logGroupArn)
  ) {
    throw new Error(`${where}: logGroupArn must be a CloudWatch Logs log group ARN, got "${target.logGroupArn}"`);
  }
  if (target.account !== undefined && !/^\d{12}$/.test(target.account)) {
    throw new Error(`${where}: account must be an AWS account id (12 digits), got "${target.account}"`);
  }
  return {
    applicationName: target.applicationName,
    runtime: target.runtime,
    metricsLevel: target.metricsLevel,
    logGroupName: target.logGroupName,
    source,
    family: runtimeFamily(target.runtime),
    account: target.account,
    logGroupArn: target.logGroupArn,
  };
}
