// An environment of 150 monitored applications, read from what Terraform and Grafana receive: the rule
// count against the workspace's cap, one silence alarm per application expected to run, crash loops and
// evaluation failures routed by severity, and each alert instance's own dashboard link.
import { fleet, fleetEnvironment } from "../support/fleet";
import { stableUid } from "../../modules/grafana/uid";
import { summarizeStack } from "../../stacks/environment-summary";
import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { RuleBlock, ruleBlocks, ruleMembers } from "../support/alert-rules";
import { expandGoTemplates } from "../support/go-template";
import {
  Json,
  environmentConfig,
  exampleEnvironments,
  resourcesOfType,
  synthEnvironment,
  synthEnvironments,
} from "../support/synth";

const FLEET = fleet();
const stack = synthEnvironment(fleetEnvironment(FLEET)).json;

describe("150 applications in one environment", () => {
  const all = ruleBlocks(stack);

  test("at most 40 alert rules, whatever the number of applications", () => {
    expect(all.length).toBeLessThanOrEqual(40);
    // The count depends on the settings in use, not on the applications: 60 more change nothing.
    const bigger = synthEnvironment(environmentConfig({ name: "bigger", monitoredApplications: fleet(210) } as never));
    expect(ruleBlocks(bigger.json).length).toBe(all.length);
  });

  test("every application expected to run has its own silence alarm, the others none", () => {
    const alarms = Object.values(resourcesOfType(stack, "aws_cloudwatch_metric_alarm"));
    const silenced = alarms.map((a) => a.dimensions?.Application).filter(Boolean);
    const expected = FLEET.filter((a) => a.expectedRunning).map((a) => a.name);
    expect(silenced.sort()).toEqual(expected.sort());
  });

  test("every application is covered by a job-down rule and a restarts rule of its runtime", () => {
    for (const kind of ["jobDown", "restarts"]) {
      const covered = all.filter((r) => r.labels.alert === kind).flatMap(ruleMembers);
      expect(covered.sort()).toEqual(FLEET.map((a) => a.name).sort());
    }
  });

  test("a crash loop is critical: the restarts rule can page and its severity escalates on the count", () => {
    const restarts = all.filter((r) => r.labels.alert === "restarts");
    expect(restarts.length).toBeGreaterThan(0);
    for (const rule of restarts) {
      expect(rule.labels.severity).toBe('{{ if gt (index $values "D").Value 2.5 }}critical{{ else }}warning{{ end }}');
      const group = Object.values(resourcesOfType(stack, "grafana_rule_group")).find((g) =>
        (g.rule as RuleBlock[]).includes(rule),
      )!;
      expect(group.interval_seconds).toBe(60);
    }
  });

  test("no critical alert on a query error: evaluation failures route to the warning contact point", () => {
    const policy = Object.values(resourcesOfType(stack, "grafana_notification_policy"))[0];
    const routes = policy.policy[0].policy as Json[];
    const failures = routes.findIndex((r) => r.matcher[0].label === "alertname");
    expect(routes[failures].matcher).toEqual([
      { label: "alertname", match: "=~", value: "DatasourceError|DatasourceNoData" },
    ]);
    expect(routes[failures].contact_point).toMatch(/team/);
    const firstSeverity = routes.findIndex((r) => r.matcher[0].label === "severity");
    expect(failures).toBeLessThan(firstSeverity);
  });

  test("an application of the account that is not this environment's never notifies", () => {
    const wildcard = all.filter((r) => r.labels.flink_member !== undefined);
    expect(wildcard.length).toBeGreaterThan(0);
    const policy = Object.values(resourcesOfType(stack, "grafana_notification_policy"))[0];
    const [muted] = policy.policy[0].policy as Json[];
    expect(muted.matcher).toEqual([{ label: "flink_member", match: "=", value: "false" }]);
    expect(muted.continue).toBe(false);
    const [timing] = Object.entries(resourcesOfType(stack, "grafana_mute_timing"));
    expect(muted.mute_timings).toEqual([`\${grafana_mute_timing.${timing[0]}.name}`]);
    expect(timing[1].intervals).toEqual([{}]); // no field set: every instant
    for (const rule of wildcard) {
      expect(memberLabel(rule, "team0-stream-processor-000")).toBe(
        ruleMembers(rule).includes("team0-stream-processor-000") ? "true" : "false",
      );
      expect(memberLabel(rule, "someone-elses-job")).toBe("false");
      expect(memberLabel(rule, "team0-stream-processor-0000")).toBe("false");
      expect(memberLabel(rule, "team0Xstream-processor-000")).toBe("false");
      // A failed evaluation's alert has no Application label: it is not muted.
      expect(memberLabel(rule, "")).toBe("true");
      // Nor is a Series CloudWatch left unresolved (a code-mode rule names its instances by Series).
      const bySeries = rule.labels.flink_member.startsWith('{{ if not (index $labels "Series") }}');
      expect(memberLabel(rule, "${PROP('Dim.Application')}")).toBe(bySeries ? "true" : "false");
    }
    expect(
      wildcard.filter((r) => r.labels.flink_member.startsWith('{{ if not (index $labels "Series") }}')),
    ).not.toEqual([]);
  });

  test("each instance links to its own dashboard, templated from its Application label", () => {
    const dashboards = resourcesOfType(stack, "grafana_dashboard");
    const uids = new Set(Object.values(dashboards).map((d) => JSON.parse(unescapeTerraform(d.config_json)).uid));
    for (const rule of all.filter((r) => r.labels.team === "flink")) {
      const url = unescapeTerraform(rule.annotations.dashboard_url);
      expect(url).toMatch(/^https:\/\/\$\{aws_grafana_workspace\.[\w-]+\.endpoint\}\/d\//);
      // Expand the template for each member as Grafana would, and find the dashboard.
      for (const name of ruleMembers(rule)) {
        const uid = expandDashboardUid(url, name);
        expect([uid, uids.has(uid)]).toEqual([uid, true]);
        expect(uid).toBe(stableUid("flinkobs-fleet", "app", name));
      }
    }
  });
});

/**
 * The value the member label template gives an instance labelled Application=`name` (or Series=`name` for a
 * code-mode rule), Go's RE2 ≈ JS here. A Series rule first lets through a Series that is not a name.
 */
/**
 * The member label an instance named `name` gets, expanded by Go's own text/template as Grafana does
 * (../support/go-template.ts): the name is the instance's `Series` for a code-mode rule, its `Application`
 * otherwise; "" is an instance without the label (a failed evaluation's alert).
 */
function memberLabel(rule: RuleBlock, name: string): string {
  const label = rule.labels.flink_member.startsWith('{{ if not (index $labels "Series") }}') ? "Series" : "Application";
  const [result] = expandGoTemplates([
    {
      id: "member",
      template: rule.labels.flink_member,
      labels: name === "" ? {} : { [label]: name },
      values: {},
      value: "",
    },
  ]);
  if (result.error) throw new Error(`member template of ${rule.name}: ${result.error}`);
  return result.output;
}

/** The dashboard uid the `dashboard_url` template gives an instance labelled Application=`name`. */
function expandDashboardUid(url: string, name: string): string {
  const path = url.slice(url.indexOf("/d/") + 3).replace(/\?viewPanel=\d+$/, "");
  const listed = [
    ...path.matchAll(/\{\{ (?:if|else if) eq \(index \$labels "(?:Application|Series)"\) "([^"]+)" \}\}([\w-]+)/g),
  ];
  const hit = listed.find((m) => m[1] === name);
  if (hit) return hit[2];
  const fallback = path.replace(/.*\{\{ else \}\}/, "").replace(/\{\{ end \}\}$/, "");
  return fallback.replace(
    /\{\{ reReplaceAll "\[\^a-zA-Z0-9_-\]" "-" \(index \$labels "(?:Application|Series)"\) \}\}/,
    name.replace(/[^a-zA-Z0-9_-]/g, "-"),
  );
}

describe("the example environments", () => {
  const examples = synthEnvironments(exampleEnvironments());
  test.each(["dev", "staging", "prod"])("%s has at most 30 alert rules", (name) => {
    expect(ruleBlocks(examples.get(name)!.json).length).toBeLessThanOrEqual(30);
  });

  test("fleet figures", () => {
    const s = summarizeStack(stack, 100);
    expect(s.alertRules).toBeLessThanOrEqual(40);
  });
});

describe("the overview dashboard of 150 applications", () => {
  const overview = Object.values(resourcesOfType(stack, "grafana_dashboard"))
    .map((d) => JSON.parse(unescapeTerraform(d.config_json)))
    .find((d) => d.tags.includes("flink-overview"));

  test("no header link per application past 12; the status table lists every one with its dashboard", () => {
    expect(overview.links ?? []).toEqual([]);
    const table = overview.panels.find((p: Json) => p.title === "Applications");
    const frame = table.targets[0].snapshot[0];
    const column = (name: string) => frame.data.values[frame.schema.fields.findIndex((f: Json) => f.name === name)];
    expect(column("Application")).toEqual(FLEET.map((app) => app.name));
    expect(column("Dashboard")).toEqual(FLEET.map((app) => stableUid("flinkobs-fleet", "app", app.name)));
    expect(table.gridPos.h).toBeLessThanOrEqual(20);
  });
});

describe("the overview's application variable at scale", () => {
  const overviewOf = (json: Json) =>
    Object.values(resourcesOfType(json, "grafana_dashboard"))
      .map((d) => JSON.parse(unescapeTerraform(d.config_json)))
      .find((d) => d.tags.includes("flink-overview"));

  test("150 applications: All is the wildcard (listing them would pass SEARCH's 1,024 characters)", () => {
    const variable = overviewOf(stack).templating.list.find((v: Json) => v.name === "application");
    expect(variable.allValue).toBe("*");
  });

  test("a few applications: All lists them, so other applications of the account stay out", () => {
    const small = synthEnvironment(environmentConfig({ name: "small", monitoredApplications: fleet(5) } as never));
    const variable = overviewOf(small.json).templating.list.find((v: Json) => v.name === "application");
    expect(variable.allValue).toBeUndefined();
  });
});
