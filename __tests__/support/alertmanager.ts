// Routes alert instances through the real Alertmanager routing engine (`amtool config routes test`).
//
// Grafana's notification policy tree is an Alertmanager routing tree: Grafana converts the policies to
// Alertmanager routes and dispatches with its fork of Alertmanager (grafana/prometheus-alertmanager),
// whose dispatch/route.go (NewRoute, Route.Match) is upstream's: depth-first, left to right, `continue`
// to try the next sibling, the receiver and timings inherited from the parent, mute time intervals not
// inherited. So translating the synthesized `grafana_notification_policy`, `grafana_contact_point`s and
// `grafana_mute_timing`s to an Alertmanager file lets amtool 0.25 (Debian's prometheus-alertmanager)
// answer "which contact points does this instance reach", instead of a re-implementation of routing
// in the tests.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, stringify } from "yaml";
import { Json, resourcesOfType } from "./synth";

/** How to get amtool; named in the error when it is missing (these tests never skip). */
export const AMTOOL_INSTALL = "apt-get install prometheus-alertmanager";

/** The labels of one alert instance. */
export type Labels = Record<string, string>;

/** A route of the generated Alertmanager tree that an instance matched. */
export interface MatchedRoute {
  /** The matchers of each route from the root's child down to this route (`[]` for the root itself). */
  readonly path: string[][];
  /** The receiver (Grafana contact point name) of the route, inherited from its parents when unset. */
  readonly receiver: string;
  /** The route's own `mute_time_intervals` (Alertmanager does not inherit them). */
  readonly muteTimeIntervals: string[];
  /** Whether one of those intervals holds an interval with no field set, which matches every instant. */
  readonly alwaysMuted: boolean;
}

/** Where one label set goes. */
export interface Routing {
  readonly labels: Labels;
  /** amtool's answer on the real configuration: receiver names, one per matched route, in tree order. */
  readonly receivers: string[];
  /** The matched routes, in the same order as `receivers`. */
  readonly routes: MatchedRoute[];
}

/**
 * A Terraform value of the stack as Grafana would receive it: a literal, or a whole-string reference
 * `${type.logical_id.attribute}` to a resource of the same stack, replaced by that attribute's value.
 */
export function resolveReference(json: Json, value: string): string {
  const reference = /^\$\{([\w-]+)\.([\w-]+)\.(\w+)\}$/.exec(value);
  if (!reference) {
    if (value.includes("${")) throw new Error(`not a plain literal or a whole-string reference: ${value}`);
    return value;
  }
  const [, type, logicalId, attribute] = reference;
  const resource = resourcesOfType(json, type)[logicalId];
  if (resource === undefined) throw new Error(`${value}: no ${type}.${logicalId} in the stack`);
  const resolved = resource[attribute];
  if (typeof resolved !== "string") throw new Error(`${value}: ${type}.${logicalId} has no literal ${attribute}`);
  return resolveReference(json, resolved);
}

const MATCH_TYPES = new Set(["=", "!=", "=~", "!~"]);

/** A Grafana policy matcher as an Alertmanager `matchers:` string (labels.ParseMatcher's syntax). */
function matcherString(m: Json): string {
  if (!MATCH_TYPES.has(m.match)) throw new Error(`unknown matcher operator ${JSON.stringify(m.match)}`);
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(m.label)) throw new Error(`label name not supported here: ${m.label}`);
  return `${m.label}${m.match}${quote(String(m.value))}`;
}

/** A double-quoted matcher value: Alertmanager's parser knows the escapes \\, \" and \n. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

// Fields of the provider's policy blocks that the translation knows. Any other field stops it, so that
// a new routing setting is translated here before a test trusts amtool's answer.
const ROOT_FIELDS = new Set([
  "//",
  "contact_point",
  "group_by",
  "group_wait",
  "group_interval",
  "repeat_interval",
  "policy",
]);
const NESTED_FIELDS = new Set([
  "contact_point",
  "matcher",
  "continue",
  "mute_timings",
  "active_timings",
  "group_by",
  "group_wait",
  "group_interval",
  "repeat_interval",
  "policy",
]);

function checkFields(block: Json, known: Set<string>, where: string): void {
  const unknown = Object.keys(block).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`${where}: fields not translated to Alertmanager: ${unknown.join(", ")}`);
}

/** The timing options a policy block sets, under Alertmanager's names. */
function timing(json: Json, block: Json): Json {
  return {
    ...(block.group_by ? { group_by: block.group_by } : {}),
    ...(block.group_wait ? { group_wait: block.group_wait } : {}),
    ...(block.group_interval ? { group_interval: block.group_interval } : {}),
    ...(block.repeat_interval ? { repeat_interval: block.repeat_interval } : {}),
    ...(block.mute_timings?.length
      ? { mute_time_intervals: block.mute_timings.map((t: string) => resolveReference(json, t)) }
      : {}),
    ...(block.active_timings?.length
      ? { active_time_intervals: block.active_timings.map((t: string) => resolveReference(json, t)) }
      : {}),
  };
}

function nestedRoute(json: Json, block: Json, where: string): Json {
  checkFields(block, NESTED_FIELDS, where);
  const children = (block.policy ?? []) as Json[];
  return {
    ...(block.contact_point ? { receiver: resolveReference(json, block.contact_point) } : {}),
    matchers: ((block.matcher ?? []) as Json[]).map(matcherString),
    ...(block.continue ? { continue: true } : {}),
    ...timing(json, block),
    ...(children.length ? { routes: children.map((c, i) => nestedRoute(json, c, `${where}.policy[${i}]`)) } : {}),
  };
}

/** The labels the stack's notification policy matches on: the only ones routing reads. */
export function routingLabels(json: Json): Set<string> {
  const labels = new Set<string>();
  const walk = (block: Json) => {
    for (const m of (block.matcher ?? []) as Json[]) labels.add(m.label);
    for (const child of (block.policy ?? []) as Json[]) walk(child);
  };
  for (const policy of Object.values(resourcesOfType(json, "grafana_notification_policy"))) walk(policy);
  return labels;
}

/** A `grafana_mute_timing` interval under Alertmanager's time_interval field names. */
function timeInterval(interval: Json): Json {
  checkFields(interval, new Set(["times", "weekdays", "days_of_month", "months", "years", "location"]), "interval");
  const out: Json = {};
  if (interval.times?.length) out.times = interval.times.map((t: Json) => ({ start_time: t.start, end_time: t.end }));
  for (const field of ["weekdays", "days_of_month", "months", "years"])
    if (interval[field]?.length) out[field] = interval[field];
  if (interval.location) out.location = interval.location;
  return out;
}

/**
 * The Alertmanager configuration (YAML) equivalent to the stack's notification policy: the policy tree
 * as routes with `matchers:` strings, receivers named like the contact points (their integrations do not
 * matter to routing), and the mute timings as `time_intervals`. Grafana's empty interval `{}` ("mute all
 * the time") stays `{}`, which Alertmanager's TimeInterval.ContainsTime also reads as every instant.
 */
export function alertmanagerConfig(json: Json): string {
  const policies = Object.entries(resourcesOfType(json, "grafana_notification_policy"));
  if (policies.length !== 1) throw new Error(`expected one grafana_notification_policy, found ${policies.length}`);
  const [id, policy] = policies[0];
  checkFields(policy, ROOT_FIELDS, id);
  const route = {
    receiver: resolveReference(json, policy.contact_point),
    ...timing(json, policy),
    ...(policy.policy?.length
      ? { routes: (policy.policy as Json[]).map((p, i) => nestedRoute(json, p, `${id}.policy[${i}]`)) }
      : {}),
  };
  const receivers = Object.values(resourcesOfType(json, "grafana_contact_point")).map((cp) => ({
    name: resolveReference(json, cp.name),
  }));
  const timeIntervals = Object.values(resourcesOfType(json, "grafana_mute_timing")).map((t) => ({
    name: resolveReference(json, t.name),
    time_intervals: ((t.intervals ?? []) as Json[]).map(timeInterval),
  }));
  return stringify({ route, receivers, ...(timeIntervals.length ? { time_intervals: timeIntervals } : {}) });
}

/** Writes {@link alertmanagerConfig} of the stack to a fresh temp file, checked by `amtool check-config`. */
export function writeAlertmanagerConfig(json: Json, name = "alertmanager"): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "alertmanager-")), `${name}.yml`);
  writeFileSync(file, alertmanagerConfig(json));
  checkConfig(file);
  return file;
}

const AMTOOL_MISSING = `amtool not found: these tests route alerts with Alertmanager's amtool; ${AMTOOL_INSTALL}`;

function amtoolFailed(args: string[], status: number | null, stdout: string, stderr: string): Error {
  return new Error(`amtool ${args.join(" ")} exited with ${status}:\n${stdout}${stderr}`);
}

/** Runs amtool; throws when it is missing or fails. */
function amtoolSync(args: string[]): string {
  const result = spawnSync("amtool", args, { encoding: "utf8", timeout: 30_000 });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") throw new Error(AMTOOL_MISSING);
  if (result.error) throw result.error;
  if (result.status !== 0) throw amtoolFailed(args, result.status, result.stdout, result.stderr);
  return result.stdout;
}

/** Runs amtool without blocking, so that several run at once; rejects when it is missing or fails. */
function amtool(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("amtool", args, { timeout: 30_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e: NodeJS.ErrnoException) => reject(e.code === "ENOENT" ? new Error(AMTOOL_MISSING) : e));
    child.on("close", (status) =>
      status === 0 ? resolve(stdout) : reject(amtoolFailed(args, status, stdout, stderr)),
    );
  });
}

/**
 * `fn` of every item, at most `limit` at a time. amtool spends its ~15 ms starting up, so runs
 * overlapped on the machine's cores answer faster than one after another.
 */
async function inParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const limit = Math.max(2, os.availableParallelism() * 4);
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `amtool check-config`: Alertmanager loads the file (matchers parse, receivers and intervals exist). */
export function checkConfig(file: string): void {
  amtoolSync(["check-config", file]);
}

/**
 * The routes of a configuration file, and a copy of it whose routes each have their own receiver
 * (`route-<n>`): amtool names receivers, not routes, and a receiver such as the default appears on
 * several routes; on the copy, its answer names the routes themselves.
 */
function probeConfig(configFile: string): { probeFile: string; routes: Map<string, MatchedRoute>; labels: string[] } {
  const config = parse(readFileSync(configFile, "utf8")) as Json;
  const always = new Set(
    ((config.time_intervals ?? []) as Json[])
      .filter((t) => ((t.time_intervals ?? []) as Json[]).some((i) => Object.keys(i).length === 0))
      .map((t) => t.name as string),
  );
  const routes = new Map<string, MatchedRoute>();
  const labels = new Set<string>();
  const walk = (route: Json, parentPath: string[][] | undefined, parentReceiver: string): Json => {
    const matchers = (route.matchers ?? []) as string[];
    for (const m of matchers) labels.add(/^[a-zA-Z_][a-zA-Z0-9_]*/.exec(m)![0]);
    const receiver = (route.receiver as string | undefined) ?? parentReceiver;
    const muteTimeIntervals = (route.mute_time_intervals ?? []) as string[];
    const routePath = parentPath === undefined ? [] : [...parentPath, matchers];
    const probe = `route-${routes.size}`;
    routes.set(probe, {
      path: routePath,
      receiver,
      muteTimeIntervals,
      alwaysMuted: muteTimeIntervals.some((t) => always.has(t)),
    });
    return {
      ...route,
      receiver: probe,
      ...(route.routes ? { routes: (route.routes as Json[]).map((r) => walk(r, routePath, receiver)) } : {}),
    };
  };
  const route = walk(config.route, undefined, config.route.receiver);
  const probed = { ...config, route, receivers: [...routes.keys()].map((name) => ({ name })) };
  const probeFile = configFile.replace(/(\.ya?ml)?$/, ".routes.yml");
  writeFileSync(probeFile, stringify(probed));
  return { probeFile, routes, labels: [...labels] };
}

/** `amtool config routes test` of one label set: the receiver names, in tree order. */
async function routesTest(configFile: string, labels: Labels): Promise<string[]> {
  const args = Object.entries(labels).map(([k, v]) => `${k}=${quote(v)}`);
  // `-o simple`: a user's amtool config file could set another output format. The answer is one line
  // of comma-separated receiver names (contact point names cannot hold a comma).
  const out = (
    await amtool(["config", "routes", "test", "-o", "simple", `--config.file=${configFile}`, ...args])
  ).trim();
  return out === "" ? [] : out.split(",");
}

/**
 * Where each label set goes, per amtool: the routes it matches (asked on a copy of the configuration
 * whose routes have their own receivers) and the receivers amtool prints for the configuration itself.
 *
 * amtool tests one label set per run (~15 ms, mostly start-up) and has no batch mode, so runs overlap,
 * and each question is asked once:
 * - label sets are asked once per distinct value of the labels the routes match on: routing reads no
 *   other label, so the answer is exact;
 * - the configuration itself is asked once per distinct set of matched routes (the same routes have
 *   the same receivers), and its answer must be those routes' receivers, which checks the copy.
 */
export async function routesFor(configFile: string, labelSets: readonly Labels[]): Promise<Routing[]> {
  const { probeFile, routes, labels } = probeConfig(configFile);
  const keyOf = (set: Labels) => JSON.stringify(labels.map((l) => set[l] ?? ""));
  const distinct = new Map<string, Labels>();
  for (const set of labelSets) if (!distinct.has(keyOf(set))) distinct.set(keyOf(set), set);
  const asked = [...distinct.values()];
  const probes = await inParallel(asked, (set) => routesTest(probeFile, set));
  const matched = new Map<string, MatchedRoute[]>();
  const probeAnswerOf = new Map<string, string>();
  const byRoutes = new Map<string, Labels>();
  asked.forEach((set, i) => {
    probeAnswerOf.set(keyOf(set), probes[i].join(","));
    matched.set(
      keyOf(set),
      probes[i].map((probe) => {
        const route = routes.get(probe);
        if (!route) throw new Error(`amtool answered an unknown route ${probe}`);
        return route;
      }),
    );
    byRoutes.set(probes[i].join(","), set);
  });
  const receivers = new Map<string, string[]>();
  const representatives = [...byRoutes.entries()];
  const answers = await inParallel(representatives, ([, set]) => routesTest(configFile, set));
  representatives.forEach(([probeAnswer, set], i) => {
    const expected = matched.get(keyOf(set))!.map((r) => r.receiver);
    if (JSON.stringify(expected) !== JSON.stringify(answers[i]))
      throw new Error(
        `${JSON.stringify(set)}: amtool reaches ${JSON.stringify(answers[i])}, its routes ${JSON.stringify(expected)}`,
      );
    receivers.set(probeAnswer, answers[i]);
  });
  return labelSets.map((set) => ({
    labels: set,
    receivers: receivers.get(probeAnswerOf.get(keyOf(set))!)!,
    routes: matched.get(keyOf(set))!,
  }));
}
