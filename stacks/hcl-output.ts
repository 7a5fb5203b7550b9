import { IConstruct } from "constructs";
import { IAspect, TerraformDataSource, TerraformProvider, TerraformResource } from "cdktf";

/**
 * Whether this process synthesizes HCL (`cdktf synth --hcl` sets SYNTH_HCL_OUTPUT). cdktf 0.21 decides
 * the format per stack from this variable alone (App's `hclOutput` prop does not reach the stacks).
 */
export function synthesizesHcl(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SYNTH_HCL_OUTPUT === "true" || env.SYNTH_HCL_OUTPUT === "1";
}

/**
 * Escapes a single-line string that holds `${...}` interpolations for use inside an HCL quoted
 * template: `"` and `\` are escaped in the literal parts only; interpolations (and `$${` escapes) are
 * kept as they are, since quotes inside an expression belong to the expression.
 */
export function escapeHclTemplate(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
      out += text.slice(i, i + 3);
      i += 3;
    } else if (text.startsWith("${", i) || text.startsWith("%{", i)) {
      const end = interpolationEnd(text, i + 2);
      out += text.slice(i, end);
      i = end;
    } else {
      const c = text[i];
      out += c === '"' ? '\\"' : c === "\\" ? "\\\\" : c;
      i++;
    }
  }
  return out;
}

/** Index just past the `}` that closes an interpolation whose body starts at `from`. */
function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return text.length;
}

/** A literal `"` outside every interpolation: what cdktf's HCL renderer leaves unescaped. */
function needsEscaping(value: string): boolean {
  return value.includes("${") && !value.includes("\n") && escapeHclTemplate(value) !== value;
}

/**
 * Makes `cdktf synth --hcl` output parseable. cdktf 0.21 writes strings that contain `${...}`
 * verbatim between quotes, so a JSON document built with JSON.stringify around a token (an IAM policy
 * naming a resource ARN, a Lambda payload) comes out as `policy = "{"Version":...}"`, which Terraform
 * rejects. This aspect overrides each such attribute with its properly escaped form. JSON output is
 * not touched (the aspect does nothing unless the stack synthesizes HCL).
 */
export class HclStringEscaping implements IAspect {
  constructor(private readonly enabled: boolean = synthesizesHcl()) {}

  public visit(node: IConstruct): void {
    if (!this.enabled) return;
    if (!(node instanceof TerraformResource || node instanceof TerraformDataSource || node instanceof TerraformProvider)) return;
    const attributes = blockAttributes(node.toTerraform());
    if (attributes) this.escapeIn(node, attributes, []);
  }

  private escapeIn(node: TerraformResource | TerraformDataSource | TerraformProvider, value: unknown, path: string[]): void {
    if (typeof value === "string") {
      if (path.length > 0 && needsEscaping(value)) node.addOverride(path.join("."), escapeHclTemplate(value));
      return;
    }
    // Lists are left alone: an override path cannot address a list element. Maps and single blocks can.
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "//" || key.includes(".")) continue;
      this.escapeIn(node, inner, [...path, key]);
    }
  }
}

/** The attribute object of the single block an element renders (`{resource: {type: {name: {...}}}}`). */
function blockAttributes(rendered: Record<string, any>): Record<string, unknown> | undefined {
  for (const kind of ["resource", "data"]) {
    const byType = rendered[kind];
    if (byType) return Object.values(Object.values(byType)[0] as Record<string, any>)[0];
  }
  if (rendered.provider) {
    const blocks = Object.values(rendered.provider)[0];
    return Array.isArray(blocks) ? blocks[0] : (blocks as Record<string, unknown>);
  }
  return undefined;
}
