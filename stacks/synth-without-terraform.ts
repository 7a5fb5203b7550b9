import { IConstruct, IValidation } from "constructs";
import { IAspect } from "cdktn";
import { ValidateBinaryVersion } from "cdktn/lib/validations/validate-binary-version";

/** The oldest Terraform the stacks accept (`terraform.required_version`); Terraform enforces it. */
export const MINIMUM_TERRAFORM_VERSION = "1.10";

const TERRAFORM_NOT_RUNNABLE = /^Could not determine version of terraform\b/;
const wrapped = new WeakSet<IConstruct>();

/** cdktf's check that runs `terraform version` (the `cloud` backend, `terraform_data`, `moved` blocks). */
function isTerraformVersionCheck(validation: IValidation): boolean {
  return (
    validation instanceof ValidateBinaryVersion &&
    /^terraform version$/.test((validation as unknown as { versionCommand?: string }).versionCommand ?? "")
  );
}

/**
 * Synthesis without running Terraform. Some cdktf constructs (the `cloud` backend, `terraform_data`,
 * `moved` blocks) check the local Terraform's version during synth by running `terraform version`:
 * one child process per construct (about 30 ms each, most of a synth's child-process time), and a
 * failed synth on a machine with only Node and npm. The checks ask for Terraform >= 1.1, 1.4 or 1.5;
 * every stack declares `required_version >= 1.10`, which Terraform itself enforces on every init and
 * plan, so they add nothing. This aspect leaves them out and runs every other validation.
 *
 * Should a constructs release stop keeping validations where this aspect finds them, it falls back to
 * running them all and dropping only the "could not run terraform" result.
 */
export class SynthWithoutTerraform implements IAspect {
  public visit(node: IConstruct): void {
    if (wrapped.has(node)) return;
    wrapped.add(node);
    const validate = node.node.validate.bind(node.node);
    node.node.validate = () => {
      const validations = (node.node as unknown as { _validations?: unknown })._validations;
      if (Array.isArray(validations)) {
        return (validations as IValidation[]).filter((v) => !isTerraformVersionCheck(v)).flatMap((v) => v.validate());
      }
      return validate().filter((message) => !TERRAFORM_NOT_RUNNABLE.test(message));
    };
  }
}
