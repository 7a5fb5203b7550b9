// Where each alert instance the synthesized rules can raise is notified, answered by Alertmanager's own
// routing engine (amtool, on the policy translated by ../support/alertmanager.ts) rather than by reading
// the policy blocks: severity routes, the muted route of applications that are not the environment's,
// evaluation failures kept off pagers, and alerts of another environment left to the root default.
// Expectations come from each environment's configuration object, never from the notification code.
import { EnvironmentConfig } from "../../lib/config/schema";
import { fleetEnvironment } from "../support/fleet";
import { Labels, Routing, routesFor, routingLabels, writeAlertmanagerConfig } from "../support/alertmanager";
import { MEMBER_LABEL, memberLabelNames } from "../../modules/grafana/flink-alerts/member-label";
import { RuleBlock, ruleBlocks, ruleMembers } from "../support/alert-rules";
import { Json, environmentConfig, exampleEnvironments, resourcesOfType, synthEnvironments } from "../support/synth";

/** An application of the account that is not the environment's, as a rule reading all of them sees it. */
const FOREIGN_APPLICATION = "someone-elses-job";
/** Alert names Grafana gives the instances of a rule it cannot evaluate (no data, query error). */
const FAILURE_ALERT_NAMES = ["DatasourceError", "DatasourceNoData"];

interface Environment {
  readonly name: string;
  readonly config?: EnvironmentConfig;
  readonly json?: Json;
  /** Why the configuration or the synthesis was refused. */
  readonly error?: Error;
}

function environments(): Environment[] {
  const configs = [...exampleEnvironments(), fleetEnvironment()];
  const stacks = synthEnvironments(configs);
  const built: Environment[] = configs.map((config) => ({
    name: config.name,
    config,
    json: stacks.get(config.name)!.json,
  }));
  return [...built, ...PAGER_HEAVY.map(refusedOrBuilt)];
}

const PAGED_APPLICATION = { name: "payments-fraud-scoring", runtime: "FLINK-1_20", source: "kafka" };

/**
 * Environments whose warnings or default contact point page. Evaluation failures must still reach no
 * pager: refusing such an environment (with a message saying why) and sending its failures to a
 * contact point that does not page are both acceptable.
 */
const PAGER_HEAVY = [
  // Its only contact point pages.
  { name: "pager-only", alerting: { contactPoints: [{ name: "oncall", type: "pagerduty" }] } },
  // Warnings and the default page; a Slack channel exists besides.
  {
    name: "pager-default",
    alerting: {
      contactPoints: [
        { name: "oncall", type: "pagerduty" },
        { name: "team", type: "slack" },
      ],
      defaultContactPoint: "oncall",
      routes: { critical: ["oncall"], warning: ["oncall"] },
    },
  },
];

function refusedOrBuilt(overrides: { name: string; alerting: object }): Environment {
  try {
    const config = environmentConfig({ ...overrides, monitoredApplications: [PAGED_APPLICATION] } as never);
    return { name: config.name, config, json: synthEnvironments([config]).get(config.name)!.json };
  } catch (e) {
    return { name: overrides.name, error: e as Error };
  }
}

/**
 * The values Grafana can give label `name` (its rule's `template`) on one instance. Only what routing
 * reads has to be exact: a label no route matches on gets the application's name when it is templated.
 * The member label is given by the instance's role (what its template computes is the template's own
 * tests' business): "true" for the environment's applications and for an instance without an
 * application (an evaluation failure's), "false" for another application of the account.
 */
function labelValues(
  name: string,
  template: string,
  instance: { application?: string; member: boolean },
  routingLabels: ReadonlySet<string>,
): string[] {
  if (!template.includes("{{")) return [template];
  if (name === MEMBER_LABEL) return [instance.member ? "true" : "false"];
  // An if/else chain whose branches are literals (the restarts rule's severity): every branch can occur.
  const actions = template.match(/\{\{[^}]*\}\}/g) ?? [];
  if (/^\{\{ if /.test(template) && actions.every((a) => /^\{\{ (if|else if|else|end)\b/.test(a)))
    return [...new Set(template.split(/\{\{[^}]*\}\}/).filter((s) => s !== ""))];
  if (routingLabels.has(name))
    throw new Error(`label ${name}: routes match on it and its template is not understood here: ${template}`);
  return instance.application === undefined ? [] : [instance.application];
}

/** Every label set `labels` can expand to (one per combination of templated outcomes). */
function expand(
  labels: Record<string, string>,
  instance: { application?: string; member: boolean },
  routingLabels: ReadonlySet<string>,
): Labels[] {
  let sets: Labels[] = [{}];
  for (const [name, template] of Object.entries(labels)) {
    const values = labelValues(name, template, instance, routingLabels);
    if (values.length) sets = sets.flatMap((s) => values.map((v) => ({ ...s, [name]: v })));
  }
  return sets;
}

type Kind = "member" | "non-member" | "failure" | "other environment";

interface Instance {
  readonly kind: Kind;
  readonly rule: string;
  readonly labels: Labels;
}

/** The alert instances the rules of a stack can raise, with the labels Grafana gives them. */
function instances(json: Json): Instance[] {
  const groups = Object.values(resourcesOfType(json, "grafana_rule_group"));
  const folders = resourcesOfType(json, "grafana_folder");
  const routing = routingLabels(json);
  const out: Instance[] = [];
  for (const rule of ruleBlocks(json)) {
    const group = groups.find((g) => (g.rule as RuleBlock[]).includes(rule))!;
    const folder = /^\$\{grafana_folder\.([\w-]+)\.uid\}$/.exec(group.folder_uid)?.[1];
    // Grafana adds the rule's title as `alertname` and its folder's title as `grafana_folder`.
    const grafana: Labels = { alertname: rule.name, ...(folder ? { grafana_folder: folders[folder].title } : {}) };
    const readsAll = rule.labels[MEMBER_LABEL] !== undefined;
    const members = readsAll ? (memberLabelNames(rule.labels[MEMBER_LABEL]) ?? []) : ruleMembers(rule);
    for (const application of members.length ? members : [undefined])
      for (const labels of expand(rule.labels, { application, member: true }, routing)) {
        out.push({ kind: "member", rule: rule.name, labels: { ...grafana, ...labels } });
        out.push({
          kind: "other environment",
          rule: rule.name,
          labels: { ...grafana, ...labels, environment: "other" },
        });
      }
    if (readsAll)
      for (const labels of expand(rule.labels, { application: FOREIGN_APPLICATION, member: false }, routing))
        out.push({ kind: "non-member", rule: rule.name, labels: { ...grafana, ...labels } });
    // A failed or empty evaluation raises one instance with the rule's labels and no query labels.
    for (const alertname of FAILURE_ALERT_NAMES)
      for (const labels of expand(rule.labels, { member: true }, routing))
        out.push({ kind: "failure", rule: rule.name, labels: { ...grafana, ...labels, alertname } });
  }
  return out;
}

/** The problems of one instance's routing, judged against the environment's configuration. */
function problems(config: EnvironmentConfig, instance: Instance, routing: Routing): string[] {
  const alerting = config.alerting;
  const defaultContactPoint = alerting.defaultContactPoint ?? alerting.contactPoints[0].name;
  const pagers = new Set(alerting.contactPoints.filter((cp) => cp.type === "pagerduty").map((cp) => cp.name));
  const routes = alerting.routes as Partial<Record<string, string[]>>;
  const reached = [...routing.receivers].sort();
  const muted = routing.routes.map((r) => r.alwaysMuted);
  const found: string[] = [];
  const expectReceivers = (expected: string[], why: string) => {
    if (JSON.stringify(reached) !== JSON.stringify([...expected].sort()))
      found.push(`reaches [${reached.join(", ")}], expected [${[...expected].sort().join(", ")}] (${why})`);
  };
  switch (instance.kind) {
    case "member": {
      const severity = instance.labels.severity;
      const listed = routes[severity];
      expectReceivers(listed ?? [defaultContactPoint], listed ? `routes.${severity}` : "the default contact point");
      if (muted.some(Boolean)) found.push("is muted");
      break;
    }
    case "non-member":
      if (!muted.every(Boolean)) found.push(`reaches [${reached.join(", ")}] on a route that is not muted`);
      break;
    case "failure": {
      const paged = reached.filter((r) => pagers.has(r));
      if (paged.length) found.push(`pages ${paged.join(", ")} (pagerduty) about an evaluation failure`);
      break;
    }
    case "other environment":
      expectReceivers([defaultContactPoint], "the root default only");
      if (muted.some(Boolean)) found.push("is muted");
      break;
  }
  return found;
}

/** One line per distinct problem, its instances counted (a rule reading 150 applications repeats itself). */
function report(failures: { instance: Instance; problem: string }[]): string {
  const lines = new Map<string, number>();
  for (const { instance, problem } of failures) {
    // Routing reads neither the application nor the folder; the rule's title is named already.
    const labels = Object.entries(instance.labels).filter(
      ([k, v]) => k !== "application" && k !== "grafana_folder" && !(k === "alertname" && v === instance.rule),
    );
    const line = `${instance.kind} instance of "${instance.rule}" ${JSON.stringify(Object.fromEntries(labels))}: ${problem}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  return [...lines].map(([line, n]) => (n > 1 ? `${line} (${n} instances)` : line)).join("\n");
}

describe("the policy as Alertmanager reads it", () => {
  // Every construct the translation handles, whether or not the stacks use it today: each operator,
  // a value needing escapes, a contact point named with a space, an inherited receiver, a timed and an
  // always-on mute timing, `continue`.
  const json: Json = {
    resource: {
      grafana_contact_point: { a: { name: "default" }, b: { name: "team b" }, c: { name: "c.pager" } },
      grafana_mute_timing: {
        nights: {
          name: "nights",
          intervals: [{ times: [{ start: "22:00", end: "24:00" }], weekdays: ["monday:friday"], location: "UTC" }],
        },
        always: { name: "always", intervals: [{}] },
      },
      grafana_notification_policy: {
        p: {
          contact_point: "${grafana_contact_point.a.name}",
          group_by: ["alertname"],
          policy: [
            {
              contact_point: "${grafana_contact_point.b.name}",
              matcher: [{ label: "team", match: "=", value: 'say "hi" \\ there' }],
              continue: true,
              policy: [
                {
                  matcher: [{ label: "severity", match: "!=", value: "info" }],
                  mute_timings: ["${grafana_mute_timing.nights.name}"],
                },
              ],
            },
            {
              contact_point: "${grafana_contact_point.c.name}",
              matcher: [
                { label: "service", match: "=~", value: "db|cache" },
                { label: "env", match: "!~", value: "dev.*" },
              ],
              mute_timings: ["${grafana_mute_timing.always.name}"],
            },
          ],
        },
      },
    },
  };
  const team = 'say "hi" \\ there';

  test("amtool loads it and routes as the policy says", async () => {
    const file = writeAlertmanagerConfig(json);
    const [critical, info, both, dev, none] = await routesFor(file, [
      { team, severity: "critical" },
      { team, severity: "info" },
      { team, service: "db", env: "prod" },
      { service: "db", env: "dev1" },
      {},
    ]);
    expect(critical.receivers).toEqual(["team b"]);
    expect(critical.routes).toEqual([
      {
        path: [[`team="say \\"hi\\" \\\\ there"`], ['severity!="info"']],
        receiver: "team b",
        muteTimeIntervals: ["nights"],
        alwaysMuted: false,
      },
    ]);
    expect(info.routes.map((r) => [r.receiver, r.path.length])).toEqual([["team b", 1]]);
    expect(both.receivers).toEqual(["team b", "c.pager"]);
    expect(both.routes.map((r) => r.alwaysMuted)).toEqual([false, true]);
    expect(dev.receivers).toEqual(["default"]);
    expect(none.routes).toEqual([{ path: [], receiver: "default", muteTimeIntervals: [], alwaysMuted: false }]);
  });
});

describe("alert routing, per Alertmanager's engine (amtool)", () => {
  const all = environments();

  test.each(all.map((e) => [e.name, e] as const))("%s", async (_, env) => {
    if (env.error) {
      // Refused: the message must say which section and what would make it acceptable.
      expect(env.error.message).toMatch(/alerting/);
      expect(env.error.message).toMatch(/non[- ]paging|(does not|doesn't|cannot|never|not) page/i);
      return;
    }
    const config = env.config!;
    const file = writeAlertmanagerConfig(env.json!, env.name);
    const raised = instances(env.json!);
    const routings = await routesFor(
      file,
      raised.map((i) => i.labels),
    );
    const failures = raised.flatMap((instance, i) =>
      problems(config, instance, routings[i]).map((problem) => ({ instance, problem })),
    );
    // Not vacuous: every environment raises member, failure and foreign-environment instances, and the
    // fleet (its rules read every application of the account) non-member ones.
    const count = (kind: Kind) => raised.filter((i) => i.kind === kind).length;
    expect(Math.min(count("member"), count("failure"), count("other environment"))).toBeGreaterThan(0);
    if (env.name === "fleet") expect(count("non-member")).toBeGreaterThan(0);
    if (failures.length) throw new Error(`${env.name}: ${failures.length} instances misrouted:\n${report(failures)}`);
  });
});
