import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadEnvironments, MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION } from "../../lib/config/load";
import { environmentConfigSchema } from "../../lib/config/schema";

// Every invalid case is an environment folder written to a temp dir and loaded like `cdktf synth`
// does; each error line must name the file, the field path and the bad value.

const VALID = `account: "123456789012"\nregion: eu-west-1\n`;

/** A created application as a YAML list item (after "- "), valid unless `extra` makes it invalid. */
function createdApplication(name: string, extra?: string): string {
  const lines = [
    `name: ${name}`,
    "code:",
    "      s3:",
    "        bucketArn: arn:aws:s3:::artifacts",
    `        fileKey: ${name}.jar`,
    ...(extra ? [extra] : []),
  ];
  return lines.map((l, i) => (i === 0 || l.startsWith(" ") ? l : `    ${l}`)).join("\n");
}

/** Writes `files` into a fresh config folder and returns it. */
function configDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The problems `loadEnvironments` reports for `files`; fails the test when it accepts them. */
function problemsOf(files: Record<string, string>): { dir: string; problems: string[] } {
  const dir = configDir(files);
  try {
    loadEnvironments(dir);
  } catch (e) {
    if (e instanceof ConfigError) return { dir, problems: e.problems };
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(files)} to be rejected`);
}

/** How load.ts names a file in messages: relative to the working directory. */
function shown(dir: string, file: string): string {
  return path.relative(process.cwd(), path.join(dir, file));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The one problem line of `file` at `field`: `<file>: <field>: <message> (value <value>...)`.
 * `message` is a fragment the explanation must contain.
 */
function expectProblem(
  result: { dir: string; problems: string[] },
  file: string,
  field: string,
  value: string,
  message: string | RegExp,
): string {
  const prefix = `${shown(result.dir, file)}: ${field}: `;
  const line = result.problems.find((p) => p.startsWith(prefix));
  if (!line) throw new Error(`no problem at "${prefix}" in:\n${result.problems.join("\n")}`);
  // Parse errors have no value to show: they pass "" and name the line and column instead.
  if (value !== "") expect(line).toMatch(new RegExp(`\\(value ${escape(value)}( |\\)|,)`));
  if (typeof message === "string") expect(line).toContain(message);
  else expect(line).toMatch(message);
  return line;
}

describe("a valid folder", () => {
  test("loads one environment per file, named after the file, sorted by file name", () => {
    const dir = configDir({
      "b.yml": VALID,
      "a.json": JSON.stringify({ account: "123456789012", region: "us-east-1" }),
      "c.yaml": `name: gamma\n${VALID}`,
      "notes.txt": "x",
      ".draft.yaml": "{",
    });
    const environments = loadEnvironments(dir);
    expect(environments.map((e) => [e.name, e.region])).toEqual([
      ["a", "us-east-1"],
      ["b", "eu-west-1"],
      ["gamma", "eu-west-1"],
    ]);
    expect(environments[0].backend).toEqual({ type: "local" });
  });

  test("CONFIG_DIR picks the folder when no folder is given", () => {
    const dir = configDir({ "qa.yaml": VALID });
    const before = process.env.CONFIG_DIR;
    process.env.CONFIG_DIR = dir;
    try {
      expect(loadEnvironments().map((e) => e.name)).toEqual(["qa"]);
    } finally {
      if (before === undefined) delete process.env.CONFIG_DIR;
      else process.env.CONFIG_DIR = before;
    }
  });
});

describe("invalid environment files", () => {
  test("unknown key, at the top level and nested", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}regoin: eu-west-2\ngrafana:\n  colour: blue\n` });
    expectProblem(result, "dev.yaml", "regoin", '"eu-west-2"', "unknown key");
    expectProblem(result, "dev.yaml", "grafana.colour", '"blue"', "unknown key");
  });

  test("wrong type", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}tags: [a, b]\ngrafana:\n  version: 12.4\n` });
    expectProblem(result, "dev.yaml", "tags", '["a","b"]', "expected record");
    expectProblem(result, "dev.yaml", "grafana.version", "12.4", "must be one of 10.4, 12.4");
  });

  test("bad AWS region (and a region without Amazon Managed Grafana)", () => {
    const typo = problemsOf({ "dev.yaml": `account: "123456789012"\nregion: eu-westt-1\n` });
    expectProblem(
      typo,
      "dev.yaml",
      "region",
      '"eu-westt-1"',
      "not an AWS region where Amazon Managed Grafana is available",
    );
    const noGrafana = problemsOf({ "dev.yaml": `account: "123456789012"\nregion: eu-south-1\n` });
    expectProblem(noGrafana, "dev.yaml", "region", '"eu-south-1"', "eu-west-1");
  });

  test.each([
    ['"12345678901"', '"12345678901"', "exactly 12 digits"],
    ['"1234567890123"', '"1234567890123"', "exactly 12 digits"],
    ['"12345678901a"', '"12345678901a"', "exactly 12 digits"],
    ["123456789012", "123456789012", "quoted string"],
  ])("account id that is not 12 digits: %s", (yaml, value, message) => {
    const result = problemsOf({ "dev.yaml": `account: ${yaml}\nregion: eu-west-1\n` });
    expectProblem(result, "dev.yaml", "account", value, message);
  });

  test("missing required fields are named too", () => {
    const result = problemsOf({ "dev.yaml": "tags: {}\n" });
    expectProblem(result, "dev.yaml", "account", "(missing)", "required");
    expectProblem(result, "dev.yaml", "region", "(missing)", "required");
  });

  test("unknown Flink runtime, of a created and of a monitored application", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}applications:\n  - ${createdApplication("orders", "runtime: FLINK-1_11")}\nmonitoredApplications:\n  - name: payments\n    runtime: FLINK-3_0\n`,
    });
    expectProblem(result, "dev.yaml", "applications[0].runtime", '"FLINK-1_11"', "FLINK-1_20");
    expectProblem(result, "dev.yaml", "monitoredApplications[0].runtime", '"FLINK-3_0"', "FLINK-1_20");
    expect(result.problems).toHaveLength(2);
  });

  test.each([
    ["0", "0"],
    ["-2", "-2"],
    ["1.5", "1.5"],
    ['"4"', '"4"'],
  ])("parallelism < 1 or not an integer: %s", (yaml, value) => {
    const result = problemsOf({
      "dev.yaml": `${VALID}applications:\n  - ${createdApplication("orders", `parallelism: ${yaml}`)}\n`,
    });
    expectProblem(result, "dev.yaml", "applications[0].parallelism", value, /integer|number/);
    expect(result.problems).toHaveLength(1);
  });

  test("invalid e-mail address of a contact point", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}alerting:\n  contactPoints:\n    - name: team-mail\n      type: email\n      addresses: [ok@example.com, "not-an-address@"]\n  defaultContactPoint: team-mail\n`,
    });
    expectProblem(result, "dev.yaml", "alerting.contactPoints[0].addresses[1]", '"not-an-address@"', "e-mail");
    expect(result.problems).toHaveLength(1);
  });

  test("unsupported Grafana version", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}grafana:\n  version: "11.0"\n` });
    expectProblem(result, "dev.yaml", "grafana.version", '"11.0"', "12.4");
  });

  test("duplicate application names, within one list and across created and monitored applications", () => {
    const result = problemsOf({
      "dev.yaml":
        `${VALID}applications:\n  - ${createdApplication("orders")}\n  - ${createdApplication("billing")}\n  - ${createdApplication("orders")}\n` +
        `monitoredApplications:\n  - name: payments\n    runtime: FLINK-1_20\n  - name: billing\n    runtime: FLINK-1_19\n`,
    });
    expectProblem(
      result,
      "dev.yaml",
      "applications[2].name",
      '"orders"',
      "duplicate application name, already used by applications[0].name",
    );
    expectProblem(
      result,
      "dev.yaml",
      "monitoredApplications[1].name",
      '"billing"',
      "duplicate application name, already used by applications[1].name",
    );
    expect(result.problems).toHaveLength(2);
  });

  test("duplicate application names are reported even when other fields are invalid too", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}tags: 7\nmonitoredApplications:\n  - name: orders\n    runtime: FLINK-1_20\n  - name: orders\n    runtime: FLINK-1_20\n`,
    });
    expectProblem(result, "dev.yaml", "tags", "7", "expected record");
    expectProblem(
      result,
      "dev.yaml",
      "monitoredApplications[1].name",
      '"orders"',
      "already used by monitoredApplications[0].name",
    );
  });

  test(`more than ${MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION} Managed Grafana workspaces in one account and region, across files`, () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 7; i++) files[`env${i}.yaml`] = VALID;
    files["other-region.yaml"] = `account: "123456789012"\nregion: us-east-1\n`;
    files["other-account.yaml"] = `account: "210987654321"\nregion: eu-west-1\n`;
    const result = problemsOf(files);
    const line = expectProblem(
      result,
      "env6.yaml",
      "region",
      '"eu-west-1"',
      "workspace 6 of 7 in account 123456789012, region eu-west-1; the quota is 5 per account and region",
    );
    for (let i = 1; i <= 7; i++) expect(line).toContain(shown(result.dir, `env${i}.yaml`));
    expectProblem(result, "env7.yaml", "region", '"eu-west-1"', "workspace 7 of 7");
    expect(result.problems).toHaveLength(2);
  });

  test(`exactly ${MAX_GRAFANA_WORKSPACES_PER_ACCOUNT_AND_REGION} workspaces per account and region are accepted`, () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 5; i++) files[`env${i}.yaml`] = VALID;
    expect(loadEnvironments(configDir(files))).toHaveLength(5);
  });
});

describe("file-level problems", () => {
  test("a key written twice in YAML is an error with its line, not 'last one wins'", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}region: us-east-1\n` });
    expectProblem(result, "dev.yaml", "(root)", "", /cannot be parsed: line 3, column 1: Map keys must be unique/);
  });

  test("a byte-order mark at the start of a file is not an error", () => {
    expect(
      loadEnvironments(
        configDir({
          "dev.json": `\uFEFF${JSON.stringify({ account: "123456789012", region: "eu-west-1" })}`,
          "qa.yaml": `\uFEFF${VALID}`,
        }),
      ),
    ).toHaveLength(2);
  });

  test("a JSON syntax error names the file and the line", () => {
    const result = problemsOf({ "dev.json": '{\n  "account": "123456789012",\n  "region": "eu-west-1",\n}\n' });
    const line = result.problems.find((p) =>
      p.startsWith(`${shown(result.dir, "dev.json")}: (root): cannot be parsed: line 4`),
    );
    expect(line).toBeDefined();
  });

  test.each([
    ["empty", ""],
    ["comments only", "# to be filled in\n"],
  ])("an %s file says so", (_, text) => {
    const result = problemsOf({ "dev.yaml": text });
    expectProblem(
      result,
      "dev.yaml",
      "(root)",
      "null",
      "no settings; an environment needs at least account and region",
    );
  });

  test("a file whose root is not a mapping", () => {
    const result = problemsOf({ "dev.yaml": "- account\n- region\n" });
    expectProblem(result, "dev.yaml", "(root)", '["account","region"]', "expected a mapping");
  });

  test("two YAML documents in one file", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}---\n${VALID}` });
    expectProblem(result, "dev.yaml", "(root)", "", "multiple documents");
  });

  test("a file name that is not a valid environment name says the name came from the file", () => {
    const result = problemsOf({ "Dev_1.yaml": VALID });
    expectProblem(result, "Dev_1.yaml", "name", '"Dev_1"', "taken from the file name");
  });

  test("the same environment name in two files", () => {
    const result = problemsOf({ "dev.yaml": VALID, "dev.json": '{"account": "123456789012", "region": "eu-west-1"}' });
    expectProblem(result, "dev.yaml", "name", '"dev"', `already defined by ${shown(result.dir, "dev.json")}`);
  });

  test("the same resource name prefix twice in one account and region", () => {
    const result = problemsOf({
      "a.yaml": `${VALID}namePrefix: shared-obs\n`,
      "b.yaml": `${VALID}namePrefix: shared-obs\n`,
    });
    expectProblem(
      result,
      "b.yaml",
      "namePrefix",
      '"shared-obs"',
      `already used in account 123456789012, region eu-west-1 by ${shown(result.dir, "a.yaml")}`,
    );
  });

  test("CONFIG_DIR that is not a folder, and a folder without environment files", () => {
    expect(() => loadEnvironments(path.join(os.tmpdir(), "does-not-exist"))).toThrow(
      /CONFIG_DIR: ".*does-not-exist" is not a directory/,
    );
    const empty = configDir({ "README.md": "x" });
    mkdirSync(path.join(empty, "nested.yaml"));
    expect(() => loadEnvironments(empty)).toThrow(/no environment files/);
  });

  test("every problem of every file is reported in one run", () => {
    const result = problemsOf({
      "a.yaml": `account: "1"\nregion: eu-west-1\n`,
      "b.yaml": `account: "123456789012"\nregion: mars-1\nbogus: 1\n`,
      "c.yaml": VALID,
    });
    expect(result.problems.map((p) => p.split(": ").slice(0, 2).join(": "))).toEqual([
      `${shown(result.dir, "a.yaml")}: account`,
      `${shown(result.dir, "b.yaml")}: region`,
      `${shown(result.dir, "b.yaml")}: bogus`,
    ]);
  });

  test("the ConfigError message lists one problem per line", () => {
    const dir = configDir({ "a.yaml": `account: "1"\nregion: mars-1\n` });
    expect(() => loadEnvironments(dir)).toThrow(
      /^invalid environment configuration:\n {2}- .*a\.yaml: account: .*\n {2}- .*a\.yaml: region: /,
    );
  });
});

describe("backend settings", () => {
  test("unknown backend type", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}backend:\n  type: gcs\n` });
    expectProblem(result, "dev.yaml", "backend.type", '"gcs"', "local");
  });

  test("a local state path inside the synthesized output folder", () => {
    const result = problemsOf({ "dev.yaml": `${VALID}backend:\n  type: local\n  path: terraform.tfstate\n` });
    expectProblem(result, "dev.yaml", "backend.path", '"terraform.tfstate"', "build output");
    expect(
      loadEnvironments(
        configDir({ "dev.yaml": `${VALID}backend:\n  type: local\n  path: ../../../state/dev.tfstate\n` }),
      )[0].backend,
    ).toEqual({
      type: "local",
      path: "../../../state/dev.tfstate",
    });
  });

  test("S3 state without any lock", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}backend:\n  type: s3\n  bucket: state-bucket\n  useLockfile: false\n`,
    });
    expectProblem(result, "dev.yaml", "backend.useLockfile", "false", "state must be locked");
  });

  test.each(["eu-west", "xx-eu-west-1", "eu-west-1x", "EU-WEST-1", "e-west-1", "eu--1"])(
    "the S3 backend's region %s is refused, whole value anchored",
    (region) => {
      const result = problemsOf({
        "dev.yaml": `${VALID}backend:\n  type: s3\n  bucket: state-bucket\n  region: ${region}\n`,
      });
      expectProblem(result, "dev.yaml", "backend.region", JSON.stringify(region), "an AWS region such as eu-west-1");
    },
  );

  test.each(["eu-west-1", "us-gov-west-1", "us-isob-east-1", "cn-north-1"])(
    "the S3 backend's region %s is accepted",
    (region) => {
      const [environment] = loadEnvironments(
        configDir({ "dev.yaml": `${VALID}backend:\n  type: s3\n  bucket: state-bucket\n  region: ${region}\n` }),
      );
      expect(environment.backend).toMatchObject({ type: "s3", region });
    },
  );

  test("S3 bucket name and role ARN are checked", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}backend:\n  type: s3\n  bucket: State_Bucket\n  roleArn: arn:aws:iam::123:role/x\n`,
    });
    expectProblem(result, "dev.yaml", "backend.bucket", '"State_Bucket"', "an S3 bucket name");
    expectProblem(result, "dev.yaml", "backend.roleArn", '"arn:aws:iam::123:role/x"', "an IAM role ARN");
  });

  test("Terraform Cloud: workspace and workspaceTags together", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}backend:\n  type: cloud\n  organization: acme\n  workspace: w\n  workspaceTags: [flink]\n`,
    });
    expectProblem(result, "dev.yaml", "backend.workspaceTags", '["flink"]', "either workspace or workspaceTags");
  });

  test("a token in the file is rejected and never echoed back", () => {
    const token = "my-terraform-cloud-token-value";
    const result = problemsOf({
      "dev.yaml": `${VALID}backend:\n  type: cloud\n  organization: acme\n  token: ${token}\n`,
    });
    expectProblem(result, "dev.yaml", "backend.token", "(hidden: may be a secret)", "TF_TOKEN_");
    expect(result.problems.join("\n")).not.toContain(token);
  });

  test("credential-looking values under unknown keys are hidden too", () => {
    const result = problemsOf({
      "dev.yaml": `${VALID}grafanaApiKey: glsa_0123456789abcdef\nextra: AKIAABCDEFGHIJKLMNOP\n`,
    });
    expectProblem(result, "dev.yaml", "grafanaApiKey", "(hidden: may be a secret)", "unknown key");
    expectProblem(result, "dev.yaml", "extra", "(hidden: may be a secret)", "unknown key");
    expect(result.problems.join("\n")).not.toMatch(/glsa_0123|AKIAABCD/);
  });
});

describe("SAML settings", () => {
  const issues = (authentication: unknown) => {
    const result = environmentConfigSchema.safeParse({
      name: "t",
      account: "123456789012",
      region: "eu-west-1",
      grafana: { authentication },
    });
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };
  const saml = { roleAssertion: "role", editorRoleValues: ["editor"] };

  test("are required exactly when SAML is a provider, with one metadata source", () => {
    expect(issues({ providers: ["SAML"] })).toEqual([
      { path: "grafana.authentication.saml", message: "required when the authentication providers include SAML" },
    ]);
    expect(issues({ providers: ["AWS_SSO"], saml: { ...saml, idpMetadataUrl: "https://idp.example.com/m" } })).toEqual([
      { path: "grafana.authentication.saml", message: "set but the authentication providers do not include SAML" },
    ]);
    expect(
      issues({
        providers: ["SAML"],
        saml: { ...saml, idpMetadataUrl: "https://idp.example.com/m", idpMetadataXml: "<x/>" },
      }),
    ).toEqual([
      {
        path: "grafana.authentication.saml.idpMetadataUrl",
        message: "set exactly one of idpMetadataUrl and idpMetadataXml",
      },
    ]);
    expect(issues({ providers: ["SAML"], saml: { ...saml, idpMetadataXml: "<x/>" } })).toEqual([]);
  });
});
