import { unescapeTerraform } from "../../modules/grafana/terraform-literal";
import { Json, resourcesOfType } from "./synth";

/** A `grafana_rule_group.rule` block as synthesized. */
export type RuleBlock = Json & {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  data: Json[];
};

/** Every rule of every rule group of a synthesized stack. */
export function ruleBlocks(json: Json): RuleBlock[] {
  return Object.values(resourcesOfType(json, "grafana_rule_group")).flatMap((g) => g.rule as RuleBlock[]);
}

/** The query and expression models of a rule, as Grafana receives them. */
export function ruleModels(rule: RuleBlock): Json[] {
  return rule.data.map((d) => JSON.parse(unescapeTerraform(d.model)));
}

/**
 * The applications a rule covers, read from what Grafana receives: the `Application` dimension of its
 * first query (the values of a builder query, the name in a per-application SEARCH), or, when it reads
 * every application of the account, the names its `flink_member` label template accepts.
 */
export function ruleMembers(rule: RuleBlock): string[] {
  const query = ruleModels(rule)[0];
  const application = query.dimensions?.Application as string[] | string | undefined;
  if (application === undefined) {
    const named = /Application="((?:[^"\\]|\\.)*)"/.exec(String(query.expression ?? ""));
    return named ? [named[1]] : [];
  }
  const values = Array.isArray(application) ? application : [application];
  if (!values.includes("*")) return values;
  const names = /`\^\(([^)`]*)\)\$`/.exec(rule.labels.flink_member)![1].split("|");
  return names.map((n) => n.replace(/\\\./g, "."));
}

/** The Flink rules that cover `application`. */
export function rulesCovering(json: Json, application: string): RuleBlock[] {
  return ruleBlocks(json).filter((r) => r.labels.team === "flink" && ruleMembers(r).includes(application));
}

/**
 * The double-quoted string literals in the actions of a Go template that text/template refuses: it reads
 * them with strconv.Unquote, which knows only the escapes below, so `"\."` fails the whole template (and
 * Grafana then keeps the template's text as the label's value). Raw strings (backquotes) take any text.
 */
export function invalidGoStringLiterals(template: string): string[] {
  const invalid: string[] = [];
  for (const action of template.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
    const withoutRaw = action[1].replace(/`[^`]*`/g, "``");
    for (const literal of withoutRaw.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const escapes = /\\(?:[abfnrtv\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})/g;
      if (literal[1].replace(escapes, "").includes("\\")) invalid.push(literal[0]);
    }
  }
  return invalid;
}
