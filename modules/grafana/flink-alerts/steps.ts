import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as expr from "@grafana/grafana-foundation-sdk/expr";
import { flinkMetricQuery } from "../cloudwatch-query";
import {
  APPLICATION_DIMENSION,
  FLINK_NAMESPACE,
  FlinkMetric,
  ResolvedMonitoringTarget,
  accountSearchTerm,
  increaseExpression,
  requireMetric,
  watermarkLagExpression,
} from "../../flink-metrics";

/** Uid of Grafana's server-side expression "data source". */
export const EXPRESSION_DATASOURCE_UID = "__expr__";
export const EXPR_REF = { type: "__expr__", uid: EXPRESSION_DATASOURCE_UID };
const PERIOD = 60;

/** One query or expression of a rule, before it becomes `grafana_rule_group.rule[].data[]`. */
export interface RuleStep {
  /** Reference id (A, B, ...). */
  readonly refId: string;
  /** Data source uid (`__expr__` for expressions). */
  readonly datasourceUid: string;
  /** Seconds of history queried (0 for expressions). */
  readonly fromSeconds: number;
  /**
   * End of the queried range, in seconds before now (a baseline from an earlier window).
   * @default 0 (now)
   */
  readonly toSeconds?: number;
  /** The query/expression model (serialized into `model`). */
  readonly model: Record<string, unknown>;
}

/** The step of a `count` query holding the count over the window (what an escalation compares). */
export const COUNT_REF_ID = "C";

/** Period of every rule query: Managed Flink publishes 1-minute datapoints. */
export const RULE_PERIOD_SECONDS = PERIOD;

/** How a threshold rule reduces its series to one number. */
export type RuleReducer = "last" | "max" | "mean" | "min";

/**
 * How a threshold rule reads its metric:
 * - `value`: the application-level series (`{Application}`, exact match);
 * - `worstDimension`: the highest of every series carrying the application's name, whatever its other
 *   dimensions (per stream/shard/partition, or a dimension AWS documents but does not confirm);
 * - `watermarkLag`: wall clock minus the watermark, in milliseconds.
 */
export type RuleRead = "value" | "worstDimension" | "watermarkLag";

/**
 * What a rule reads and when it fires, declared:
 * - `threshold`: the metric over `windowSeconds`, reduced, optionally rewritten by `math` (on `$B`),
 *   compared with `value`;
 * - `count`: how often a cumulative counter grew within `windowMinutes`, fired at `atLeast`;
 * - `growth`: how much a gauge's last value of the recent window exceeds the highest value of an
 *   earlier baseline window (`baselineFromSeconds` to `baselineToSeconds` before now), in percent, fired
 *   above `percent`. The baseline's maximum is not lowered by a restart in it, and a restart now only
 *   lowers the recent value, so neither makes a restart or a deploy look like growth.
 */
export type RuleQuery =
  | {
      readonly type: "threshold";
      readonly metric: FlinkMetric;
      /** @default "value" */
      readonly read?: RuleRead;
      readonly windowSeconds: number;
      readonly reducer: RuleReducer;
      /**
       * A Grafana math expression applied to the reduced value `$B` before the comparison.
       * @default - the reduced value is compared as is
       */
      readonly math?: string;
      readonly op: "gt" | "lt";
      readonly value: number;
    }
  | {
      readonly type: "count";
      readonly metric: FlinkMetric;
      readonly windowMinutes: number;
      readonly atLeast: number;
    }
  | {
      readonly type: "growth";
      readonly metric: FlinkMetric;
      readonly recentSeconds: number;
      readonly baselineFromSeconds: number;
      readonly baselineToSeconds: number;
      readonly percent: number;
    };

/** Where the steps of one rule come from. */
export interface StepContext {
  readonly target: ResolvedMonitoringTarget;
  readonly ds: { readonly type: string; readonly uid: string };
  /** Names the owner, application and rule in errors (`FlinkAlertRules "orders": alert cpu`). */
  readonly usedBy: string;
}

/**
 * The CloudWatch query of a rule step reading `metric`, before its dimensions or expression: a metric
 * search in the workspace's region, at the rule period, with the catalogue's statistic.
 */
export function ruleMetricQuery(
  refId: string,
  ds: { readonly type: string; readonly uid: string },
  metric: FlinkMetric,
): cloudwatch.CloudWatchMetricsQueryBuilder {
  return flinkMetricQuery({
    refId,
    id: `q${refId.toLowerCase()}`,
    dataSource: ds,
    metric,
    statistic: metric.statistic,
    periodSeconds: PERIOD,
  });
}

function metricStep(
  ctx: StepContext,
  refId: string,
  metric: FlinkMetric,
  windowSeconds: number,
  mode: RuleRead | "increase",
): RuleStep {
  requireMetric(metric, ctx.target, ctx.usedBy);
  const app = ctx.target.applicationName;
  const account = ctx.target.account;
  const q = ruleMetricQuery(refId, ctx.ds, metric);
  // A builder query reads `accountId`'s metrics (GetMetricData's MetricDataQuery.AccountId); an
  // expression's SEARCH carries the account itself.
  if (account !== undefined) q.accountId(account);
  if (mode === "value") {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Builder)
      .dimensions({ [APPLICATION_DIMENSION]: app })
      .matchExact(true);
  } else if (mode === "increase") {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(increaseExpression(metric, app, PERIOD, account));
  } else if (mode === "watermarkLag") {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(
      watermarkLagExpression(metric, app, PERIOD, account),
    );
  } else {
    // Without a {Namespace,dims} schema, SEARCH matches every dimension set that carries the
    // application's name (per stream/shard, per partition, or Application+Flow where AWS documents a
    // Flow it does not confirm); MAX folds them into one series, so the rule sees one value.
    const escaped = app.replace(/"/g, '\\"');
    const filter = `Namespace="${FLINK_NAMESPACE}" MetricName="${metric.name}" ${APPLICATION_DIMENSION}="${escaped}"${accountSearchTerm(account)}`;
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

export function expressionStep(refId: string, model: object): RuleStep {
  return { refId, datasourceUid: EXPRESSION_DATASOURCE_UID, fromSeconds: 0, model: { ...model } };
}

export function reduceStep(refId: string, input: string, reducer: RuleReducer | "sum"): RuleStep {
  const builder = new expr.TypeReduceBuilder().refId(refId).datasource(EXPR_REF).expression(input).reducer(reducer);
  return expressionStep(refId, builder.settings({ mode: "dropNN" }).build());
}

export function mathStep(refId: string, expression: string): RuleStep {
  return expressionStep(
    refId,
    new expr.TypeMathBuilder().refId(refId).datasource(EXPR_REF).expression(expression).build(),
  );
}

export function thresholdStep(refId: string, input: string, type: "gt" | "lt", value: number): RuleStep {
  const builder = new expr.TypeThresholdBuilder().refId(refId).datasource(EXPR_REF).expression(input);
  return expressionStep(refId, builder.conditions([{ evaluator: { type, params: [value] } }]).build());
}

/**
 * The queries and expressions of a rule, in evaluation order (the last one is the condition).
 * - threshold: A = the metric, B = reduced, [C = `math` on $B], then the comparison.
 * - count: A = per-minute DIFF, B = the negative step of a counter reset removed, C = sum over the
 *   window, D = C ≥ atLeast (counts are integers, so "≥ n" is "> n − 0.5").
 * - growth: A = the metric now, B = its last value, C = the metric in the baseline window, D = its
 *   maximum, E = growth of B over D in percent (+1 byte so that an empty baseline cannot divide by
 *   zero), F = E > percent.
 */
export function querySteps(ctx: StepContext, query: RuleQuery): RuleStep[] {
  if (query.type === "count") {
    return [
      metricStep(ctx, "A", query.metric, query.windowMinutes * 60, "increase"),
      mathStep("B", "$A * ($A > 0)"),
      reduceStep(COUNT_REF_ID, "B", "sum"),
      thresholdStep("D", COUNT_REF_ID, "gt", query.atLeast - 0.5),
    ];
  }
  if (query.type === "growth") {
    const baseline = metricStep(ctx, "C", query.metric, query.baselineFromSeconds, "value");
    return [
      metricStep(ctx, "A", query.metric, query.recentSeconds, "value"),
      reduceStep("B", "A", "last"),
      { ...baseline, toSeconds: query.baselineToSeconds },
      reduceStep("D", "C", "max"),
      mathStep("E", "($B - $D) * 100 / ($D + 1)"),
      thresholdStep("F", "E", "gt", query.percent),
    ];
  }
  const steps = [
    metricStep(ctx, "A", query.metric, query.windowSeconds, query.read ?? "value"),
    reduceStep("B", "A", query.reducer),
  ];
  if (query.math !== undefined) steps.push(mathStep("C", query.math));
  const input = steps[steps.length - 1].refId;
  const refId = String.fromCharCode(input.charCodeAt(0) + 1);
  return [...steps, thresholdStep(refId, input, query.op, query.value)];
}
