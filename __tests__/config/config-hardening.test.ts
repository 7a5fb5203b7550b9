import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, parseEnvironmentFile } from "../../lib/config/load";
import { localJarProblem } from "../../lib/config/flink-config";

// What a hostile or careless edit of an environment file must not get through: hidden duplicate keys,
// prototype keys, invisible characters, files outside the project, names AWS would refuse.

const BASE = { account: "123456789012", region: "eu-west-1" };
const JAR = path.relative(process.cwd(), path.join(__dirname, "..", "fixtures", "tiny-flink-job.jar"));

/** The problems of one file with `text`, without the file prefix; [] when it is accepted. */
function problems(text: string, ext = "json"): string[] {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hardening-")), `env.${ext}`);
  writeFileSync(file, text);
  try {
    parseEnvironmentFile(file);
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const shown = path.relative(process.cwd(), file);
    for (const p of e.problems) expect(p.startsWith(`${shown}: `)).toBe(true);
    return e.problems.map((p) => p.slice(shown.length + 2));
  }
}

const app = (extra: object) => ({
  name: "job",
  code: { s3: { bucketArn: "arn:aws:s3:::code", fileKey: "j.jar" } },
  ...extra,
});

describe("duplicate keys", () => {
  test("JSON: a key written twice is an error naming the key, not 'last one wins'", () => {
    const text = '{"account": "111111111111", "region": "eu-west-1", "account": "999999999999"}';
    expect(problems(text)).toEqual([
      expect.stringMatching(
        /^\(root\): cannot be parsed: line 1, column \d+: Map keys must be unique \(key "account"\)/,
      ),
    ]);
  });

  test("JSON: also in a nested mapping", () => {
    const text = JSON.stringify(BASE).replace(/}$/, ', "tags": {"Team": "a", "Team": "b"}}');
    expect(problems(text)).toEqual([expect.stringContaining('Map keys must be unique (key "Team")')]);
  });

  test("YAML: the same, with the key named", () => {
    expect(problems('account: "123456789012"\nregion: eu-west-1\nregion: us-east-1\n', "yaml")).toEqual([
      expect.stringContaining('line 3, column 1: Map keys must be unique (key "region")'),
    ]);
  });
});

describe("keys JavaScript misreads", () => {
  test.each([
    ["tags", '"tags": {"__proto__": "x"}', "tags.__proto__"],
    [
      "propertyGroups",
      `"applications": [${JSON.stringify(app({})).replace(/}$/, ', "propertyGroups": {"g": {"constructor": "1"}}}')}]`,
      "applications[0].propertyGroups.g.constructor",
    ],
    ["top level", '"prototype": {}', "prototype"],
  ])("%s: an error, not silently dropped", (_, extra, field) => {
    const text = JSON.stringify(BASE).replace(/}$/, `, ${extra}}`);
    expect(problems(text)).toContainEqual(
      expect.stringMatching(new RegExp(`^${field.replace(/[.[\]]/g, "\\$&")}: the key "\\w+" is not allowed`)),
    );
  });
});

describe("control and bidirectional-formatting characters", () => {
  test.each([
    ["NUL in a name", { namePrefix: "abc\u0000def" }, "namePrefix", /control character U\+0000/],
    [
      "right-to-left override in a description",
      { applications: [app({ description: "ok\u202Eevil" })] },
      "applications[0].description",
      /bidirectional formatting character U\+202E/,
    ],
    [
      "isolate in a property value",
      { applications: [app({ propertyGroups: { g: { k: "a\u2066b" } } })] },
      "applications[0].propertyGroups.g.k",
      /U\+2066/,
    ],
    [
      "a line break in a single-line description",
      { applications: [app({ description: "one\ntwo" })] },
      "applications[0].description",
      /line break/,
    ],
    ["a tab in a tag value", { tags: { Team: "a\tb" } }, "tags.Team", /line break or tab/],
  ])("%s is refused", (_, extra, field, message) => {
    const found = problems(JSON.stringify({ ...BASE, ...extra }));
    const line = found.find((p) => p.startsWith(`${field}: `));
    expect(line).toMatch(message);
    // The value is shown with the character escaped, never echoed to the terminal.
    for (const hidden of ["\u0000", "\u202E", "\u2066"]) expect(line).not.toContain(hidden);
  });

  test("multi-line text is accepted where it is legitimate (property values, SAML metadata)", () => {
    const text = JSON.stringify({
      ...BASE,
      applications: [app({ propertyGroups: { g: { query: "SELECT *\n\tFROM t" } } })],
      grafana: {
        authentication: {
          providers: ["SAML"],
          saml: { idpMetadataXml: "<a>\n  <b/>\n</a>", roleAssertion: "role", editorRoleValues: ["e"] },
        },
      },
    });
    expect(problems(text)).toEqual([]);
  });
});

describe("code.localJar stays inside the project", () => {
  const outside = path.join(mkdtempSync(path.join(os.tmpdir(), "outside-")), "evil.jar");
  writeFileSync(outside, "PK");
  let scratch: string;
  beforeAll(() => {
    mkdirSync(path.join(process.cwd(), "cdktf.out"), { recursive: true });
    scratch = mkdtempSync(path.join(process.cwd(), "cdktf.out", "localjar-"));
    symlinkSync(outside, path.join(scratch, "link.jar"));
    writeFileSync(path.join(scratch, "notes.txt"), "text");
    symlinkSync(path.join(scratch, "notes.txt"), path.join(scratch, "notes.jar"));
    mkdirSync(path.join(scratch, "folder.jar"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test("a JAR in the project is accepted, relative or absolute", () => {
    expect(localJarProblem(JAR)).toBeUndefined();
    expect(localJarProblem(path.resolve(JAR))).toBeUndefined();
  });

  test.each([
    ["a relative path climbing out", () => path.relative(process.cwd(), outside), /outside the project root/],
    ["an absolute path elsewhere", () => outside, /outside the project root/],
    ["a symbolic link in the project pointing out", () => path.join(scratch, "link.jar"), /outside the project root/],
    ["a link to a file that is not a JAR", () => path.join(scratch, "notes.jar"), /not a \.jar file/],
    ["a directory", () => path.join(scratch, "folder.jar"), /not a regular file/],
    ["a missing file", () => "build/missing.jar", /file not found/],
  ])("%s is refused", (_, jar, message) => {
    expect(localJarProblem(jar())).toMatch(message);
  });

  test("the schema reports it with the file and field", () => {
    const text = JSON.stringify({ ...BASE, applications: [{ name: "job", code: { localJar: outside } }] });
    expect(problems(text)).toEqual([
      expect.stringMatching(/^applications\[0\]\.code\.localJar: resolves to .* outside the project root/),
    ]);
  });
});

describe("names a construct or AWS would refuse are caught by the schema", () => {
  test("an application name making the IAM role name prefix longer than 64 characters", () => {
    const text = JSON.stringify({ ...BASE, namePrefix: "a".repeat(32), applications: [app({ name: "b".repeat(40) })] });
    expect(problems(text)).toEqual([
      expect.stringMatching(
        /^applications\[0\]\.name: makes the resource name prefix .* 73 characters long; at most 64/,
      ),
    ]);
  });

  test("a stream id making the default stream name longer than 128 characters", () => {
    const streams = { sources: [{ id: "s".repeat(64), create: {} }] };
    const text = JSON.stringify({
      ...BASE,
      namePrefix: "a".repeat(32),
      applications: [app({ name: "b".repeat(31), streams })],
    });
    expect(problems(text)).toEqual([
      expect.stringMatching(
        /^applications\[0\]\.streams\.sources\[0\]\.id: makes the default stream name .* 128 are allowed .*or set create\.name/,
      ),
    ]);
  });

  test("an invalid monitored log group name", () => {
    const text = JSON.stringify({
      ...BASE,
      monitoredApplications: [{ name: "m", runtime: "FLINK-1_20", logGroupName: "no spaces" }],
    });
    expect(problems(text)).toEqual([
      expect.stringMatching(/^monitoredApplications\[0\]\.logGroupName: a log group name/),
    ]);
  });
});
