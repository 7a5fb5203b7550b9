// The failure-scenario table of docs/dashboards-and-alerts.md against what synth builds for the prod
// example, and the facts behind its rows read from the synthesized JSON: a dead application pages the
// critical route's PagerDuty contact point until it reports again, and no Grafana page resolves because
// its metrics vanished.
import { readFileSync } from "node:fs";
import path from "node:path";
import { failureScenarioMarkdown, failureScenarios } from "../stacks/failure-scenarios";
import { ruleBlocks, ruleMembers } from "./support/alert-rules";
import { Json, environmentConfig, exampleEnvironments, resourcesOfType, synthEnvironments } from "./support/synth";

const DOC = path.join(__dirname, "..", "docs", "dashboards-and-alerts.md");
const prodConfig = exampleEnvironments().find((e) => e.name === "prod")!;
const prod = synthEnvironments([prodConfig]).get("prod")!.json;

/** The cells of each row of a Markdown table (header and separator left out). */
function tableCells(lines: readonly string[]): string[][] {
  return lines
    .filter((l) => l.startsWith("|"))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(" | ")
        .map((c) => c.trim()),
    );
}

function documentedScenarios(): string[][] {
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf("<!-- failure-scenarios:start -->");
  const end = text.indexOf("<!-- failure-scenarios:end -->");
  return tableCells(text.slice(start, end).split("\n"));
}

/** EventBridge's `wildcard` pattern: `*` matches any run of characters. */
function wildcardMatches(pattern: string, text: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\-]/g, "\\$&"))
      .join(".*")}$`,
  );
  return regex.test(text);
}

describe("failure scenarios of the prod example", () => {
  test("the documented table is the one computed from the synthesized environment", () => {
    if (process.env.WRITE_SCENARIOS)
      console.log(failureScenarioMarkdown(failureScenarios(prod, prodConfig)).join("\n"));
    expect(documentedScenarios()).toEqual(tableCells(failureScenarioMarkdown(failureScenarios(prod, prodConfig))));
  });

  test("a dead application pages data-platform-oncall through PagerDuty's Events API, and resolves only when it reports", () => {
    const alarms = Object.values(resourcesOfType(prod, "aws_cloudwatch_metric_alarm")).filter((a) =>
      String(a.alarm_name).endsWith("-silent"),
    );
    expect(alarms.length).toBeGreaterThan(0);
    const rules = resourcesOfType(prod, "aws_cloudwatch_event_rule");
    const targets = Object.values(resourcesOfType(prod, "aws_cloudwatch_event_target"));
    const destinations = resourcesOfType(prod, "aws_cloudwatch_event_api_destination");
    const byState = (state: string) =>
      Object.entries(rules).filter(([, r]) => {
        const pattern = JSON.parse(String(r.event_pattern ?? "{}"));
        return pattern.detail?.state?.value?.includes(state);
      });
    for (const [state, action] of [
      ["INSUFFICIENT_DATA", "trigger"],
      ["OK", "resolve"],
    ]) {
      const [[id, rule]] = byState(state);
      const pattern = JSON.parse(rule.event_pattern);
      // Every silence alarm's change of state matches the rule.
      for (const alarm of alarms)
        expect(wildcardMatches(pattern.detail.alarmName[0].wildcard, alarm.alarm_name)).toBe(true);
      const pager = targets.find(
        (t) =>
          t.rule === `\${aws_cloudwatch_event_rule.${id}.name}` &&
          String(t.input_transformer?.input_template).includes("var.pagerduty_integration_key_data_platform_oncall"),
      )!;
      expect(pager).toBeDefined();
      const destination = Object.entries(destinations).find(([d]) => pager.arn.includes(`.${d}.arn`))![1];
      expect(destination.invocation_endpoint).toBe("https://events.pagerduty.com/v2/enqueue");
      const template = String(pager.input_transformer.input_template);
      expect(template).toContain(`"event_action":"${action}"`);
      // One incident per application: the trigger and the resolve share the alarm's name as key.
      expect(template).toContain(`"dedup_key":"<alarm>"`);
      expect(pager.input_transformer.input_paths.alarm).toBe("$.detail.alarmName");
    }
    // Slack, the other paging contact point of the critical route, is told both ways too.
    const slack = targets.filter((t) => String(t.input_transformer?.input_template).includes('"text"'));
    expect(slack).toHaveLength(2);
  });

  test("no Grafana page of an application expected to run resolves because its metrics vanished", () => {
    const paging = ruleBlocks(prod).filter((r) => r.labels.team === "flink" && /critical/.test(r.labels.severity));
    expect(paging.length).toBeGreaterThan(0);
    const groups = Object.values(resourcesOfType(prod, "grafana_rule_group")) as Json[];
    const expected = new Set([
      ...prodConfig.applications.filter((a) => a.startApplication).map((a) => a.name),
      ...prodConfig.monitoredApplications.filter((a) => a.expectedRunning).map((a) => a.name),
    ]);
    const kept = paging.filter((rule) => ruleMembers(rule).every((name) => expected.has(name)));
    const stopped = paging.filter((rule) => ruleMembers(rule).every((name) => !expected.has(name)));
    // Every paging rule is of one kind or the other: applications stopped on purpose are not mixed in.
    expect(kept.length + stopped.length).toBe(paging.length);
    expect(kept.length).toBeGreaterThan(0);
    expect(stopped.length).toBeGreaterThan(0);
    for (const rule of kept) {
      const group = groups.find((g) => (g.rule as Json[]).includes(rule))!;
      expect(rule.missing_series_evals_to_resolve * group.interval_seconds).toBeGreaterThanOrEqual(7 * 24 * 3600);
    }
    // An application stopped on purpose resolves as Grafana does by default.
    for (const rule of stopped) expect(rule.missing_series_evals_to_resolve).toBeUndefined();
    // And no rule keeps its last state on a failed evaluation: an error is always a DatasourceError.
    expect(ruleBlocks(prod).map((r) => r.exec_err_state)).not.toContain("KeepLast");
  });

  test("an environment whose only contact point pages is refused, naming the fix", () => {
    expect(() =>
      environmentConfig({ alerting: { contactPoints: [{ name: "oncall", type: "pagerduty" }] } } as never),
    ).toThrow(/contactPoints.*every contact point is a pager \(oncall\).*Add a non-paging contact point/s);
  });
});
