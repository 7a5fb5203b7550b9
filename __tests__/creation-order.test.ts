import path from "node:path";
import { TerraformStack, Testing } from "cdktn";
import { spawnSync } from "node:child_process";
import { Folder } from "../.gen/providers/grafana/folder";
import { GrafanaProvider } from "../.gen/providers/grafana/provider";
import { environmentConfig, exampleEnvironments, Json, PRODUCTION_APP, synthEnvironments } from "./support/synth";
import {
  blocksByAddress,
  describeOrderingProblems,
  namedObjects,
  orderingProblems,
  reaches,
  referenceGraph,
} from "./support/reference-graph";
import {
  TERRAFORM,
  describeWithTerraform,
  initializedWorkdir,
  mirroredOfflineCopy,
  providersIdentity,
  run,
} from "./support/terraform";
import { cachedTerraformRun } from "./support/terraform-cache";

// The first apply of a new environment must succeed: Terraform creates in parallel whatever its graph
// does not order, and the provider creates a dashboard once, without retrying a "folder not found".

const examples = synthEnvironments(exampleEnvironments());
const variants = synthEnvironments([
  environmentConfig({ name: "external-token", grafana: { token: { mode: "external" } } as never }),
  environmentConfig({
    name: "all-contact-points",
    monitoredApplications: [
      { name: "a", runtime: "FLINK-1_20", source: "kinesis" },
      { name: "b", runtime: "FLINK-2_2", source: "kafka" },
    ],
    alerting: {
      contactPoints: [
        { name: "mail", type: "email", addresses: ["oncall@example.com"] },
        { name: "chat", type: "slack" },
        { name: "pager", type: "pagerduty" },
      ],
      routes: { critical: ["pager", "chat"], warning: ["chat"] },
    } as never,
  }),
]);
const stacks = new Map([...examples, ...variants]);

/** The prod example's JSON, copied so a test can break it. */
const prodCopy = (): Json => JSON.parse(JSON.stringify(examples.get("prod")!.json));
const firstOfType = (stack: Json, type: string): [string, Json] => Object.entries<Json>(stack.resource[type])[0];

describe("every Grafana object is created after what it names", () => {
  test.each([...stacks.keys()])("%s: no object names another without a path to its creator", (name) => {
    expect(describeOrderingProblems(orderingProblems(stacks.get(name)!.json))).toEqual([]);
  });

  test("the examples' objects that are named by others: folder, data source, dashboards, contact points, template", () => {
    const kinds = (name: string) =>
      namedObjects(examples.get(name)!.json)
        .map((o) => o.kind)
        .reduce<Record<string, number>>((counts, kind) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }), {});
    expect(kinds("prod")).toEqual({
      folder: 1,
      "data source": 1,
      dashboard: 5,
      "contact point": 4,
      "message template": 1,
    });
    expect(kinds("dev")).toMatchObject({ folder: 1, "data source": 1 });
  });

  test("dashboards and rule groups reach their folder through a reference to grafana_folder.uid", () => {
    for (const { json } of stacks.values()) {
      const [folderName] = firstOfType(json, "grafana_folder");
      const folderUid = `\${grafana_folder.${folderName}.uid}`;
      for (const block of Object.values<Json>(json.resource.grafana_dashboard)) expect(block.folder).toBe(folderUid);
      for (const block of Object.values<Json>(json.resource.grafana_rule_group ?? {}))
        expect(block.folder_uid).toBe(folderUid);
    }
  });

  test("no synthesized stack names a resource in depends_on that it does not declare", () => {
    // referenceGraph throws on such an entry; every stack above was read through it.
    for (const { json } of stacks.values()) expect(referenceGraph(json).nodes.size).toBeGreaterThan(0);
  });
});

describe("the check finds a race when one is written back", () => {
  test("a dashboard whose folder is a literal uid", () => {
    const stack = prodCopy();
    const [name, dashboard] = firstOfType(stack, "grafana_dashboard");
    const [, folder] = firstOfType(stack, "grafana_folder");
    dashboard.folder = folder.uid;
    expect(describeOrderingProblems(orderingProblems(stack))).toEqual([
      `grafana_dashboard.${name} names folder "${folder.uid}" as a literal, with no reference or depends_on path to ` +
        `grafana_folder.${Object.keys(stack.resource.grafana_folder)[0]}`,
    ]);
  });

  test("a dashboard without depends_on on the data source its panels query", () => {
    const stack = prodCopy();
    const [name, dashboard] = firstOfType(stack, "grafana_dashboard");
    delete dashboard.depends_on;
    const problems = orderingProblems(stack);
    expect(problems.map((p) => [p.user, p.object.kind])).toEqual([[`grafana_dashboard.${name}`, "data source"]]);
  });

  test("a rule group without depends_on: the data source its queries name", () => {
    const stack = prodCopy();
    const [name, group] = Object.entries<Json>(stack.resource.grafana_rule_group).find(([n]) => n.includes("paging"))!;
    delete group.depends_on;
    const kinds = orderingProblems(stack)
      .filter((p) => p.user === `grafana_rule_group.${name}`)
      .map((p) => p.object.kind)
      .sort();
    expect(kinds).toEqual(["data source"]);
  });

  test("a policy naming a contact point as a literal, and a contact point not ordered after its template", () => {
    const stack = prodCopy();
    const [emailName, email] = Object.entries<Json>(stack.resource.grafana_contact_point).find(
      ([, cp]) => cp.name === "data-platform-email",
    )!;
    const [policyName, policy] = firstOfType(stack, "grafana_notification_policy");
    const reference = `\${grafana_contact_point.${emailName}.name}`;
    stack.resource.grafana_notification_policy[policyName] = JSON.parse(
      JSON.stringify(policy).split(reference).join(email.name),
    );
    const [, contact] = firstOfType(stack, "grafana_contact_point");
    delete contact.depends_on;
    const problems = orderingProblems(stack).map((p) => `${p.user.split(".")[0]} → ${p.object.kind} ${p.object.name}`);
    expect(problems.sort()).toEqual([
      "grafana_contact_point → message template flink-observability",
      "grafana_notification_policy → contact point data-platform-email",
    ]);
  });

  test("an edge through another object counts (a path, not only a direct edge)", () => {
    const graph = referenceGraph({
      resource: {
        a: { x: { v: "${b.y.id}" } },
        b: { y: { depends_on: ["c.z"] } },
        c: { z: {} },
      },
    });
    expect(reaches(graph, "a.x", "c.z")).toBe(true);
    expect(reaches(graph, "c.z", "a.x")).toBe(false);
  });

  test("an escaped $${ is a literal, not a reference", () => {
    const graph = referenceGraph({ resource: { a: { x: { v: "$${b.y.id}" } }, b: { y: {} } } });
    expect(reaches(graph, "a.x", "b.y")).toBe(false);
  });
});

describe("construct-level dependencies", () => {
  test("cdktf 0.21 writes no depends_on for node.addDependency, which is why the lint rule refuses it", () => {
    const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "s");
    new GrafanaProvider(stack, "grafana", {});
    const first = new Folder(stack, "first", { uid: "first", title: "first" });
    const second = new Folder(stack, "second", { uid: "second", title: "second" });
    // eslint-disable-next-line no-restricted-syntax -- the behaviour the rule guards against, shown
    second.node.addDependency(first);
    const json = JSON.parse(Testing.synth(stack));
    expect(json.resource.grafana_folder.second).toEqual({ uid: "second", title: "second" });
  });

  test("the lint rule refuses node.addDependency in the project's code", () => {
    const root = path.join(__dirname, "..");
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", "modules/example.ts"],
      { cwd: root, input: "declare const a: any, b: any;\na.node.addDependency(b);\n", encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("cdktf 0.21 ignores node.addDependency");
  });
});

/** `terraform graph` of a configuration: edges between resources, as "from -> to". */
function terraformGraphEdges(config: Json): string[] {
  return cachedTerraformRun(
    "graph",
    { config, providers: providersIdentity(config.terraform?.required_providers ?? {}) },
    () => {
      const { dir, env } = initializedWorkdir(config, { prefix: "tf-graph-" });
      const dot = run(["graph"], dir, env);
      return [...dot.matchAll(/"\[root\] ([^"]+?)(?: \(expand\))?" -> "\[root\] ([^"]+?)(?: \(expand\))?"/g)]
        .map((m) => `${m[1]} -> ${m[2]}`)
        .concat([...dot.matchAll(/"([a-z][^"]*\.[^"]+)" -> "([a-z][^"]*\.[^"]+)"/g)].map((m) => `${m[1]} -> ${m[2]}`));
    },
    { binary: TERRAFORM },
  );
}

describeWithTerraform("the reference graph agrees with terraform graph (AWS half, offline)", () => {
  test("every resource-to-resource edge read from the JSON is a path in Terraform's own graph", () => {
    const { config } = mirroredOfflineCopy(examples.get("prod")!.json);
    const edges = terraformGraphEdges(config);
    expect(edges.length).toBeGreaterThan(10);
    const terraform = new Map<string, Set<string>>();
    for (const edge of edges) {
      const [from, to] = edge.split(" -> ");
      terraform.set(from, (terraform.get(from) ?? new Set()).add(to));
    }
    const tfGraph = { nodes: new Set([...terraform.keys()]), edges: terraform };
    const ours = referenceGraph(config);
    const managed = [...blocksByAddress(config).keys()].filter((a) => !/^(data|ephemeral)\./.test(a));
    const missing: string[] = [];
    for (const from of managed)
      for (const to of ours.edges.get(from) ?? [])
        if (managed.includes(to) && !reaches(tfGraph, from, to)) missing.push(`${from} -> ${to}`);
    expect(missing).toEqual([]);
  });
});
