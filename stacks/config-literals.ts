import { terraformLiteral } from "../modules/grafana/terraform-literal";

/**
 * The configuration with every string, keys included, turned into a Terraform literal (`${` → `$${`,
 * `%{` → `%%{`): the one boundary between configuration and Terraform, so that no text from an
 * environment file is ever evaluated, whichever field it comes from now or later. The schema already
 * refuses template sequences in every field that is not free text (lib/config/strings.ts); free text
 * (descriptions, property values, SAML metadata) keeps them and reaches the resource as written.
 *
 * Only what becomes Terraform goes through here: a string built into a JSON model that is itself
 * escaped as a whole (dashboards, alert queries) must not be free text, or it would be escaped twice.
 */
export function asTerraformLiterals<T>(config: T): T {
  return literal(config) as T;
}

function literal(value: unknown): unknown {
  if (typeof value === "string") return terraformLiteral(value);
  if (Array.isArray(value)) return value.map(literal);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [terraformLiteral(k), literal(v)]));
}
