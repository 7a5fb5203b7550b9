import { Construct } from "constructs";
import { DataResource, TerraformIterator } from "cdktn";

/** Properties of a {@link DataProtectionGuard}. */
export interface DataProtectionGuardProps {
  /**
   * The stateful resources to guard, each as `<kind>/<physical name>` (`kinesis-stream/orders`).
   * Each key stays the same for as long as the resource keeps its name.
   */
  readonly resources: readonly string[];
}

/**
 * One `terraform_data` block with an instance per stateful resource and `prevent_destroy`.
 *
 * `prevent_destroy` on a resource only holds while its block is in the configuration: renaming an
 * application or a stream id gives its resources new addresses, and Terraform would destroy the old
 * ones without a word. This block never goes away while protection is on, so an instance whose
 * resource was renamed or removed is planned for destruction inside a block that forbids it, and the
 * plan fails naming the resource (`terraform_data.…["kinesis-stream/<name>"]`). The guard holds no
 * reference to the resources: it changes only when the set of names does.
 */
export class DataProtectionGuard extends Construct {
  /** The guard resource. */
  public readonly guard: DataResource;

  constructor(scope: Construct, id: string, props: DataProtectionGuardProps) {
    super(scope, id);
    const keys = [...new Set(props.resources)].sort();
    const iterator = TerraformIterator.fromMap(Object.fromEntries(keys.map((key) => [key, key])));
    // The instance key is all a guard needs; no input, so nothing but the set of names can change it.
    this.guard = new DataResource(this, "guard", { forEach: iterator, lifecycle: { preventDestroy: true } });
  }
}
