import { Construct } from "constructs";
import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as expr from "@grafana/grafana-foundation-sdk/expr";
import { RuleGroup, RuleGroupRule, RuleGroupRuleData } from "../../../.gen/providers/grafana/rule-group";
import {
  APPLICATION_DIMENSION,
  FLINK_METRICS,
  FLINK_NAMESPACE,
  FlinkMetric,
  FlinkMonitoringTarget,
  ResolvedMonitoringTarget,
  requireMetric,
  resolveTarget,
  sourceLagMetric,
  increaseExpression,
} from "../../flink-metrics";
import { stableUid } from "../uid";
import { ALERT_KINDS, AlertKind, AlertThresholds, ApplicationAlertOptions, resolveThresholds } from "./thresholds";
import { terraformLiteral } from "../terraform-literal";

export * from "./thresholds";

/** Severities the notification policy routes on. */
export type Severity = "critical" | "warning" | "info";
/** Grafana no-data states. */
export type NoDataState = "NoData" | "Alerting" | "OK" | "KeepLast";
/** Grafana execution-error states. */
export type ExecErrState = "Error" | "Alerting" | "OK" | "KeepLast";

/** Uid of Grafana's server-side expression "data source". */
export const EXPRESSION_DATASOURCE_UID = "__expr__";
const EXPR_REF = { type: "__expr__", uid: EXPRESSION_DATASOURCE_UID };
const PERIOD = 60;

/** One query or expression of a rule, before it becomes `grafana_rule_group.rule[].data[]`. */
export interface RuleStep {
  /** Reference id (A, B, ...). */
  readonly refId: string;
  /** Data source uid (`__expr__` for expressions). */
  readonly datasourceUid: string;
  /** Seconds of history queried (0 for expressions). */
  readonly fromSeconds: number;
  /** The query/expression model (serialized into `model`). */
  readonly model: Record<string, unknown>;
}

/** A rule, ready to become a `grafana_rule_group.rule` block. */
export interface AlertRuleSpec {
  /** Which recommended alarm it implements. */
  readonly kind: AlertKind;
  /** Stable rule uid. */
  readonly uid: string;
  /** Rule title. */
  readonly title: string;
  /** Queries and expressions, in evaluation order; the last one is the condition. */
  readonly steps: readonly RuleStep[];
  /** Pending period before firing. */
  readonly for: string;
  /** State when the query returns no data. */
  readonly noDataState: NoDataState;
  /** State when evaluation fails. */
  readonly execErrState: ExecErrState;
  /** Labels (severity, environment, application, ...). */
  readonly labels: Record<string, string>;
  /** Annotations (summary, description, runbook_url, dashboard link). */
  readonly annotations: Record<string, string>;
  /** Catalogued metrics it reads. */
  readonly metrics: readonly FlinkMetric[];
}

interface RuleContext {
  readonly target: ResolvedMonitoringTarget;
  readonly ds: { type: string; uid: string };
  readonly owner: string;
}

function metricStep(
  ctx: RuleContext,
  refId: string,
  metric: FlinkMetric,
  windowSeconds: number,
  mode: "value" | "increase" | "maxOverDimensions",
  usedBy: string,
): RuleStep {
  requireMetric(metric, ctx.target, usedBy);
  const app = ctx.target.applicationName;
  const q = new cloudwatch.CloudWatchMetricsQueryBuilder()
    .refId(refId)
    .id(`q${refId.toLowerCase()}`)
    .datasource(ctx.ds)
    .queryMode(cloudwatch.CloudWatchQueryMode.Metrics)
    .metricQueryType(cloudwatch.MetricQueryType.Search)
    .region("default")
    .namespace(FLINK_NAMESPACE)
    .metricName(metric.name)
    .statistic(metric.statistic)
    .period(String(PERIOD));
  if (mode === "value") {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Builder)
      .dimensions({ [APPLICATION_DIMENSION]: app })
      .matchExact(true);
  } else if (mode === "increase") {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(increaseExpression(metric, app, PERIOD));
  } else {
    // Source lag exists per stream/shard or per partition: alert on the worst one as one series.
    const escaped = app.replace(/"/g, '\\"');
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(
      `MAX(SEARCH('Namespace="${FLINK_NAMESPACE}" MetricName="${metric.name}" ${APPLICATION_DIMENSION}="${escaped}"', '${metric.statistic}', ${PERIOD}))`,
    );
  }
  return {
    refId,
    datasourceUid: ctx.ds.uid,
    fromSeconds: windowSeconds,
    model: { ...q.build(), intervalMs: PERIOD * 1000, maxDataPoints: 43200 },
  };
}

function reduceStep(refId: string, input: string, reducer: "last" | "max" | "mean" | "sum"): RuleStep {
  const model = new expr.TypeReduceBuilder()
    .refId(refId)
    .datasource(EXPR_REF)
    .expression(input)
    .reducer(reducer)
    .settings({ mode: "dropNN" })
    .build();
  return { refId, datasourceUid: EXPRESSION_DATASOURCE_UID, fromSeconds: 0, model: { ...model } };
}

function mathStep(refId: string, expression: string): RuleStep {
  const model = new expr.TypeMathBuilder().refId(refId).datasource(EXPR_REF).expression(expression).build();
  return { refId, datasourceUid: EXPRESSION_DATASOURCE_UID, fromSeconds: 0, model: { ...model } };
}

function thresholdStep(refId: string, input: string, type: "gt" | "lt", value: number): RuleStep {
  const model = new expr.TypeThresholdBuilder()
    .refId(refId)
    .datasource(EXPR_REF)
    .expression(input)
    .conditions([{ evaluator: { type, params: [value] } }])
    .build();
  return { refId, datasourceUid: EXPRESSION_DATASOURCE_UID, fromSeconds: 0, model: { ...model } };
}

/**
 * Counts over a window of a cumulative counter: A = per-minute DIFF, B = the negative step of a
 * counter reset removed, C = sum over the window, D = C ≥ threshold (counts are integers, so
 * "≥ n" is "> n − 0.5").
 */
function countSteps(
  ctx: RuleContext,
  metric: FlinkMetric,
  windowMinutes: number,
  atLeast: number,
  usedBy: string,
): RuleStep[] {
  return [
    metricStep(ctx, "A", metric, windowMinutes * 60, "increase", usedBy),
    mathStep("B", "$A * ($A > 0)"),
    reduceStep("C", "B", "sum"),
    thresholdStep("D", "C", "gt", atLeast - 0.5),
  ];
}

/** Properties of a {@link FlinkAlertRules}. */
export interface FlinkAlertRulesProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /** Alert thresholds and disabled alerts. Default: every alert, default thresholds. */
  readonly alerts?: ApplicationAlertOptions;
  /** Folder holding the rule group. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /** Environment name, set as the `environment` label the notification policy routes on. Required. */
  readonly environment: string;
  /** Prefix of the rule uids (the environment's name prefix). Required. */
  readonly uidPrefix: string;
  /** Uid of the application's dashboard, linked from every alert. Default: none. */
  readonly dashboardUid?: string;
  /** Base URL of the runbooks; each alert links to `<runbookBaseUrl>#<alert kind in lower case>`. Required. */
  readonly runbookBaseUrl: string;
  /** Evaluation interval of the group, in seconds. Default: 60. */
  readonly intervalSeconds?: number;
}

/** Builds the rule specs of one application (pure; no construct). */
export function buildAlertRules(props: FlinkAlertRulesProps, owner = "FlinkAlertRules"): AlertRuleSpec[] {
  const target = resolveTarget(owner, props.target);
  const where = `${owner} "${target.applicationName}"`;
  const t: AlertThresholds = resolveThresholds(where, props.alerts?.thresholds);
  const disabled = new Set<string>(props.alerts?.disabled ?? []);
  for (const kind of disabled) {
    if (!(ALERT_KINDS as readonly string[]).includes(kind))
      throw new Error(`${where}: disabled contains unknown alert "${kind}" (known: ${ALERT_KINDS.join(", ")})`);
  }
  const ctx: RuleContext = { target, ds: { type: props.dataSource.type, uid: props.dataSource.uid }, owner };
  const app = target.applicationName;
  const m = FLINK_METRICS;
  const flink1 = target.family === "flink-1";
  const specs: AlertRuleSpec[] = [];

  const add = (
    kind: AlertKind,
    title: string,
    severity: Severity,
    forDuration: string,
    noDataState: NoDataState,
    execErrState: ExecErrState,
    steps: RuleStep[],
    metrics: FlinkMetric[],
    summary: string,
    description: string,
  ) => {
    if (disabled.has(kind)) return;
    const annotations: Record<string, string> = {
      summary,
      description,
      runbook_url: `${props.runbookBaseUrl}#${kind.toLowerCase()}`,
    };
    if (props.dashboardUid) annotations.__dashboardUid__ = props.dashboardUid;
    specs.push({
      kind,
      uid: stableUid(props.uidPrefix, app, kind),
      title: `${app}: ${title}`,
      steps,
      for: forDuration,
      noDataState,
      execErrState,
      labels: {
        severity,
        environment: props.environment,
        application: app,
        runtime: target.runtime,
        alert: kind,
        team: "flink",
      },
      annotations,
      metrics,
    });
  };

  // Job down. 1.x: downtime > 0 (AWS's first recommended alarm). 2.2: runningTime is 0 whenever the
  // job is not RUNNING; uptime/downtime are deprecated there and not relied upon. An application
  // that reports nothing at all for 10 minutes is stopped or gone: that is down too (NoData → Alerting).
  if (flink1) {
    add(
      "jobDown",
      "job down",
      "critical",
      "2m",
      "Alerting",
      "Error",
      [
        metricStep(ctx, "A", m.downtime, 600, "value", `${ctx.owner} "${ctx.target.applicationName}": alert jobDown`),
        reduceStep("B", "A", "last"),
        thresholdStep("C", "B", "gt", 0),
      ],
      [m.downtime],
      `Flink application ${app} is down`,
      `downtime has been above 0 for 2 minutes: the job is failing or restarting and processes nothing. Check the exceptions panel and the application's log group.`,
    );
  } else {
    add(
      "jobDown",
      "job not running",
      "critical",
      "2m",
      "Alerting",
      "Error",
      [
        metricStep(
          ctx,
          "A",
          m.runningTime,
          600,
          "value",
          `${ctx.owner} "${ctx.target.applicationName}": alert jobDown`,
        ),
        reduceStep("B", "A", "last"),
        thresholdStep("C", "B", "lt", 1),
      ],
      [m.runningTime],
      `Flink application ${app} is not running`,
      `runningTime has been 0 for 2 minutes: the job is not in RUNNING (restarting, failing or stopped) and processes nothing.`,
    );
  }

  const restarts = flink1 ? m.fullRestarts : m.numRestarts;
  add(
    "restarts",
    "restarting",
    "warning",
    "0s",
    "OK",
    "KeepLast",
    countSteps(
      ctx,
      restarts,
      t.restartsWindowMinutes,
      t.restartsThreshold,
      `${ctx.owner} "${ctx.target.applicationName}": alert restarts`,
    ),
    [restarts],
    `Flink application ${app} restarted`,
    `${restarts.name} grew by at least ${t.restartsThreshold} in ${t.restartsWindowMinutes} minutes. Repeated restarts usually mean a poison record, a failing sink or memory pressure.`,
  );

  add(
    "failedCheckpoints",
    "checkpoints failing",
    "warning",
    "0s",
    "OK",
    "KeepLast",
    countSteps(
      ctx,
      m.numberOfFailedCheckpoints,
      t.failedCheckpointsWindowMinutes,
      t.failedCheckpointsThreshold,
      `${ctx.owner} "${ctx.target.applicationName}": alert failedCheckpoints`,
    ),
    [m.numberOfFailedCheckpoints],
    `Checkpoints of ${app} are failing`,
    `numberOfFailedCheckpoints grew by at least ${t.failedCheckpointsThreshold} in ${t.failedCheckpointsWindowMinutes} minutes. Without checkpoints a restart replays from an old position.`,
  );

  add(
    "checkpointDuration",
    "slow checkpoints",
    "warning",
    "10m",
    "OK",
    "KeepLast",
    [
      metricStep(
        ctx,
        "A",
        m.lastCheckpointDuration,
        600,
        "value",
        `${ctx.owner} "${ctx.target.applicationName}": alert checkpointDuration`,
      ),
      reduceStep("B", "A", "max"),
      thresholdStep("C", "B", "gt", t.checkpointDurationMs),
    ],
    [m.lastCheckpointDuration],
    `Checkpoints of ${app} take longer than ${t.checkpointDurationMs} ms`,
    `lastCheckpointDuration stayed above ${t.checkpointDurationMs} ms for 10 minutes; long checkpoints come from back pressure or growing state and end in checkpoint timeouts.`,
  );

  add(
    "cpu",
    "high CPU",
    "warning",
    "15m",
    "OK",
    "KeepLast",
    [
      metricStep(
        ctx,
        "A",
        m.containerCPUUtilization,
        300,
        "value",
        `${ctx.owner} "${ctx.target.applicationName}": alert cpu`,
      ),
      reduceStep("B", "A", "mean"),
      thresholdStep("C", "B", "gt", t.cpuPercent),
    ],
    [m.containerCPUUtilization],
    `CPU of ${app} above ${t.cpuPercent}%`,
    `The hottest TaskManager container averaged more than ${t.cpuPercent}% CPU for 15 minutes; the application needs more KPUs or is about to fall behind.`,
  );

  add(
    "heapMemory",
    "high heap",
    "warning",
    "10m",
    "OK",
    "KeepLast",
    [
      metricStep(
        ctx,
        "A",
        m.heapMemoryUtilization,
        300,
        "value",
        `${ctx.owner} "${ctx.target.applicationName}": alert heapMemory`,
      ),
      reduceStep("B", "A", "mean"),
      thresholdStep("C", "B", "gt", t.heapMemoryPercent),
    ],
    [m.heapMemoryUtilization],
    `Heap of ${app} above ${t.heapMemoryPercent}%`,
    `The fullest TaskManager heap averaged more than ${t.heapMemoryPercent}% for 10 minutes; expect long old-generation GCs and OutOfMemoryError restarts.`,
  );

  add(
    "containerMemory",
    "high container memory",
    "critical",
    "5m",
    "OK",
    "KeepLast",
    [
      metricStep(
        ctx,
        "A",
        m.containerMemoryUtilization,
        300,
        "value",
        `${ctx.owner} "${ctx.target.applicationName}": alert containerMemory`,
      ),
      reduceStep("B", "A", "mean"),
      thresholdStep("C", "B", "gt", t.containerMemoryPercent),
    ],
    [m.containerMemoryUtilization],
    `Container memory of ${app} above ${t.containerMemoryPercent}%`,
    `A TaskManager container averaged more than ${t.containerMemoryPercent}% memory for 5 minutes; the container is close to being OOM-killed.`,
  );

  const lag = sourceLagMetric(target.source);
  if (lag) {
    const limit = target.source === "kinesis" ? t.kinesisLagMs : t.kafkaLagRecords;
    const unit = target.source === "kinesis" ? "ms" : "records";
    add(
      "sourceLag",
      "source falling behind",
      "warning",
      "10m",
      "OK",
      "KeepLast",
      [
        metricStep(
          ctx,
          "A",
          lag,
          600,
          "maxOverDimensions",
          `${ctx.owner} "${ctx.target.applicationName}": alert sourceLag`,
        ),
        reduceStep("B", "A", "mean"),
        thresholdStep("C", "B", "gt", limit),
      ],
      [lag],
      `${app} is falling behind its ${target.source} source`,
      `${lag.name} averaged more than ${limit} ${unit} for 10 minutes on the worst ${target.source === "kinesis" ? "shard" : "partition"}: the application does not keep up with its input.`,
    );
  }
  return specs;
}

/** Turns a rule spec into the provider's block. */
export function toRuleBlock(spec: AlertRuleSpec): RuleGroupRule {
  const data: RuleGroupRuleData[] = spec.steps.map((s) => ({
    refId: s.refId,
    datasourceUid: s.datasourceUid,
    queryType: "",
    relativeTimeRange: { from: s.fromSeconds, to: 0 },
    model: terraformLiteral(JSON.stringify(s.model)),
  }));
  return {
    uid: spec.uid,
    name: spec.title,
    for: spec.for,
    condition: spec.steps[spec.steps.length - 1].refId,
    noDataState: spec.noDataState,
    execErrState: spec.execErrState,
    labels: spec.labels,
    annotations: Object.fromEntries(Object.entries(spec.annotations).map(([k, v]) => [k, terraformLiteral(v)])),
    isPaused: false,
    data,
  };
}

/**
 * One Grafana rule group per Managed Flink application with AWS's recommended alarms: job down,
 * restarts, failed checkpoints, checkpoint duration, CPU, heap, container memory and source lag.
 */
export class FlinkAlertRules extends Construct {
  /** The rules, as built. */
  readonly rules: AlertRuleSpec[];
  /** The underlying grafana_rule_group (undefined when every alert is disabled). */
  readonly resource?: RuleGroup;

  constructor(scope: Construct, id: string, props: FlinkAlertRulesProps) {
    super(scope, id);
    const intervalSeconds = props.intervalSeconds ?? 60;
    if (!Number.isInteger(intervalSeconds) || intervalSeconds < 10 || intervalSeconds > 3600) {
      throw new Error(
        `FlinkAlertRules "${props.target.applicationName}": intervalSeconds must be an integer from 10 to 3600, got ${intervalSeconds}`,
      );
    }
    this.rules = buildAlertRules(props);
    if (this.rules.length === 0) return;
    this.resource = new RuleGroup(this, "resource", {
      name: `flink-${props.target.applicationName}`,
      folderUid: props.folderUid,
      intervalSeconds,
      rule: this.rules.map(toRuleBlock),
    });
  }
}
