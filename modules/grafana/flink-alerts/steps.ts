import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as expr from "@grafana/grafana-foundation-sdk/expr";
import {
  APPLICATION_DIMENSION,
  FLINK_NAMESPACE,
  FlinkMetric,
  ResolvedMonitoringTarget,
  increaseExpression,
  requireMetric,
} from "../../flink-metrics";

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

/**
 * What a rule reads and when it fires, declared:
 * - `threshold`: the metric over `windowSeconds`, reduced (`last`, `max`, `mean`), compared with `value`;
 *   `read: "worstDimension"` takes the highest series of a metric published per stream/shard/partition.
 * - `count`: how often a cumulative counter grew within `windowMinutes`, fired at `atLeast`.
 */
export type RuleQuery =
  | {
      readonly type: "threshold";
      readonly metric: FlinkMetric;
      /** @default "value" */
      readonly read?: "value" | "worstDimension";
      readonly windowSeconds: number;
      readonly reducer: "last" | "max" | "mean";
      readonly op: "gt" | "lt";
      readonly value: number;
    }
  | {
      readonly type: "count";
      readonly metric: FlinkMetric;
      readonly windowMinutes: number;
      readonly atLeast: number;
    };

/** Where the steps of one rule come from. */
export interface StepContext {
  readonly target: ResolvedMonitoringTarget;
  readonly ds: { readonly type: string; readonly uid: string };
  /** Names the owner, application and rule in errors (`FlinkAlertRules "orders": alert cpu`). */
  readonly usedBy: string;
}

function metricStep(
  ctx: StepContext,
  refId: string,
  metric: FlinkMetric,
  windowSeconds: number,
  mode: "value" | "increase" | "worstDimension",
): RuleStep {
  requireMetric(metric, ctx.target, ctx.usedBy);
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
    const filter = `Namespace="${FLINK_NAMESPACE}" MetricName="${metric.name}" ${APPLICATION_DIMENSION}="${escaped}"`;
    const search = `SEARCH('${filter}', '${metric.statistic}', ${PERIOD})`;
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(`MAX(${search})`);
  }
  return {
    refId,
    datasourceUid: ctx.ds.uid,
    fromSeconds: windowSeconds,
    model: { ...q.build(), intervalMs: PERIOD * 1000, maxDataPoints: 43200 },
  };
}

function expressionStep(refId: string, model: object): RuleStep {
  return { refId, datasourceUid: EXPRESSION_DATASOURCE_UID, fromSeconds: 0, model: { ...model } };
}

function reduceStep(refId: string, input: string, reducer: "last" | "max" | "mean" | "sum"): RuleStep {
  const builder = new expr.TypeReduceBuilder().refId(refId).datasource(EXPR_REF).expression(input).reducer(reducer);
  return expressionStep(refId, builder.settings({ mode: "dropNN" }).build());
}

function mathStep(refId: string, expression: string): RuleStep {
  return expressionStep(
    refId,
    new expr.TypeMathBuilder().refId(refId).datasource(EXPR_REF).expression(expression).build(),
  );
}

function thresholdStep(refId: string, input: string, type: "gt" | "lt", value: number): RuleStep {
  const builder = new expr.TypeThresholdBuilder().refId(refId).datasource(EXPR_REF).expression(input);
  return expressionStep(refId, builder.conditions([{ evaluator: { type, params: [value] } }]).build());
}

/**
 * The queries and expressions of a rule, in evaluation order (the last one is the condition).
 * A count is A = per-minute DIFF, B = the negative step of a counter reset removed, C = sum over the
 * window, D = C ≥ atLeast (counts are integers, so "≥ n" is "> n − 0.5").
 */
export function querySteps(ctx: StepContext, query: RuleQuery): RuleStep[] {
  if (query.type === "count") {
    return [
      metricStep(ctx, "A", query.metric, query.windowMinutes * 60, "increase"),
      mathStep("B", "$A * ($A > 0)"),
      reduceStep("C", "B", "sum"),
      thresholdStep("D", "C", "gt", query.atLeast - 0.5),
    ];
  }
  return [
    metricStep(ctx, "A", query.metric, query.windowSeconds, query.read ?? "value"),
    reduceStep("B", "A", query.reducer),
    thresholdStep("C", "B", query.op, query.value),
  ];
}
