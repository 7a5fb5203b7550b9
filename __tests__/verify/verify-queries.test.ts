import { ruleMembers } from "../support/alert-rules";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App } from "cdktn";
import { collectQueries, readsOnlyPanelQueries, unescapeTerraform, type VerifyQuery } from "../../verify/queries";
import { EnvironmentStack, loadEnvironment, synthesizeInMemory } from "../../verify/stack";
import { ACCOUNT, SOURCE_ACCOUNTS, writeTestConfig } from "./fake-account";

const configDir = path.join(__dirname, "..", "..", "config");
const exampleNames = readdirSync(configDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => f.replace(/\.ya?ml$/, ""));

/** The example environments as `cdktf synth` writes them (cdk.tf.json), read back from disk. */
function synthesizedToDisk(): Map<string, any> {
  const app = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "verify-synth-")) });
  for (const name of exampleNames) new EnvironmentStack(app, name, { config: loadEnvironment(name, configDir) });
  app.synth();
  return new Map(
    exampleNames.map((name) => [
      name,
      JSON.parse(readFileSync(path.join(app.outdir, "stacks", name, "cdk.tf.json"), "utf8")),
    ]),
  );
}

const stacks = synthesizedToDisk();

/** Applications a dashboard's `application` variable offers (`/^(a|b)$/`). */
function dashboardApplications(dashboard: any): string[] {
  const variable = dashboard.templating?.list?.find((v: any) => v.name === "application");
  // The last group lists the names (after the overview's narrowing lookaheads); `.` is written `[.]`.
  const match = /\(([^()]*)\)\$\/$/.exec(variable?.regex ?? "");
  return match ? match[1].split("|").map((n) => n.replace(/\[\.\]/g, ".")) : [];
}

function usesOf(queries: VerifyQuery[], predicate: (use: VerifyQuery["usedBy"][number]) => boolean): VerifyQuery[] {
  return queries.filter((q) => q.usedBy.some(predicate));
}

describe.each(exampleNames)("every query of the %s stack is verified", (name) => {
  const stack = stacks.get(name);
  const queries = collectQueries(synthesizeInMemory(loadEnvironment(name, configDir)));

  test("every CloudWatch target of every dashboard panel, once per application it shows", () => {
    let targets = 0;
    for (const resource of Object.values<any>(stack.resource.grafana_dashboard)) {
      const dashboard = JSON.parse(unescapeTerraform(resource.config_json));
      const applications = dashboardApplications(dashboard);
      const panels: any[] = [];
      const walk = (list: any[] = []) =>
        list.forEach((p) => {
          panels.push(p);
          walk(p.panels);
        });
      walk(dashboard.panels);
      for (const panel of panels) {
        for (const target of panel.targets ?? []) {
          if ((target.datasource ?? panel.datasource)?.type !== "cloudwatch") continue;
          targets++;
          if (readsOnlyPanelQueries(target, panel.targets)) {
            // Metric math over the panel's other queries: each query it names is verified itself.
            for (const id of String(target.expression).match(/\bq[a-z]\b/g) ?? [])
              expect(panel.targets.some((t: any) => t.id === id && t.hide === true)).toBe(true);
            continue;
          }
          const verified = usesOf(
            queries,
            (u) =>
              u.kind === "panel" &&
              u.dashboardUid === dashboard.uid &&
              u.panelId === panel.id &&
              u.refId === target.refId,
          );
          const listed = Array.isArray(target.dimensions?.Application) ? target.dimensions.Application : undefined;
          const perApplication =
            listed ?? (JSON.stringify(target).includes("$application") ? applications : [undefined]);
          expect({ panel: `${dashboard.uid} ${panel.title}`, count: verified.length }).toEqual({
            panel: `${dashboard.uid} ${panel.title}`,
            count: perApplication.length,
          });
          for (const application of perApplication) {
            const resolve = (text: string) =>
              !application
                ? text
                : listed
                  ? JSON.stringify({ ...JSON.parse(text), Application: application })
                  : text.split("$application").join(application);
            const query = verified.find((q) => (application ? q.application === application : true))!;
            expect(query).toBeDefined();
            if (target.queryMode === "Logs") {
              expect(query.logGroupNames).toEqual([...target.logGroupNames].sort());
            } else if (target.metricEditorMode === 1) {
              expect(query.expression).toBe(resolve(target.expression));
            } else {
              expect(query.metricName).toBe(target.metricName);
              expect(query.statistic).toBe(target.statistic);
              expect(query.dimensions).toEqual(JSON.parse(resolve(JSON.stringify(target.dimensions))));
            }
          }
        }
      }
    }
    expect(targets).toBeGreaterThan(0);
  });

  test("every template variable that queries CloudWatch", () => {
    for (const resource of Object.values<any>(stack.resource.grafana_dashboard)) {
      const dashboard = JSON.parse(unescapeTerraform(resource.config_json));
      for (const variable of dashboard.templating?.list ?? []) {
        if (variable.datasource?.type !== "cloudwatch") continue;
        const verified = usesOf(
          queries,
          (u) => u.kind === "panel" && u.dashboardUid === dashboard.uid && u.title === `variable ${variable.name}`,
        );
        expect(verified.map((q) => q.application).sort()).toEqual(dashboardApplications(dashboard).sort());
        for (const q of verified) expect(q.metricName).toBe(variable.query.metricName);
      }
    }
  });

  test("every CloudWatch data query of every alert rule", () => {
    let dataQueries = 0;
    for (const group of Object.values<any>(stack.resource.grafana_rule_group)) {
      // The one exemption: the Terraform token's health rule reads the rotation function's own metric,
      // which the verifier's token check covers (expiry, rotation, function errors).
      if (group.name === "terraform-token") continue;
      for (const rule of group.rule) {
        for (const data of rule.data) {
          if (data.datasource_uid === "__expr__") continue;
          dataQueries++;
          const model = JSON.parse(unescapeTerraform(data.model));
          const verified = usesOf(
            queries,
            (u) => u.kind === "rule" && u.ruleUid === rule.uid && u.refId === data.ref_id,
          );
          // A rule over several applications is verified once per application it reads, narrowed to it.
          const members = ruleMembers(rule);
          expect(members.length).toBeGreaterThan(0);
          expect({ rule: rule.name, applications: verified.map((q) => q.application).sort() }).toEqual({
            rule: rule.name,
            applications: [...members].sort(),
          });
          for (const q of verified) {
            if (model.metricEditorMode === 1) {
              expect(q.expression).toContain(`"Application"="${q.application}"`);
              expect(q.expression).not.toContain(" OR ");
              expect(q.expression!.replace(/ "Application"="[^"]*"/g, "")).toBe(
                model.expression.replace(/ "Application"=(\([^)]*\)|"[^"]*")/g, ""),
              );
            } else {
              expect(q.dimensions).toEqual(
                Object.fromEntries(
                  Object.entries({ ...model.dimensions, Application: q.application })
                    .map(([k, v]) => [k, Array.isArray(v) ? v.join("|") : String(v)])
                    .sort(([a], [b]) => a.localeCompare(b)),
                ),
              );
            }
          }
        }
      }
    }
    expect(dataQueries).toBeGreaterThan(0);
  });

  test("no query keeps a Terraform escape or an unresolved dashboard variable", () => {
    for (const q of queries) {
      const text = JSON.stringify([q.dimensions, q.expression, q.logGroupNames]);
      expect(text).not.toMatch(/\$\$\{|%%\{|\$application/);
    }
  });
});

test("a panel added to a dashboard is verified without any change to the verifier", () => {
  const stack = synthesizeInMemory(loadEnvironment("dev", configDir));
  const [key, resource] = Object.entries<any>(stack.resource.grafana_dashboard)[0];
  const dashboard = JSON.parse(resource.config_json);
  dashboard.panels.push({
    id: 999,
    type: "timeseries",
    title: "A new panel",
    datasource: { type: "cloudwatch", uid: "x" },
    targets: [
      {
        refId: "A",
        queryMode: "Metrics",
        namespace: "AWS/KinesisAnalytics",
        metricName: "numRecordsOut",
        dimensions: { Application: "$application" },
        matchExact: true,
        statistic: "Maximum",
        period: "60",
        metricEditorMode: 0,
      },
    ],
  });
  stack.resource.grafana_dashboard[key] = { ...resource, config_json: JSON.stringify(dashboard) };
  const added = collectQueries(stack).filter((q) => q.usedBy.some((u) => u.kind === "panel" && u.panelId === 999));
  expect(added.map((q) => q.metricName)).toEqual(dashboardApplications(dashboard).map(() => "numRecordsOut"));
});

test("Terraform escapes are undone", () => {
  expect(unescapeTerraform("label $${PROP('Dim.Application')} %%{ if x }")).toBe(
    "label ${PROP('Dim.Application')} %{ if x }",
  );
});

describe("an environment with source accounts: each query is read in its application's account", () => {
  // The test environment: payments in the monitoring account and in 777777777777, scoring in 888888888888.
  const queries = collectQueries(synthesizeInMemory(loadEnvironment("test", writeTestConfig())));
  const remote = queries.filter((q) => q.application === "payments" && q.account === SOURCE_ACCOUNTS[0]);
  const local = queries.filter((q) => q.application === "payments" && q.account === ACCOUNT);

  test("the source account's application has queries of its own, named by its account", () => {
    expect(remote.length).toBeGreaterThan(10);
    expect(local.length).toBeGreaterThan(10);
    // The same name's queries never mix accounts: each expression searches only its own.
    for (const query of [...remote, ...local])
      for (const account of query.expression?.match(/:aws\.AccountId="\d{12}"/g) ?? [])
        expect(account).toBe(`:aws.AccountId="${query.account}"`);
    expect(remote.filter((q) => q.kind === "logs")).toHaveLength(1);
  });

  test("a rule over several accounts is checked once per (account, name) it covers", () => {
    const byRule = (q: VerifyQuery) => q.usedBy.filter((u) => u.kind === "rule").map((u) => u.ruleUid);
    const rules = new Set([...remote, ...local].flatMap(byRule));
    const both = [...rules].filter(
      (uid) => remote.some((q) => byRule(q).includes(uid)) && local.some((q) => byRule(q).includes(uid)),
    );
    // Rules whose settings both payments share (1.x and 2.2 differ in job health, not in resources).
    expect(both.length).toBeGreaterThan(3);
  });

  test("only the overview reads every linked account", () => {
    const all = queries.filter((q) => q.account === "all");
    expect(all.length).toBeGreaterThan(0);
    for (const query of all)
      expect(query.usedBy.every((u) => u.kind === "panel" && u.dashboardTitle.startsWith("Flink overview"))).toBe(true);
  });
});
