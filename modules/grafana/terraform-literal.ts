/**
 * Escapes Terraform's template sequences (`${` and `%{`) so that a literal string, such as a Grafana
 * dashboard or alert-query JSON model, reaches the provider exactly as written. Terraform reads every
 * string in `.tf.json` as a template: an unescaped `${PROP('Dim.Application')}` CloudWatch label would
 * be parsed as an interpolation and fail validation.
 */
export function terraformLiteral(text: string): string {
  // A replacer function, not a replacement string: in the latter "$$" would itself mean "$".
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** Reads a string of the synthesized configuration back as the provider receives it: the inverse of {@link terraformLiteral}. */
export function unescapeTerraform(text: string): string {
  return text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
