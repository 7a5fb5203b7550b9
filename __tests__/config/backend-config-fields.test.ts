import { describeValue } from "../../lib/config/load";
import { EnvironmentConfig } from "../../lib/config/schema";
import { parseEnvironmentDocument } from "../support/environment-file";

// The `backend` section field by field: every pattern's anchors and length bounds, the refused secrets
// with their hint, the cross-field rules, and the defaults filled in when a field is left out. Each
// refusal is the exact problem line a user sees: `<file>: <field>: <message> (value <value>)`.

const BASE = { account: "123456789012", region: "eu-west-1" };

const REGION = "an AWS region such as eu-west-1";
const BUCKET = "an S3 bucket name: 3-63 lower-case letters, digits, '.' and '-'";
const KEY = "an object key that neither starts nor ends with '/'";
const TABLE = "a DynamoDB table name: 3-255 letters, digits, '_', '.' and '-'";
const ROLE = "an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)";
const ORGANIZATION = "an organization name: letters, digits, '_' and '-'";
const HOSTNAME = "a host name such as app.terraform.io or tfe.example.com";
const WORKSPACE = "a workspace name: letters, digits, '_' and '-', at most 90 characters";
const TAG = "a workspace tag: lower-case letters, digits, ':', '_' and '-'";
const LOCAL_PATH =
  "a relative path is resolved from cdktf.out/stacks/<env>/, which is build output (deleted and rewritten freely): use an absolute path or one starting with ../../../ (the project root)";
const AWS_SECRET = "secrets do not belong in environment files; use the AWS credential chain (profile, SSO, OIDC role)";
const TOKEN_SECRET =
  "secrets do not belong in environment files; run `terraform login` or set TF_TOKEN_<host> (TF_TOKEN_app_terraform_io)";
const NON_EMPTY = "Too small: expected string to have >=1 characters";

/** The parsed backend; fails the test with the problems when the file is refused. */
function accepted(backend: object): EnvironmentConfig["backend"] {
  const { config, problems } = parseEnvironmentDocument({ ...BASE, backend });
  if (!config) throw new Error(`expected acceptance, got:\n${problems.join("\n")}`);
  return config.backend;
}

/** Every problem line of the file; fails the test when it is accepted. */
function refusal(backend: object): { shown: string; problems: string[] } {
  const { shown, config, problems } = parseEnvironmentDocument({ ...BASE, backend });
  if (config) throw new Error(`expected backend ${JSON.stringify(backend)} to be refused`);
  return { shown, problems };
}

/** Asserts the file's problems are exactly `messages`, each at `field` with `value` as shown. */
function expectRefused(backend: object, field: string, value: string, ...messages: string[]): void {
  const { shown, problems } = refusal(backend);
  expect(problems).toEqual(messages.map((m) => `${shown}: ${field}: ${m} (value ${value})`));
}

const s3 = (extra: object) => ({ type: "s3", bucket: "state-bucket", ...extra });
const cloud = (extra: object) => ({ type: "cloud", organization: "acme", ...extra });
const text = (length: number, char = "a") => char.repeat(length);

describe("local backend", () => {
  test("without a path it is the local backend alone", () => {
    expect(accepted({ type: "local" })).toStrictEqual({ type: "local" });
  });

  test.each([
    ["an absolute POSIX path", "/var/lib/terraform/dev.tfstate"],
    ["an absolute Windows path", "C:\\terraform\\dev.tfstate"],
    ["a path into the project root", "../../../dev.tfstate"],
    ["a path that normalizes into the project root", "./../../x/../../state/dev.tfstate"],
  ])("state path outside the build output is accepted: %s", (_, statePath) => {
    expect(accepted({ type: "local", path: statePath })).toStrictEqual({ type: "local", path: statePath });
  });

  test.each([
    ["the stack folder itself", "terraform.tfstate"],
    ["a sub-folder of the stack folder", "state/dev.tfstate"],
    ["one level up (cdktf.out/stacks)", "../dev.tfstate"],
    ["two levels up (cdktf.out)", "../../dev.tfstate"],
    ["a path that normalizes back into cdktf.out", "../../x/../dev.tfstate"],
  ])("state path inside the build output is refused with the reason: %s", (_, statePath) => {
    expectRefused({ type: "local", path: statePath }, "backend.path", JSON.stringify(statePath), LOCAL_PATH);
  });

  test("an empty state path is refused as empty and as inside the build output", () => {
    expectRefused({ type: "local", path: "" }, "backend.path", '""', NON_EMPTY, LOCAL_PATH);
  });
});

describe("S3 backend", () => {
  test("defaults: encrypted, locked by a lock file, nothing else set", () => {
    expect(accepted({ type: "s3", bucket: "state-bucket" })).toStrictEqual({
      type: "s3",
      bucket: "state-bucket",
      encrypt: true,
      useLockfile: true,
    });
  });

  test("every field set is kept as written", () => {
    const backend = s3({
      key: "flink/dev.tfstate",
      region: "us-east-1",
      encrypt: false,
      kmsKeyId: "k",
      useLockfile: false,
      dynamodbTable: "terraform-locks",
      roleArn: "arn:aws:iam::123456789012:role/terraform-state",
      workspaceKeyPrefix: "w",
    });
    expect(accepted(backend)).toStrictEqual(backend);
  });

  test.each([
    ["the shortest name", "abc"],
    ["the longest name (63 characters)", `a${text(61, "b")}c`],
    ["digits, dots and dashes inside", "0state.bucket-9"],
    ["a longer usual name", "acme-terraform-state"],
  ])("bucket name accepted: %s", (_, bucket) => {
    expect(accepted(s3({ bucket }))).toMatchObject({ bucket });
  });

  test.each([
    ["too short (2 characters)", "ab"],
    ["too long (64 characters)", `a${text(62, "b")}c`],
    ["starting with '-'", "-state-bucket"],
    ["starting with '.'", ".state-bucket"],
    ["ending with '-'", "state-bucket-"],
    ["ending with '.'", "state-bucket."],
    ["upper-case letters", "State-Bucket"],
    ["an underscore", "state_bucket"],
    ["a slash (an ARN, not a name)", "arn:aws:s3:::state"],
  ])("bucket name refused: %s", (_, bucket) => {
    expectRefused(s3({ bucket }), "backend.bucket", describeValue(bucket), BUCKET);
  });

  test.each([
    ["a single character", "k"],
    ["two characters", "ab"],
    ["a nested key", "flink-observability/dev.tfstate"],
    ["the longest key (1024 characters)", text(1024, "k")],
  ])("state key accepted: %s", (_, key) => {
    expect(accepted(s3({ key }))).toMatchObject({ key });
  });

  test.each([
    ["starting with '/'", "/flink/dev.tfstate"],
    ["ending with '/'", "flink/"],
    ["two characters ending with '/'", "k/"],
    ["a single '/'", "/"],
    ["'/' then one character", "/k"],
  ])("state key refused: %s", (_, key) => {
    expectRefused(s3({ key }), "backend.key", JSON.stringify(key), KEY);
  });

  test("state key longer than 1024 characters is refused", () => {
    const key = text(1025, "k");
    expectRefused(s3({ key }), "backend.key", describeValue(key), "Too big: expected string to have <=1024 characters");
  });

  test("an empty state key is refused as empty and as not a key", () => {
    expectRefused(s3({ key: "" }), "backend.key", '""', NON_EMPTY, KEY);
  });

  test.each(["eu-west-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "cn-northwest-1", "ap-southeast-3"])(
    "bucket region %s is accepted",
    (region) => {
      expect(accepted(s3({ region }))).toMatchObject({ region });
    },
  );

  test.each([
    ["a prefix before the region", "xeu-west-1"],
    ["a letter after the number", "eu-west-1x"],
    ["two digits at the end", "eu-west-12"],
    ["a one-letter country", "e-west-1"],
    ["a three-letter country", "eur-west-1"],
    ["digits for the country", "12-west-1"],
    ["no location", "eu--1"],
    ["digits for the location", "eu-1-1"],
    ["no number", "eu-west"],
    ["a letter for the number", "eu-west-a"],
    ["upper case", "EU-WEST-1"],
    ["an unknown partition infix", "us-gv-west-1"],
    ["two letters after iso", "us-isobb-east-1"],
  ])("bucket region refused: %s", (_, region) => {
    expectRefused(s3({ region }), "backend.region", JSON.stringify(region), REGION);
  });

  test.each([
    ["kmsKeyId", "alias/terraform-state"],
    ["workspaceKeyPrefix", "environments"],
  ])("%s takes any non-empty text", (field, value) => {
    expect(accepted(s3({ [field]: value }))).toMatchObject({ [field]: value });
    expectRefused(s3({ [field]: "" }), `backend.${field}`, '""', NON_EMPTY);
  });

  test.each([
    ["the shortest name", "abc"],
    ["the longest name (255 characters)", text(255, "t")],
    ["letters, digits, '_', '.' and '-'", "Terraform_locks.v2-0"],
  ])("DynamoDB lock table accepted: %s", (_, dynamodbTable) => {
    expect(accepted(s3({ dynamodbTable }))).toMatchObject({ dynamodbTable });
  });

  test.each([
    ["too short (2 characters)", "ab"],
    ["too long (256 characters)", text(256, "t")],
    ["a character outside the set at the start", "!terraform-locks"],
    ["a character outside the set at the end", "terraform-locks!"],
    ["a space", "terraform locks"],
  ])("DynamoDB lock table refused: %s", (_, dynamodbTable) => {
    expectRefused(s3({ dynamodbTable }), "backend.dynamodbTable", describeValue(dynamodbTable), TABLE);
  });

  test.each([
    ["a plain role", "arn:aws:iam::123456789012:role/terraform-state"],
    ["a one-character role name", "arn:aws:iam::123456789012:role/t"],
    ["a role with a path and every allowed character", "arn:aws:iam::123456789012:role/ci/state_Role+=,.@-9"],
    ["another partition", "arn:aws-us-gov:iam::123456789012:role/terraform-state"],
  ])("state role ARN accepted: %s", (_, roleArn) => {
    expect(accepted(s3({ roleArn }))).toMatchObject({ roleArn });
  });

  test.each([
    ["a prefix before the ARN", "xarn:aws:iam::123456789012:role/terraform-state"],
    ["a space after the name", "arn:aws:iam::123456789012:role/terraform-state x"],
    ["an account of 11 digits", "arn:aws:iam::12345678901:role/terraform-state"],
    ["an account of 13 digits", "arn:aws:iam::1234567890123:role/terraform-state"],
    ["letters for the account", "arn:aws:iam::abcdefghijkl:role/terraform-state"],
    ["a user, not a role", "arn:aws:iam::123456789012:user/terraform-state"],
    ["no role name", "arn:aws:iam::123456789012:role/"],
    ["an upper-case partition", "arn:AWS:iam::123456789012:role/terraform-state"],
    ["another service", "arn:aws:sts::123456789012:role/terraform-state"],
  ])("state role ARN refused: %s", (_, roleArn) => {
    expectRefused(s3({ roleArn }), "backend.roleArn", JSON.stringify(roleArn), ROLE);
  });

  test.each([
    ["useLockfile alone (the default)", {}, { useLockfile: true }],
    [
      "DynamoDB alone",
      { useLockfile: false, dynamodbTable: "terraform-locks" },
      { useLockfile: false, dynamodbTable: "terraform-locks" },
    ],
    [
      "both, during a migration",
      { useLockfile: true, dynamodbTable: "terraform-locks" },
      { useLockfile: true, dynamodbTable: "terraform-locks" },
    ],
  ])("state is locked: %s", (_, lock, parsed) => {
    expect(accepted(s3(lock))).toStrictEqual({ type: "s3", bucket: "state-bucket", encrypt: true, ...parsed });
  });

  test("state without any lock is refused at useLockfile", () => {
    expectRefused(
      s3({ useLockfile: false }),
      "backend.useLockfile",
      "false",
      "state must be locked: keep useLockfile true or set dynamodbTable",
    );
  });

  test("an access key is refused with the credential-chain hint, its value hidden", () => {
    expectRefused(
      s3({ accessKey: "AKIAABCDEFGHIJKLMNOP" }),
      "backend.accessKey",
      "(hidden: may be a secret)",
      AWS_SECRET,
    );
  });

  test("a secret key is refused with the credential-chain hint, its value hidden", () => {
    const { shown, problems } = refusal(s3({ secretKey: "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY" }));
    expect(problems).toEqual([`${shown}: backend.secretKey: ${AWS_SECRET} (value (hidden: may be a secret))`]);
  });

  test.each(["secret_key", "secretAccessKey"])("an unknown key %s is refused, its value hidden", (field) => {
    const { shown, problems } = refusal(s3({ [field]: "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY" }));
    expect(problems).toEqual([`${shown}: backend.${field}: unknown key (value (hidden: may be a secret))`]);
  });
});

describe("Terraform Cloud backend", () => {
  test("defaults: the HCP Terraform host, no project, workspace or tags", () => {
    expect(accepted({ type: "cloud", organization: "acme" })).toStrictEqual({
      type: "cloud",
      organization: "acme",
      hostname: "app.terraform.io",
    });
  });

  test("every field set is kept as written", () => {
    const backend = cloud({ hostname: "tfe.example.com", project: "observability", workspace: "flink-dev" });
    expect(accepted(backend)).toStrictEqual(backend);
  });

  test.each([
    ["one character", "a"],
    ["the longest name (40 characters)", text(40, "o")],
    ["letters, digits, '_' and '-'", "Acme_Corp-42"],
  ])("organization accepted: %s", (_, organization) => {
    expect(accepted(cloud({ organization }))).toMatchObject({ organization });
  });

  test.each([
    ["empty", ""],
    ["too long (41 characters)", text(41, "o")],
    ["a character outside the set at the start", "!acme"],
    ["a character outside the set at the end", "acme!"],
    ["a dot", "acme.corp"],
  ])("organization refused: %s", (_, organization) => {
    expectRefused(cloud({ organization }), "backend.organization", JSON.stringify(organization), ORGANIZATION);
  });

  test.each([
    ["the HCP Terraform host, written out", "app.terraform.io"],
    ["a first label longer than three characters", "terraform.example.com"],
    ["one-character labels", "a.b.co"],
    ["a dash inside labels", "tfe-1.corp-net.example"],
    ["digits only", "10.0.0.1"],
    ["a port", "tfe.example.com:8443"],
    ["a five-digit port", "tfe.example.com:65535"],
    ["a one-digit port", "tfe.example.com:8"],
  ])("hostname accepted: %s", (_, hostname) => {
    expect(accepted(cloud({ hostname }))).toMatchObject({ hostname });
  });

  test.each([
    ["a single label", "localhost"],
    ["a leading '-'", "-tfe.example.com"],
    ["a label ending with '-'", "tfe-.example.com"],
    ["a later label starting with '-'", "tfe.-example.com"],
    ["a later label ending with '-'", "tfe.example-.com"],
    ["an empty label", "tfe..example.com"],
    ["a trailing dot", "tfe.example.com."],
    ["upper case", "TFE.example.com"],
    ["a URL, not a host", "https://tfe.example.com"],
    ["a path after the host", "tfe.example.com/"],
    ["a six-digit port", "tfe.example.com:123456"],
    ["a port without digits", "tfe.example.com:"],
    ["a named port", "tfe.example.com:https"],
  ])("hostname refused: %s", (_, hostname) => {
    expectRefused(cloud({ hostname }), "backend.hostname", JSON.stringify(hostname), HOSTNAME);
  });

  test.each([
    ["one character", "p"],
    ["the longest (40 characters)", text(40, "p")],
  ])("project accepted: %s", (_, project) => {
    expect(accepted(cloud({ project }))).toMatchObject({ project });
  });

  test.each([
    ["empty", "", NON_EMPTY],
    ["41 characters", text(41, "p"), "Too big: expected string to have <=40 characters"],
  ])("project refused: %s", (_, project, message) => {
    expectRefused(cloud({ project }), "backend.project", JSON.stringify(project), message);
  });

  test.each([
    ["one character", "w"],
    ["the longest name (90 characters)", text(90, "w")],
    ["letters, digits, '_' and '-'", "Flink_Observability-dev2"],
  ])("workspace accepted: %s", (_, workspace) => {
    expect(accepted(cloud({ workspace }))).toMatchObject({ workspace });
  });

  test.each([
    ["empty", ""],
    ["too long (91 characters)", text(91, "w")],
    ["a character outside the set at the start", ".flink-dev"],
    ["a character outside the set at the end", "flink-dev."],
    ["a space", "flink dev"],
  ])("workspace refused: %s", (_, workspace) => {
    expectRefused(cloud({ workspace }), "backend.workspace", describeValue(workspace), WORKSPACE);
  });

  test.each([
    ["one tag of one character", ["f"]],
    ["several tags with every allowed character", ["flink", "team:observability", "env_dev-2"]],
    ["a tag starting with a digit", ["2024"]],
  ])("workspace tags accepted: %s", (_, workspaceTags) => {
    expect(accepted(cloud({ workspaceTags }))).toMatchObject({ workspaceTags });
  });

  test.each([
    ["starting with '-'", "-flink"],
    ["starting with ':'", ":flink"],
    ["a character outside the set at the end", "flink!"],
    ["upper case", "Flink"],
    ["a dot", "flink.dev"],
    ["empty", ""],
  ])("workspace tag refused: %s", (_, tag) => {
    expectRefused(cloud({ workspaceTags: ["ok", tag] }), "backend.workspaceTags[1]", JSON.stringify(tag), TAG);
  });

  test("an empty list of workspace tags is refused", () => {
    expectRefused(
      cloud({ workspaceTags: [] }),
      "backend.workspaceTags",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });

  test("workspace and workspaceTags together are refused at workspaceTags", () => {
    expectRefused(
      cloud({ workspace: "flink-dev", workspaceTags: ["flink"] }),
      "backend.workspaceTags",
      '["flink"]',
      "set either workspace or workspaceTags, not both",
    );
  });

  test("a token is refused with the terraform login hint, its value hidden", () => {
    expectRefused(cloud({ token: "abc.atlasv1.def" }), "backend.token", "(hidden: may be a secret)", TOKEN_SECRET);
  });
});
