/**
 * The graph Terraform builds from a synthesized stack, read from its JSON: an edge for every
 * `${type.name...}` reference inside a block and for every `depends_on` entry, which are the only two
 * things that order resources in Terraform (a uid written as a literal string is not one of them).
 *
 * With it, {@link orderingProblems} finds every Grafana object that names another one (its folder, data
 * source, dashboard, contact point, message template) by a literal uid or name without a path in the
 * graph to the resource that creates it: on a first apply Terraform may create the two in parallel,
 * and the one that names the other can lose the race.
 */

import { unescapeTerraform } from "../../modules/grafana/terraform-literal";

type Json = Record<string, any>;

/** `grafana_folder.x`, `data.aws_iam_policy_document.y`, `ephemeral.aws_secretsmanager_secret_version.z`. */
export type Address = string;

/** Nodes and edges (from → what it refers to or depends on) of a stack's Terraform graph. */
export interface ReferenceGraph {
  readonly nodes: ReadonlySet<Address>;
  readonly edges: ReadonlyMap<Address, ReadonlySet<Address>>;
}

const BLOCK_KINDS: readonly [key: string, prefix: string][] = [
  ["resource", ""],
  ["data", "data."],
  ["ephemeral", "ephemeral."],
];

/** Every block of the stack (resources, data sources, ephemeral resources) by its address. */
export function blocksByAddress(stack: Json): Map<Address, Json> {
  const blocks = new Map<Address, Json>();
  for (const [key, prefix] of BLOCK_KINDS) {
    for (const [type, named] of Object.entries<Json>(stack[key] ?? {})) {
      for (const [name, block] of Object.entries<Json>(named)) blocks.set(`${prefix}${type}.${name}`, block);
    }
  }
  return blocks;
}

/** Every string inside a value, depth first. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** The addresses referred to by the `${...}` expressions of a string (the `$${` escape is no expression). */
function referencedAddresses(text: string, known: ReadonlySet<Address>): Address[] {
  const found: Address[] = [];
  // An interpolation starts at a `${` not preceded by another `$`, and runs to its closing brace.
  for (const match of text.matchAll(/(?<!\$)\$\{([^}]*)\}/g)) {
    for (const ref of match[1].matchAll(/(?:(data|ephemeral)\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)/g)) {
      const address = `${ref[1] ? `${ref[1]}.` : ""}${ref[2]}.${ref[3]}`;
      if (known.has(address)) found.push(address);
    }
  }
  return found;
}

/** The reference graph of a synthesized stack (cdk.tf.json). */
export function referenceGraph(stack: Json): ReferenceGraph {
  const blocks = blocksByAddress(stack);
  const nodes = new Set(blocks.keys());
  const edges = new Map<Address, Set<Address>>();
  for (const [address, block] of blocks) {
    const { depends_on: dependsOn, ...body } = block;
    const targets = new Set<Address>();
    for (const text of strings(body)) referencedAddresses(text, nodes).forEach((a) => targets.add(a));
    for (const entry of (dependsOn ?? []) as string[]) {
      if (nodes.has(entry)) targets.add(entry);
      else throw new Error(`${address}: depends_on names ${entry}, which the stack does not declare`);
    }
    targets.delete(address);
    edges.set(address, targets);
  }
  return { nodes, edges };
}

/** Whether `to` is reachable from `from` (Terraform creates `to` before `from`). */
export function reaches(graph: ReferenceGraph, from: Address, to: Address): boolean {
  const seen = new Set<Address>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const next = queue.shift()!;
    for (const target of graph.edges.get(next) ?? []) {
      if (target === to) return true;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return false;
}

/**
 * How a string names an object: a uid stands alone in it (not as part of a longer uid, as
 * `flinkobs-prod-flink` inside `flinkobs-prod-flink-overview`); a contact point's free-text name is
 * the whole string (a policy's `contact_point`); a message template is called by one of its
 * definitions (`{{ template "<name>.title" . }}`).
 */
export type UseForm = "uid" | "whole string" | "template call";

/** A Grafana object that others name by a literal uid or name. */
export interface NamedObject {
  /** The resource that creates it. */
  readonly address: Address;
  /** `folder`, `data source`, ... for messages. */
  readonly kind: string;
  /** Its uid or name. */
  readonly name: string;
  readonly form: UseForm;
}

/** A Grafana JSON model stored as a string, parsed (Terraform's `$${` escape read back as `${`). */
function parsedModel(text: unknown): Json | undefined {
  if (typeof text !== "string" || !/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(unescapeTerraform(text));
  } catch {
    return undefined;
  }
}

/** The Grafana objects of a stack that other objects can name, with the resources creating them. */
export function namedObjects(stack: Json): NamedObject[] {
  const objects: NamedObject[] = [];
  const add = (type: string, kind: string, form: UseForm, identity: (block: Json) => unknown) => {
    for (const [name, block] of Object.entries<Json>(stack.resource?.[type] ?? {})) {
      const value = identity(block);
      if (typeof value === "string" && !value.includes("${"))
        objects.push({ address: `${type}.${name}`, kind, name: value, form });
    }
  };
  add("grafana_folder", "folder", "uid", (b) => b.uid);
  add("grafana_data_source", "data source", "uid", (b) => b.uid);
  add("grafana_dashboard", "dashboard", "uid", (b) => parsedModel(b.config_json)?.uid);
  add("grafana_contact_point", "contact point", "whole string", (b) => b.name);
  add("grafana_message_template", "message template", "template call", (b) => b.name);
  return objects;
}

/** The names a string can use, in each form. */
function namesUsed(text: string): Record<UseForm, string[]> {
  return {
    uid: text.split(/[^A-Za-z0-9_-]+/).filter((t) => t.length > 0),
    "whole string": [text],
    "template call": [...text.matchAll(/\{\{-?\s*template\s+"([^"]+)\.[^"]*"/g)].map((m) => m[1]),
  };
}

/**
 * Uses that need no edge: a dashboard's links to other dashboards are URLs followed when clicked, never
 * resolved when the dashboard is saved (and the overview and the application dashboards link to each
 * other, which as edges would be a cycle); a dashboard names no contact point or template.
 */
function needsEdge(userAddress: Address, object: NamedObject): boolean {
  if (!userAddress.startsWith("grafana_dashboard.")) return true;
  // A dashboard names folders and data sources; it cannot name a contact point or a message template,
  // so a string of its model equal to one's name (a variable called `team`) is no use of it.
  return object.kind === "folder" || object.kind === "data source";
}

/** One Grafana object naming another by a literal, with no path to the resource creating it. */
export interface OrderingProblem {
  readonly user: Address;
  readonly object: NamedObject;
}

/**
 * A rule's `dashboard_url` annotation is a link in the notification, followed when clicked and never
 * resolved by Grafana when the rule is saved (unlike `__dashboardUid__`): it needs no edge.
 */
function withoutDashboardLinks(block: Json): Json {
  if (!Array.isArray(block.rule)) return block;
  return {
    ...block,
    rule: block.rule.map((rule: Json) => ({
      ...rule,
      annotations: Object.fromEntries(
        Object.entries(rule.annotations ?? {}).filter(([key]) => key !== "dashboard_url"),
      ),
    })),
  };
}

/** The strings of a block that can name other objects: its attributes, and the JSON models inside them. */
function namingStrings(block: Json): string[] {
  const texts = Object.entries(withoutDashboardLinks(block))
    .filter(([key]) => key !== "depends_on" && key !== "//")
    .flatMap(([, value]) => strings(value));
  for (const text of [...texts]) {
    const model = parsedModel(text);
    if (model) texts.push(...strings(model));
  }
  return texts;
}

/**
 * Every Grafana object that names another by a literal uid or name (folder, data source, dashboard,
 * contact point, message template) without a path in the reference graph to the resource creating it.
 */
export function orderingProblems(stack: Json): OrderingProblem[] {
  const graph = referenceGraph(stack);
  const byName = new Map<string, NamedObject[]>();
  for (const object of namedObjects(stack)) {
    const key = `${object.form}\u0000${object.name}`;
    byName.set(key, [...(byName.get(key) ?? []), object]);
  }
  const problems: OrderingProblem[] = [];
  for (const [address, block] of blocksByAddress(stack)) {
    if (!address.startsWith("grafana_")) continue;
    const used = new Set<NamedObject>();
    for (const text of namingStrings(block)) {
      for (const [form, names] of Object.entries(namesUsed(text)))
        for (const name of names) byName.get(`${form}\u0000${name}`)?.forEach((o) => used.add(o));
    }
    for (const object of used) {
      if (object.address === address || !needsEdge(address, object)) continue;
      if (!reaches(graph, address, object.address)) problems.push({ user: address, object });
    }
  }
  return problems;
}

/** Problems as lines a person reads. */
export function describeOrderingProblems(problems: readonly OrderingProblem[]): string[] {
  return problems.map(
    ({ user, object }) =>
      `${user} names ${object.kind} "${object.name}" as a literal, with no reference or depends_on path to ${object.address}`,
  );
}

/** Throws, listing every problem, unless every literal use of a Grafana object is ordered after its creator. */
export function assertCreationOrder(stackName: string, stack: Json): void {
  const lines = describeOrderingProblems(orderingProblems(stack));
  if (lines.length > 0) throw new Error(`stack ${stackName}: first apply can race:\n${lines.join("\n")}`);
}
