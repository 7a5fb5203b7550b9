import path from "node:path";
import { z } from "zod";

// The `backend` section: where each stack keeps its Terraform state. Mapped to cdktf backends by
// stacks/backend.ts. Credentials never go here: S3 uses the AWS credential chain, Terraform Cloud the
// CLI's token (`terraform login` or TF_TOKEN_<host>).

const awsRegion = z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/, "an AWS region such as eu-west-1");

const secretKey = (hint: string) =>
  z.never({ error: `secrets do not belong in environment files; ${hint}` }).optional();

/** Local state file (the default): fine for one operator, no locking across machines. */
export const localBackendConfigSchema = z.strictObject({
  type: z.literal("local"),
  /**
   * State file path, relative to the stack's synthesized folder (`cdktf.out/stacks/<env>`).
   * Default `../../../terraform.<env>.tfstate`, i.e. `terraform.<env>.tfstate` in the project root,
   * where re-synthesizing never touches it.
   */
  path: z
    .string()
    .min(1)
    .refine(
      (p) => path.posix.isAbsolute(p) || path.win32.isAbsolute(p) || path.posix.normalize(p).startsWith("../../../"),
      {
        error:
          "a relative path is resolved from cdktf.out/stacks/<env>/, which is build output (deleted and rewritten freely): use an absolute path or one starting with ../../../ (the project root)",
      },
    )
    .optional(),
});

/** S3 state bucket with locking (S3 lock file, optionally also DynamoDB). */
export const s3BackendConfigSchema = z
  .strictObject({
    type: z.literal("s3"),
    /** Name of an existing, versioned state bucket. */
    bucket: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "an S3 bucket name: 3-63 lower-case letters, digits, '.' and '-'"),
    /** Object key of the state. Default `flink-observability/<env>.tfstate`. */
    key: z
      .string()
      .min(1)
      .max(1024)
      .regex(/^[^/].*[^/]$|^[^/]$/, "an object key that neither starts nor ends with '/'")
      .optional(),
    /** Region of the bucket. Default: the environment's region. */
    region: awsRegion.optional(),
    /** Server-side encryption of the state object. Default true. */
    encrypt: z.boolean().default(true),
    /** KMS key (id, ARN or alias ARN) to encrypt the state with. Default: the bucket's default encryption. */
    kmsKeyId: z.string().min(1).optional(),
    /**
     * Lock with a lock file next to the state (`use_lockfile`, Terraform >= 1.10, S3 conditional writes).
     * Default true. Set false only with `dynamodbTable`.
     */
    useLockfile: z.boolean().default(true),
    /**
     * DynamoDB table (partition key `LockID`) for the legacy lock; deprecated by Terraform in favour of the
     * lock file. Both can be on during a migration. Default: none.
     */
    dynamodbTable: z
      .string()
      .regex(/^[a-zA-Z0-9_.-]{3,255}$/, "a DynamoDB table name: 3-255 letters, digits, '_', '.' and '-'")
      .optional(),
    /** IAM role the backend assumes to read and write the state (a separate state account). Default: none. */
    roleArn: z
      .string()
      .regex(
        /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/,
        "an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)",
      )
      .optional(),
    /** Prefix of the state key for non-default Terraform workspaces. Default Terraform's (`env:`). */
    workspaceKeyPrefix: z.string().min(1).optional(),
    accessKey: secretKey("use the AWS credential chain (profile, SSO, OIDC role)"),
    secretKey: secretKey("use the AWS credential chain (profile, SSO, OIDC role)"),
  })
  .refine((b) => b.useLockfile || b.dynamodbTable !== undefined, {
    path: ["useLockfile"],
    error: "state must be locked: keep useLockfile true or set dynamodbTable",
  });

/** Terraform Cloud / Terraform Enterprise (`cloud` block): one workspace per stack. */
export const cloudBackendConfigSchema = z
  .strictObject({
    type: z.literal("cloud"),
    /** Organization that owns the workspace. */
    organization: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "an organization name: letters, digits, '_' and '-'"),
    /** Terraform Cloud or Enterprise host name. Default `app.terraform.io` (HCP Terraform). */
    hostname: z
      .string()
      .regex(
        /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/,
        "a host name such as app.terraform.io or tfe.example.com",
      )
      .default("app.terraform.io"),
    /** Project the workspace belongs to (created there by `terraform init` if missing). Default: the organization's default project. */
    project: z.string().min(1).max(40).optional(),
    /** Workspace name. Default `flink-observability-<env>`. Mutually exclusive with `workspaceTags`. */
    workspace: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,90}$/, "a workspace name: letters, digits, '_' and '-', at most 90 characters")
      .optional(),
    /**
     * Select workspaces by tags instead of by name (`terraform workspace select` picks one). Default: none
     * (a named workspace). Mutually exclusive with `workspace`.
     */
    workspaceTags: z
      .array(
        z.string().regex(/^[a-z0-9][a-z0-9:_-]*$/, "a workspace tag: lower-case letters, digits, ':', '_' and '-'"),
      )
      .min(1)
      .optional(),
    token: secretKey("run `terraform login` or set TF_TOKEN_<host> (TF_TOKEN_app_terraform_io)"),
  })
  .refine((b) => !(b.workspace && b.workspaceTags), {
    path: ["workspaceTags"],
    error: "set either workspace or workspaceTags, not both",
  });

export const backendConfigSchema = z.discriminatedUnion("type", [
  localBackendConfigSchema,
  s3BackendConfigSchema,
  cloudBackendConfigSchema,
]);

export type LocalBackendConfig = z.output<typeof localBackendConfigSchema>;
export type S3BackendConfig = z.output<typeof s3BackendConfigSchema>;
export type CloudBackendConfig = z.output<typeof cloudBackendConfigSchema>;
export type BackendConfig = z.output<typeof backendConfigSchema>;
