import { IConstruct } from "constructs";
import { IAspect, TerraformElement, TerraformStack, TerraformVariable } from "cdktn";
import { EphemeralResource } from "../modules/ephemeral-resource";

/**
 * Whether this process synthesizes HCL (`cdktf synth --hcl` sets SYNTH_HCL_OUTPUT). cdktf 0.21 decides
 * the format per stack from this variable alone (App's `hclOutput` prop does not reach the stacks).
 */
export function synthesizesHcl(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SYNTH_HCL_OUTPUT === "true" || env.SYNTH_HCL_OUTPUT === "1";
}

/**
 * Escapes a string for the inside of an HCL quoted template: in the literal parts `\`, `"`, newline
 * and carriage return become `\\`, `\"`, `\n`, `\r`; interpolations `${...}`, directives `%{...}` and
 * their escapes `$${`, `%%{` are kept as they are (quotes inside an expression belong to it).
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
      out += LITERAL_ESCAPES[text[i]] ?? text[i];
      i++;
    }
  }
  return out;
}

const LITERAL_ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r" };

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

/**
 * Escapes every string value of an element's HCL description (what `toHclTerraform()` returns before
 * cdktf renders it). Attribute descriptions are `{value, type, storageClassType, ...}`: only `value` is
 * data. Map keys and cdktf's `//` metadata are left alone.
 */
export function escapeHclValues(node: unknown): unknown {
  if (typeof node === "string") return escapeHclTemplate(node);
  if (Array.isArray(node)) return node.map(escapeHclValues);
  if (node === null || typeof node !== "object") return node;
  const record = node as Record<string, unknown>;
  if ("value" in record && "storageClassType" in record) return { ...record, value: escapeHclValues(record.value) };
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, key === "//" ? value : escapeHclValues(value)]),
  );
}

/** Variable settings cdktf 0.21 leaves out of HCL when they are falsy, though they change behaviour. */
const FALSY_VARIABLE_SETTINGS = ["nullable", "default"] as const;

/**
 * Puts back a variable's `nullable = false` and a `default` of `false`, `0` or `""`, which cdktf 0.21's
 * HCL renderer drops as "empty" (turning a non-nullable variable nullable, and an optional one required).
 */
type HclBlocks = { variable?: Record<string, Record<string, unknown>> } | undefined;

function restoreFalsyVariableSettings<T extends HclBlocks>(variable: TerraformVariable, hcl: T): T {
  const rendered = variable.toTerraform() as { variable?: Record<string, Record<string, unknown>> };
  const json = rendered.variable?.[variable.friendlyUniqueId] ?? {};
  const block = hcl?.variable?.[variable.friendlyUniqueId];
  if (!block) return hcl;
  for (const setting of FALSY_VARIABLE_SETTINGS) {
    const value = json[setting];
    if ((value === false || value === 0 || value === "") && !(setting in block)) {
      block[setting] = { value, type: "simple", storageClassType: typeof value };
    }
  }
  return hcl;
}

/**
 * Makes `cdktf synth --hcl` write what the JSON says. cdktf 0.21's HCL renderer (a) writes strings
 * containing `${...}` verbatim between quotes, so a JSON document with a reference in it (an IAM policy
 * naming an ARN) becomes `policy = "{"Version":...}"`, which Terraform rejects; (b) never escapes `\`,
 * so `\"` inside a value loses its backslash; (c) writes multi-line strings as heredocs, which add a
 * trailing newline the JSON value does not have (a permanent diff after leaving cdktf); (d) drops a
 * variable's `nullable = false` and falsy defaults. The aspect escapes every string of every element
 * before cdktf renders it (cdktf then leaves them alone: it does not re-escape a quote that follows a
 * backslash, and no newline is left for a heredoc) and restores (d). JSON output is not touched: the
 * aspect does nothing unless the stack synthesizes HCL. (e) cdktf's HCL renderer knows no `ephemeral`
 * blocks: the stack's HCL gets every {@link EphemeralResource}'s block appended; (f) it writes a
 * `terraform` block setting such as `required_version` as `0 = "required_version"`: put back.
 */
export class HclRenderingFixes implements IAspect {
  private readonly wrapped = new WeakSet<TerraformElement>();

  constructor(private readonly enabled: boolean = synthesizesHcl()) {}

  private readonly stacks = new WeakSet<TerraformStack>();

  public visit(node: IConstruct): void {
    if (this.enabled && node instanceof TerraformStack && !this.stacks.has(node)) {
      this.stacks.add(node);
      appendEphemeralBlocks(node);
    }
    if (!this.enabled || !(node instanceof TerraformElement) || this.wrapped.has(node)) return;
    this.wrapped.add(node);
    const render = node.toHclTerraform.bind(node);
    node.toHclTerraform =
      node instanceof TerraformVariable
        ? () => escapeHclValues(restoreFalsyVariableSettings(node, render()))
        : () => escapeHclValues(render());
  }
}

/** Blocks of the `terraform` block that cdktf's HCL renderer writes itself. */
const TERRAFORM_SUB_BLOCKS = ["required_providers", "backend", "cloud"];

/**
 * Fixes the stack-level HCL: the `terraform` block's own settings (cdktf writes the i-th one as
 * `i = "<name>"`) and the `ephemeral` blocks of its {@link EphemeralResource}s (appended).
 */
function appendEphemeralBlocks(stack: TerraformStack): void {
  const render = stack.toHclTerraform.bind(stack);
  stack.toHclTerraform = () => {
    const rendered = render() as { hcl: string; metadata: unknown };
    const terraformBlock = (stack.toTerraform() as { terraform?: Record<string, unknown> }).terraform ?? {};
    const settings = Object.keys(terraformBlock).filter((key) => !TERRAFORM_SUB_BLOCKS.includes(key));
    settings.forEach((key, i) => {
      const value = terraformBlock[key];
      if (typeof value !== "string") throw new Error(`terraform.${key} must be a string in HCL output`);
      rendered.hcl = rendered.hcl.replace(`\n  ${i} = "${key}"\n`, `\n  ${key} = "${escapeHclTemplate(value)}"\n`);
    });
    const blocks = stack.node
      .findAll()
      .filter((c): c is EphemeralResource => c instanceof EphemeralResource)
      .map((e) => e.toHcl(escapeHclTemplate));
    return blocks.length === 0 ? rendered : { ...rendered, hcl: [rendered.hcl, ...blocks].join("\n\n") + "\n" };
  };
}
