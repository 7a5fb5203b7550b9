// Which alert instances are this environment's applications, for a rule that reads every application of
// the account: the label template that marks them, and its inverse. Dependency-free, so the synth
// summary and the verifier read it back without loading the constructs.

/**
 * Label a rule reading every application of the account (membership `all`) gives each instance:
 * `true` for the applications of this environment, `false` for the others, which the notification
 * policy mutes (an unrelated application in the account must not page this environment).
 */
export const MEMBER_LABEL = "flink_member";

/** Escapes a name for a Go regular expression (application names hold letters, digits, `_`, `.`, `-`). */
function regexLiteral(name: string): string {
  return name.replace(/[.\\+*?()|[\]{}^$]/g, "\\$&");
}

/**
 * The label template marking an instance as one of `keys` or not: `keyExpression` (by default its
 * `label`, the one holding its application) gives an instance's key, an application name or, over
 * several accounts, `<account> <name>`. An instance without `label` (the DatasourceError alert of a
 * failed evaluation) counts as a member: a query error must reach the environment's contact points.
 * `index` gives "" for a missing label, where `$labels.X` would give "[no value]" (Grafana expands with
 * missingkey=invalid). With `recognized`, an instance whose `label` does not match it counts as a member
 * too: a label that is not of the expected form cannot tell, and an alert too many is better than one
 * muted without a trace.
 */
export function memberLabelTemplate(
  keys: readonly string[],
  label = "Application",
  keyExpression = `(index $labels "${label}")`,
  recognized?: string,
): string {
  // A raw string (backquotes): in a double-quoted Go string `\.` is an invalid escape and the template
  // would not parse (text/template reads its strings with strconv.Unquote); Grafana would then keep the
  // template text as the label's value and mute nothing.
  const pattern = `^(${keys.map(regexLiteral).join("|")})$`;
  const present = `(index $labels "${label}")`;
  const unrecognized = recognized === undefined ? "" : `{{ else if not (match \`${recognized}\` ${present}) }}true`;
  return `{{ if not ${present} }}true${unrecognized}{{ else if match \`${pattern}\` ${keyExpression} }}true{{ else }}false{{ end }}`;
}

/** An application as a member key names it: `name`, or `<account> <name>` over several accounts. */
export function memberOfKey(key: string): { readonly applicationName: string; readonly account?: string } {
  const [first, second] = key.split(" ");
  return second === undefined ? { applicationName: first } : { applicationName: second, account: first };
}

/**
 * The keys (names, or `<account> <name>`) a member label template accepts (the inverse of {@link memberLabelTemplate}), or undefined
 * for any other text. Read back by the synth summary (applications a wildcard rule is counted for) and
 * the verifier (applications it checks).
 */
export function memberLabelNames(template: string | undefined): string[] | undefined {
  const alternatives = template === undefined ? undefined : /match `\^\(([^)`]*)\)\$`/.exec(template)?.[1];
  return alternatives?.split("|").map((name) => name.replace(/\\(.)/g, "$1"));
}

/** The parts of a CloudWatch query model {@link applicationsOfQuery} reads. */
export interface ApplicationQueryModel {
  readonly metricEditorMode?: unknown;
  readonly expression?: unknown;
  readonly dimensions?: { readonly Application?: unknown };
}

/**
 * The applications a rule's query reads, by member key: those its member label accepts when it has one
 * (a rule reading every application of the account, or every linked account), else the values of a
 * builder query's `Application` dimension or of the `"Application"=(…)` term of its SEARCH; undefined
 * when it names none. Read by the synth summary (how many series a query is billed for, a floor) and
 * the verifier (which applications it checks the query for).
 */
export function applicationsOfQuery(
  model: ApplicationQueryModel,
  memberLabel: string | undefined,
): string[] | undefined {
  const members = memberLabelNames(memberLabel);
  if (members) return members;
  if (model.metricEditorMode === 1 && typeof model.expression === "string") {
    const term = /"Application"=(\([^)]*\)|"[^"]*")/.exec(model.expression)?.[1];
    return term === undefined ? undefined : [...term.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  }
  const dimension = model.dimensions?.Application;
  const values = Array.isArray(dimension) ? dimension.map(String) : typeof dimension === "string" ? [dimension] : [];
  return values.length === 0 || values.includes("*") ? undefined : values;
}
