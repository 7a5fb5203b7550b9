import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, formatPath, parseEnvironmentFile } from "../../lib/config/load";
import { environmentConfigSchema } from "../../lib/config/schema";
import { stringFields } from "../../lib/config/strings";
import { terraformLiteral } from "../../modules/grafana/terraform-literal";
import { environmentConfig, synthEnvironment } from "../support/synth";
import { describeWithTerraform, terraformPlanOffline } from "../support/terraform";

// A hostile contributor writes Terraform template sequences into environment files. Every string-typed
// place of the schema, found by walking the schema (so fields added later are covered without a list
// here), gets the payload; the result must be a rejection naming the file and field, or synthesized
// JSON in which the payload is a Terraform literal.

const PAYLOAD = '${file("/etc/hostname")} %{ if true }x%{ endif }';
const ACCOUNT = "123456789012";
const KEY_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const JAR = path.relative(process.cwd(), path.join(__dirname, "..", "fixtures", "tiny-flink-job.jar"));

type Doc = Record<string, any>;

/** Valid environments that together hold every string field of the schema (union options included). */
const FIXTURES: Doc[] = [
  {
    name: "injected",
    account: ACCOUNT,
    region: "eu-west-1",
    namePrefix: "inj-test",
    tags: { Team: "data" },
    backend: {
      type: "s3",
      bucket: "state-bucket",
      key: "flink/injected.tfstate",
      region: "eu-west-1",
      kmsKeyId: KEY_ARN,
      dynamodbTable: "terraform-locks",
      roleArn: `arn:aws:iam::${ACCOUNT}:role/state`,
      workspaceKeyPrefix: "env",
    },
    grafana: {
      authentication: {
        providers: ["AWS_SSO", "SAML"],
        saml: {
          idpMetadataXml: "<EntityDescriptor/>",
          roleAssertion: "role",
          loginAssertion: "login",
          emailAssertion: "mail",
          nameAssertion: "displayName",
          groupsAssertion: "groups",
          orgAssertion: "org",
          adminRoleValues: ["admins"],
          editorRoleValues: ["editors"],
          allowedOrganizations: ["acme"],
        },
      },
      vpc: { subnetIds: ["subnet-0a", "subnet-0b"], securityGroupIds: ["sg-0a"] },
      networkAccessControl: { prefixListIds: ["pl-0a"], vpceIds: ["vpce-0a"] },
    },
    applications: [
      {
        name: "orders",
        description: "Joins orders",
        code: {
          s3: {
            bucketArn: "arn:aws:s3:::code-bucket",
            fileKey: "orders/orders.jar",
            objectVersion: "v1",
            bucketAccount: ACCOUNT,
          },
        },
        propertyGroups: { enrichment: { "cache.ttl": "300" } },
        vpc: { subnetIds: ["subnet-0123abcd"], securityGroupIds: ["sg-0123abcd"] },
        logging: { kmsKeyArn: KEY_ARN },
        streams: {
          sources: [{ id: "in", create: { name: "orders-in" }, kmsKeyArn: KEY_ARN }],
          sinks: [
            { id: "out", arn: `arn:aws:kinesis:eu-west-1:${ACCOUNT}:stream/orders-out` },
            { id: "audit", create: { name: "orders-audit" } },
          ],
        },
      },
      { name: "local", code: { localJar: JAR } },
    ],
    monitoredApplications: [{ name: "payments", runtime: "FLINK-1_20", logGroupName: "/aws/payments" }],
    alerting: {
      contactPoints: [
        { name: "mail", type: "email", addresses: ["team@example.com"] },
        { name: "chat", type: "slack" },
        { name: "topic", type: "sns", topicArn: `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts` },
        { name: "pager", type: "pagerduty", class: "flink" },
      ],
      routes: { critical: ["pager"] },
      defaultContactPoint: "mail",
      groupBy: ["alertname"],
      groupWait: "30s",
      groupInterval: "5m",
      repeatInterval: "4h",
      runbookBaseUrl: "https://example.com/runbooks",
    },
  },
  {
    name: "cloud",
    account: ACCOUNT,
    region: "eu-west-1",
    backend: {
      type: "cloud",
      organization: "acme",
      hostname: "tfe.example.com",
      project: "flink",
      workspaceTags: ["flink"],
    },
    grafana: {
      authentication: {
        providers: ["SAML"],
        saml: { idpMetadataUrl: "https://idp.example.com/metadata", roleAssertion: "role", editorRoleValues: ["e"] },
      },
    },
  },
  {
    name: "named",
    account: ACCOUNT,
    region: "eu-west-1",
    backend: { type: "cloud", organization: "acme", workspace: "ws" },
  },
  { name: "local", account: ACCOUNT, region: "eu-west-1", backend: { type: "local", path: "/var/state/x.tfstate" } },
];

type Segment = string | number;

/** Concrete paths in `doc` matching the schema path `pattern` (`0` any element, `*` any record entry). */
function concretePaths(doc: unknown, pattern: Segment[], at: Segment[] = []): Segment[][] {
  if (pattern.length === 0) return typeof doc === "string" ? [at] : [];
  if (doc === null || typeof doc !== "object") return [];
  const [head, ...rest] = pattern;
  if (head === "{key}") return Object.keys(doc).length > 0 && rest.length === 0 ? [[...at, "{key}"]] : [];
  if (head === 0 && Array.isArray(doc)) return doc.flatMap((item, i) => concretePaths(item, rest, [...at, i]));
  if (head === "*") return Object.entries(doc).flatMap(([k, v]) => concretePaths(v, rest, [...at, k]));
  return concretePaths((doc as Doc)[head], rest, [...at, head]);
}

/** Sets the payload at a path, creating what is missing; returns the path of the injected value. */
function inject(doc: Doc, concrete: Segment[]): Segment[] {
  let node: any = doc;
  const done: Segment[] = [];
  for (let i = 0; i < concrete.length - 1; i++) {
    const segment = concrete[i] === "*" ? "k" : concrete[i];
    if (concrete[i + 1] === "{key}") {
      const entries = Object.entries(node[segment] ?? {});
      const injectedKey = `k${PAYLOAD}`;
      node[segment] = { ...(node[segment] ?? {}), [injectedKey]: entries[0]?.[1] ?? "v" };
      return [...done, segment, injectedKey];
    }
    if (node[segment] === undefined || node[segment] === null || typeof node[segment] !== "object")
      node[segment] = typeof concrete[i + 1] === "number" ? [] : {};
    node = node[segment];
    done.push(segment);
  }
  const last = concrete[concrete.length - 1] === "*" ? "k" : concrete[concrete.length - 1];
  node[last] = `${typeof node[last] === "string" ? node[last] : ""}${PAYLOAD}`;
  return [...done, last];
}

/** How many of `char` stand right before each occurrence of `marker` in `text`. */
function prefixRuns(text: string, marker: string, char: string): number[] {
  const runs: number[] = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    let n = 0;
    while (text[i - 1 - n] === char) n++;
    runs.push(n);
  }
  return runs;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "config-injection-"));
const fields = stringFields(environmentConfigSchema);
const cases = fields.map((field) => {
  const found = FIXTURES.map((fixture, index) => ({ index, paths: concretePaths(fixture, field.path) })).find(
    (f) => f.paths.length > 0,
  );
  return { field, fixtureIndex: found?.index, concrete: found?.paths[0] ?? field.path };
});

describe("every string field of an environment file is data, never a Terraform expression", () => {
  test("the schema walk finds the fields a reviewer flagged, and the free-text ones", () => {
    const names = fields.map((f) => formatPath(f.path));
    for (const flagged of [
      "applications[0].description",
      "applications[0].propertyGroups.*.*",
      "applications[0].code.s3.fileKey",
      "applications[0].code.s3.objectVersion",
      "alerting.contactPoints[0].class",
      "alerting.groupBy[0]",
      "grafana.authentication.saml.roleAssertion",
    ])
      expect(names).toContain(flagged);
    expect(fields.filter((f) => f.freeText).map((f) => formatPath(f.path))).toEqual([
      "grafana.authentication.saml.idpMetadataXml",
      "applications[0].description",
      "applications[0].propertyGroups.*.*",
    ]);
  });

  test("every fixture is a valid environment without the payload", () => {
    FIXTURES.forEach((fixture, i) => {
      const file = path.join(dir, `valid-${i}.json`);
      writeFileSync(file, JSON.stringify(fixture));
      expect(() => parseEnvironmentFile(file)).not.toThrow();
    });
  });

  test.each(cases.map((c) => [formatPath(c.field.path), c] as const))("%s", (_, { field, fixtureIndex, concrete }) => {
    const doc = structuredClone(FIXTURES[fixtureIndex ?? 0]);
    const injectedAt = inject(doc, concrete);
    const file = path.join(dir, `fixture-${fixtureIndex ?? 0}.json`);
    writeFileSync(file, JSON.stringify(doc));
    let config;
    try {
      config = parseEnvironmentFile(file);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      const where = `${path.relative(process.cwd(), file)}: ${formatPath(injectedAt)}: `;
      expect(e.problems.filter((p) => p.startsWith(where))).not.toEqual([]);
      expect(field.freeText).toBe(false);
      return;
    }
    // Accepted: only free text may be, and a fixture must hold it so that it really reaches the output.
    expect(field.freeText).toBe(true);
    expect(fixtureIndex).toBeDefined();
    const text = readFileSync(path.join(synthEnvironment(config).dir, "cdk.tf.json"), "utf8");
    for (const [marker, char] of [
      ['{file(\\"/etc/hostname\\")}', "$"],
      ["{ if true }", "%"],
      ["{ endif }", "%"],
    ] as const) {
      const runs = prefixRuns(text, marker, char);
      expect(runs.length).toBeGreaterThan(0);
      // Exactly two: escaped once. One would be evaluated; three would show a stray character.
      expect(runs.every((n) => n === 2)).toBe(true);
    }
  });
});

describe("terraformLiteral", () => {
  test.each([
    ["${var.x}", "$${var.x}"],
    ["%{ if a }b%{ endif }", "%%{ if a }b%%{ endif }"],
    ["$${already}", "$$${already}"],
    ["%%{already}", "%%%{already}"],
    ["$ {not a sequence} % {neither} $var", "$ {not a sequence} % {neither} $var"],
    ["a ${x} b ${y}", "a $${x} b $${y}"],
  ])("%s", (input, expected) => {
    expect(terraformLiteral(input)).toBe(expected);
  });
});

describeWithTerraform("terraform plan of an injected environment (AWS half, offline)", () => {
  // What the issue reported: text that would read a file, or print the Grafana admin token, at plan time.
  const description = '${file("/etc/hostname")} ${nonsensitive(var.grafana_auth)}';
  const property =
    "${jsondecode(data.aws_secretsmanager_secret_version.token.secret_string).token} %{ if true }x%{ endif }";
  const config = environmentConfig({
    name: "injected",
    applications: [
      {
        name: "orders",
        description,
        code: { s3: { bucketArn: "arn:aws:s3:::code-bucket", fileKey: "orders.jar" } },
        propertyGroups: { enrichment: { lookup: property } },
      },
    ],
  } as never);
  const { json, dir } = synthEnvironment(config);

  test("the plan holds the text exactly as written: nothing evaluated, nothing read", () => {
    const result = terraformPlanOffline(json, { stackDir: dir });
    const application = (result.plan.resource_changes as Record<string, any>[]).find(
      (rc) => rc.type === "aws_kinesisanalyticsv2_application",
    )!;
    const after = application.change.after;
    expect(after.description).toBe(description);
    const groups = after.application_configuration[0].environment_properties[0].property_group;
    const enrichment = groups.find((g: Record<string, any>) => g.property_group_id === "enrichment");
    expect(enrichment.property_map).toEqual({ lookup: property });
  });
});
