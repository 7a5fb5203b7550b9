import { Construct } from "constructs";
import { ITerraformDependable, TerraformElement, TerraformStack, Token } from "cdktn";
import { resolve } from "cdktn/lib/_tokens";
import { dependable, ref } from "cdktn/lib/tfExpression";

/** Properties of an {@link EphemeralResource}. */
export interface EphemeralResourceProps {
  /** Terraform type of the ephemeral resource, e.g. `aws_secretsmanager_secret_version`. */
  readonly type: string;
  /** Its arguments, under their Terraform names (snake_case); values may hold tokens. */
  readonly arguments: Record<string, unknown>;
  /**
   * Objects that must exist before the ephemeral resource is opened.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * An `ephemeral "<type>" "<name>"` block (Terraform >= 1.10). cdktf 0.21 has no construct for them, so
 * this element writes the block itself: in JSON through `toTerraform()`, and in HCL through
 * {@link EphemeralResource.toHcl}, which `stacks/hcl-output.ts` appends to the stack's HCL (cdktf's HCL
 * renderer drops block kinds it does not know). Values opened from it exist only while Terraform runs:
 * they are never written to a plan file or the state.
 */
export class EphemeralResource extends TerraformElement {
  readonly terraformType: string;
  private readonly args: Record<string, unknown>;
  private readonly dependsOn: string[];

  constructor(scope: Construct, id: string, props: EphemeralResourceProps) {
    super(scope, id, `ephemeral.${props.type}`);
    this.terraformType = props.type;
    this.args = props.arguments;
    this.dependsOn = (props.dependsOn ?? []).map((d) => dependable(d));
  }

  /** A reference to one of the resource's attributes (an ephemeral value: provider configuration may use it). */
  getStringAttribute(attribute: string): string {
    return Token.asString(
      ref(`ephemeral.${this.terraformType}.${this.friendlyUniqueId}.${attribute}`, TerraformStack.of(this)),
    );
  }

  private block(): Record<string, unknown> {
    return { ...this.args, ...(this.dependsOn.length > 0 ? { depends_on: this.dependsOn } : {}) };
  }

  override toTerraform(): Record<string, unknown> {
    return { ephemeral: { [this.terraformType]: { [this.friendlyUniqueId]: this.block() } } };
  }

  /**
   * The block in HCL. Arguments must be strings (templates, escaped by `escape`); `depends_on` is a list
   * of bare addresses.
   */
  toHcl(escape: (text: string) => string): string {
    const resolved = resolve(TerraformStack.of(this), this.block());
    const lines = [`ephemeral "${this.terraformType}" "${this.friendlyUniqueId}" {`];
    for (const [key, value] of Object.entries(resolved)) {
      if (key === "depends_on") lines.push(`  depends_on = [${(value as string[]).join(", ")}]`);
      else if (typeof value === "string") lines.push(`  ${key} = "${escape(value)}"`);
      else throw new Error(`EphemeralResource ${this.node.path}: argument ${key} must be a string in HCL output`);
    }
    lines.push("}");
    return lines.join("\n");
  }
}
