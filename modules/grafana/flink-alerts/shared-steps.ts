import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import { SEARCH_MAX_SERIES, SEARCH_QUERY_MAX_LENGTH, builderSearchExpression } from "../cloudwatch-search";
import {
  APPLICATION_DIMENSION,
  FlinkMetric,
  ResolvedMonitoringTarget,
  dimensionProblems,
  requireMetric,
} from "../../flink-metrics";
import {
  RULE_PERIOD_SECONDS,
  RuleQuery,
  RuleStep,
  mathStep,
  reduceStep,
  ruleMetricQuery,
  thresholdStep,
} from "./steps";

/**
 * Which applications a shared rule's queries read:
 * - `list`: the member names, as the values of the `Application` dimension (one SEARCH term
 *   `"Application"=("a" OR "b" …)`): nothing else in the account is read or billed;
 * - `all`: every application of the account (`Application` as a wildcard), when the list would make
 *   the SEARCH longer than {@link SEARCH_QUERY_MAX_LENGTH}; the rule then marks each instance as a
 *   member or not ({@link MEMBER_LABEL}) and the notification policy mutes the others.
 */
export type Membership =
  | { readonly form: "list"; readonly names: readonly string[] }
  | { readonly form: "all"; readonly names: readonly string[] };

/**
 * The label holding each alert instance's application: `Application` from a builder query's dimensions,
 * `Series` (the series' name, {@link APPLICATION_SERIES_LABEL}) from a code-mode expression, which Grafana
 * 12.4 does not label by dimension (`parseLabels`: "do not parse labels for raw queries").
 */
export function instanceApplicationLabel(query: RuleQuery): "Application" | "Series" {
  return query.type === "threshold" && query.read === "watermarkLag" ? "Series" : "Application";
}

/**
 * The series label Grafana gives each series of a shared query, and with it the `Application` label of
 * every alert instance (`${PROP('Dim.Application')}` is the value of the series' Application dimension).
 */
export const APPLICATION_SERIES_LABEL = "${PROP('Dim.Application')}";

/**
 * The account of a series, as a CloudWatch dynamic label ("Use dynamic labels", Amazon CloudWatch user
 * guide: "the AWS account ID of the metric").
 */
export const ACCOUNT_SERIES_LABEL = "${PROP('AccountId')}";

/**
 * How the alert instances of a shared rule name their application and account, as Go template
 * expressions over their labels, and the series label that makes them so.
 *
 * Over one account an instance's application is its `Application` label (or, from a code-mode
 * expression, its `Series`). Over several accounts (CloudWatch cross-account observability) one name
 * may be two applications, and Grafana labels no series by account, so the series label starts with
 * the account: `Series` is `<account> <application>[ <CloudWatch's label>]`. Names hold no space
 * (letters, digits, `_`, `.`, `-`), so its first word is the account and its first two the member key.
 */
export interface InstanceNaming {
  /** The label each query asks CloudWatch for: `Series` of every instance. */
  readonly seriesLabel: string;
  /** The instance's application (a template expression). */
  readonly application: string;
  /**
   * The instance's account (a template expression), over several accounts.
   * @default - none: one account
   */
  readonly account?: string;
  /** What the member label matches: the application, or `<account> <application>` over several accounts. */
  readonly memberKey: string;
  /**
   * The form `Series` must have for the member key to be read from it (over several accounts: an account
   * id, a space); an instance whose `Series` has another form (a dynamic label CloudWatch did not resolve)
   * counts as a member, so it notifies instead of being muted.
   * @default - none: the key is a label of its own
   */
  readonly seriesForm?: string;
  /** The key of a member, as {@link memberKey} gives it. */
  keyOf(member: { readonly applicationName: string; readonly account?: string }): string;
}

const SERIES = `(index $labels "Series")`;

/** How the instances of a rule with `query` are named, over one account or several. */
export function instanceNaming(query: RuleQuery, acrossAccounts: boolean): InstanceNaming {
  const label = instanceApplicationLabel(query);
  const exact = query.metric.inexactOnly === undefined || label === "Series";
  if (!acrossAccounts) {
    // `index` gives "" for a missing label (the DatasourceError instance has no data labels), where
    // `$labels.X` fails under Grafana's missingkey=invalid.
    const application = `(index $labels "${label}")`;
    return {
      // An exact read returns one series per set of dimension values, so `Series` is the application's
      // name. A read without exact match can return two series of one application (with and without a
      // Flow) whose query dimensions are equal: CloudWatch's default label (`${LABEL}`), which names
      // the dimensions that differ, keeps them apart.
      seriesLabel: exact ? APPLICATION_SERIES_LABEL : "${LABEL}",
      application,
      // Matched only where the label is present (the member label tests it first).
      memberKey: application,
      keyOf: (member) => member.applicationName,
    };
  }
  const prefix = `${ACCOUNT_SERIES_LABEL} ${APPLICATION_SERIES_LABEL}`;
  return {
    seriesLabel: exact ? prefix : `${prefix} \${LABEL}`,
    application: label === "Series" ? `(reReplaceAll "^[^ ]* " "" ${SERIES})` : `(index $labels "${label}")`,
    account: `(reReplaceAll " .*$" "" ${SERIES})`,
    memberKey: `(reReplaceAll "^([^ ]* [^ ]*).*$" "$1" ${SERIES})`,
    seriesForm: "^[0-9]{12} [^ ]",
    keyOf: (member) => `${member.account ?? ""} ${member.applicationName}`,
  };
}

/** The dimensions of a builder query reading `metric` for `membership`, and whether it matches exactly. */
export function sharedDimensions(
  metric: FlinkMetric,
  membership: Membership,
): { readonly dimensions: Record<string, string[]>; readonly matchExact: boolean } {
  const application = membership.form === "list" ? [...membership.names] : ["*"];
  // A metric published per stream, topic or flow is read with its whole dimension set, every other
  // dimension a wildcard: one series (one alert instance) per stream/shard/topic of each application.
  // A metric whose extra dimension AWS documents but does not confirm is read without exact match.
  const set = metric.dimensionSets[0] ?? [APPLICATION_DIMENSION];
  const dimensions: Record<string, string[]> = { [APPLICATION_DIMENSION]: application };
  for (const name of set) if (name !== APPLICATION_DIMENSION) dimensions[name] = ["*"];
  return { dimensions, matchExact: metric.inexactOnly === undefined };
}

export { SEARCH_MAX_SERIES, SEARCH_QUERY_MAX_LENGTH, builderSearchExpression } from "../cloudwatch-search";

/**
 * The fewest series a shared rule's SEARCH returns for its members: one per application, two where the
 * read has no exact match (a 2.2 state time with and without a Flow), and at least one per application
 * for a metric published per stream or topic (each further stream or topic is one more). A rule reading
 * every application of the account (membership `all`) also returns the account's other applications,
 * and over several accounts the same names in every linked account: this is a floor.
 */
export function seriesFloor(metric: FlinkMetric, memberCount: number): number {
  return memberCount * (metric.inexactOnly === undefined ? 1 : 2);
}

/**
 * The refusal of a shared rule whose SEARCH would return more than {@link SEARCH_MAX_SERIES} series: CloudWatch
 * returns the first 500 and Grafana only attaches a notice to the frame, so the other members would be
 * unwatched without an error.
 */
export function seriesCapProblem(usedBy: string, metric: FlinkMetric, memberCount: number): string | undefined {
  const floor = seriesFloor(metric, memberCount);
  if (floor <= SEARCH_MAX_SERIES) return undefined;
  return (
    `${usedBy}: its query returns at least ${floor} series (${memberCount} applications of ${metric.name}), more than ` +
    `the ${SEARCH_MAX_SERIES} a CloudWatch SEARCH returns; the others would be dropped without an error. Give some of ` +
    `these applications other alert thresholds (a rule of their own) or watch them from another environment`
  );
}

/** The metrics a rule query reads. */
export function queryMetrics(query: RuleQuery): FlinkMetric[] {
  return [query.metric];
}

/**
 * How a shared rule reads its members: the list when every SEARCH it makes stays within
 * {@link SEARCH_QUERY_MAX_LENGTH} characters, every application of the account otherwise.
 */
export function membershipFor(names: readonly string[], query: RuleQuery): Membership {
  const list: Membership = { form: "list", names: [...names].sort() };
  const fits = queryMetrics(query).every((metric) => {
    const { dimensions, matchExact } = sharedDimensions(metric, list);
    const search = builderSearchExpression(metric, dimensions, matchExact);
    return (
      (query.type === "threshold" && query.read === "watermarkLag" ? 2 : 1) * search.length <= SEARCH_QUERY_MAX_LENGTH
    );
  });
  return fits ? list : { form: "all", names: list.names };
}

/** Where the steps of one shared rule come from. */
export interface SharedStepContext {
  /** The applications it covers (one runtime family). */
  readonly members: readonly ResolvedMonitoringTarget[];
  readonly membership: Membership;
  readonly ds: { readonly type: string; readonly uid: string };
  /** How its instances are named (and whether it reads several accounts). */
  readonly naming: InstanceNaming;
  /** Names the rule in errors. */
  readonly usedBy: string;
}

function sharedMetricStep(
  ctx: SharedStepContext,
  refId: string,
  metric: FlinkMetric,
  windowSeconds: number,
  watermarkLag = false,
): RuleStep {
  for (const member of ctx.members) requireMetric(metric, member, `${ctx.usedBy} (${member.applicationName})`);
  const { dimensions, matchExact } = sharedDimensions(metric, ctx.membership);
  const problems = dimensionProblems(metric, Object.keys(dimensions), matchExact);
  if (problems.length > 0) throw new Error(`${ctx.usedBy}: ${problems.join("; ")}`);
  const q = ruleMetricQuery(refId, ctx.ds, metric).dimensions(dimensions).matchExact(matchExact);
  // Grafana 12.4 labels each series of a builder query with the query's dimensions and `Series`, the
  // first part of the label it asks CloudWatch for (grafana/grafana pkg/tsdb/cloudwatch, `parseLabels`,
  // after `|&|`-joined `${PROP('Dim.…')}` it appends). A code-mode expression gets no dimension labels
  // at all, only `Series`: its label must name the application ({@link instanceNaming}).
  q.label(ctx.naming.seriesLabel);
  // Over several accounts: `all` makes every query a SEARCH of every linked account (one member would
  // otherwise be a GetMetricData MetricStat of the monitoring account's own metric; grafana-cloudwatch-
  // datasource pkg/cloudwatch/models/cloudwatch_query.go, `IsInferredSearchExpression`).
  if (ctx.naming.account !== undefined) q.accountId("all");
  if (watermarkLag) {
    // Wall clock minus the watermark needs metric math (EPOCH is each datapoint's timestamp, in
    // seconds; the watermark is epoch milliseconds): the same SEARCH the builder would make, in code.
    const series = builderSearchExpression(metric, dimensions, matchExact);
    q.metricEditorMode(cloudwatch.MetricEditorMode.Code).expression(`1000 * EPOCH(${series}) - ${series}`);
  } else {
    q.metricEditorMode(cloudwatch.MetricEditorMode.Builder);
  }
  return {
    refId,
    datasourceUid: ctx.ds.uid,
    fromSeconds: windowSeconds,
    model: { ...q.build(), intervalMs: RULE_PERIOD_SECONDS * 1000, maxDataPoints: 43200 },
  };
}

/** The step of a shared `count` rule holding each instance's count over the window. */
export const SHARED_COUNT_REF_ID = "D";

/**
 * The queries and expressions of a rule over several applications, in evaluation order (the last one
 * is the condition). Every query is a builder query (or, for watermark lag, its SEARCH in metric
 * math) labelled by application, and every expression works per series, so each application (and each
 * stream, shard or topic where the metric has one) is its own alert instance.
 * - threshold: A = the metric, B = reduced, [C = `math` on $B], then the comparison.
 * - count: A = the cumulative counter, B = its last value, C = its lowest in the window, D = B − C
 *   (the growth over the window; a counter reset in the window counts from the reset, so it can
 *   undercount, never overcount), E = D ≥ atLeast.
 * - growth: as for one application (A = now, B = last, C = baseline window, D = its maximum,
 *   E = growth in %, F = E > percent).
 */
export function sharedQuerySteps(ctx: SharedStepContext, query: RuleQuery): RuleStep[] {
  if (query.type === "count") {
    return [
      sharedMetricStep(ctx, "A", query.metric, query.windowMinutes * 60),
      reduceStep("B", "A", "last"),
      reduceStep("C", "A", "min"),
      mathStep(SHARED_COUNT_REF_ID, "$B - $C"),
      thresholdStep("E", SHARED_COUNT_REF_ID, "gt", query.atLeast - 0.5),
    ];
  }
  if (query.type === "growth") {
    const baseline = sharedMetricStep(ctx, "C", query.metric, query.baselineFromSeconds);
    return [
      sharedMetricStep(ctx, "A", query.metric, query.recentSeconds),
      reduceStep("B", "A", "last"),
      { ...baseline, toSeconds: query.baselineToSeconds },
      reduceStep("D", "C", "max"),
      mathStep("E", "($B - $D) * 100 / ($D + 1)"),
      thresholdStep("F", "E", "gt", query.percent),
    ];
  }
  const read = query.read ?? "value";
  const steps = [
    sharedMetricStep(ctx, "A", query.metric, query.windowSeconds, read === "watermarkLag"),
    reduceStep("B", "A", query.reducer),
  ];
  if (query.math !== undefined) steps.push(mathStep("C", query.math));
  const input = steps[steps.length - 1].refId;
  const refId = String.fromCharCode(input.charCodeAt(0) + 1);
  return [...steps, thresholdStep(refId, input, query.op, query.value)];
}
