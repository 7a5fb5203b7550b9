// Pins the query and expression models an alert rule is evaluated from (refIds, data sources,
// relative time ranges, CloudWatch queries, reduce/math/threshold expressions), the errors of a query
// that cannot work, and the catalogue helpers those queries are built with.
import {
  FLINK_METRICS,
  FlinkMetric,
  FlinkMonitoringTarget,
  applicationSearch,
  dimensionProblems,
  resolveTarget,
  watermarkLagExpression,
} from "../../modules/flink-metrics";
import { RuleQuery, RuleStep, querySteps } from "../../modules/grafana/flink-alerts/steps";

const ORDERS: FlinkMonitoringTarget = {
  applicationName: "orders",
  runtime: "FLINK-1_20",
  metricsLevel: "APPLICATION",
  source: "kinesis",
};
const PAYMENTS: FlinkMonitoringTarget = {
  applicationName: "payments",
  runtime: "FLINK-2_2",
  metricsLevel: "APPLICATION",
  source: "kafka",
};
const DS = { type: "cloudwatch", uid: "cw-uid" };
const USED_BY = 'FlinkAlertRules "orders": alert x';

/** The steps as they reach Grafana (the models serialized to JSON). */
function steps(target: FlinkMonitoringTarget, query: RuleQuery): RuleStep[] {
  return JSON.parse(
    JSON.stringify(querySteps({ target: resolveTarget("test", target), ds: DS, usedBy: USED_BY }, query)),
  );
}

/** The CloudWatch query model every rule query shares. */
function cloudWatchModel(metric: FlinkMetric, editor: Record<string, unknown>): Record<string, unknown> {
  return {
    queryMode: "Metrics",
    id: "qa",
    refId: "A",
    region: "default",
    namespace: "AWS/KinesisAnalytics",
    datasource: { type: "cloudwatch", uid: "cw-uid" },
    metricQueryType: 0,
    metricName: metric.name,
    statistic: metric.statistic,
    period: "60",
    ...editor,
    intervalMs: 60000,
    maxDataPoints: 43200,
  };
}
const EXPR = { type: "__expr__", uid: "__expr__" };
function reduce(refId: string, input: string, reducer: string): RuleStep {
  return {
    refId,
    datasourceUid: "__expr__",
    fromSeconds: 0,
    model: { expression: input, reducer, refId, type: "reduce", datasource: EXPR, settings: { mode: "dropNN" } },
  };
}
function math(refId: string, expression: string): RuleStep {
  return {
    refId,
    datasourceUid: "__expr__",
    fromSeconds: 0,
    model: { expression, refId, type: "math", datasource: EXPR },
  };
}
function threshold(refId: string, input: string, type: string, value: number): RuleStep {
  return {
    refId,
    datasourceUid: "__expr__",
    fromSeconds: 0,
    model: {
      conditions: [{ evaluator: { type, params: [value] } }],
      expression: input,
      refId,
      type: "threshold",
      datasource: EXPR,
    },
  };
}
const search = (name: string, app: string, statistic: string) =>
  `SEARCH('{AWS/KinesisAnalytics,Application} MetricName="${name}" Application="${app}"', '${statistic}', 60)`;

describe("threshold rules: A = the metric, B = reduced, [C = math], then the comparison", () => {
  test("read as a value: the {Application} series, exact match; the condition is C", () => {
    const metric = FLINK_METRICS.containerCPUUtilization;
    expect(
      steps(ORDERS, { type: "threshold", metric, windowSeconds: 300, reducer: "mean", op: "gt", value: 80 }),
    ).toStrictEqual([
      {
        refId: "A",
        datasourceUid: "cw-uid",
        fromSeconds: 300,
        model: cloudWatchModel(metric, {
          metricEditorMode: 0,
          dimensions: { Application: "orders" },
          matchExact: true,
        }),
      },
      reduce("B", "A", "mean"),
      threshold("C", "B", "gt", 80),
    ]);
  });

  test("with math on $B, the math is C and the condition is D", () => {
    const metric = FLINK_METRICS.oldGenerationGCTime;
    expect(
      steps(ORDERS, {
        type: "threshold",
        metric,
        read: "value",
        windowSeconds: 600,
        reducer: "max",
        math: "$B * 2",
        op: "lt",
        value: 7,
      }),
    ).toStrictEqual([
      {
        refId: "A",
        datasourceUid: "cw-uid",
        fromSeconds: 600,
        model: cloudWatchModel(metric, {
          metricEditorMode: 0,
          dimensions: { Application: "orders" },
          matchExact: true,
        }),
      },
      reduce("B", "A", "max"),
      math("C", "$B * 2"),
      threshold("D", "C", "lt", 7),
    ]);
  });

  test("read on the worst dimension: the highest of every series carrying the application's name", () => {
    const metric = FLINK_METRICS.millisBehindLatest;
    const [a] = steps(ORDERS, {
      type: "threshold",
      metric,
      read: "worstDimension",
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: 1,
    });
    expect(a).toStrictEqual({
      refId: "A",
      datasourceUid: "cw-uid",
      fromSeconds: 300,
      model: cloudWatchModel(metric, {
        metricEditorMode: 1,
        expression:
          `MAX(SEARCH('Namespace="AWS/KinesisAnalytics" MetricName="millisBehindLatest" Application="orders"', ` +
          `'Maximum', 60))`,
      }),
    });
  });

  test("read as watermark lag: wall clock (ms) minus the watermark of the {Application} series", () => {
    const metric = FLINK_METRICS.currentOutputWatermark;
    const [a] = steps(ORDERS, {
      type: "threshold",
      metric,
      read: "watermarkLag",
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: 1,
    });
    const series = search("currentOutputWatermark", "orders", "Minimum");
    expect(a).toStrictEqual({
      refId: "A",
      datasourceUid: "cw-uid",
      fromSeconds: 300,
      model: cloudWatchModel(metric, { metricEditorMode: 1, expression: `1000 * EPOCH(${series}) - ${series}` }),
    });
  });
});

describe("count rules: how often a cumulative counter grew within the window", () => {
  test("A = per-minute DIFF over the window, B = resets dropped, C = sum, D = C ≥ atLeast", () => {
    const metric = FLINK_METRICS.numberOfFailedCheckpoints;
    expect(steps(ORDERS, { type: "count", metric, windowMinutes: 20, atLeast: 3 })).toStrictEqual([
      {
        refId: "A",
        datasourceUid: "cw-uid",
        fromSeconds: 1200,
        model: cloudWatchModel(metric, {
          metricEditorMode: 1,
          expression: `DIFF(${search("numberOfFailedCheckpoints", "orders", "Maximum")})`,
        }),
      },
      math("B", "$A * ($A > 0)"),
      reduce("C", "B", "sum"),
      threshold("D", "C", "gt", 2.5),
    ]);
  });

  test("the dropped reset: a restart's negative step counts as 0, growth counts as is", () => {
    const expression = (
      steps(ORDERS, {
        type: "count",
        metric: FLINK_METRICS.fullRestarts,
        windowMinutes: 15,
        atLeast: 1,
      })[1].model.expression as string
    ).replace(/\$A/g, "A");
    const evaluate = (A: number): number => Function("A", `return ${expression};`)(A);
    expect([evaluate(-7), evaluate(0), evaluate(2)].map((v) => v + 0)).toEqual([0, 0, 2]);
  });
});

describe("growth rules: the newest value against an earlier window's highest, in percent", () => {
  test("A = the metric now, B = last, C = the metric in the baseline window, D = its max, E = growth in %, F = E > percent", () => {
    const metric = FLINK_METRICS.lastCheckpointSize;
    const query = {
      type: "growth",
      metric,
      recentSeconds: 3600,
      baselineFromSeconds: 108000,
      baselineToSeconds: 86400,
      percent: 50,
    } as const;
    const exact = { metricEditorMode: 0, dimensions: { Application: "orders" }, matchExact: true };
    expect(steps(ORDERS, query)).toStrictEqual([
      { refId: "A", datasourceUid: "cw-uid", fromSeconds: 3600, model: cloudWatchModel(metric, exact) },
      reduce("B", "A", "last"),
      {
        refId: "C",
        datasourceUid: "cw-uid",
        fromSeconds: 108000,
        toSeconds: 86400,
        model: { ...cloudWatchModel(metric, exact), refId: "C", id: "qc" },
      },
      reduce("D", "C", "max"),
      math("E", "($B - $D) * 100 / ($D + 1)"),
      threshold("F", "E", "gt", 50),
    ]);
  });
});

describe("queries that cannot work are refused naming the rule", () => {
  const base = { type: "threshold", windowSeconds: 300, reducer: "last", op: "gt", value: 1 } as const;

  test("a metric the runtime does not emit", () => {
    expect(() => steps(PAYMENTS, { ...base, metric: FLINK_METRICS.downtime })).toThrow(
      `${USED_BY}: metric downtime is not emitted by runtime FLINK-2_2`,
    );
    expect(() =>
      steps(PAYMENTS, { type: "count", metric: FLINK_METRICS.fullRestarts, windowMinutes: 15, atLeast: 1 }),
    ).toThrow(`${USED_BY}: metric fullRestarts is not emitted by runtime FLINK-2_2`);
  });

  test("a metric above the application's metrics level", () => {
    expect(() => steps(ORDERS, { ...base, metric: FLINK_METRICS.busyTimeMsPerSecond })).toThrow(
      `${USED_BY}: metric busyTimeMsPerSecond needs metrics level TASK or finer, but the application's ` +
        "metrics level is APPLICATION",
    );
  });
});

describe("catalogue helpers the queries are built with", () => {
  test("application search: the {Application} series, a double quote in the name escaped", () => {
    expect(applicationSearch(FLINK_METRICS.uptime, "$application", 300)).toBe(
      `SEARCH('{AWS/KinesisAnalytics,Application} MetricName="uptime" Application="$application"', 'Maximum', 300)`,
    );
    expect(applicationSearch(FLINK_METRICS.uptime, 'a"b', 60)).toBe(
      `SEARCH('{AWS/KinesisAnalytics,Application} MetricName="uptime" Application="a\\"b"', 'Maximum', 60)`,
    );
  });

  test("watermark lag only for a watermark metric", () => {
    const series = search("currentInputWatermark", "orders", "Minimum");
    expect(watermarkLagExpression(FLINK_METRICS.currentInputWatermark, "orders", 60)).toBe(
      `1000 * EPOCH(${series}) - ${series}`,
    );
    expect(() => watermarkLagExpression(FLINK_METRICS.uptime, "orders", 60)).toThrow(
      "watermarkLagExpression: uptime is not a watermark",
    );
  });

  test("the worst-dimension query escapes a double quote in the application name", () => {
    const target = { ...resolveTarget("test", ORDERS), applicationName: 'or"ders' };
    const [a] = querySteps(
      { target, ds: DS, usedBy: USED_BY },
      {
        type: "threshold",
        metric: FLINK_METRICS.millisBehindLatest,
        read: "worstDimension",
        windowSeconds: 300,
        reducer: "mean",
        op: "gt",
        value: 1,
      },
    );
    expect(a.model.expression).toBe(
      `MAX(SEARCH('Namespace="AWS/KinesisAnalytics" MetricName="millisBehindLatest" Application="or\\"ders"', ` +
        `'Maximum', 60))`,
    );
  });
});

// Exact reads must name one whole published set; reads without exact match a subset of one. The
// messages reach users through dashboard panels, so they list every published set.
describe("dimension problems", () => {
  const twoSets: FlinkMetric = {
    ...FLINK_METRICS.cpuUtilization,
    name: "twoSets",
    dimensionSets: [
      ["Application", "Task"],
      ["Application", "Flow", "Id"],
    ],
  };

  test.each(
    (
      [
        // metric, dimensions, exact match, problems
        [FLINK_METRICS.numRecordsOutPerSecond, ["Application"], true, []],
        [FLINK_METRICS.numRecordsOutPerSecond, ["Task", "Application"], true, []],
        [
          FLINK_METRICS.numRecordsOutPerSecond,
          ["Application", "Operator"],
          true,
          ["numRecordsOutPerSecond has no dimension Operator (published with {Application} or {Application,Task})"],
        ],
        [
          FLINK_METRICS.numRecordsOutPerSecond,
          ["Task"],
          true,
          [
            "numRecordsOutPerSecond is not published with exactly {Task} (published with {Application} or {Application,Task})",
          ],
        ],
        [
          FLINK_METRICS.uptime,
          ["Application", "Application"],
          true,
          ["uptime is not published with exactly {Application,Application} (published with {Application})"],
        ],
        [
          twoSets,
          ["Task", "Flow"],
          true,
          [
            "twoSets is not published with exactly {Task,Flow} (published with {Application,Task} or {Application,Flow,Id})",
          ],
        ],
        [twoSets, ["Id", "Flow", "Application"], true, []],
        [twoSets, ["Task"], false, []],
        [twoSets, ["Flow", "Id"], false, []],
        [
          twoSets,
          ["Task", "Id"],
          false,
          ["no published set of twoSets holds {Task,Id} (published with {Application,Task} or {Application,Flow,Id})"],
        ],
        [FLINK_METRICS.numRecordsOutPerSecond, [], false, []],
      ] as [FlinkMetric, string[], boolean, string[]][]
    ).map(([metric, ...rest]) => [metric.name, ...rest, metric] as const),
  )("%s read by %p (exact %p)", (_name, dimensions, matchExact, problems, metric) => {
    expect(dimensionProblems(metric, dimensions, matchExact)).toStrictEqual(problems);
  });

  test("metric and dimension names are case-sensitive", () => {
    expect(dimensionProblems(FLINK_METRICS.uptime, ["application"], true)).toStrictEqual([
      "uptime has no dimension application (published with {Application})",
    ]);
  });
});
