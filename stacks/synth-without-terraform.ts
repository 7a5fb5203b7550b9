import { IConstruct } from "constructs";
import { IAspect } from "cdktf";

const TERRAFORM_NOT_RUNNABLE = /^Could not determine version of terraform\b/;
const wrapped = new WeakSet<IConstruct>();

/**
 * Lets a machine with only Node and npm synthesize. Some cdktf constructs (the `cloud` backend,
 * `terraform_data`, `moved` blocks) validate the local Terraform's version by running `terraform
 * version` during synth, and fail synth when Terraform is not installed, although synthesis never needs
 * it. This aspect drops only the "could not run terraform" result from each construct's validations: a
 * Terraform that is too old still fails synth, and Terraform itself enforces the stack's
 * `required_version` on every plan.
 */
export class SynthWithoutTerraform implements IAspect {
  public visit(node: IConstruct): void {
    if (wrapped.has(node)) return;
    wrapped.add(node);
    const validate = node.node.validate.bind(node.node);
    node.node.validate = () => validate().filter((message) => !TERRAFORM_NOT_RUNNABLE.test(message));
  }
}
