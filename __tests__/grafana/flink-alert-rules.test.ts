// Pins what on-call people and Grafana see of each Flink alert rule: title, summary and description
// (with the metric, threshold and unit they state), labels, annotations and runbook link, the rule
// group's settings, threshold validation, detection-time arithmetic and the dashboard link.
import { Testing, TerraformStack } from "cdktn";
import { PRODUCTION_APP } from "../support/synth";
import { FLINK_METRICS, FlinkMonitoringTarget, resolveTarget } from "../../modules/flink-metrics";
import {
  AlertRuleDefinition,
  AlertRuleSpec,
  FlinkAlertRules,
  FlinkAlertRulesProps,
  THRESHOLD_SPECS,
  ThresholdName,
  alertRuleDefinitions,
  buildAlertRules,
  dashboardLinkAnnotations,
  defaultThresholds,
  detectionTime,
  durationSeconds,
  panelIdsByMetric,
  resolveThresholds,
  toRuleBlock,
} from "../../modules/grafana/flink-alerts";
import { stableUid } from "../../modules/grafana/uid";

const ORDERS = {
  applicationName: "orders",
  runtime: "FLINK-1_20",
  metricsLevel: "APPLICATION",
  source: "kinesis",
} as const satisfies FlinkMonitoringTarget;
const PAYMENTS = {
  applicationName: "payments",
  runtime: "FLINK-2_2",
  metricsLevel: "APPLICATION",
  source: "kafka",
} as const satisfies FlinkMonitoringTarget;

function props(target: FlinkMonitoringTarget, extra: Partial<FlinkAlertRulesProps> = {}): FlinkAlertRulesProps {
  return {
    target,
    folderUid: "flinkobs-test-flink",
    dataSource: { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" },
    environment: "test",
    uidPrefix: "flinkobs-test",
    runbookBaseUrl: "https://runbooks.example.com/flink",
    ...extra,
  };
}

function rulesByKind(p: FlinkAlertRulesProps): Record<string, AlertRuleSpec> {
  return Object.fromEntries(buildAlertRules(p).map((r) => [r.kind, r]));
}

const JOB_DOWN_NO_DATA = " An application that stops reporting is paged by its silence alarm instead.";
/** The restarts rule's severity: warning, critical for each instance from 3 restarts in the window (a crash loop). */
const RESTARTS_SEVERITY = '{{ if gt (index $values "C").Value 2.5 }}critical{{ else }}warning{{ end }}';

// kind, title, severity, for, no data, exec error, summary, description (Flink 1.x, Kinesis source, defaults)
const ORDERS_RULES: [string, string, string, string, string, string, string, string][] = [
  [
    "jobDown",
    "orders: job down",
    "critical",
    "0s",
    "OK",
    "Error",
    "Flink application orders is down",
    "downtime is above 30000 ms: the job is failing or restarting and processes nothing. Check the exceptions " +
      "panel and the application's log group." +
      JOB_DOWN_NO_DATA,
  ],
  [
    "restarts",
    "orders: restarting",
    RESTARTS_SEVERITY,
    "0s",
    "OK",
    "Error",
    "Flink application orders restarted",
    "fullRestarts grew by at least 1 in 15 minutes; from 3 it is a crash loop and critical. Repeated restarts " +
      "usually mean a poison record, a failing sink or memory pressure.",
  ],
  [
    "failedCheckpoints",
    "orders: checkpoints failing",
    "warning",
    "0s",
    "OK",
    "Error",
    "Checkpoints of orders are failing",
    "numberOfFailedCheckpoints grew by at least 1 in 15 minutes. Without checkpoints a restart replays from an " +
      "old position.",
  ],
  [
    "checkpointDuration",
    "orders: slow checkpoints",
    "warning",
    "0s",
    "OK",
    "Error",
    "Checkpoints of orders take longer than 60000 ms",
    "lastCheckpointDuration stayed above 60000 ms for 10 minutes (every datapoint); long checkpoints come from " +
      "back pressure or growing state and end in checkpoint timeouts.",
  ],
  [
    "checkpointSize",
    "orders: checkpoint size growing",
    "warning",
    "0s",
    "OK",
    "Error",
    "Checkpoints of orders grew by more than 100% in a day",
    "lastCheckpointSize is more than 100% above its largest value in the same six hours a day ago: state is not " +
      "being expired (unbounded keys, windows that never fire) and will slow checkpoints and restores.",
  ],
  [
    "throughputStall",
    "orders: output stalled",
    "warning",
    "0s",
    "OK",
    "Error",
    "orders emits (almost) no records",
    "numRecordsOutPerSecond stayed below 0.01 records/s in every minute of the last 10 minutes while the job " +
      "reports metrics: a stalled sink, back pressure or an input that stopped. If this application's input " +
      "pauses by design, raise or disable this alert for it.",
  ],
  [
    "cpu",
    "orders: high CPU",
    "warning",
    "0s",
    "OK",
    "Error",
    "CPU of orders above 80%",
    "The hottest TaskManager container averaged more than 80% CPU over 10 minutes; the application needs " +
      "more KPUs or is about to fall behind.",
  ],
  [
    "heapMemory",
    "orders: high heap",
    "warning",
    "0s",
    "OK",
    "Error",
    "Heap of orders above 90%",
    "The fullest TaskManager heap averaged more than 90% over 10 minutes; expect long old-generation GCs " +
      "and OutOfMemoryError restarts.",
  ],
  [
    "oldGenerationGc",
    "orders: long old-generation GC",
    "warning",
    "0s",
    "OK",
    "Error",
    "orders spends more than 10% of its time in old-generation GC",
    "oldGenerationGCTime averaged more than 10% of each minute over 5 minutes: the heap is too small or leaks; " +
      "expect pauses, missed heartbeats and restarts.",
  ],
  [
    "threads",
    "orders: too many threads",
    "warning",
    "0s",
    "OK",
    "Error",
    "orders runs more than 1000 threads",
    "threadsCount averaged more than 1000 over 10 minutes: usually a thread leak (clients created per record " +
      "or per checkpoint and never closed).",
  ],
  [
    "containerMemory",
    "orders: high container memory",
    "critical",
    "5m",
    "OK",
    "Error",
    "Container memory of orders above 90%",
    "A TaskManager container averaged more than 90% memory over 5 minutes, for 5 minutes; the container is " +
      "close to being OOM-killed.",
  ],
  [
    "sourceLag",
    "orders: source falling behind",
    "warning",
    "0s",
    "OK",
    "Error",
    "orders is falling behind its kinesis source",
    "millisBehindLatest averaged more than 60000 ms over 5 minutes on the worst shard: the application does not " +
      "keep up with its input.",
  ],
  [
    "watermarkLag",
    "orders: event time falling behind",
    "warning",
    "0s",
    "OK",
    "Error",
    "Event time of orders trails the wall clock by more than 600000 ms",
    "The output watermark averaged more than 600000 ms behind the wall clock over 5 minutes: a source partition " +
      "or subtask stopped emitting watermarks, or the job processes ever older events.",
  ],
];

describe("what on-call people read (Flink 1.x application with a Kinesis source, default thresholds)", () => {
  test("the rules come in display order, one per recommended alarm", () => {
    expect(buildAlertRules(props(ORDERS)).map((r) => r.kind)).toEqual(ORDERS_RULES.map((row) => row[0]));
  });

  test.each(ORDERS_RULES)(
    "%s: title %p, severity %s, for %s, no data %s, error %s, with its summary and description",
    (kind, title, severity, pending, noData, execErr, summary, description) => {
      const rule = rulesByKind(props(ORDERS))[kind];
      expect(rule.title).toBe(title);
      expect(rule.labels.severity).toBe(severity);
      expect(rule.for).toBe(pending);
      expect(rule.noDataState).toBe(noData);
      expect(rule.execErrState).toBe(execErr);
      expect(rule.annotations.summary).toBe(summary);
      expect(rule.annotations.description).toBe(description);
    },
  );
});

describe("what on-call people read (Flink 2.2 application with a Kafka source)", () => {
  // kind, title, summary, description: the rules whose metric or wording differs from Flink 1.x.
  test.each([
    [
      "jobDown",
      "payments: job not running",
      "Flink application payments is not running",
      "restartingTime is above 30000 ms: the job is restarting and processes nothing." + JOB_DOWN_NO_DATA,
    ],
    [
      "restarts",
      "payments: restarting",
      "Flink application payments restarted",
      "numRestarts grew by at least 1 in 15 minutes; from 3 it is a crash loop and critical. Repeated restarts " +
        "usually mean a poison record, a failing sink or memory pressure.",
    ],
    [
      "sourceLag",
      "payments: source falling behind",
      "payments is falling behind its kafka source",
      "records_lag_max averaged more than 100000 records over 5 minutes on the worst partition: the application " +
        "does not keep up with its input.",
    ],
  ])("%s: %p", (kind, title, summary, description) => {
    const rule = rulesByKind(props(PAYMENTS))[kind];
    expect(rule.title).toBe(title);
    expect(rule.annotations.summary).toBe(summary);
    expect(rule.annotations.description).toBe(description);
  });

  test("every other rule reads as on Flink 1.x, with the application's own name", () => {
    const payments = rulesByKind(props(PAYMENTS));
    const rename = (text: string) => text.replace(/\borders\b/g, "payments");
    for (const [kind, title, severity, pending, noData, execErr, summary, description] of ORDERS_RULES) {
      if (["jobDown", "restarts", "sourceLag"].includes(kind)) continue;
      expect({ kind, ...payments[kind].annotations, title: payments[kind].title }).toMatchObject({
        kind,
        title: rename(title),
        summary: rename(summary),
        description: rename(description),
      });
      expect([payments[kind].labels.severity, payments[kind].for]).toEqual([severity, pending]);
      expect([payments[kind].noDataState, payments[kind].execErrState]).toEqual([noData, execErr]);
    }
  });

  test("a Kafka source's lag is judged against kafkaLagRecords, in records, never kinesisLagMs", () => {
    const rule = rulesByKind(
      props(PAYMENTS, { alerts: { thresholds: { kafkaLagRecords: 2500, kinesisLagMs: 7000 } } }),
    ).sourceLag;
    expect(rule.annotations.description).toBe(
      "records_lag_max averaged more than 2500 records over 5 minutes on the worst partition: the application " +
        "does not keep up with its input.",
    );
    expect((rule.steps.at(-1)!.model as any).conditions[0].evaluator).toEqual({ type: "gt", params: [2500] });
  });
});

describe("the text follows the configured thresholds", () => {
  const overrides: Partial<Record<ThresholdName, number>> = {
    jobDownMs: 45_000,
    restartsThreshold: 3,
    restartsWindowMinutes: 30,
    crashLoopRestarts: 5,
    failedCheckpointsThreshold: 2,
    failedCheckpointsWindowMinutes: 60,
    checkpointDurationMs: 120_000,
    checkpointSizeGrowthPercent: 250,
    minRecordsOutPerSecond: 5,
    cpuPercent: 70,
    heapMemoryPercent: 85,
    containerMemoryPercent: 95,
    oldGenerationGcPercent: 20,
    maxThreads: 500,
    kinesisLagMs: 120_000,
    watermarkLagMs: 900_000,
  };
  // kind, summary, the fact the description starts with
  test.each([
    ["jobDown", "Flink application orders is down", "downtime is above 45000 ms: "],
    [
      "restarts",
      "Flink application orders restarted",
      "fullRestarts grew by at least 3 in 30 minutes; from 5 it is a crash loop and critical. ",
    ],
    [
      "failedCheckpoints",
      "Checkpoints of orders are failing",
      "numberOfFailedCheckpoints grew by at least 2 in 60 minutes. ",
    ],
    [
      "checkpointDuration",
      "Checkpoints of orders take longer than 120000 ms",
      "lastCheckpointDuration stayed above 120000 ms for 10 minutes",
    ],
    [
      "checkpointSize",
      "Checkpoints of orders grew by more than 250% in a day",
      "lastCheckpointSize is more than 250% above its largest value in the same six hours a day ago",
    ],
    ["throughputStall", "orders emits (almost) no records", "numRecordsOutPerSecond stayed below 5 records/s "],
    ["cpu", "CPU of orders above 70%", "The hottest TaskManager container averaged more than 70% CPU "],
    ["heapMemory", "Heap of orders above 85%", "The fullest TaskManager heap averaged more than 85% "],
    ["containerMemory", "Container memory of orders above 95%", "A TaskManager container averaged more than 95% "],
    [
      "oldGenerationGc",
      "orders spends more than 20% of its time in old-generation GC",
      "oldGenerationGCTime averaged more than 20% of each minute",
    ],
    ["threads", "orders runs more than 500 threads", "threadsCount averaged more than 500 over 10 minutes"],
    ["sourceLag", "orders is falling behind its kinesis source", "millisBehindLatest averaged more than 120000 ms "],
    [
      "watermarkLag",
      "Event time of orders trails the wall clock by more than 900000 ms",
      "The output watermark averaged more than 900000 ms behind",
    ],
  ])("%s: %p", (kind, summary, fact) => {
    const rule = rulesByKind(props(ORDERS, { alerts: { thresholds: overrides } }))[kind];
    expect(rule.annotations.summary).toBe(summary);
    expect(rule.annotations.description.startsWith(fact)).toBe(true);
  });
});

describe("jobDown treats no data as OK: silence is paged by the application's CloudWatch alarm", () => {
  test.each([
    [
      "Flink 1.x",
      ORDERS,
      "downtime is above 30000 ms: the job is failing or restarting and processes nothing. Check the exceptions panel and the application's log group.",
    ],
    ["Flink 2.2", PAYMENTS, "restartingTime is above 30000 ms: the job is restarting and processes nothing."],
  ])("%s: no data → OK, error → Error, and the description says where silence pages", (_name, target, fact) => {
    const jobDown = rulesByKind(props(target)).jobDown;
    expect(jobDown.noDataState).toBe("OK");
    expect(jobDown.execErrState).toBe("Error");
    expect(jobDown.annotations.description).toBe(fact + JOB_DOWN_NO_DATA);
  });
});

describe("what each rule reads and when it fires (the declared query)", () => {
  const declared = (rule: AlertRuleDefinition) => {
    const q = rule.query as any;
    return {
      ...q,
      metric: q.metric.name,
    };
  };
  test("Flink 1.x, Kinesis source, default thresholds", () => {
    const rules = alertRuleDefinitions(resolveTarget("test", ORDERS), defaultThresholds());
    expect(Object.fromEntries(rules.map((r) => [r.kind, declared(r)]))).toStrictEqual({
      jobDown: {
        type: "threshold",
        metric: "downtime",
        windowSeconds: 300,
        reducer: "last",
        op: "gt",
        value: 30000,
      },
      restarts: { type: "count", metric: "fullRestarts", windowMinutes: 15, atLeast: 1 },
      failedCheckpoints: { type: "count", metric: "numberOfFailedCheckpoints", windowMinutes: 15, atLeast: 1 },
      checkpointDuration: {
        type: "threshold",
        metric: "lastCheckpointDuration",
        windowSeconds: 600,
        reducer: "min",
        op: "gt",
        value: 60000,
      },
      checkpointSize: {
        type: "growth",
        metric: "lastCheckpointSize",
        recentSeconds: 3600,
        baselineFromSeconds: 108000,
        baselineToSeconds: 86400,
        percent: 100,
      },
      throughputStall: {
        type: "threshold",
        metric: "numRecordsOutPerSecond",
        windowSeconds: 600,
        reducer: "max",
        op: "lt",
        value: 0.01,
      },
      cpu: {
        type: "threshold",
        metric: "containerCPUUtilization",
        windowSeconds: 600,
        reducer: "mean",
        op: "gt",
        value: 80,
      },
      heapMemory: {
        type: "threshold",
        metric: "heapMemoryUtilization",
        windowSeconds: 600,
        reducer: "mean",
        op: "gt",
        value: 90,
      },
      oldGenerationGc: {
        type: "threshold",
        metric: "oldGenerationGCTime",
        windowSeconds: 300,
        reducer: "mean",
        math: "$B * 100 / 60000",
        op: "gt",
        value: 10,
      },
      threads: {
        type: "threshold",
        metric: "threadsCount",
        windowSeconds: 600,
        reducer: "mean",
        op: "gt",
        value: 1000,
      },
      containerMemory: {
        type: "threshold",
        metric: "containerMemoryUtilization",
        windowSeconds: 300,
        reducer: "mean",
        op: "gt",
        value: 90,
      },
      sourceLag: {
        type: "threshold",
        metric: "millisBehindLatest",
        read: "worstDimension",
        windowSeconds: 300,
        reducer: "mean",
        op: "gt",
        value: 60000,
      },
      watermarkLag: {
        type: "threshold",
        metric: "currentOutputWatermark",
        read: "watermarkLag",
        windowSeconds: 300,
        reducer: "mean",
        math: "$B * ($B < 1000000000000)",
        op: "gt",
        value: 600000,
      },
    });
    // The outage itself must last jobDownMs before downtime can cross it.
    expect(rules.map((r) => r.holdSeconds ?? 0)).toEqual([30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("Flink 2.2, Kafka source: job health from the state times and numRestarts, lag from records_lag_max", () => {
    const rules = alertRuleDefinitions(resolveTarget("test", PAYMENTS), {
      ...defaultThresholds(),
      jobDownMs: 60_000,
    });
    const k = Object.fromEntries(rules.map((r) => [r.kind, declared(r)]));
    expect(k.jobDown).toStrictEqual({
      type: "threshold",
      metric: "restartingTime",
      read: "worstDimension",
      windowSeconds: 300,
      reducer: "last",
      op: "gt",
      value: 60000,
    });
    expect(rules[0].holdSeconds).toBe(60);
    expect(k.restarts).toStrictEqual({ type: "count", metric: "numRestarts", windowMinutes: 15, atLeast: 1 });
    expect(k.sourceLag).toStrictEqual({
      type: "threshold",
      metric: "records_lag_max",
      read: "worstDimension",
      windowSeconds: 300,
      reducer: "mean",
      op: "gt",
      value: 100000,
    });
  });

  test("no source, no source-lag rule", () => {
    const rules = alertRuleDefinitions(resolveTarget("test", { ...ORDERS, source: "none" }), defaultThresholds());
    expect(rules.map((r) => r.kind)).not.toContain("sourceLag");
    expect(rules).toHaveLength(12);
  });
});

describe("labels, annotations and uids of the rule specs", () => {
  test.each(ORDERS_RULES.map((row) => [row[0], row[2]]))(
    "%s: labels route on severity %s, environment, application, runtime, alert and team",
    (kind, severity) => {
      expect(rulesByKind(props(ORDERS))[kind].labels).toStrictEqual({
        severity,
        environment: "test",
        application: "orders",
        runtime: "FLINK-1_20",
        alert: kind,
        team: "flink",
      });
    },
  );

  test("uids are the prefix, the application and the alert; each spec names the metric it reads", () => {
    const rules = buildAlertRules(props(PAYMENTS));
    expect(rules.map((r) => r.uid)).toEqual(rules.map((r) => stableUid("flinkobs-test", "payments", r.kind)));
    expect(rules.find((r) => r.kind === "cpu")!.uid).toBe("flinkobs-test-payments-cpu");
    expect(rules.map((r) => r.metrics.map((m) => m.name))).toEqual([
      ["restartingTime"],
      ["numRestarts"],
      ["numberOfFailedCheckpoints"],
      ["lastCheckpointDuration"],
      ["lastCheckpointSize"],
      ["numRecordsOutPerSecond"],
      ["containerCPUUtilization"],
      ["heapMemoryUtilization"],
      ["oldGenerationGCTime"],
      ["threadsCount"],
      ["containerMemoryUtilization"],
      ["records_lag_max"],
      ["currentOutputWatermark"],
    ]);
  });

  test.each([
    ["jobDown", "https://runbooks.example.com/flink#jobdown"],
    ["failedCheckpoints", "https://runbooks.example.com/flink#failedcheckpoints"],
    ["checkpointDuration", "https://runbooks.example.com/flink#checkpointduration"],
    ["oldGenerationGc", "https://runbooks.example.com/flink#oldgenerationgc"],
    ["watermarkLag", "https://runbooks.example.com/flink#watermarklag"],
  ])("%s links to the runbook anchor %s", (kind, url) => {
    expect(rulesByKind(props(ORDERS))[kind].annotations.runbook_url).toBe(url);
  });

  test("a rule whose metric has a panel links to that panel (both annotations); the others to none", () => {
    const dashboard = { uid: "flinkobs-test-app-orders", panelIds: { downtime: 3, containerCPUUtilization: 0 } };
    const k = rulesByKind(props(ORDERS, { dashboard }));
    expect(k.jobDown.annotations).toStrictEqual({
      summary: "Flink application orders is down",
      description: ORDERS_RULES[0][7],
      runbook_url: "https://runbooks.example.com/flink#jobdown",
      __dashboardUid__: "flinkobs-test-app-orders",
      __panelId__: "3",
    });
    // Panel 0 is a panel id like any other.
    expect(k.cpu.annotations).toStrictEqual({
      summary: "CPU of orders above 80%",
      description: ORDERS_RULES[6][7],
      runbook_url: "https://runbooks.example.com/flink#cpu",
      __dashboardUid__: "flinkobs-test-app-orders",
      __panelId__: "0",
    });
    expect(k.heapMemory.annotations).toStrictEqual({
      summary: "Heap of orders above 90%",
      description: ORDERS_RULES[7][7],
      runbook_url: "https://runbooks.example.com/flink#heapmemory",
    });
  });

  test("an unknown alert in disabled is refused naming the application and the known alerts", () => {
    expect(() => buildAlertRules(props(ORDERS, { alerts: { disabled: ["cpu", "jobUp" as any] } }))).toThrow(
      'FlinkAlertRules "orders": disabled contains unknown alert "jobUp" (known: jobDown, restarts, ' +
        "failedCheckpoints, checkpointDuration, checkpointSize, throughputStall, cpu, heapMemory, oldGenerationGc, " +
        "threads, containerMemory, sourceLag, watermarkLag)",
    );
  });

  test("the owner named in errors is the caller's", () => {
    expect(() => buildAlertRules(props(ORDERS, { alerts: { disabled: ["jobUp" as any] } }), "FlinkMonitoring")).toThrow(
      /^FlinkMonitoring "orders": disabled contains unknown alert "jobUp"/,
    );
  });

  test("disabled alerts are left out and the rest keep their order", () => {
    const rules = buildAlertRules(props(ORDERS, { alerts: { disabled: ["jobDown", "cpu", "watermarkLag"] } }));
    expect(rules.map((r) => r.kind)).toEqual([
      "restarts",
      "failedCheckpoints",
      "checkpointDuration",
      "checkpointSize",
      "throughputStall",
      "heapMemory",
      "oldGenerationGc",
      "threads",
      "containerMemory",
      "sourceLag",
    ]);
  });
});

describe("the provider block of a rule", () => {
  test("a threshold rule: every field, the query and expression models as JSON, never paused", () => {
    const dashboard = { uid: "flinkobs-test-app-orders", panelIds: { containerCPUUtilization: 12 } };
    const block = toRuleBlock(rulesByKind(props(ORDERS, { dashboard })).cpu);
    const { data, ...rest } = block;
    expect(rest).toStrictEqual({
      uid: "flinkobs-test-orders-cpu",
      name: "orders: high CPU",
      for: "0s",
      condition: "C",
      noDataState: "OK",
      execErrState: "Error",
      labels: {
        severity: "warning",
        environment: "test",
        application: "orders",
        runtime: "FLINK-1_20",
        alert: "cpu",
        team: "flink",
      },
      annotations: {
        summary: "CPU of orders above 80%",
        description: ORDERS_RULES[6][7],
        runbook_url: "https://runbooks.example.com/flink#cpu",
        __dashboardUid__: "flinkobs-test-app-orders",
        __panelId__: "12",
      },
      isPaused: false,
    });
    const rows = (data as any[]).map((d) => ({ ...d, model: JSON.parse(d.model) }));
    expect(rows).toStrictEqual([
      {
        refId: "A",
        datasourceUid: "flinkobs-test-cloudwatch",
        queryType: "",
        relativeTimeRange: { from: 600, to: 0 },
        model: {
          queryMode: "Metrics",
          id: "qa",
          refId: "A",
          region: "default",
          namespace: "AWS/KinesisAnalytics",
          datasource: { type: "cloudwatch", uid: "flinkobs-test-cloudwatch" },
          metricQueryType: 0,
          metricName: "containerCPUUtilization",
          statistic: "Maximum",
          period: "60",
          metricEditorMode: 0,
          dimensions: { Application: "orders" },
          matchExact: true,
          intervalMs: 60000,
          maxDataPoints: 43200,
        },
      },
      {
        refId: "B",
        datasourceUid: "__expr__",
        queryType: "",
        relativeTimeRange: { from: 0, to: 0 },
        model: {
          expression: "A",
          reducer: "mean",
          refId: "B",
          type: "reduce",
          datasource: { type: "__expr__", uid: "__expr__" },
          settings: { mode: "dropNN" },
        },
      },
      {
        refId: "C",
        datasourceUid: "__expr__",
        queryType: "",
        relativeTimeRange: { from: 0, to: 0 },
        model: {
          conditions: [{ evaluator: { type: "gt", params: [80] } }],
          expression: "B",
          refId: "C",
          type: "threshold",
          datasource: { type: "__expr__", uid: "__expr__" },
        },
      },
    ]);
  });

  test.each([
    [
      "jobDown",
      "C",
      [
        [300, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    [
      "restarts",
      "D",
      [
        [900, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    // The last hour, and the baseline: from 30 h to 24 h ago.
    [
      "checkpointSize",
      "F",
      [
        [3600, 0],
        [0, 0],
        [108000, 86400],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    [
      "oldGenerationGc",
      "D",
      [
        [300, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    [
      "throughputStall",
      "C",
      [
        [600, 0],
        [0, 0],
        [0, 0],
      ],
    ],
  ])("%s: the condition is %s; relative time ranges %p", (kind, condition, ranges) => {
    const block = toRuleBlock(rulesByKind(props(PAYMENTS))[kind]);
    expect(block.condition).toBe(condition);
    expect((block.data as any[]).map((d) => d.relativeTimeRange)).toStrictEqual(
      ranges.map(([from, to]) => ({ from, to })),
    );
    expect((block.data as any[]).map((d) => d.queryType)).toStrictEqual(ranges.map(() => ""));
  });
});

describe("the rule group", () => {
  function synthGroups(p: FlinkAlertRulesProps): { construct: FlinkAlertRules; groups: any[] } {
    const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "rules");
    const construct = new FlinkAlertRules(stack, "orders", p);
    const json = JSON.parse(Testing.synth(stack));
    return { construct, groups: Object.values(json.resource?.grafana_rule_group ?? {}) };
  }

  const PAGING = ["jobDown", "restarts", "containerMemory"];

  test("two groups per application: the rules that can page every 60 s, the warnings every 10 minutes", () => {
    const { construct, groups } = synthGroups(props(ORDERS));
    expect(construct.groups).toHaveLength(2);
    expect(construct.rules).toHaveLength(13);
    expect(groups).toHaveLength(2);
    const [critical, warnings] = groups;
    expect(critical).toMatchObject({ name: "flink-orders", folder_uid: "flinkobs-test-flink", interval_seconds: 60 });
    expect(warnings).toMatchObject({
      name: "flink-orders-warnings",
      folder_uid: "flinkobs-test-flink",
      interval_seconds: 600,
    });
    const rows = (kinds: (kind: string) => boolean) => ORDERS_RULES.filter((row) => kinds(row[0]));
    expect(critical.rule.map((r: any) => r.name)).toEqual(rows((k) => PAGING.includes(k)).map((row) => row[1]));
    expect(warnings.rule.map((r: any) => r.name)).toEqual(rows((k) => !PAGING.includes(k)).map((row) => row[1]));
    for (const group of groups) expect(group.rule.map((r: any) => r.is_paused)).toEqual(group.rule.map(() => false));
    // No order between the groups: Grafana moves a rule whose uid it finds in another group, keeping its
    // state; an edge would make Terraform delete and re-create it instead.
    expect(warnings.depends_on).toBeUndefined();
  });

  test("a page of an application expected to run outlives its series by a week on 12.4; warnings resolve as Grafana does", () => {
    const missingSeries = (group: any) => group.rule.map((r: any) => r.missing_series_evals_to_resolve);
    const [critical, warnings] = synthGroups(props(ORDERS)).groups;
    // 604800 s / 60 s: Grafana keeps the firing instance (and its notifications) until then.
    expect(missingSeries(critical)).toEqual([10080, 10080, 10080]);
    expect(missingSeries(warnings)).toEqual(warnings.rule.map(() => undefined));
    for (const rule of warnings.rule) expect(rule).not.toHaveProperty("missing_series_evals_to_resolve");
    // The week is counted in evaluations of the paging group.
    expect(missingSeries(synthGroups(props(ORDERS, { intervalSeconds: 120 })).groups[0])).toEqual([5040, 5040, 5040]);
    expect(missingSeries(synthGroups(props(ORDERS, { intervalSeconds: 3600 })).groups[0])).toEqual([168, 168, 168]);
  });

  test.each([
    ["an application not expected to run", { expectedToRun: false }],
    ["Grafana 10.4, which does not know the field", { grafanaVersion: "10.4" }],
  ] as const)("%s: no rule carries missing_series_evals_to_resolve", (_name, extra) => {
    const { construct, groups } = synthGroups(props(ORDERS, extra));
    expect(construct.rules.map((r) => r.missingSeriesEvalsToResolve)).toEqual(construct.rules.map(() => undefined));
    for (const group of groups)
      for (const rule of group.rule) {
        expect(rule).not.toHaveProperty("missing_series_evals_to_resolve");
        expect(rule.exec_err_state).toBe("Error");
      }
  });

  test.each([10, 120, 3600])("an evaluation interval of %i s is accepted, for either group", (seconds) => {
    const { groups } = synthGroups(props(ORDERS, { intervalSeconds: seconds, warningIntervalSeconds: seconds }));
    expect(groups.map((g) => g.interval_seconds)).toEqual([seconds, seconds]);
  });

  test.each([9, 0, -60, 3601, 30.5, Number.NaN])("an evaluation interval of %p s is refused", (seconds) => {
    expect(() => synthGroups(props(ORDERS, { intervalSeconds: seconds }))).toThrow(
      `FlinkAlertRules "orders": intervalSeconds must be an integer from 10 to 3600, got ${seconds}`,
    );
    expect(() => synthGroups(props(ORDERS, { warningIntervalSeconds: seconds }))).toThrow(
      `FlinkAlertRules "orders": warningIntervalSeconds must be an integer from 10 to 3600, got ${seconds}`,
    );
  });

  test("some alerts disabled: the groups hold the rest; only warnings left: one group", () => {
    const { construct, groups } = synthGroups(props(ORDERS, { alerts: { disabled: ["cpu"] } }));
    expect(construct.groups).toHaveLength(2);
    expect(groups[0].rule.length + groups[1].rule.length).toBe(12);
    const onlyWarnings = synthGroups(
      props(ORDERS, { alerts: { disabled: ["jobDown", "restarts", "containerMemory"] } }),
    );
    expect(onlyWarnings.groups.map((g) => g.name)).toEqual(["flink-orders-warnings"]);
    expect(onlyWarnings.groups[0].depends_on).toBeUndefined();
  });
});

describe("threshold settings", () => {
  test("defaults are THRESHOLD_SPECS' defaults; an override left undefined keeps the default", () => {
    const defaults = defaultThresholds();
    expect(defaults.cpuPercent).toBe(80);
    expect(resolveThresholds("X", {})).toStrictEqual(defaults);
    expect(resolveThresholds("X", { cpuPercent: undefined, maxThreads: 400 })).toStrictEqual({
      ...defaults,
      maxThreads: 400,
    });
  });

  test("an unknown threshold is refused naming the owner, the field and the known ones", () => {
    expect(() => resolveThresholds('FlinkAlertRules "orders"', { cpu: 50 } as any)).toThrow(
      'FlinkAlertRules "orders": thresholds.cpu is not a known threshold (known: ' +
        Object.keys(THRESHOLD_SPECS).join(", ") +
        ")",
    );
  });

  test.each(Object.entries(THRESHOLD_SPECS))("%s: its bounds are allowed, values outside are refused", (name, spec) => {
    expect(resolveThresholds("X", { [name]: spec.min })[name as ThresholdName]).toBe(spec.min);
    expect(resolveThresholds("X", { [name]: spec.max })[name as ThresholdName]).toBe(spec.max);
    const below = spec.min === 0 ? -1 : spec.min / 2;
    const above = spec.max + 1;
    for (const bad of [below, above, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => resolveThresholds('FlinkAlertRules "orders"', { [name]: bad })).toThrow(
        `FlinkAlertRules "orders": thresholds.${name} must be between ${spec.min} and ${spec.max} ${spec.unit}, got ${bad}`,
      );
  });

  test("a value that is not a number is refused", () => {
    expect(() => resolveThresholds("X", { cpuPercent: "80" as any })).toThrow(
      "X: thresholds.cpuPercent must be between 1 and 100 %, got 80",
    );
  });
});

describe("detection time", () => {
  function rule(query: AlertRuleDefinition["query"], extra: Partial<AlertRuleDefinition> = {}): AlertRuleDefinition {
    return {
      kind: "cpu",
      title: "t",
      severity: "warning",
      pendingPeriod: "0s",
      noDataState: "OK",
      execErrState: "Error",
      missingSeries: "resolve",
      query,
      summary: "s",
      description: "d",
      ...extra,
    };
  }
  const metric = FLINK_METRICS.cpuUtilization;

  // A reducer that needs every datapoint of the window (mean; min against gt; max against lt) holds
  // for the window minus the first period; last, min against lt and max against gt cross at once.
  test.each([
    ["mean", "gt", 300, 240],
    ["mean", "lt", 600, 540],
    ["min", "gt", 600, 540],
    ["min", "lt", 600, 0],
    ["max", "lt", 600, 540],
    ["max", "gt", 600, 0],
    ["last", "gt", 300, 0],
    ["last", "lt", 300, 0],
  ] as const)("reducer %s against %s over %i s holds %i s", (reducer, op, windowSeconds, hold) => {
    const r = rule({ type: "threshold", metric, windowSeconds, reducer, op, value: 1 });
    expect(detectionTime(r).holdSeconds).toBe(hold);
    // One period, CloudWatch's 2-minute publication delay, the hold, one evaluation interval, no pending.
    expect(detectionTime(r, 60).totalSeconds).toBe(60 + 120 + hold + 60 + 0 + detectionTime(r).groupWaitSeconds);
  });

  test("count and growth rules cross as soon as the event shows; the event's own hold adds up", () => {
    const count = rule({ type: "count", metric, windowMinutes: 15, atLeast: 1 });
    expect(detectionTime(count).holdSeconds).toBe(0);
    const growth = rule({
      type: "growth",
      metric,
      recentSeconds: 3600,
      baselineFromSeconds: 108000,
      baselineToSeconds: 86400,
      percent: 100,
    });
    expect(detectionTime(growth).holdSeconds).toBe(0);
    const held = rule(
      { type: "threshold", metric, windowSeconds: 300, reducer: "last", op: "gt", value: 1 },
      {
        holdSeconds: 45,
      },
    );
    expect(detectionTime(held).holdSeconds).toBe(45);
  });

  // Grafana moves a pending instance to firing only at an evaluation: `for` costs whole intervals.
  test.each([
    ["0s", 60, 0],
    ["5m", 60, 300],
    ["90s", 60, 120],
    ["5m", 600, 600],
    ["10m", 600, 600],
    ["11m", 600, 1200],
  ])("a pending period of %s evaluated every %i s counts %i s", (pendingPeriod, interval, pending) => {
    const r = rule(
      { type: "threshold", metric, windowSeconds: 300, reducer: "last", op: "gt", value: 1 },
      { pendingPeriod },
    );
    expect(detectionTime(r, interval).pendingSeconds).toBe(pending);
    expect(detectionTime(r, interval).totalSeconds).toBe(60 + 120 + 0 + interval + pending + 30);
  });

  test.each([
    ["0s", 0],
    ["30s", 30],
    ["5m", 300],
    ["2h", 7200],
  ])("duration %s is %i s", (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });

  test.each(["x5m", "5mx", "5", "m", "5d", ""])("%p is not a duration", (text) => {
    expect(() => durationSeconds(text)).toThrow(`not a duration: "${text}"`);
  });
});

describe("dashboard link", () => {
  test("each metric maps to the first panel that queries it; rows and panels without an id are skipped", () => {
    expect(
      panelIdsByMetric({
        panels: [
          { id: 1, type: "row", targets: [{ metricName: "uptime" }] },
          { type: "timeseries", targets: [{ metricName: "downtime" }] },
          { id: 2, type: "text" },
          { id: 3, type: "timeseries", targets: [{ metricName: "uptime" }, { expression: "x" }] },
          { id: 4, type: "stat", targets: [{ metricName: "downtime" }, { metricName: "uptime" }] },
        ],
      }),
    ).toStrictEqual({ uptime: 3, downtime: 4 });
    expect(panelIdsByMetric({})).toStrictEqual({});
  });

  test("both annotations together, or none", () => {
    const link = { uid: "dash", panelIds: { downtime: 5 } };
    expect(dashboardLinkAnnotations(link, "downtime")).toStrictEqual({ __dashboardUid__: "dash", __panelId__: "5" });
    expect(dashboardLinkAnnotations(link, "Downtime")).toStrictEqual({});
    expect(dashboardLinkAnnotations(undefined, "downtime")).toStrictEqual({});
  });
});
