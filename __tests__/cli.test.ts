import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { TerraformStack } from "cdktn";
import { ConfigError } from "../lib/config/load";
import { synthesize } from "../main";
import { parse as parseHcl } from "@cdktn/hcl2json";
import { escapeHclTemplate, escapeHclValues, synthesizesHcl } from "../stacks/hcl-output";
import { HCL_SECTIONS, comparable, hclSection, isMap } from "./support/hcl";

// The app as operators run it: CONFIG_DIR with dropped-in files, exit codes, an output folder that is
// either fully updated or untouched, and the real `cdktf synth --hcl`.

const root = path.join(__dirname, "..");
const exampleConfig = path.join(root, "config");
const exampleNames = readdirSync(exampleConfig)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => f.replace(/\.(ya?ml|json)$/, ""))
  .sort();

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A copy of the example config folder with `extra` files added. */
function configWith(extra: Record<string, string>): string {
  const dir = tempDir("config-");
  cpSync(exampleConfig, dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Every file under `dir` with its content and modification time, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const full = path.join(current, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${stat.mtimeMs} ${readFileSync(full).toString("base64")}`;
    }
  };
  walk(dir);
  return out;
}

const NEW_ENVIRONMENT = `account: "444444444444"\nregion: us-east-1\n`;

describe("synthesize (what main runs)", () => {
  const outdir = path.join(tempDir("out-"), "cdktf.out");
  const configDir = configWith({ "qa.yaml": NEW_ENVIRONMENT });
  const names = synthesize({ configDir, outdir });

  test("a file dropped into the config folder becomes one more stack", () => {
    expect(names).toEqual([...exampleNames, "qa"].sort());
    const qa = JSON.parse(readFileSync(path.join(outdir, "stacks", "qa", "cdk.tf.json"), "utf8"));
    expect(qa.provider.aws[0]).toMatchObject({ region: "us-east-1", allowed_account_ids: ["444444444444"] });
    const manifest = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.stacks).sort()).toEqual(names);
  });

  test("an invalid file: ConfigError naming file, field and value, and the output is untouched", () => {
    const before = snapshot(outdir);
    const broken = configWith({ "qa.yaml": `account: "4444"\nregion: us-east-1\n` });
    let error: unknown;
    try {
      synthesize({ configDir: broken, outdir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/qa\.yaml: account: an AWS account id is exactly 12 digits \(value "4444"\)$/),
    ]);
    expect(snapshot(outdir)).toEqual(before);
    expect(readdirSync(outdir).sort()).toEqual(["manifest.json", "stacks"]);
  });

  test("a failure while writing a later stack leaves every earlier stack as it was", () => {
    const before = snapshot(outdir);
    const original = TerraformStack.prototype.toTerraform;
    const spy = jest.spyOn(TerraformStack.prototype, "toTerraform").mockImplementation(function (this: TerraformStack) {
      if (this.node.id === "qa") throw new Error("simulated failure in the last stack");
      return original.call(this);
    });
    try {
      const changed = configWith({
        "qa.yaml": NEW_ENVIRONMENT,
        "dev.yaml": `${readFileSync(path.join(exampleConfig, "dev.yaml"), "utf8")}namePrefix: changed-dev\n`,
      });
      expect(() => synthesize({ configDir: changed, outdir })).toThrow("simulated failure in the last stack");
    } finally {
      spy.mockRestore();
    }
    expect(snapshot(outdir)).toEqual(before);
    expect(readdirSync(outdir).sort()).toEqual(["manifest.json", "stacks"]);
  });

  test("re-synthesizing keeps Terraform's files in a stack folder and drops the other format's stale file", () => {
    const qa = path.join(outdir, "stacks", "qa");
    mkdirSync(path.join(qa, ".terraform"), { recursive: true });
    writeFileSync(path.join(qa, ".terraform", "terraform.tfstate"), "{}");
    writeFileSync(path.join(qa, ".terraform.lock.hcl"), "# lock");
    writeFileSync(path.join(qa, "cdk.tf"), "# stale HCL from an earlier --hcl synth");
    synthesize({ configDir, outdir });
    expect(readFileSync(path.join(qa, ".terraform.lock.hcl"), "utf8")).toBe("# lock");
    expect(existsSync(path.join(qa, ".terraform", "terraform.tfstate"))).toBe(true);
    expect(existsSync(path.join(qa, "cdk.tf"))).toBe(false);
    expect(existsSync(path.join(qa, "cdk.tf.json"))).toBe(true);
  });
});

describe("the built app and the cdktf CLI", () => {
  // Built like `npm run build`, but into a folder of its own at the same depth as dist/, so this suite
  // never races a concurrent `npm run synth` over dist/.
  let build: string;
  beforeAll(() => {
    build = mkdtempSync(path.join(root, ".cli-test-build-"));
    execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs"), "--outdir", build], { stdio: "pipe" });
  });
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  function runApp(env: Record<string, string>, cwd = root) {
    const inherited = { ...process.env };
    delete inherited.CDKTF_OUTDIR;
    delete inherited.CONFIG_DIR;
    return spawnSync(process.execPath, [path.join(build, "main.js")], {
      cwd,
      env: { ...inherited, ...env },
      encoding: "utf8",
    });
  }

  test("invalid config: exit code 1, every problem on stderr, existing cdktf.out untouched", () => {
    const outdir = path.join(tempDir("out-"), "cdktf.out");
    expect(runApp({ CONFIG_DIR: exampleConfig, CDKTF_OUTDIR: outdir }).status).toBe(0);
    const before = snapshot(outdir);
    const broken = configWith({ "qa.yaml": `account: 444444444444\nregion: mars-east-1\nparallelism: 0\n` });
    const result = runApp({ CONFIG_DIR: broken, CDKTF_OUTDIR: outdir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("invalid environment configuration:");
    expect(result.stderr).toMatch(/qa\.yaml: account: .*quoted string.* \(value 444444444444\)/);
    expect(result.stderr).toMatch(/qa\.yaml: region: not an AWS region .* \(value "mars-east-1"\)/);
    expect(result.stderr).toMatch(/qa\.yaml: parallelism: unknown key \(value 0\)/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
    expect(snapshot(outdir)).toEqual(before);
  });

  test("synthesizes every example on a machine with Node but no Terraform (prod has a cloud backend)", () => {
    const outdir = path.join(tempDir("out-"), "cdktf.out");
    const noTerraform = tempDir("path-without-terraform-");
    const result = runApp({ CONFIG_DIR: exampleConfig, CDKTF_OUTDIR: outdir, PATH: noTerraform });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readdirSync(path.join(outdir, "stacks")).sort()).toEqual(exampleNames);
  });

  test("CONFIG_DIR relative to the working directory, as documented", () => {
    const project = tempDir("project-");
    cpSync(exampleConfig, path.join(project, "environments"), { recursive: true });
    writeFileSync(path.join(project, "environments", "qa.yaml"), NEW_ENVIRONMENT);
    const result = runApp({ CONFIG_DIR: "environments" }, project);
    expect(result.stderr).toBe("");
    expect(readdirSync(path.join(project, "cdktf.out", "stacks")).sort()).toEqual([...exampleNames, "qa"].sort());
  });

  test("cdktf synth --hcl writes a cdk.tf per stack that says exactly what the JSON says", async () => {
    const hclOut = path.join(tempDir("hcl-"), "out");
    const started = Date.now();
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules", "cdktn-cli", "bin", "cdktn"),
        "synth",
        "--hcl",
        "--output",
        hclOut,
        "--app",
        `node ${JSON.stringify(path.join(build, "main.js"))}`,
      ],
      { cwd: root, env: { ...process.env, CHECKPOINT_DISABLE: "1", CONFIG_DIR: exampleConfig }, stdio: "pipe" },
    );
    console.log(`cdktf synth --hcl (real CLI, ${exampleNames.length} stacks): ${Date.now() - started} ms`);
    const jsonOut = path.join(tempDir("json-"), "out");
    synthesize({ configDir: exampleConfig, outdir: jsonOut });

    for (const name of exampleNames) {
      const dir = path.join(hclOut, "stacks", name);
      expect(readdirSync(dir)).toContain("cdk.tf");
      expect(readdirSync(dir)).not.toContain("cdk.tf.json");
      const parsed = await parseHcl("cdk.tf", readFileSync(path.join(dir, "cdk.tf"), "utf8")).catch((e: Error) => {
        // Usually a literal `${` in some string: the "synthesized strings" test below names it.
        throw new Error(`${name}/cdk.tf is not valid HCL: ${String(e.message).slice(0, 400)}`);
      });
      const json = JSON.parse(readFileSync(path.join(jsonOut, "stacks", name, "cdk.tf.json"), "utf8"));
      expect(Object.keys(parsed.resource ?? {}).length).toBeGreaterThan(0);
      for (const section of HCL_SECTIONS)
        expect({ stack: name, section, value: hclSection(parsed, section) }).toEqual({
          stack: name,
          section,
          value: comparable(json[section]),
        });
    }
  });
});

describe("synthesized strings", () => {
  test("every ${...} in the example stacks is a Terraform expression (a literal one must be written $${...})", async () => {
    const outdir = path.join(tempDir("interp-"), "out");
    synthesize({ configDir: exampleConfig, outdir });
    const offenders: string[] = [];
    for (const name of exampleNames) {
      const json = JSON.parse(readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
      for (const [where, text] of stringsWithInterpolation(json, name)) {
        // Terraform reads every string of a .tf.json file as a template; hcl2json parses the same grammar.
        try {
          await parseHcl("check.tf", `x = "${escapeHclTemplate(text)}"\n`);
        } catch {
          const bad = /\$\{[^}]*\}/.exec(text.replace(/\$\$\{/g, ""))?.[0];
          offenders.push(`${where}: ${bad ?? text.slice(0, 80)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

/** Every string under `value` that contains an interpolation, with its path. */
function stringsWithInterpolation(value: unknown, at: string): [string, string][] {
  if (typeof value === "string") return value.includes("${") && !value.includes("\n") ? [[at, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsWithInterpolation(v, `${at}[${i}]`));
  if (isMap(value))
    return Object.entries(value)
      .filter(([k]) => k !== "//")
      .flatMap(([k, v]) => stringsWithInterpolation(v, `${at}.${k}`));
  return [];
}

describe("HCL string escaping", () => {
  test.each([
    ['{"Resource":"${aws_sns_topic.t.arn}"}', '{\\"Resource\\":\\"${aws_sns_topic.t.arn}\\"}'],
    ['a "b" ${jsondecode("{\\"k\\": 1}").k} c', 'a \\"b\\" ${jsondecode("{\\"k\\": 1}").k} c'],
    ['literal $${not_interpolated} "q"', 'literal $${not_interpolated} \\"q\\"'],
    ["back\\slash ${x}", "back\\\\slash ${x}"],
    ["${a.b}", "${a.b}"],
    ['no reference, but \\"quoted\\"', 'no reference, but \\\\\\"quoted\\\\\\"'],
    ["two\nlines\r\n", "two\\nlines\\r\\n"],
  ])("%s", (input, expected) => {
    expect(escapeHclTemplate(input)).toBe(expected);
  });

  test("only attribute values are escaped, not cdktf's attribute metadata", () => {
    const description = {
      policy: { value: '{"a":"${x.y}"}', isBlock: false, type: "simple", storageClassType: "string" },
      "//": { note: 'keep "this"' },
    };
    expect(escapeHclValues(description)).toEqual({
      policy: { value: '{\\"a\\":\\"${x.y}\\"}', isBlock: false, type: "simple", storageClassType: "string" },
      "//": { note: 'keep "this"' },
    });
  });

  test("the aspect does nothing unless the stack synthesizes HCL", () => {
    expect(synthesizesHcl({})).toBe(false);
    expect(synthesizesHcl({ SYNTH_HCL_OUTPUT: "true" })).toBe(true);
  });
});
