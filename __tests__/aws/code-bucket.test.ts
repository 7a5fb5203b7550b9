import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TerraformStack, Testing } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { CodeBucket, CodeBucketProps, S3CodeLocation, UploadJarProps } from "../../modules/aws/code-bucket";
import { Json, PRODUCTION_APP } from "../support/synth";

// The code bucket's settings, each resource compared whole: versioning, encryption, public access
// block, ownership, TLS-only policy, lifecycle rule, destroy protection, the uploaded object, and the
// errors that refuse bad props (naming the bucket, the field and the value).

const FIXTURE_JAR = path.join(__dirname, "..", "fixtures", "tiny-flink-job.jar");
const BUCKET = "flinkobs-code-123456789012";

/** A stack with the AWS provider. */
function bareStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "code-bucket-test");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  return stack;
}

/** The synthesized resources, with cdktf's 8-hex-digit logical-name suffixes removed (also inside references). */
function resources(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack).replace(/_[0-9A-F]{8}\b/g, "")).resource;
}

/** Builds a bucket (and optionally uploads a JAR) and returns the synthesized resources. */
function synthBucket(
  props: Partial<CodeBucketProps> = {},
  upload?: UploadJarProps,
): { resources: Json; location?: S3CodeLocation } {
  const stack = bareStack();
  const bucket = new CodeBucket(stack, "code", { bucketName: BUCKET, ...props });
  const location = upload ? bucket.uploadJar(stack, "jar", upload) : undefined;
  return { resources: resources(stack), location };
}

/** The CodeBucket construct's error for `props`, or "accepted". */
function outcome(props: Partial<CodeBucketProps>): string {
  try {
    new CodeBucket(bareStack(), "code", { bucketName: BUCKET, ...props } as CodeBucketProps);
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
}

const bucketRef = "${aws_s3_bucket.code_bucket.id}";

describe("CodeBucket resources", () => {
  test("default bucket: every resource and setting, exactly", () => {
    const { resources: r } = synthBucket();
    expect(r).toEqual({
      aws_s3_bucket: {
        code_bucket: { bucket: BUCKET, force_destroy: false, lifecycle: { prevent_destroy: true } },
      },
      aws_s3_bucket_versioning: {
        code_versioning: { bucket: bucketRef, versioning_configuration: { status: "Enabled" } },
      },
      aws_s3_bucket_server_side_encryption_configuration: {
        code_encryption: {
          bucket: bucketRef,
          rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } }],
        },
      },
      aws_s3_bucket_public_access_block: {
        "code_public-access": {
          bucket: bucketRef,
          block_public_acls: true,
          block_public_policy: true,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        },
      },
      aws_s3_bucket_ownership_controls: {
        code_ownership: { bucket: bucketRef, rule: { object_ownership: "BucketOwnerEnforced" } },
      },
      aws_s3_bucket_policy: {
        code_policy: {
          bucket: bucketRef,
          // S3 refuses concurrent changes to a bucket's policy and its public access block.
          depends_on: ["aws_s3_bucket_public_access_block.code_public-access"],
          policy: expect.any(String),
        },
      },
      aws_s3_bucket_lifecycle_configuration: {
        code_lifecycle: {
          bucket: bucketRef,
          depends_on: ["aws_s3_bucket_versioning.code_versioning"],
          rule: [
            {
              id: "expire-replaced-code",
              status: "Enabled",
              filter: [{}],
              noncurrent_version_expiration: [{ noncurrent_days: 90 }],
              abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
            },
          ],
        },
      },
    });
    expect(JSON.parse(r.aws_s3_bucket_policy.code_policy.policy)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    });
  });

  test.each([
    ["defaults", {}, { force_destroy: false, lifecycle: { prevent_destroy: true } }],
    ["forceDestroy: true", { forceDestroy: true }, { force_destroy: true, lifecycle: { prevent_destroy: true } }],
    ["forceDestroy: false", { forceDestroy: false }, { force_destroy: false, lifecycle: { prevent_destroy: true } }],
    ["protectData: true", { protectData: true }, { force_destroy: false, lifecycle: { prevent_destroy: true } }],
    ["protectData: false", { protectData: false }, { force_destroy: false, lifecycle: { prevent_destroy: false } }],
    [
      "forceDestroy: true, protectData: false",
      { forceDestroy: true, protectData: false },
      { force_destroy: true, lifecycle: { prevent_destroy: false } },
    ],
  ])("%s: force_destroy and prevent_destroy of the bucket", (_name, props, expected) => {
    expect(synthBucket(props).resources.aws_s3_bucket).toEqual({ code_bucket: { bucket: BUCKET, ...expected } });
  });

  test.each([1, 30, 400])(
    "noncurrentVersionExpirationDays %d expires replaced versions after that many days",
    (days) => {
      const rule = synthBucket({ noncurrentVersionExpirationDays: days }).resources
        .aws_s3_bucket_lifecycle_configuration.code_lifecycle.rule;
      expect(rule).toEqual([
        {
          id: "expire-replaced-code",
          status: "Enabled",
          filter: [{}],
          noncurrent_version_expiration: [{ noncurrent_days: days }],
          abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }],
        },
      ]);
    },
  );

  test("exposes the bucket's name and its ARN as plain strings", () => {
    const bucket = new CodeBucket(bareStack(), "code", { bucketName: BUCKET });
    expect({ name: bucket.bucketName, arn: bucket.bucketArn }).toEqual({
      name: BUCKET,
      arn: `arn:aws:s3:::${BUCKET}`,
    });
  });
});

describe("CodeBucket.uploadJar", () => {
  const hash = () => createHash("md5").update(readFileSync(FIXTURE_JAR)).digest("hex").toUpperCase();

  /** A scratch folder for files the tests create. */
  function scratch(): string {
    return mkdtempSync(path.join(os.tmpdir(), "code-bucket-"));
  }

  test("uploads the JAR under <keyPrefix>/<content hash>.jar, after versioning and encryption exist", () => {
    const jarPath = path.relative(process.cwd(), FIXTURE_JAR);
    const { resources: r, location } = synthBucket({}, { jarPath, keyPrefix: "flink-applications/orders" });
    const key = `flink-applications/orders/${hash()}.jar`;
    expect(r.aws_s3_object).toEqual({
      "jar-object": {
        bucket: bucketRef,
        key,
        source: `assets/jar/${hash()}/tiny-flink-job.jar`,
        source_hash: hash(),
        content_type: "application/java-archive",
        depends_on: [
          "aws_s3_bucket_versioning.code_versioning",
          "aws_s3_bucket_server_side_encryption_configuration.code_encryption",
        ],
      },
    });
    expect(location).toEqual({ bucketArn: `arn:aws:s3:::${BUCKET}`, fileKey: key });
  });

  test.each([
    ["apps", "apps"],
    ["apps/", "apps"],
    ["apps//", "apps"],
    ["team/app//", "team/app"],
    ["team//app/", "team//app"],
  ])("key prefix %j: trailing slashes are dropped, the rest is kept (%s/<hash>.jar)", (keyPrefix, expected) => {
    const { location } = synthBucket({}, { jarPath: FIXTURE_JAR, keyPrefix });
    expect(location!.fileKey).toBe(`${expected}/${hash()}.jar`);
  });

  test("a JAR whose extension is upper case is accepted", () => {
    const dir = scratch();
    const jarPath = path.join(dir, "JOB.JAR");
    writeFileSync(jarPath, readFileSync(FIXTURE_JAR));
    const { resources: r } = synthBucket({}, { jarPath, keyPrefix: "apps" });
    expect(r.aws_s3_object["jar-object"].key).toBe(`apps/${hash()}.jar`);
    expect(r.aws_s3_object["jar-object"].source).toBe(`assets/jar/${hash()}/JOB.JAR`);
  });

  test("a missing file is refused naming the bucket, the given path and the resolved one", () => {
    const bucket = new CodeBucket(bareStack(), "code", { bucketName: BUCKET });
    expect(() => bucket.uploadJar(bucket, "jar", { jarPath: "no/such/job.jar", keyPrefix: "apps" })).toThrow(
      new Error(
        `CodeBucket "${BUCKET}": jarPath "no/such/job.jar" is not a file (resolved to ${path.resolve("no/such/job.jar")})`,
      ),
    );
  });

  test("a folder named like a JAR is refused as not a file", () => {
    const folder = path.join(scratch(), "build.jar");
    mkdirSync(folder);
    const bucket = new CodeBucket(bareStack(), "code", { bucketName: BUCKET });
    expect(() => bucket.uploadJar(bucket, "jar", { jarPath: folder, keyPrefix: "apps" })).toThrow(
      new Error(`CodeBucket "${BUCKET}": jarPath ${JSON.stringify(folder)} is not a file (resolved to ${folder})`),
    );
  });

  test.each(["job.zip", "job.jar.txt", "jar"])("a file named %j is refused: it must name a .jar file", (name) => {
    const file = path.join(scratch(), name);
    writeFileSync(file, readFileSync(FIXTURE_JAR));
    const bucket = new CodeBucket(bareStack(), "code", { bucketName: BUCKET });
    expect(() => bucket.uploadJar(bucket, "jar", { jarPath: file, keyPrefix: "apps" })).toThrow(
      new Error(`CodeBucket "${BUCKET}": jarPath ${JSON.stringify(file)} must name a .jar file`),
    );
  });
});

describe("CodeBucket props validation", () => {
  const nameError = (name: unknown) =>
    `CodeBucket ${JSON.stringify(name)}: bucketName must be 3 to 63 lower-case letters, digits, '.' or '-', ` +
    `starting and ending with a letter or digit, got ${JSON.stringify(name)}`;

  test.each([
    "abc",
    "a1b",
    "1ab",
    "my.code-bucket",
    "a-b.c-d",
    "0-9",
    "a".repeat(63),
    `a${"-".repeat(61)}z`,
    `a${".-".repeat(30)}.z`,
  ])("bucket name %j is accepted", (bucketName) => {
    expect(outcome({ bucketName })).toBe("accepted");
  });

  test.each([
    "ab",
    "a",
    "",
    "a".repeat(64),
    "Abc",
    "abC",
    "my_bucket",
    "-abc",
    ".abc",
    "abc-",
    "abc.",
    "a..b",
    "ab..cd",
    "has space",
    "abc/def",
    " abc",
    "abc ",
  ])("bucket name %j is refused naming the field and the value", (bucketName) => {
    expect(outcome({ bucketName })).toBe(nameError(bucketName));
  });

  test.each([123, undefined, null])("a bucket name that is not a string (%j) is refused", (bucketName) => {
    expect(outcome({ bucketName: bucketName as never })).toBe(nameError(bucketName));
  });

  test.each([1, 2, 90, 365])("noncurrentVersionExpirationDays %d is accepted", (days) => {
    expect(outcome({ noncurrentVersionExpirationDays: days })).toBe("accepted");
  });

  test.each([0, -1, 1.5, 0.5, Number.NaN])("noncurrentVersionExpirationDays %d is refused", (days) => {
    expect(outcome({ noncurrentVersionExpirationDays: days })).toBe(
      `CodeBucket "${BUCKET}": noncurrentVersionExpirationDays must be an integer >= 1, got ${days}`,
    );
  });
});
