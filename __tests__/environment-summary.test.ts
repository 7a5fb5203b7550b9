import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../lib/config/load";
import { synthesize } from "../main";
import { metricsPerQuery, summarizeStack } from "../stacks/environment-summary";
import { exampleEnvironments, synthEnvironments } from "./support/synth";

// The per-environment figures `npm run synth` prints, read from the synthesized JSON, and the refusal of
// an environment whose alert rules the workspace would not accept.

const examples = synthEnvironments(exampleEnvironments());
const EVALUATIONS_PER_MONTH_AT_60S = 43_200;
const EVALUATIONS_PER_MONTH_AT_300S = 8_640;
const EVALUATIONS_PER_MONTH_AT_600S = 4_320;

describe("the figures of an environment, from its Terraform JSON", () => {
  test("prod: 4 applications in 21 shared rules and the token rule; paging rules every minute, warnings every 10", () => {
    const summary = summarizeStack(examples.get("prod")!.json, 100);
    // Every minute the paging rules (jobDown, restarts, containerMemory) read 3 metrics per application;
    // every 10 minutes the warnings read 11 (checkpointSize: now and a day ago); the token rule one per 5
    // minutes. A rule over several applications requests one metric per application it reads. Alarms:
    // the two token alarms and the silence alarms of the three applications expected to run. The paging
    // rules of the application not expected to run are rules of their own (3 more), reading the same metrics.
    const metrics =
      4 * 3 * EVALUATIONS_PER_MONTH_AT_60S + 4 * 11 * EVALUATIONS_PER_MONTH_AT_600S + EVALUATIONS_PER_MONTH_AT_300S;
    expect(summary).toEqual({
      resources: 69,
      dashboards: 5,
      alertRules: 22,
      maxRules: 100,
      cloudWatchAlarms: 5,
      metricsRequestedPerMonth: metrics,
      ruleQueriesUsdPerMonth: (metrics / 1000) * 0.01,
      alarmsUsdPerMonth: 0.5,
      // One refresh of the overview: 3 Flink 1.x applications and 1 on 2.2, one metric per application
      // each query reads whose runtime publishes it. Status table: uptime 3, runningTime 1, fullRestarts
      // 3, numRestarts 1, and 4 each for the two lags, checkpoint duration, failed checkpoints, CPU, heap
      // and KPUs (36); the two KPU stats (8); KPU changes 4, restarts 3 + 1, the two lags 4 + 4 (16);
      // downtime 3, restarting and failing 1 + 1, KPUs 4 (9); records in and out (8); the three resources (12).
      overviewMetricsPerRefresh: 36 + 8 + 16 + 9 + 8 + 12,
    });
    // Under $2 per application per month per evaluating instance, the silence alarm included.
    expect((summary.ruleQueriesUsdPerMonth + summary.alarmsUsdPerMonth - 0.2) / 4).toBeLessThan(2);
  });

  test("a query requests one metric per metric name and per application it reads", () => {
    expect(metricsPerQuery({ metricName: "downtime" })).toBe(1);
    expect(metricsPerQuery({ metricName: "" })).toBe(0);
    expect(
      metricsPerQuery({
        metricName: "restartingTime",
        metricEditorMode: 1,
        expression: `MAX(SEARCH('Namespace="AWS/KinesisAnalytics" (MetricName="restartingTime" OR MetricName="failingTime") Application="a"', 'Maximum', 60))`,
      }),
    ).toBe(2);
    expect(metricsPerQuery({ metricEditorMode: 1, expression: "DIFF(m1)" })).toBe(1);
    // Builder queries over a list of applications, or every application of the account (the members
    // the rule's member label names).
    expect(metricsPerQuery({ metricName: "downtime", dimensions: { Application: ["a", "b", "c"] } })).toBe(3);
    const member =
      "{{ if not $labels.Application }}true{{ else if match `^(a|b\\.c)$` $labels.Application }}true{{ else }}false{{ end }}";
    expect(metricsPerQuery({ metricName: "downtime", dimensions: { Application: ["*"] } }, member)).toBe(2);
    // Watermark lag: the same SEARCH twice in metric math, one metric per application.
    const search = `REMOVE_EMPTY(SEARCH('{"AWS/KinesisAnalytics","Application"} MetricName="currentOutputWatermark" "Application"=("a" OR "b")', 'Minimum', 60))`;
    expect(metricsPerQuery({ metricEditorMode: 1, expression: `1000 * EPOCH(${search}) - ${search}` })).toBe(2);
  });
});

describe("npm run synth", () => {
  const configDir = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "summary-config-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const outdir = () => mkdtempSync(path.join(os.tmpdir(), "summary-out-"));
  const monitored = (count: number) =>
    "monitoredApplications:\n" +
    Array.from({ length: count }, (_, i) => `  - { name: app-${i}, runtime: FLINK-1_20, source: kinesis }\n`).join("");

  test("prints one line per environment with its figures", () => {
    const lines: string[] = [];
    synthesize({
      configDir: configDir({ "small.yaml": `account: "123456789012"\nregion: eu-west-1\n${monitored(1)}` }),
      outdir: outdir(),
      report: (line) => lines.push(line),
    });
    expect(lines).toEqual([
      "small: 31 resources, 2 dashboards, 14/100 alert rules, 3 CloudWatch alarms; alerting ≈ $2.16/month " +
        "(rule queries $1.86 per evaluating Grafana instance, alarms $0.30); overview ≈ 20 metrics per refresh ($0.000)",
    ]);
  });

  test("an environment over the workspace's cap is refused, naming the count and the cap; a raised cap accepts it", () => {
    // Grafana 10.4 keeps rules per application: 8 applications are 104 rules and the token rule.
    const eight = `account: "123456789012"\nregion: eu-west-1\ngrafana:\n  version: "10.4"\n${monitored(8)}`;
    let error: unknown;
    try {
      synthesize({ configDir: configDir({ "big.yaml": eight }), outdir: outdir() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("big.yaml: alerting.maxRules: the environment has 105 Grafana-managed alert rules");
    expect(message).toContain("more than the workspace accepts (100; Amazon Managed Grafana caps a workspace at 100");
    expect(message).toMatch(/\(value 100\)$/m);
    const names = synthesize({
      configDir: configDir({ "big.yaml": `${eight}alerting:\n  maxRules: 105\n` }),
      outdir: outdir(),
    });
    expect(names).toEqual(["big"]);
  });

  test("on 12.4 the rules are counted over every application; a cap below them is refused", () => {
    const fifty = `account: "123456789012"\nregion: eu-west-1\nalerting:\n  maxRules: 10\n${monitored(50)}`;
    expect(() => synthesize({ configDir: configDir({ "fifty.yaml": fifty }), outdir: outdir() })).toThrow(
      "fifty.yaml: alerting.maxRules: the environment has 14 Grafana-managed alert rules (one per alert kind and set of settings, and the token rule)",
    );
  });
});
