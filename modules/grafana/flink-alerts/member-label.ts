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
 * The label template marking an instance as one of `names` or not, by its `label` (the one holding its
 * application). An instance without it (the DatasourceError alert of a failed evaluation) counts as a
 * member: a query error must reach the environment's contact points. `index` gives "" for a missing
 * label, where `$labels.X` would give "[no value]" (Grafana expands with missingkey=invalid).
 */
export function memberLabelTemplate(names: readonly string[], label = "Application"): string {
  const pattern = `^(${names.map(regexLiteral).join("|")})$`;
  const value = `(index $labels "${label}")`;
  return `{{ if not ${value} }}true{{ else if match "${pattern}" ${value} }}true{{ else }}false{{ end }}`;
}

/**
 * The names a member label template accepts (the inverse of {@link memberLabelTemplate}), or undefined
 * for any other text. Read back by the synth summary (applications a wildcard rule is counted for) and
 * the verifier (applications it checks).
 */
export function memberLabelNames(template: string | undefined): string[] | undefined {
  const alternatives = template === undefined ? undefined : /match "\^\(([^)"]*)\)\$"/.exec(template)?.[1];
  return alternatives?.split("|").map((name) => name.replace(/\\(.)/g, "$1"));
}
