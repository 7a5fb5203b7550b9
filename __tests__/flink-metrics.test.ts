import {
  FLINK_METRICS,
  FLINK_RUNTIMES,
  RUNTIME_FAMILIES,
  unavailabilityReason,
  dimensionProblems,
  FlinkMonitoringTarget,
  METRICS_LEVELS,
  findFlinkMetric,
  increaseExpression,
  levelSatisfies,
  metricNamesInExpression,
  requireMetric,
  resolveTarget,
  runtimeFamily,
  sourceLagMetric,
} from "../modules/flink-metrics";

describe("Flink metrics catalogue", () => {
  test("names are exact and the keys match them", () => {
    for (const [key, metric] of Object.entries(FLINK_METRICS)) expect(metric.name).toBe(key);
    expect(findFlinkMetric("threadsCount")).toBeDefined();
    expect(findFlinkMetric("millisBehindLatest")).toBeDefined();
    expect(findFlinkMetric("oldGenerationGCTime")).toBeDefined();
  });

  test.each([
    "RecordsReceived",
    "RecordsWritten",
    "CheckpointSize",
    "CheckpointDuration",
    "CheckpointFailures",
    "Errors",
    "threadCount",
    "millisbehindLatest",
    "Uptime",
    "toString",
  ])("%s is not catalogued", (name) => expect(findFlinkMetric(name)).toBeUndefined());

  test("every metric is published with the Application dimension set or finer ones that include it", () => {
    for (const metric of Object.values(FLINK_METRICS)) {
      expect(metric.dimensionSets.length).toBeGreaterThan(0);
      for (const set of metric.dimensionSets) expect(set).toContain("Application");
      expect(metric.dimensionSets.flat()).not.toContain("ApplicationName");
    }
  });

  // Dimension names: `Application` (AWS's metrics page), Flow/Id and Flow/Topic (the source series
  // of AWS's sample dashboard, aws-samples/kda-metrics-dashboard), Task/Operator/Parallelism (the keys
  // Grafana's CloudWatch data source lists for AWS/KinesisAnalytics). TaskName, OperatorName and
  // Subtask are none of these: a SEARCH over them matches nothing.
  test("dimension sets use only names AWS or Grafana document; sample-confirmed sets are published sets", () => {
    const documented = new Set(["Application", "Flow", "Id", "Topic", "Task", "Operator", "Parallelism"]);
    for (const metric of Object.values(FLINK_METRICS)) {
      for (const name of metric.dimensionSets.flat())
        expect({ metric: metric.name, name, ok: documented.has(name) }).toMatchObject({ ok: true });
      const sets = metric.dimensionSets.map((s) => s.join(","));
      for (const set of metric.sampleConfirmedSets) expect(sets).toContain(set.join(","));
    }
    const all = Object.values(FLINK_METRICS).flatMap((m) => m.dimensionSets.flat());
    for (const invented of ["TaskName", "OperatorName", "Subtask"]) expect(all).not.toContain(invented);
  });

  test("task-level metrics are published per {Application, Task}; finer levels are marked as unnamed", () => {
    for (const m of [
      FLINK_METRICS.backPressuredTimeMsPerSecond,
      FLINK_METRICS.busyTimeMsPerSecond,
      FLINK_METRICS.idleTimeMsPerSecond,
    ]) {
      expect(m.dimensionSets).toEqual([["Application", "Task"]]);
      expect(m.undocumentedDimensions).toBe(
        "also published at OPERATOR and PARALLELISM level, whose dimension names AWS does not document " +
          "(Grafana lists Operator and Parallelism keys): per-operator or per-subtask reads leave exact match off",
      );
    }
  });

  test("source lag series carry the dimensions of AWS's sample: Kinesis per Id, Kafka per Topic", () => {
    expect(FLINK_METRICS.millisBehindLatest.sampleConfirmedSets).toEqual([["Application", "Flow", "Id"]]);
    expect(FLINK_METRICS.records_lag_max.sampleConfirmedSets).toEqual([["Application", "Flow", "Topic"]]);
    expect(FLINK_METRICS.records_lag_max.dimensionSets.flat()).not.toContain("Id");
  });

  test("Flink 2.x state times may carry Flow: the catalogue says so and exact reads are refused", () => {
    for (const m of [FLINK_METRICS.runningTime, FLINK_METRICS.restartingTime, FLINK_METRICS.failingTime]) {
      expect(dimensionProblems(m, ["Application"], true)).toEqual([
        `${m.name} must be read without exact match: AWS documents the level as "Application, Flow"; whether a ` +
          "Flow dimension is published beside Application is not confirmed, so reads leave exact match off and " +
          "see either set",
      ]);
      expect(dimensionProblems(m, ["Application"], false)).toEqual([]);
    }
  });

  test("dimensionProblems: invented names, partial exact sets and impossible subsets are problems", () => {
    const busy = FLINK_METRICS.busyTimeMsPerSecond;
    expect(dimensionProblems(busy, ["Application", "Task"], true)).toEqual([]);
    expect(dimensionProblems(busy, ["Application", "TaskName"], true)).toEqual([
      "busyTimeMsPerSecond has no dimension TaskName (published with {Application,Task})",
    ]);
    expect(dimensionProblems(busy, ["Application"], true)).toEqual([
      "busyTimeMsPerSecond is not published with exactly {Application} (published with {Application,Task})",
    ]);
    expect(dimensionProblems(FLINK_METRICS.records_lag_max, ["Application", "Id"], false)).toEqual([
      expect.stringMatching(/records_lag_max has no dimension Id/),
    ]);
    expect(dimensionProblems(FLINK_METRICS.millisBehindLatest, ["Application"], false)).toEqual([]);
  });

  test("KPUs are published hourly; old-generation GC time is per period, not a running total", () => {
    expect(FLINK_METRICS.KPUs.publishPeriodSeconds).toBe(3600);
    expect(FLINK_METRICS.oldGenerationGCTime.kind).toBe("gauge");
    expect(() => increaseExpression(FLINK_METRICS.oldGenerationGCTime, "orders", 60)).toThrow(/not cumulative/);
  });

  test("metrics levels follow AWS's order, coarsest first", () => {
    expect(METRICS_LEVELS).toEqual(["APPLICATION", "TASK", "OPERATOR", "PARALLELISM"]);
    expect(levelSatisfies("OPERATOR", "TASK")).toBe(true);
    expect(levelSatisfies("TASK", "TASK")).toBe(true);
    expect(levelSatisfies("APPLICATION", "TASK")).toBe(false);
  });

  test("back pressure, busy and idle time need TASK; rates are read as Average", () => {
    for (const m of [
      FLINK_METRICS.backPressuredTimeMsPerSecond,
      FLINK_METRICS.busyTimeMsPerSecond,
      FLINK_METRICS.idleTimeMsPerSecond,
    ])
      expect(m.minLevel).toBe("TASK");
    for (const m of Object.values(FLINK_METRICS).filter((x) => x.kind === "rate")) expect(m.statistic).not.toBe("Sum");
  });

  // AWS's "Managed Service for Apache Flink 2.2" page (Metrics Removal): fullRestarts removed,
  // uptime/downtime deprecated for runningTime and restartingTime/cancellingTime/failingTime. Its 2.3
  // page adds no metric change: 2.3 is read as 2.2's family (modules/flink-metrics, RuntimeFamily).
  test("every runtime AWS offers is catalogued, each with its family: 1.15 to 1.20 flink-1, 2.2 and 2.3 flink-2", () => {
    expect(FLINK_RUNTIMES).toEqual(["FLINK-1_15", "FLINK-1_18", "FLINK-1_19", "FLINK-1_20", "FLINK-2_2", "FLINK-2_3"]);
    expect(Object.keys(RUNTIME_FAMILIES).sort()).toEqual([...FLINK_RUNTIMES].sort());
    expect(Object.fromEntries(FLINK_RUNTIMES.map((r) => [r, runtimeFamily(r)]))).toEqual({
      "FLINK-1_15": "flink-1",
      "FLINK-1_18": "flink-1",
      "FLINK-1_19": "flink-1",
      "FLINK-1_20": "flink-1",
      "FLINK-2_2": "flink-2",
      "FLINK-2_3": "flink-2",
    });
  });

  test.each(["FLINK-2_2", "FLINK-2_3"] as const)(
    "%s reads numRestarts and the state times, never a metric 2.2 removed or deprecated",
    (runtime) => {
      const ctx = { applicationName: "a", runtime, metricsLevel: "TASK" as const };
      for (const m of [FLINK_METRICS.fullRestarts, FLINK_METRICS.uptime, FLINK_METRICS.downtime])
        expect(unavailabilityReason(m, ctx)).toBe(`metric ${m.name} is not emitted by runtime ${runtime}`);
      for (const m of [
        FLINK_METRICS.numRestarts,
        FLINK_METRICS.runningTime,
        FLINK_METRICS.restartingTime,
        FLINK_METRICS.failingTime,
      ])
        expect(unavailabilityReason(m, ctx)).toBeUndefined();
      // Every other catalogued metric is read on both families: only job health differs.
      const jobHealth = [
        "uptime",
        "downtime",
        "fullRestarts",
        "numRestarts",
        "runningTime",
        "restartingTime",
        "failingTime",
      ];
      for (const m of Object.values(FLINK_METRICS).filter((x) => !jobHealth.includes(x.name)))
        expect({ metric: m.name, runtimes: [...m.runtimes].sort() }).toEqual({
          metric: m.name,
          runtimes: ["flink-1", "flink-2"],
        });
    },
  );

  test("runtime families: fullRestarts/downtime on 1.x only, runningTime/numRestarts on 2.x only", () => {
    expect(runtimeFamily("FLINK-2_2")).toBe("flink-2");
    expect(runtimeFamily("FLINK-2_3")).toBe("flink-2");
    expect(runtimeFamily("FLINK-1_20")).toBe("flink-1");
    const ctx2 = { applicationName: "a", runtime: "FLINK-2_2" as const, metricsLevel: "APPLICATION" as const };
    expect(() => requireMetric(FLINK_METRICS.fullRestarts, ctx2, "x")).toThrow(
      /fullRestarts is not emitted by runtime FLINK-2_2/,
    );
    expect(() => requireMetric(FLINK_METRICS.numRestarts, ctx2, "x")).not.toThrow();
    const ctx1 = { ...ctx2, runtime: "FLINK-1_18" as const };
    expect(() => requireMetric(FLINK_METRICS.runningTime, ctx1, "x")).toThrow(/runningTime/);
    expect(() => requireMetric(FLINK_METRICS.busyTimeMsPerSecond, ctx1, "panel y")).toThrow(
      /panel y: metric busyTimeMsPerSecond needs metrics level TASK or finer, but the application's metrics level is APPLICATION/,
    );
  });

  test("increase expressions diff a cumulative counter and name it exactly", () => {
    const e = increaseExpression(FLINK_METRICS.numberOfFailedCheckpoints, "orders", 60);
    expect(e).toBe(
      `DIFF(SEARCH('{AWS/KinesisAnalytics,Application} MetricName="numberOfFailedCheckpoints" Application="orders"', 'Maximum', 60))`,
    );
    expect(metricNamesInExpression(e)).toEqual(["numberOfFailedCheckpoints"]);
    expect(() => increaseExpression(FLINK_METRICS.cpuUtilization, "orders", 60)).toThrow(/not cumulative/);
  });

  test("source lag metric per source kind", () => {
    expect(sourceLagMetric("kinesis")?.name).toBe("millisBehindLatest");
    expect(sourceLagMetric("kafka")?.name).toBe("records_lag_max");
    expect(sourceLagMetric("none")).toBeUndefined();
  });

  test("runtime, metrics level and source are typed unions: unknown values do not compile", () => {
    const target = (t: FlinkMonitoringTarget) => t;
    // @ts-expect-error FLINK-3_0 is not a Managed Flink runtime
    target({ applicationName: "a", runtime: "FLINK-3_0", metricsLevel: "TASK" });
    // @ts-expect-error FLINK-2_1 is not one AWS offers
    target({ applicationName: "a", runtime: "FLINK-2_1", metricsLevel: "TASK" });
    target({ applicationName: "a", runtime: "FLINK-2_3", metricsLevel: "TASK" });
    // @ts-expect-error JOB is not a metrics level
    target({ applicationName: "a", runtime: "FLINK-2_2", metricsLevel: "JOB" });
    // @ts-expect-error pulsar is not a source kind
    target({ applicationName: "a", runtime: "FLINK-2_2", metricsLevel: "TASK", source: "pulsar" });
  });

  test("targets are validated with errors naming the field", () => {
    expect(() => resolveTarget("X", { applicationName: "a b", runtime: "FLINK-2_2", metricsLevel: "TASK" })).toThrow(
      /X: applicationName must be 1 to 128/,
    );
    expect(() =>
      resolveTarget("X", { applicationName: "a", runtime: "FLINK-2_2", metricsLevel: "TASK", logGroupName: "a b" }),
    ).toThrow(/X "a": logGroupName must be a CloudWatch log group name/);
    expect(resolveTarget("X", { applicationName: "a", runtime: "FLINK-2_2", metricsLevel: "TASK" })).toMatchObject({
      source: "none",
      family: "flink-2",
    });
  });
});
