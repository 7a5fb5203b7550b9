import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { localJarProblem } from "../../lib/config/flink-config";
import { EnvironmentConfig } from "../../lib/config/schema";
import { parseEnvironmentDocument } from "../support/environment-file";
import { GRAFANA_REGIONS } from "../../modules/aws/grafana-workspace";

// Field by field, the rules of an environment file (lib/config/schema.ts) and of its created and
// monitored applications (lib/config/flink-config.ts): each invalid value is refused with one line naming
// the file, the field path, the rule and the value; the values at the edge of each rule are accepted;
// omitted fields get their documented defaults.

const BASE = { account: "123456789012", region: "eu-west-1" };
const JAR = path.relative(process.cwd(), path.join(__dirname, "..", "fixtures", "tiny-flink-job.jar"));
const KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
const SUBNET = "subnet-0123abcd";
const SG = "sg-0123abcd";
const HIDDEN = Symbol("hidden");

/** A created application, valid unless `extra` makes it invalid. */
function app(extra: object = {}): Record<string, unknown> {
  return { name: "orders", code: { s3: { bucketArn: "arn:aws:s3:::artifacts", fileKey: "orders.jar" } }, ...extra };
}

/** The problem lines of `doc`, each checked to start with its file, which is then shown as `dev.json`. */
function refused(doc: object): string[] {
  const { shown, problems } = parseEnvironmentDocument(doc);
  if (problems.length === 0) throw new Error(`expected ${JSON.stringify(doc)} to be refused`);
  for (const p of problems) expect(p.startsWith(`${shown}: `)).toBe(true);
  return problems.map((p) => `dev.json: ${p.slice(shown.length + 2)}`);
}

/** The parsed environment; fails the test with the problems when `doc` is refused. */
function accepted(doc: object): EnvironmentConfig {
  const { config, problems } = parseEnvironmentDocument(doc);
  if (!config) throw new Error(`expected acceptance, got:\n${problems.join("\n")}`);
  return config;
}

const refusedApp = (extra: object) => refused({ ...BASE, applications: [app(extra)] });
const acceptedApp = (extra: object) => accepted({ ...BASE, applications: [app(extra)] }).applications[0];

/** How an error line shows a value: JSON, cut to 80 characters. */
function shownValue(value: unknown): string {
  if (value === HIDDEN) return "(hidden: may be a secret)";
  if (value === undefined) return "(missing)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The expected line of dev.json for a problem at `field`. */
function line(field: string, message: string, value: unknown): string {
  return `dev.json: ${field}: ${message} (value ${shownValue(value)})`;
}

const APP_NAME_RULE = "letters, digits, '_', '.' and '-', at most 128 characters";
const INTEGER_RULE = "must be an integer >= 1";
const BUCKET_ACCOUNT_RULE = "an AWS account id is a quoted string of exactly 12 digits";
const KMS_RULE = "a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>); aliases cannot scope IAM grants";
const STREAM_LOCATION_RULE = "give exactly one of create (a stream made by this stack) and arn (an existing stream)";
const VPC_RULE = "a VPC needs at least one subnet and one security group: list both subnetIds and securityGroupIds";
const RETENTION_RULE =
  "one of 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653";
const SUPPORTED = "FLINK-1_15, FLINK-1_18, FLINK-1_19, FLINK-1_20, FLINK-2_2, FLINK-2_3";

describe("a created application", () => {
  test("gets every documented default when only name and code are given", () => {
    // The alert settings have their own tests (alerting-config.ts).
    expect(acceptedApp({})).toStrictEqual({
      alerts: expect.any(Object),
      name: "orders",
      runtime: "FLINK-1_20",
      code: { s3: { bucketArn: "arn:aws:s3:::artifacts", fileKey: "orders.jar" } },
      parallelism: 1,
      parallelismPerKpu: 1,
      autoScaling: true,
      checkpointing: { enabled: true, intervalMs: 60000, minPauseMs: 5000 },
      monitoring: { logLevel: "INFO", metricsLevel: "APPLICATION" },
      snapshotsEnabled: true,
      propertyGroups: {},
      startApplication: false,
      logging: { retentionDays: 30 },
      streams: { sources: [], sinks: [] },
    });
  });

  test("keeps the values given instead of the defaults", () => {
    const parsed = acceptedApp({
      runtime: "FLINK-1_15",
      parallelism: 8,
      parallelismPerKpu: 4,
      autoScaling: false,
      checkpointing: { enabled: false, intervalMs: 1, minPauseMs: 0 },
      monitoring: { logLevel: "WARN", metricsLevel: "TASK" },
      snapshotsEnabled: false,
      startApplication: true,
      logging: { retentionDays: 0, kmsKeyArn: KEY_ARN },
    });
    expect(parsed).toMatchObject({
      runtime: "FLINK-1_15",
      parallelism: 8,
      parallelismPerKpu: 4,
      autoScaling: false,
      checkpointing: { enabled: false, intervalMs: 1, minPauseMs: 0 },
      monitoring: { logLevel: "WARN", metricsLevel: "TASK" },
      snapshotsEnabled: false,
      startApplication: true,
      logging: { retentionDays: 0, kmsKeyArn: KEY_ARN },
    });
  });

  test.each(SUPPORTED.split(", "))(
    "accepts runtime %s (Flink 2.x included: created, not only monitored)",
    (runtime) => {
      expect(acceptedApp({ runtime }).runtime).toBe(runtime);
    },
  );

  test.each([
    ["a name with a space", { name: "orders app" }, "name", APP_NAME_RULE, "orders app"],
    [
      "a retired runtime",
      { runtime: "FLINK-1_11" },
      "runtime",
      `"FLINK-1_11" is no longer supported by AWS for new applications; use one of ${SUPPORTED}`,
      "FLINK-1_11",
    ],
    [
      "a Flink 2 runtime AWS does not offer",
      { runtime: "FLINK-2_1" },
      "runtime",
      `must be one of ${SUPPORTED} (the Managed Flink runtimes AWS offers for new applications), got "FLINK-2_1"`,
      "FLINK-2_1",
    ],
    [
      "an unknown runtime",
      { runtime: "flink-1_20" },
      "runtime",
      `must be one of ${SUPPORTED} (the Managed Flink runtimes AWS offers for new applications), got "flink-1_20"`,
      "flink-1_20",
    ],
    ["parallelism 0", { parallelism: 0 }, "parallelism", INTEGER_RULE, 0],
    ["parallelism 1.5", { parallelism: 1.5 }, "parallelism", INTEGER_RULE, 1.5],
    ["parallelism as a string", { parallelism: "4" }, "parallelism", INTEGER_RULE, "4"],
    ["parallelismPerKpu 0", { parallelismPerKpu: 0 }, "parallelismPerKpu", INTEGER_RULE, 0],
    ["a checkpoint interval of 0", { checkpointing: { intervalMs: 0 } }, "checkpointing.intervalMs", INTEGER_RULE, 0],
    [
      "a negative minimum pause",
      { checkpointing: { minPauseMs: -1 } },
      "checkpointing.minPauseMs",
      "Too small: expected number to be >=0",
      -1,
    ],
    [
      "an unknown log level",
      { monitoring: { logLevel: "TRACE" } },
      "monitoring.logLevel",
      'Invalid option: expected one of "DEBUG"|"INFO"|"WARN"|"ERROR"',
      "TRACE",
    ],
    ["log retention of 13 days", { logging: { retentionDays: 13 } }, "logging.retentionDays", RETENTION_RULE, 13],
    ["log retention of 3654 days", { logging: { retentionDays: 3654 } }, "logging.retentionDays", RETENTION_RULE, 3654],
    [
      "a KMS key alias for the logs",
      { logging: { kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:alias/logs" } },
      "logging.kmsKeyArn",
      KMS_RULE,
      "arn:aws:kms:eu-west-1:123456789012:alias/logs",
    ],
    [
      "source kafka while Kinesis sources are listed",
      { source: "kafka", streams: { sources: [{ id: "in", create: {} }] } },
      "source",
      "is kafka but streams.sources lists Kinesis streams",
      "kafka",
    ],
    [
      "source none while Kinesis sources are listed",
      { source: "none", streams: { sources: [{ id: "in", create: {} }] } },
      "source",
      "is none but streams.sources lists Kinesis streams",
      "none",
    ],
  ])("%s is refused", (_, extra, field, message, value) => {
    expect(refusedApp(extra)).toEqual([line(`applications[0].${field}`, message, value)]);
  });

  test.each([
    ["a name of 1 character", { name: "a" }, { name: "a" }],
    ["all name characters", { name: "Ab_9.-z" }, { name: "Ab_9.-z" }],
    ["parallelism 2", { parallelism: 2 }, { parallelism: 2 }],
    ["a minimum pause of 1000", { checkpointing: { minPauseMs: 1000 } }, { checkpointing: { minPauseMs: 1000 } }],
    ["log retention of 1 day", { logging: { retentionDays: 1 } }, { logging: { retentionDays: 1 } }],
    ["log retention of 3653 days", { logging: { retentionDays: 3653 } }, { logging: { retentionDays: 3653 } }],
    ["source kafka without Kinesis sources", { source: "kafka" }, { source: "kafka" }],
    [
      "source kinesis with Kinesis sources",
      { source: "kinesis", streams: { sources: [{ id: "in", create: {} }] } },
      { source: "kinesis" },
    ],
  ])("%s is accepted", (_, extra, expected) => {
    expect(acceptedApp(extra)).toMatchObject(expected);
  });

  test("the longest application name, 128 characters, passes the name rule", () => {
    // With the shortest namePrefix the derived IAM names are still too long, and only they are reported.
    const name = "a".repeat(128);
    expect(refused({ ...BASE, namePrefix: "abc", applications: [app({ name })] })).toEqual([
      line(
        "applications[0].name",
        `makes the resource name prefix (IAM role and policy names) "abc-${name}" 132 characters long; at most 64 are allowed (shorten this or namePrefix)`,
        name,
      ),
    ]);
  });
});

describe("code of a created application", () => {
  const s3 = (extra: object) => ({ code: { s3: { bucketArn: "arn:aws:s3:::artifacts", fileKey: "a.jar", ...extra } } });

  test.each([
    [
      "a bucket name instead of its ARN",
      { bucketArn: "artifacts" },
      "bucketArn",
      "an S3 bucket ARN (arn:aws:s3:::<bucket>)",
      "artifacts",
    ],
    ["a key starting with a wildcard", { fileKey: "*.jar" }, "fileKey", "one object key, without '*' or '?'", "*.jar"],
    [
      "a key ending with a wildcard",
      { fileKey: "build/orders.jar?" },
      "fileKey",
      "one object key, without '*' or '?'",
      "build/orders.jar?",
    ],
    [
      "a key of 1025 characters",
      { fileKey: "k".repeat(1025) },
      "fileKey",
      "Too big: expected string to have <=1024 characters",
      "k".repeat(1025),
    ],
    [
      "an empty object version",
      { objectVersion: "" },
      "objectVersion",
      "Too small: expected string to have >=1 characters",
      "",
    ],
    [
      "an object version of 1025 characters",
      { objectVersion: "v".repeat(1025) },
      "objectVersion",
      "Too big: expected string to have <=1024 characters",
      "v".repeat(1025),
    ],
    [
      "an 11-digit bucket account",
      { bucketAccount: "12345678901" },
      "bucketAccount",
      BUCKET_ACCOUNT_RULE,
      "12345678901",
    ],
    [
      "a 13-digit bucket account",
      { bucketAccount: "1234567890123" },
      "bucketAccount",
      BUCKET_ACCOUNT_RULE,
      "1234567890123",
    ],
    [
      "a bucket account with a leading letter",
      { bucketAccount: "x123456789012" },
      "bucketAccount",
      BUCKET_ACCOUNT_RULE,
      "x123456789012",
    ],
    [
      "a bucket account with a trailing letter",
      { bucketAccount: "123456789012x" },
      "bucketAccount",
      BUCKET_ACCOUNT_RULE,
      "123456789012x",
    ],
  ])("s3: %s is refused", (_, extra, field, message, value) => {
    expect(refusedApp(s3(extra))).toEqual([line(`applications[0].code.s3.${field}`, message, value)]);
  });

  test("s3: an empty key breaks both the length and the one-object rule", () => {
    expect(refusedApp(s3({ fileKey: "" }))).toEqual([
      line("applications[0].code.s3.fileKey", "Too small: expected string to have >=1 characters", ""),
      line("applications[0].code.s3.fileKey", "one object key, without '*' or '?'", ""),
    ]);
  });

  test("s3: the values at the edges of each rule are accepted as given", () => {
    const code = {
      bucketArn: "arn:aws:s3:::artifacts",
      fileKey: "k".repeat(1024),
      objectVersion: "v".repeat(1024),
      bucketAccount: "012345678901",
    };
    expect(acceptedApp({ code: { s3: code } }).code).toStrictEqual({ s3: code });
    expect(acceptedApp(s3({ objectVersion: "3" })).code.s3?.objectVersion).toBe("3");
    expect(acceptedApp(s3({ objectVersion: "v1" })).code.s3?.objectVersion).toBe("v1");
  });

  test("no code location at all is refused", () => {
    expect(refusedApp({ code: {} })).toEqual([
      line(
        "applications[0].code",
        "give the code location: code.s3 {bucketArn, fileKey} (a JAR you upload) or code.localJar (a file this stack uploads)",
        {},
      ),
    ]);
  });

  test("both code locations are refused", () => {
    const code = { s3: { bucketArn: "arn:aws:s3:::artifacts", fileKey: "a.jar" }, localJar: JAR };
    expect(refusedApp({ code })).toEqual([
      line("applications[0].code", "give the code location exactly one way: code.s3 or code.localJar, not both", code),
    ]);
  });

  test("a local JAR in the project is accepted as given", () => {
    expect(acceptedApp({ code: { localJar: JAR } }).code).toStrictEqual({ localJar: JAR });
  });

  test("a local path that does not end in .jar is refused for that, whatever follows", () => {
    expect(refusedApp({ code: { localJar: "build/orders.jar.txt" } })).toEqual([
      line("applications[0].code.localJar", "a path to a .jar file", "build/orders.jar.txt"),
      line(
        "applications[0].code.localJar",
        "file not found (relative paths are resolved from the project root)",
        "build/orders.jar.txt",
      ),
    ]);
  });
});

describe("localJarProblem with a given project root", () => {
  function project(): { root: string; outside: string } {
    const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), "jar-root-")));
    const root = path.join(base, "project");
    mkdirSync(root);
    writeFileSync(path.join(root, "job.jar"), "PK");
    writeFileSync(path.join(root, "JOB2.JAR"), "PK");
    writeFileSync(path.join(root, "job.jar.txt"), "text");
    writeFileSync(path.join(base, "outside.jar"), "PK");
    return { root, outside: path.join(base, "outside.jar") };
  }

  test("a JAR inside the root is accepted, whatever the case of its extension", () => {
    const { root } = project();
    expect(localJarProblem("job.jar", root)).toBeUndefined();
    expect(localJarProblem("JOB2.JAR", root)).toBeUndefined();
  });

  test("the project root itself is outside what may be uploaded", () => {
    const { root } = project();
    expect(localJarProblem(".", root)).toBe(
      `resolves to ${root}, outside the project root ${root}; keep the JAR inside the project`,
    );
  });

  test("a file next to the root is outside it", () => {
    const { root, outside } = project();
    expect(localJarProblem("../outside.jar", root)).toBe(
      `resolves to ${outside}, outside the project root ${root}; keep the JAR inside the project`,
    );
  });

  test("a file whose name only contains .jar is not a JAR", () => {
    const { root } = project();
    expect(localJarProblem("job.jar.txt", root)).toBe(
      `resolves to ${path.join(root, "job.jar.txt")}, which is not a .jar file`,
    );
  });

  test("a folder named like a JAR is not a regular file", () => {
    const { root } = project();
    mkdirSync(path.join(root, "build.jar"));
    expect(localJarProblem("build.jar", root)).toBe(
      `resolves to ${path.join(root, "build.jar")}, which is not a regular file`,
    );
  });
});

describe("streams of a created application", () => {
  const source = (stream: object) => ({ streams: { sources: [stream] } });

  test("a created stream gets its defaults; enhanced fan-out is off unless asked for", () => {
    expect(acceptedApp(source({ id: "in", create: {} })).streams).toStrictEqual({
      sources: [{ id: "in", create: { mode: "ON_DEMAND", retentionHours: 24 }, enhancedFanOut: false }],
      sinks: [],
    });
  });

  test("the settings of a created stream and an existing one are kept as given", () => {
    const arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/orders-out";
    const streams = {
      sources: [
        {
          id: "in",
          create: { name: "n".repeat(128), mode: "PROVISIONED", shardCount: 1, retentionHours: 8760 },
          kmsKeyArn: KEY_ARN,
          enhancedFanOut: true,
        },
      ],
      sinks: [{ id: "s".repeat(64), arn }],
    };
    expect(acceptedApp({ streams }).streams).toStrictEqual(streams);
  });

  test.each([
    ["an explicit retention of 24 hours", { retentionHours: 24 }, { mode: "ON_DEMAND", retentionHours: 24 }],
    ["a retention of 100 hours", { retentionHours: 100 }, { mode: "ON_DEMAND", retentionHours: 100 }],
    [
      "a provisioned stream with 3 shards",
      { mode: "PROVISIONED", shardCount: 3 },
      { mode: "PROVISIONED", shardCount: 3, retentionHours: 24 },
    ],
  ])("%s is accepted", (_, create, expected) => {
    expect(acceptedApp(source({ id: "in", create })).streams.sources[0].create).toStrictEqual(expected);
  });

  test.each([
    ["an id with a space", { id: "in put", create: {} }, "id", "1 to 64 letters, digits, '_' and '-'", "in put"],
    ["an id with a dot", { id: "in.put", create: {} }, "id", "1 to 64 letters, digits, '_' and '-'", "in.put"],
    [
      "an id of 65 characters",
      { id: "s".repeat(65), create: {} },
      "id",
      "1 to 64 letters, digits, '_' and '-'",
      "s".repeat(65),
    ],
    [
      "an ARN of another service",
      { id: "in", arn: "arn:aws:sqs:eu-west-1:123456789012:orders" },
      "arn",
      "a Kinesis stream ARN (arn:aws:kinesis:<region>:<account>:stream/<name>)",
      "arn:aws:sqs:eu-west-1:123456789012:orders",
    ],
    [
      "a KMS key alias",
      { id: "in", create: {}, kmsKeyArn: "alias/aws/kinesis" },
      "kmsKeyArn",
      KMS_RULE,
      "alias/aws/kinesis",
    ],
    [
      "a stream name with a space",
      { id: "in", create: { name: "orders in" } },
      "create.name",
      "1 to 128 letters, digits, '_', '.' and '-'",
      "orders in",
    ],
    [
      "a provisioned stream without a shard count",
      { id: "in", create: { mode: "PROVISIONED" } },
      "create.shardCount",
      "required when mode is PROVISIONED",
      undefined,
    ],
    [
      "a shard count on an on-demand stream",
      { id: "in", create: { shardCount: 2 } },
      "create.shardCount",
      "only allowed when mode is PROVISIONED",
      2,
    ],
    [
      "a shard count of 0",
      { id: "in", create: { mode: "PROVISIONED", shardCount: 0 } },
      "create.shardCount",
      INTEGER_RULE,
      0,
    ],
    [
      "a retention of 23 hours",
      { id: "in", create: { retentionHours: 23 } },
      "create.retentionHours",
      "Too small: expected number to be >=24",
      23,
    ],
    [
      "a retention of 8761 hours",
      { id: "in", create: { retentionHours: 8761 } },
      "create.retentionHours",
      "Too big: expected number to be <=8760",
      8761,
    ],
  ])("a source with %s is refused", (_, stream, field, message, value) => {
    expect(refusedApp(source(stream))).toEqual([line(`applications[0].streams.sources[0].${field}`, message, value)]);
  });

  test.each([
    ["sources", "neither create nor arn", { id: "in" }],
    [
      "sources",
      "both create and arn",
      { id: "in", create: {}, arn: "arn:aws:kinesis:eu-west-1:123456789012:stream/x" },
    ],
    ["sinks", "neither create nor arn", { id: "out" }],
    ["sinks", "both create and arn", { id: "out", create: {}, arn: "arn:aws:kinesis:eu-west-1:123456789012:stream/x" }],
  ])("%s: a stream with %s is refused", (kind, _, stream) => {
    expect(refusedApp({ streams: { [kind]: [stream] } })).toEqual([
      line(`applications[0].streams.${kind}[0]`, STREAM_LOCATION_RULE, stream),
    ]);
  });

  test("a sink takes no enhanced fan-out setting", () => {
    expect(refusedApp({ streams: { sinks: [{ id: "out", create: {}, enhancedFanOut: true }] } })).toEqual([
      line("applications[0].streams.sinks[0].enhancedFanOut", "unknown key", true),
    ]);
  });

  test("a stream id used twice, within sources or across sources and sinks, is refused at the later one", () => {
    const streams = {
      sources: [
        { id: "a", create: {} },
        { id: "a", create: {} },
      ],
      sinks: [
        { id: "b", create: {} },
        { id: "a", create: {} },
      ],
    };
    const again = '"a" is already the id of another stream of this application';
    expect(refusedApp({ streams })).toEqual([
      line("applications[0].streams.sources[1].id", again, "a"),
      line("applications[0].streams.sinks[1].id", again, "a"),
    ]);
  });
});

describe("VPC of a created application", () => {
  test.each([
    ["one security group", [SG]],
    ["five security groups", [SG, "sg-0123abce", "sg-0123abcf", "sg-0123abd0", "sg-0123abd1"]],
  ])("%s is accepted, and both lists are kept", (_, securityGroupIds) => {
    const vpc = { subnetIds: [SUBNET, "subnet-0123456789abcdef0"], securityGroupIds };
    expect(acceptedApp({ vpc }).vpc).toStrictEqual(vpc);
  });

  test("no VPC is the default", () => {
    expect(acceptedApp({}).vpc).toBeUndefined();
  });

  test.each([
    [
      "a subnet id without the subnet- prefix",
      { subnetIds: ["0123abcd"], securityGroupIds: [SG] },
      [line("applications[0].vpc.subnetIds[0]", "a subnet id (subnet-...)", "0123abcd")],
    ],
    [
      "a security group name instead of its id",
      { subnetIds: [SUBNET], securityGroupIds: ["default"] },
      [line("applications[0].vpc.securityGroupIds[0]", "a security group id (sg-...)", "default")],
    ],
    [
      "six security groups",
      { subnetIds: [SUBNET], securityGroupIds: Array(6).fill(SG) },
      [line("applications[0].vpc.securityGroupIds", "Too big: expected array to have <=5 items", Array(6).fill(SG))],
    ],
    [
      "subnets without security groups",
      { subnetIds: [SUBNET] },
      [line("applications[0].vpc.securityGroupIds", VPC_RULE, undefined)],
    ],
    [
      "security groups without subnets",
      { securityGroupIds: [SG] },
      [line("applications[0].vpc.subnetIds", VPC_RULE, undefined)],
    ],
    [
      "two empty lists",
      { subnetIds: [], securityGroupIds: [] },
      [line("applications[0].vpc.subnetIds", VPC_RULE, []), line("applications[0].vpc.securityGroupIds", VPC_RULE, [])],
    ],
  ])("%s is refused", (_, vpc, expected) => {
    expect(refusedApp({ vpc })).toEqual(expected);
  });
});

describe("property groups of a created application", () => {
  test("group ids of 1 and 50 characters and multi-line values are accepted as given", () => {
    const propertyGroups = {
      g: { "cache.ttl": "300" },
      ["G".repeat(50)]: { query: "SELECT *\n\tFROM t" },
      "a_b.c-d": {},
    };
    expect(acceptedApp({ propertyGroups }).propertyGroups).toStrictEqual(propertyGroups);
  });

  test.each([
    ["with a space", "bad group"],
    ["of 51 characters", "G".repeat(51)],
    ["with a slash", "a/b"],
  ])("a group id %s is refused", (_, groupId) => {
    expect(refusedApp({ propertyGroups: { [groupId]: { k: "v" } } })).toEqual([
      line(`applications[0].propertyGroups.${groupId}`, "group ids are 1 to 50 letters, digits, '_', '.' and '-'", {
        k: "v",
      }),
    ]);
  });

  test("the group holding the stream bindings is reserved", () => {
    expect(refusedApp({ propertyGroups: { "flinkobs.streams": { k: "v" } } })).toEqual([
      line(
        "applications[0].propertyGroups.flinkobs.streams",
        "reserved: this group is filled with the application's stream ARNs and names",
        { k: "v" },
      ),
    ]);
  });

  test("a key that looks like a secret is refused without showing its value", () => {
    expect(refusedApp({ propertyGroups: { db: { "jdbc.password": "hunter2" } } })).toEqual([
      line(
        "applications[0].propertyGroups.db.jdbc.password",
        'key "jdbc.password" looks like a secret; property values are stored in plain text (console, API, Terraform state): read secrets from AWS Secrets Manager in the job instead',
        HIDDEN,
      ),
    ]);
  });
});

describe("a monitored application", () => {
  test("gets its defaults: application metrics, no source, expected to run", () => {
    const [monitored] = accepted({
      ...BASE,
      monitoredApplications: [{ name: "m", runtime: "FLINK-2_2" }],
    }).monitoredApplications;
    expect(monitored).toStrictEqual({
      alerts: expect.any(Object),
      name: "m",
      runtime: "FLINK-2_2",
      metricsLevel: "APPLICATION",
      source: "none",
      expectedRunning: true,
    });
  });

  test.each(SUPPORTED.split(", "))("accepts runtime %s", (runtime) => {
    const [monitored] = accepted({ ...BASE, monitoredApplications: [{ name: "m", runtime }] }).monitoredApplications;
    expect(monitored.runtime).toBe(runtime);
  });

  test("keeps the values given", () => {
    const given = {
      name: "m",
      runtime: "FLINK-1_19",
      metricsLevel: "TASK",
      logGroupName: "/aws/kinesis-analytics/m#1",
      source: "kafka",
      expectedRunning: false,
    };
    expect(accepted({ ...BASE, monitoredApplications: [given] }).monitoredApplications[0]).toMatchObject(given);
  });

  test.each([
    ["a name with a space", { name: "my app" }, "name", APP_NAME_RULE, "my app"],
    ["a name of 129 characters", { name: "a".repeat(129) }, "name", APP_NAME_RULE, "a".repeat(129)],
    [
      "a log group name with a space",
      { logGroupName: "no spaces" },
      "logGroupName",
      "a log group name: 1 to 512 letters, digits, '_', '-', '/', '.' and '#'",
      "no spaces",
    ],
    [
      "a team with a comma (the overview's team variable splits on commas)",
      { team: "checkout, payments" },
      "team",
      "letters, digits, spaces and _.:/=+-@, at most 64 characters",
      "checkout, payments",
    ],
  ])("%s is refused", (_, extra, field, message, value) => {
    expect(refused({ ...BASE, monitoredApplications: [{ name: "m", runtime: "FLINK-1_20", ...extra }] })).toEqual([
      line(`monitoredApplications[0].${field}`, message, value),
    ]);
  });
});

describe("environment fields", () => {
  test("an environment with account and region only gets the defaults", () => {
    const config = accepted(BASE);
    expect([config.name, config.namePrefix, config.protectData, config.tags]).toStrictEqual([
      "dev",
      undefined,
      true,
      {},
    ]);
  });

  test("protectData may be turned off", () => {
    expect(accepted({ ...BASE, protectData: false }).protectData).toBe(false);
  });

  const NAME_RULE = "lower-case letters, digits and '-', starting with a letter, at most 20 characters";
  const PREFIX_RULE = "lower-case letters, digits and '-', 3 to 32 characters";

  test.each([
    ["name", "starting with a digit", "1dev", NAME_RULE],
    ["name", "with an upper-case letter first", "Dev", NAME_RULE],
    ["name", "with an underscore after a valid start", "dev_1", NAME_RULE],
    ["name", "of 21 characters", "a".repeat(21), NAME_RULE],
    ["namePrefix", "of 2 characters", "ab", PREFIX_RULE],
    ["namePrefix", "of 33 characters", "a".repeat(33), PREFIX_RULE],
    ["namePrefix", "starting with a digit", "1abc", PREFIX_RULE],
    ["namePrefix", "starting with '-'", "-abc", PREFIX_RULE],
    ["namePrefix", "ending with '-'", "abc-", PREFIX_RULE],
    ["namePrefix", "with an upper-case letter", "aBc", PREFIX_RULE],
    ["namePrefix", "with an underscore", "a_c", PREFIX_RULE],
  ])("%s %s is refused", (field, _, value, message) => {
    expect(refused({ ...BASE, [field]: value })).toEqual([line(field, message, value)]);
  });

  test.each([
    ["name", "a"],
    ["name", "a".repeat(20)],
    ["name", "dev-1"],
    ["name", "qa-"],
    ["namePrefix", "abc"],
    ["namePrefix", "a1-b"],
    ["namePrefix", "a-9"],
    ["namePrefix", "a".repeat(32)],
  ])("%s %s is accepted", (field, value) => {
    expect(accepted({ ...BASE, [field]: value })[field as "name" | "namePrefix"]).toBe(value);
  });

  test.each([
    [
      "unquoted (a number)",
      123456789012,
      "an AWS account id is a quoted string of exactly 12 digits (unquoted, YAML reads a number and drops leading zeros)",
    ],
    ["a boolean", true, "an AWS account id is a string of exactly 12 digits"],
    ["11 digits", "12345678901", "an AWS account id is exactly 12 digits"],
    ["13 digits", "1234567890123", "an AWS account id is exactly 12 digits"],
    ["a letter before 12 digits", "a123456789012", "an AWS account id is exactly 12 digits"],
  ])("account %s is refused", (_, account, message) => {
    expect(refused({ ...BASE, account })).toEqual([line("account", message, account)]);
  });

  test("a missing account and region are each required", () => {
    expect(refused({ tags: {} })).toEqual([
      line("account", "required: the AWS account id (12 digits)", undefined),
      line("region", "required: the AWS region of the stack", undefined),
    ]);
  });

  test("a region without Amazon Managed Grafana is refused with the regions that have it", () => {
    expect(refused({ ...BASE, region: "eu-south-1" })).toEqual([
      line(
        "region",
        `not an AWS region where Amazon Managed Grafana is available; expected one of ${GRAFANA_REGIONS.join(", ")}`,
        "eu-south-1",
      ),
    ]);
  });

  test("an account id with a leading zero is kept as written", () => {
    expect(accepted({ ...BASE, account: "012345678901" }).account).toBe("012345678901");
  });
});

describe("tags", () => {
  test("keys and values of letters (any script), digits, spaces and _.:/=+-@ are accepted as given", () => {
    const tags = {
      Team: "data",
      "Cost Center": "a b",
      Tier2: "v2",
      Équipe: "données",
      "aws_x.y:z/w=v+u-t@s": "_.:/=+-@",
      Empty: "",
      ["k".repeat(128)]: "v".repeat(256),
      K: "1",
    };
    expect(accepted({ ...BASE, tags }).tags).toStrictEqual(tags);
  });

  const TAG_KEY_RULE = "tag keys allow letters, digits, spaces and _.:/=+-@";
  test.each([
    ["ending with '!'", "Team!", `invalid key: ${TAG_KEY_RULE}`],
    ["starting with '!'", "!Team", `invalid key: ${TAG_KEY_RULE}`],
    ["empty", "", `invalid key: Too small: expected string to have >=1 characters; ${TAG_KEY_RULE}`],
    ["of 129 characters", "k".repeat(129), "invalid key: Too big: expected string to have <=128 characters"],
  ])("a key %s is refused with the key rule, naming the tags and showing the key", (_, key, message) => {
    expect(refused({ ...BASE, tags: { [key]: "x" } })).toEqual([line("tags", message, key)]);
  });

  test.each([
    ["ending with '!'", "data!", "tag values allow letters, digits, spaces and _.:/=+-@"],
    ["starting with '!'", "!data", "tag values allow letters, digits, spaces and _.:/=+-@"],
    ["of 257 characters", "v".repeat(257), "Too big: expected string to have <=256 characters"],
  ])("a value %s is refused", (_, value, message) => {
    expect(refused({ ...BASE, tags: { Team: value } })).toEqual([line("tags.Team", message, value)]);
  });
});

describe("SNS contact points", () => {
  const sns = (topicArn: string) => ({
    ...BASE,
    alerting: { contactPoints: [{ name: "ops", type: "sns", topicArn }] },
  });

  test("a topic in another region than the workspace is refused at the topic", () => {
    const topicArn = "arn:aws:sns:us-east-1:123456789012:alerts";
    expect(refused(sns(topicArn))).toEqual([
      line(
        "alerting.contactPoints[0].topicArn",
        "the topic is in us-east-1, the workspace in eu-west-1: Grafana publishes to SNS in the workspace's region only (the provider cannot set the SNS integration's sigv4.region)",
        topicArn,
      ),
    ]);
  });

  test("a topic in the workspace's region is accepted", () => {
    const topicArn = "arn:aws:sns:eu-west-1:123456789012:alerts";
    expect(accepted(sns(topicArn)).alerting.contactPoints).toStrictEqual([{ name: "ops", type: "sns", topicArn }]);
  });
});
