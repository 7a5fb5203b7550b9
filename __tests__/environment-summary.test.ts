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
  test("prod: 4 applications × 13 rules and the token rule; paging rules every minute, warnings every 10", () => {
    const summary = summarizeStack(examples.get("prod")!.json, 100);
    // Every minute the paging rules (jobDown, restarts, containerMemory) read 3 metrics for a Flink 1.x
    // application, 4 for the 2.2 one (jobDown: restarting and failing time); every 10 minutes the warnings
    // read 11 (checkpointSize: now and a day ago); the token rule one per 5 minutes. Alarms: the two token
    // alarms and the silence alarms of the three applications expected to run.
    const metrics =
      (3 * 3 + 4) * EVALUATIONS_PER_MONTH_AT_60S +
      4 * 11 * EVALUATIONS_PER_MONTH_AT_600S +
      EVALUATIONS_PER_MONTH_AT_300S;
    expect(summary).toEqual({
      resources: 63,
      dashboards: 5,
      alertRules: 53,
      maxRules: 100,
      cloudWatchAlarms: 5,
      metricsRequestedPerMonth: metrics,
      ruleQueriesUsdPerMonth: (metrics / 1000) * 0.01,
      alarmsUsdPerMonth: 0.5,
    });
    // Under $2 per application per month per evaluating instance, the silence alarm included.
    expect((summary.ruleQueriesUsdPerMonth + summary.alarmsUsdPerMonth - 0.2) / 4).toBeLessThan(2);
  });

  test("a builder query requests one metric, an expression one per metric name it reads", () => {
    expect(metricsPerQuery({ metricName: "downtime" })).toBe(1);
    expect(metricsPerQuery({ metricName: "" })).toBe(0);
    expect(
      metricsPerQuery({
        metricName: "restartingTime",
        expression: `MAX(SEARCH('Namespace="AWS/KinesisAnalytics" (MetricName="restartingTime" OR MetricName="failingTime") Application="a"', 'Maximum', 60))`,
      }),
    ).toBe(2);
    expect(metricsPerQuery({ expression: "DIFF(m1)" })).toBe(1);
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
        "(rule queries $1.86 per evaluating Grafana instance, alarms $0.30)",
    ]);
  });

  test("an environment over the workspace's cap is refused, naming the count and the cap; a raised cap accepts it", () => {
    const eight = `account: "123456789012"\nregion: eu-west-1\n${monitored(8)}`;
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
});
