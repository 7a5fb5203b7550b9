import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, describeValue, loadEnvironmentFiles, loadEnvironments } from "../../lib/config/load";

// Pins how environment files are found, parsed and reported (lib/config/load.ts): which files of the
// folder count, what a parse error says (line, column, key), and that every problem line names the
// file, the field and the value, with secrets hidden and odd characters escaped.

const VALID = `account: "123456789012"\nregion: eu-west-1\n`;
const HIDDEN = "(hidden: may be a secret)";

/** Writes `files` into a fresh folder (a `null` text makes a sub-folder) and returns the folder. */
function folder(files: Record<string, string | null>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "config-loading-"));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) mkdirSync(path.join(dir, name));
    else writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** How messages name a file: relative to the working directory. */
function shown(dir: string, file: string): string {
  return path.relative(process.cwd(), path.join(dir, file));
}

/** Every problem line of loading `files`; fails when they are accepted. */
function problems(files: Record<string, string | null>): { dir: string; lines: string[] } {
  const dir = folder(files);
  try {
    loadEnvironments(dir);
  } catch (e) {
    if (e instanceof ConfigError) return { dir, lines: e.problems };
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(Object.keys(files))} to be refused`);
}

/** The problem lines of one file `name` with `text`, without the `<file>: ` prefix. */
function fileProblems(text: string, name = "dev.yaml"): string[] {
  const { dir, lines } = problems({ [name]: text });
  const prefix = `${shown(dir, name)}: `;
  for (const line of lines) expect(line.startsWith(prefix)).toBe(true);
  return lines.map((line) => line.slice(prefix.length));
}

describe("which files of the folder are environments", () => {
  test("*.yaml, *.yml and *.json in any case, sorted by name; dot-files, other files and folders are skipped", () => {
    const dir = folder({
      "prod.json": JSON.stringify({ account: "123456789012", region: "us-east-1" }),
      "zeta.YAML": VALID,
      "b.yml": VALID,
      "qa.Yml": VALID,
      "a.yaml": VALID,
      "mid.Json": JSON.stringify({ account: "123456789012", region: "eu-west-2" }),
      ".draft.yaml": "{ not: [valid",
      ".hidden.json": "{",
      "old.yaml.bak": "{",
      "x.yamlx": "{",
      "notes.txt": "{",
      "README.md": "# environments",
      yaml: "{",
      "archive.yaml": null,
    });
    symlinkSync(path.join(dir, "missing-target.yaml"), path.join(dir, "dangling.yaml"));
    const loaded = loadEnvironmentFiles(dir);
    expect(loaded.map((l) => [l.file, l.config.name, l.config.region])).toEqual([
      [shown(dir, "a.yaml"), "a", "eu-west-1"],
      [shown(dir, "b.yml"), "b", "eu-west-1"],
      [shown(dir, "mid.Json"), "mid", "eu-west-2"],
      [shown(dir, "prod.json"), "prod", "us-east-1"],
      [shown(dir, "qa.Yml"), "qa", "eu-west-1"],
      [shown(dir, "zeta.YAML"), "zeta", "eu-west-1"],
    ]);
  });

  test("a folder with only dot-files and other files has no environments", () => {
    const dir = folder({ ".env.yaml": VALID, "dev.yaml.orig": VALID, "notes.txt": VALID });
    expect(() => loadEnvironments(dir)).toThrow(
      new ConfigError([`${dir}: no environment files (*.yaml, *.yml, *.json)`]),
    );
  });

  test("environments are reported in file-name order", () => {
    const names = ["m", "c", "x", "a", "q", "f", "z", "b", "k", "e"];
    const files: Record<string, string> = {};
    for (const n of names) files[`${n}.yaml`] = VALID.replace("123456789012", `${n.charCodeAt(0)}`.padStart(12, "1"));
    expect(loadEnvironments(folder(files)).map((e) => e.name)).toEqual([...names].sort());
  });

  test("without a folder argument, CONFIG_DIR is used, and the project's config folder when it is unset or empty", () => {
    const before = process.env.CONFIG_DIR;
    try {
      delete process.env.CONFIG_DIR;
      const project = loadEnvironmentFiles().map((l) => l.file);
      expect(project).toEqual(loadEnvironmentFiles("config").map((l) => l.file));
      expect(project.length).toBeGreaterThan(0);
      for (const file of project) expect(path.dirname(file)).toBe("config");
      expect(loadEnvironments().map((e) => e.name)).toEqual(loadEnvironments("config").map((e) => e.name));
      process.env.CONFIG_DIR = "";
      expect(loadEnvironmentFiles().map((l) => l.file)).toEqual(project);
      expect(loadEnvironments().map((e) => e.name)).toEqual(loadEnvironments("config").map((e) => e.name));
      const dir = folder({ "solo.yaml": VALID });
      process.env.CONFIG_DIR = dir;
      expect(loadEnvironmentFiles().map((l) => l.file)).toEqual([shown(dir, "solo.yaml")]);
    } finally {
      if (before === undefined) delete process.env.CONFIG_DIR;
      else process.env.CONFIG_DIR = before;
    }
  });
});

describe("ConfigError", () => {
  test("is an Error named ConfigError listing one problem per line", () => {
    const error = new ConfigError(["a.yaml: region: bad (value 1)", "b.yaml: account: bad (value 2)"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ConfigError");
    expect(error.problems).toEqual(["a.yaml: region: bad (value 1)", "b.yaml: account: bad (value 2)"]);
    expect(error.message).toBe(
      "invalid environment configuration:\n  - a.yaml: region: bad (value 1)\n  - b.yaml: account: bad (value 2)",
    );
  });

  test("is what loading an invalid folder throws", () => {
    const dir = folder({ "dev.yaml": `account: "123456789012"\nregion: mars-1\n` });
    let thrown: unknown;
    try {
      loadEnvironments(dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).name).toBe("ConfigError");
    expect(String(thrown)).toMatch(/^ConfigError: invalid environment configuration:\n {2}- .*dev\.yaml: region: /);
  });
});

describe("files that cannot be parsed", () => {
  test("JSON: the line and column of the error", () => {
    const text = '{\n  "account": "123456789012",\n  "region": "eu-west-1" "x"\n}\n';
    const [line, ...rest] = fileProblems(text, "dev.json");
    expect(rest).toEqual([]);
    expect(line.startsWith("(root): cannot be parsed: line 3, column 25: ")).toBe(true);
  });

  test("YAML: a key written twice, at line 10 and beyond, names the line and the key", () => {
    const text = `${VALID}${Array.from({ length: 8 }, (_, i) => `# comment ${i}\n`).join("")}region: us-east-1\n`;
    expect(fileProblems(text)).toEqual([
      '(root): cannot be parsed: line 11, column 1: Map keys must be unique (key "region")',
    ]);
  });

  test.each([
    ["a plain key with a space before the colon", `${VALID}region : us-east-1\n`, "region"],
    ["a plain key followed by a double-quoted value", `${VALID}region: "us-east-1"\n`, "region"],
    ["a plain key followed by a single-quoted value", `${VALID}region: 'us-east-1'\n`, "region"],
    ["a single-quoted key", `${VALID}'region': us-east-1\n`, "region"],
    ["a double-quoted key", `${VALID}"region": us-east-1\n`, "region"],
    ["a JSON key with an escape", `${VALID}"re\\u0067ion": us-east-1\n`, "region"],
    [
      "a double-quoted key with a YAML-only escape and a colon, as written",
      `account: "123456789012"\n"re:gion": eu-west-1\n"re:\\x67ion": us-east-1\n`,
      '"re:\\x67ion"',
    ],
  ])("the duplicate key is named: %s", (_, text, key) => {
    expect(fileProblems(text)).toEqual([
      `(root): cannot be parsed: line 3, column 1: Map keys must be unique (key ${JSON.stringify(key)})`,
    ]);
  });

  test("every parse error of a file, in one line, without a key where none is duplicated", () => {
    expect(fileProblems(`${VALID}region: us-east-1\ntags: [\n`)).toEqual([
      '(root): cannot be parsed: line 3, column 1: Map keys must be unique (key "region"); ' +
        "line 5, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
    expect(fileProblems(`${VALID}---\n${VALID}`)).toEqual([
      "(root): cannot be parsed: line 3, column 1: Source contains multiple documents; please use YAML.parseAllDocuments()",
    ]);
  });

  test.each([
    ["an empty JSON file", "", "dev.json"],
    ["a JSON file of blank lines", "  \n\t\n", "dev.json"],
    ["an empty YAML file", "", "dev.yaml"],
    ["a YAML file of comments", "# to be filled in\n", "dev.yaml"],
    ["a YAML null", "~\n", "dev.yaml"],
    ["a JSON null", "null", "dev.json"],
  ])("%s has no settings", (_, text, name) => {
    expect(fileProblems(text, name)).toEqual([
      "(root): no settings; an environment needs at least account and region (value null)",
    ]);
  });

  test.each([
    ["a YAML string", "just some text\n", "dev.yaml", '"just some text"'],
    ["a JSON number", "42", "dev.json", "42"],
    ["a YAML list", "- account\n", "dev.yaml", '["account"]'],
  ])("%s is not a mapping of settings", (_, text, name, value) => {
    expect(fileProblems(text, name)).toEqual([`(root): expected a mapping of settings (value ${value})`]);
  });

  test("a byte-order mark is dropped at the start of a file only; inside a value it is kept", () => {
    const application = { name: "job", code: { s3: { bucketArn: "arn:aws:s3:::code", fileKey: "j.jar" } } };
    const text = (description: string) =>
      JSON.stringify({
        account: "123456789012",
        region: "eu-west-1",
        applications: [{ ...application, description }],
      });
    const dir = folder({ "a.json": text("x\uFEFFy"), "b.json": `\uFEFF${text("x\uFEFFy")}` });
    expect(loadEnvironments(dir).map((e) => e.applications[0].description)).toEqual(["x\uFEFFy", "x\uFEFFy"]);
  });
});

describe("the environment name", () => {
  const NAME_RULE = "lower-case letters, digits and '-', starting with a letter, at most 20 characters";

  test("taken from the file name, and said so when it is invalid", () => {
    expect(fileProblems(`account: "123456789012"\nregion: mars-1\n`, "Dev_1.yaml")).toEqual([
      `name: ${NAME_RULE} (value "Dev_1", taken from the file name)`,
      expect.stringMatching(/^region: not an AWS region where .* \(value "mars-1"\)$/),
    ]);
  });

  test("written in the file: an invalid one is not blamed on the file name", () => {
    expect(fileProblems(`name: Dev_1\n${VALID}`, "dev.yaml")).toEqual([`name: ${NAME_RULE} (value "Dev_1")`]);
  });

  test("only the last extension is removed from the file name", () => {
    expect(fileProblems(JSON.stringify({ account: "123456789012", region: "eu-west-1" }), "qa.yml.json")).toEqual([
      `name: ${NAME_RULE} (value "qa.yml", taken from the file name)`,
    ]);
    expect(fileProblems(VALID, "qa.json.yml")).toEqual([
      `name: ${NAME_RULE} (value "qa.json", taken from the file name)`,
    ]);
  });
});

describe("keys JavaScript misreads", () => {
  test.each([
    [
      "constructor",
      '"constructor": "x"',
      'constructor: the key "constructor" is not allowed anywhere in a file (value "x")',
    ],
    ["prototype", '"prototype": {}', 'prototype: the key "prototype" is not allowed anywhere in a file (value {})'],
    [
      "__proto__",
      '"__proto__": {"a": 1}',
      '__proto__: the key "__proto__" is not allowed anywhere in a file (value {"a":1})',
    ],
    [
      "nested __proto__",
      '"tags": {"Team": "data", "__proto__": "x"}',
      'tags.__proto__: the key "__proto__" is not allowed anywhere in a file (value "x")',
    ],
  ])("%s is reported once, as not allowed, and nothing else", (_, extra, line) => {
    const text = `{"account": "123456789012", "region": "eu-west-1", ${extra}}`;
    expect(fileProblems(text, "dev.json")).toEqual([line]);
  });

  test("a valid file reaches the schema whole: strings, numbers, booleans, lists and mappings", () => {
    const dir = folder({
      "dev.yaml":
        `${VALID}protectData: false\ntags: {Team: data}\napplications:\n` +
        "  - name: orders\n    parallelism: 3\n    autoScaling: false\n" +
        "    code: {s3: {bucketArn: 'arn:aws:s3:::code', fileKey: orders.jar}}\n" +
        "    propertyGroups: {app: {mode: fast}}\n    streams: {sources: [{id: in, create: {}}]}\n",
    });
    const [env] = loadEnvironments(dir);
    expect(env.protectData).toBe(false);
    expect(env.tags).toEqual({ Team: "data" });
    const [app] = env.applications;
    expect([app.name, app.parallelism, app.autoScaling, app.code]).toEqual([
      "orders",
      3,
      false,
      { s3: { bucketArn: "arn:aws:s3:::code", fileKey: "orders.jar" } },
    ]);
    expect(app.propertyGroups).toEqual({ app: { mode: "fast" } });
    expect(app.streams.sources.map((s) => s.id)).toEqual(["in"]);
  });
});

describe("problem lines: file, field, value", () => {
  test("a refused record key names the record, states every rule it breaks and shows the key", () => {
    expect(fileProblems(`${VALID}tags:\n  "": a\n  "Team!": b\n  ok: c\n`)).toEqual([
      'tags: invalid key: Too small: expected string to have >=1 characters; tag keys allow letters, digits, spaces and _.:/=+-@ (value "")',
      'tags: invalid key: tag keys allow letters, digits, spaces and _.:/=+-@ (value "Team!")',
    ]);
  });

  test("a refused key that looks like a credential is hidden", () => {
    expect(fileProblems(`${VALID}tags:\n  "glsa_0123456789abcdef!": b\n`)).toEqual([
      "tags: invalid key: tag keys allow letters, digits, spaces and _.:/=+-@ (value (hidden: may be a secret))",
    ]);
  });

  test("a field refused by the string rules is reported once, not again by the schema", () => {
    expect(fileProblems(`${VALID}namePrefix: "ab\\0cd"\n`)).toEqual([
      'namePrefix: contains the control character U+0000 (value "ab\\u0000cd")',
    ]);
  });

  test("a value that would change the terminal is shown escaped", () => {
    expect(fileProblems(`${VALID}namePrefix: "ab\\u202Ecd"\n`)).toEqual([
      'namePrefix: contains the bidirectional formatting character U+202E, which hides what the text really says (value "ab\\u202ecd")',
    ]);
  });

  test.each([
    ["undefined", undefined, "(missing)"],
    ["null", null, "null"],
    ["a number", 12.5, "12.5"],
    ["a string", "eu-west-1", '"eu-west-1"'],
    ["a list", ["a", 1], '["a",1]'],
    ["a C1 control character", "a\u0085b", '"a\\u0085b"'],
    ["DEL", "a\u007Fb", '"a\\u007fb"'],
    ["a line separator", "a\u2028b\u2029c", '"a\\u2028b\\u2029c"'],
    ["bidirectional marks", "\u061C\u200E\u200F\u202A\u2066\u2069", '"\\u061c\\u200e\\u200f\\u202a\\u2066\\u2069"'],
    ["80 characters", "x".repeat(78), `"${"x".repeat(78)}"`],
    ["81 characters", "x".repeat(79), `"${"x".repeat(76)}...`],
    [
      "a long list",
      Array.from({ length: 30 }, (_, i) => i),
      `[${Array.from({ length: 30 }, (_, i) => i).join(",")}]`.slice(0, 77) + "...",
    ],
  ])("describeValue: %s", (_, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  test("a long value is cut in the problem line", () => {
    const long = "a".repeat(100);
    expect(fileProblems(`${VALID}namePrefix: ${long}\n`)).toEqual([
      `namePrefix: lower-case letters, digits and '-', 3 to 32 characters (value "${"a".repeat(76)}...)`,
    ]);
  });

  test("a problem of one field does not mention where the name came from", () => {
    expect(fileProblems(`account: "123456789012"\nregion: mars-1\n`)).toEqual([
      expect.stringMatching(
        /^region: not an AWS region where Amazon Managed Grafana is available; .* \(value "mars-1"\)$/,
      ),
    ]);
  });
});

describe("secrets are never repeated in a problem line", () => {
  test.each([
    "token",
    "apiToken",
    "secret",
    "clientSecret",
    "password",
    "passwd",
    "credential",
    "apiKey",
    "api_key",
    "api-key",
    "APIKEY",
    "accessKey",
    "access_key",
    "access-key",
    "privateKey",
    "private_key",
    "private-key",
    "secretKey",
    "secret_key",
    "secret-key",
    "secretAccessKey",
    "secret_access_key",
    "webhook",
    "slackWebhook",
    "url",
    "endpointUrl",
  ])("the value under the key %s is hidden", (key) => {
    expect(fileProblems(`${VALID}${key}: plain-value\n`)).toEqual([`${key}: unknown key (value ${HIDDEN})`]);
  });

  test.each(["tokenCount", "secretive", "urlPath", "apiKeyName", "keyName", "secretaryKey", "fileKey"])(
    "the value under the key %s is shown",
    (key) => {
      expect(fileProblems(`${VALID}${key}: plain-value\n`)).toEqual([`${key}: unknown key (value "plain-value")`]);
    },
  );

  test.each([
    "glsa_0123456789abcdef",
    "glc_0123456789",
    "AKIAABCDEFGHIJKLMNOP",
    "ASIAABCDEFGHIJKLMNOP",
    "xoxa-1-2",
    "xoxb-1-2",
    "xoxp-1-2",
    "xoxr-1-2",
    "xoxs-1-2",
    "https://hooks.slack.com/services/T0/B0/abc",
  ])("a value that looks like a credential (%s) is hidden under any key", (value) => {
    expect(fileProblems(`${VALID}extra: "${value}"\n`)).toEqual([`extra: unknown key (value ${HIDDEN})`]);
  });

  test.each(["my-glsa_token-name", "xoxc-1-2", "key AKIAABCDEFGHIJKLMNOP", "https://hooks.slack.com.example.org/x"])(
    "a value that only contains a credential-like text (%s) is shown",
    (value) => {
      expect(fileProblems(`${VALID}extra: "${value}"\n`)).toEqual([
        `extra: unknown key (value ${JSON.stringify(value)})`,
      ]);
    },
  );

  test("an element of a list under a secret-looking key is hidden too", () => {
    expect(fileProblems(`${VALID}apiToken: [ok, "a\\ab"]\n`)).toEqual([
      `apiToken[1]: contains the control character U+0007 (value ${HIDDEN})`,
      `apiToken: unknown key (value ${HIDDEN})`,
    ]);
  });

  test.each([
    ["missing", "", "(missing)"],
    ["null", "\n      idpMetadataUrl: null", "null"],
    ["empty", '\n      idpMetadataUrl: ""', '""'],
  ])("a %s value under a secret-looking key is shown: nothing to hide", (_, metadata, value) => {
    const text =
      `${VALID}grafana:\n  authentication:\n    providers: [SAML]\n    saml:\n` +
      `      roleAssertion: role\n      editorRoleValues: [editor]${metadata}\n`;
    const lines = fileProblems(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^grafana\.authentication\.saml\.idpMetadataUrl: .* \(value (.*)\)$/);
    expect(lines[0].endsWith(`(value ${value})`)).toBe(true);
  });
});

describe("across files", () => {
  test("the workspace quota names every file of the account and region", () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`env${i}.yaml`] = VALID;
    const { dir, lines } = problems(files);
    const all = Array.from({ length: 6 }, (_, i) => shown(dir, `env${i + 1}.yaml`)).join(", ");
    expect(lines).toEqual([
      `${shown(dir, "env6.yaml")}: region: would be Amazon Managed Grafana workspace 6 of 6 in account 123456789012, region eu-west-1; ` +
        `the quota is 5 per account and region (workspaces from ${all}) (value "eu-west-1")`,
    ]);
  });

  test("a problem in one file does not hide a valid file's cross-file conflict", () => {
    const { dir, lines } = problems({
      "a.yaml": `${VALID}namePrefix: same-prefix\n`,
      "b.yaml": `${VALID}namePrefix: same-prefix\n`,
      "c.yaml": "account: 1\n",
    });
    expect(lines.map((l) => l.split(": ").slice(0, 2).join(": "))).toEqual([
      `${shown(dir, "c.yaml")}: account`,
      `${shown(dir, "c.yaml")}: region`,
      `${shown(dir, "b.yaml")}: namePrefix`,
    ]);
  });
});
