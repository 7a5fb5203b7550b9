import {
  CloudBackend,
  LocalBackend,
  NamedCloudWorkspace,
  S3Backend,
  TaggedCloudWorkspaces,
  TerraformBackend,
  TerraformStack,
} from "cdktn";
import { BackendConfig } from "../lib/config/backend-config";

/** What {@link configureBackend} needs to know about the stack besides its backend settings. */
export interface BackendTarget {
  /** Environment name (also the stack name); names the state key and the workspace by default. */
  readonly environment: string;
  /** The environment's AWS region; the S3 bucket's region unless the backend names another. */
  readonly region: string;
}

/** `workspaces { project = ... }` in HCL form (cdktf 0.21 writes `project` to JSON only). */
function hclProject(project: string | undefined): Record<string, unknown> {
  return project === undefined ? {} : { project: { value: project, type: "simple", storageClassType: "string" } };
}

/** A named workspace whose project survives `cdktf synth --hcl`. */
class NamedWorkspaceInProject extends NamedCloudWorkspace {
  public toHclTerraform(): Record<string, unknown> {
    return { ...super.toHclTerraform(), ...hclProject(this.project) };
  }
}

/** Tag-selected workspaces whose project survives `cdktf synth --hcl`. */
class TaggedWorkspacesInProject extends TaggedCloudWorkspaces {
  public toHclTerraform(): Record<string, unknown> {
    return { ...super.toHclTerraform(), ...hclProject(this.project) };
  }
}

/** Default S3 object key of an environment's state. */
export function defaultStateKey(environment: string): string {
  return `flink-observability/${environment}.tfstate`;
}

/** Default Terraform Cloud workspace of an environment (one workspace per stack). */
export function defaultCloudWorkspace(environment: string): string {
  return `flink-observability-${environment}`;
}

/**
 * Declares the stack's backend from its validated configuration: `local` (default), `s3` (with the S3
 * lock file and/or a DynamoDB lock table) or `cloud` (Terraform Cloud / Enterprise, one workspace per
 * stack). Returns the backend so callers can read remote state or add overrides.
 */
export function configureBackend(
  stack: TerraformStack,
  backend: BackendConfig,
  target: BackendTarget,
): TerraformBackend {
  switch (backend.type) {
    case "local":
      // A relative path keeps the synthesized output identical on every checkout; it points from
      // cdktf.out/stacks/<env>/ back to the project root, so re-synthesizing never touches the state.
      return new LocalBackend(stack, { path: backend.path ?? `../../../terraform.${target.environment}.tfstate` });
    case "s3": {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: backend.key ?? defaultStateKey(target.environment),
        region: backend.region ?? target.region,
        encrypt: backend.encrypt,
        kmsKeyId: backend.kmsKeyId,
        dynamodbTable: backend.dynamodbTable,
        workspaceKeyPrefix: backend.workspaceKeyPrefix,
        assumeRole: backend.roleArn ? { roleArn: backend.roleArn } : undefined,
      });
      // cdktf 0.21's S3BackendConfig predates Terraform 1.10's `use_lockfile`; the override writes the
      // same attribute into both the JSON and the HCL output.
      if (backend.useLockfile) s3.addOverride("use_lockfile", true);
      return s3;
    }
    case "cloud": {
      const workspaces = backend.workspaceTags
        ? new TaggedWorkspacesInProject(backend.workspaceTags, backend.project)
        : new NamedWorkspaceInProject(backend.workspace ?? defaultCloudWorkspace(target.environment), backend.project);
      return new CloudBackend(stack, { organization: backend.organization, hostname: backend.hostname, workspaces });
    }
  }
}
