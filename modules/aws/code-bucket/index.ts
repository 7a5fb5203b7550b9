import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Construct } from "constructs";
import { AssetType, ITerraformDependable, TerraformAsset } from "cdktn";
import { S3Bucket } from "@cdktn/provider-aws/lib/s3-bucket";
import { S3BucketLifecycleConfiguration } from "@cdktn/provider-aws/lib/s3-bucket-lifecycle-configuration";
import { S3BucketOwnershipControls } from "@cdktn/provider-aws/lib/s3-bucket-ownership-controls";
import { S3BucketPolicy } from "@cdktn/provider-aws/lib/s3-bucket-policy";
import { S3BucketPublicAccessBlock } from "@cdktn/provider-aws/lib/s3-bucket-public-access-block";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktn/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { S3BucketVersioningA } from "@cdktn/provider-aws/lib/s3-bucket-versioning";
import { S3Object } from "@cdktn/provider-aws/lib/s3-object";

/** S3 bucket names: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit. */
export const BUCKET_NAME_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Where a piece of code lives in S3: what a Managed Flink application reads at start. */
export interface S3CodeLocation {
  /** ARN of the bucket (`arn:aws:s3:::<bucket>`). */
  readonly bucketArn: string;
  /** Key of the object in the bucket. */
  readonly fileKey: string;
  /**
   * Version of the object to read.
   * @default - the latest version
   */
  readonly objectVersion?: string;
  /**
   * Account that owns the bucket; readers are granted the object only in a bucket of this account
   * (`s3:ResourceAccount`), so a deleted bucket whose name someone else claimed cannot serve code.
   * @default - the reader's own account
   */
  readonly bucketAccount?: string;
}

/** Properties of a {@link CodeBucket}. */
export interface CodeBucketProps {
  /** Globally unique bucket name (3 to 63 lower-case letters, digits, '.', '-'). */
  readonly bucketName: string;
  /**
   * Let `terraform destroy` delete the bucket with the code objects still in it.
   * @default false
   */
  readonly forceDestroy?: boolean;
  /**
   * Days after which replaced (noncurrent) object versions are deleted.
   * @default 90
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Refuse any plan that destroys or replaces the bucket (`prevent_destroy`).
   * @default true
   */
  readonly protectData?: boolean;
}

/** Properties of {@link CodeBucket.uploadJar}. */
export interface UploadJarProps {
  /** Path of the JAR file; relative paths are resolved from the current directory (the project root under `cdktf`). */
  readonly jarPath: string;
  /** Key prefix of the object, e.g. the application name; the key is `<keyPrefix>/<content hash>.jar`. */
  readonly keyPrefix: string;
}

/**
 * The project's bucket for application code uploaded from this repository (local JARs): versioned,
 * encrypted at rest (SSE-S3), public access blocked, ACLs disabled, and a policy that refuses every
 * request not made over TLS.
 */
export class CodeBucket extends Construct {
  /** The bucket's name (plain string). */
  public readonly bucketName: string;
  /** The bucket's ARN (`arn:aws:s3:::<name>`; plain string, known at synth time). */
  public readonly bucketArn: string;
  /** The bucket resource. */
  public readonly bucket: S3Bucket;
  /** Configuration that must exist before objects are written (versioning, encryption). */
  private readonly objectPrerequisites: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: CodeBucketProps) {
    super(scope, id);
    validateCodeBucketProps(props);
    this.bucketName = props.bucketName;
    // The ARN of a bucket is fixed by its name; a plain string keeps IAM policies readable in tests and plans.
    this.bucketArn = `arn:aws:s3:::${props.bucketName}`;

    this.bucket = new S3Bucket(this, "bucket", {
      bucket: props.bucketName,
      forceDestroy: props.forceDestroy ?? false,
      lifecycle: { preventDestroy: props.protectData ?? true },
    });
    const versioning = new S3BucketVersioningA(this, "versioning", {
      bucket: this.bucket.id,
      versioningConfiguration: { status: "Enabled" },
    });
    const encryption = new S3BucketServerSideEncryptionConfigurationA(this, "encryption", {
      bucket: this.bucket.id,
      rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    });
    const publicAccess = new S3BucketPublicAccessBlock(this, "public-access", {
      bucket: this.bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, "ownership", {
      bucket: this.bucket.id,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    new S3BucketPolicy(this, "policy", {
      bucket: this.bucket.id,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            // A deny of every action is the point here: no request of any kind without TLS.
            Action: "s3:*",
            Resource: [this.bucketArn, `${this.bucketArn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      }),
      // S3 rejects concurrent changes to a bucket's policy and public access block.
      dependsOn: [publicAccess],
    });
    new S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket: this.bucket.id,
      rule: [
        {
          id: "expire-replaced-code",
          status: "Enabled",
          filter: [{}],
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays ?? 90 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
      dependsOn: [versioning],
    });
    this.objectPrerequisites = [versioning, encryption];
  }

  /**
   * Uploads a local JAR as a Terraform asset: the file is copied into the synthesized stack and
   * written to `<keyPrefix>/<content hash>.jar`, so a new build gives a new key, and every
   * application reading it is updated by the same plan.
   */
  public uploadJar(scope: Construct, id: string, props: UploadJarProps): S3CodeLocation {
    const jarPath = path.resolve(props.jarPath);
    if (!existsSync(jarPath) || !statSync(jarPath).isFile()) {
      throw new Error(
        `CodeBucket ${JSON.stringify(this.bucketName)}: jarPath ${JSON.stringify(props.jarPath)} is not a file (resolved to ${jarPath})`,
      );
    }
    if (!jarPath.toLowerCase().endsWith(".jar")) {
      throw new Error(
        `CodeBucket ${JSON.stringify(this.bucketName)}: jarPath ${JSON.stringify(props.jarPath)} must name a .jar file`,
      );
    }
    const asset = new TerraformAsset(scope, id, { path: jarPath, type: AssetType.FILE });
    const fileKey = `${props.keyPrefix.replace(/\/+$/, "")}/${asset.assetHash}.jar`;
    new S3Object(scope, `${id}-object`, {
      bucket: this.bucket.id,
      key: fileKey,
      source: asset.path,
      sourceHash: asset.assetHash,
      contentType: "application/java-archive",
      dependsOn: this.objectPrerequisites,
    });
    return { bucketArn: this.bucketArn, fileKey };
  }
}

/** Checks the props of a {@link CodeBucket}; throws an error naming the field. */
export function validateCodeBucketProps(props: CodeBucketProps): void {
  const fail = (message: string): never => {
    throw new Error(`CodeBucket ${JSON.stringify(props.bucketName)}: ${message}`);
  };
  if (
    typeof props.bucketName !== "string" ||
    !BUCKET_NAME_PATTERN.test(props.bucketName) ||
    props.bucketName.includes("..")
  ) {
    fail(
      `bucketName must be 3 to 63 lower-case letters, digits, '.' or '-', starting and ending with a letter or digit, got ${JSON.stringify(props.bucketName)}`,
    );
  }
  const days = props.noncurrentVersionExpirationDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1))
    fail(`noncurrentVersionExpirationDays must be an integer >= 1, got ${days}`);
}
