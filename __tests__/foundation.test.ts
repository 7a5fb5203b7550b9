import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exampleEnvironments, synthEnvironments } from "./support/synth";
import {
  describeWithTerraform,
  mirroredProviders,
  offlineCopy,
  pluginMirror,
  terraformPlanOffline,
  terraformSuiteMode,
} from "./support/terraform";

const root = path.join(__dirname, "..");

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
  });
}

describe("example environments", () => {
  const environments = exampleEnvironments();
  const stacks = synthEnvironments(environments);

  test("there is one stack per example environment, at least dev, staging and prod", () => {
    expect([...stacks.keys()]).toEqual(expect.arrayContaining(["dev", "staging", "prod"]));
    expect(stacks.size).toBe(environments.length);
  });

  // 6.66.0 is the version @cdktn/provider-aws 25.7 binds: every attribute the stack writes is typed against
  // it, and it creates FLINK-2_2 applications (from 6.39.0 on).
  test.each([...stacks.keys()])("%s pins hashicorp/aws 6.66.0 and grafana/grafana 4.45.1", (name) => {
    expect(stacks.get(name)!.json.terraform.required_providers).toEqual({
      aws: { source: "hashicorp/aws", version: "6.66.0" },
      grafana: { source: "grafana/grafana", version: "4.45.1" },
    });
  });

  test.each([...stacks.keys()])("%s configures both providers in the same stack", (name) => {
    const { json } = stacks.get(name)!;
    expect(Object.keys(json.provider).sort()).toEqual(["aws", "grafana"]);
    expect(Object.keys(json.resource).some((t) => t.startsWith("aws_"))).toBe(true);
    expect(Object.keys(json.resource).some((t) => t.startsWith("grafana_"))).toBe(true);
  });

  test.each([...stacks.keys()])(
    "%s: every ${ in a string is a Terraform expression, literal ones are escaped",
    (name) => {
      // Terraform reads every .tf.json string as a template: a literal "${" (a CloudWatch label such as
      // ${PROP('Dim.Application')} in a dashboard) must be written "$${" or validation fails.
      const text = readFileSync(path.join(stacks.get(name)!.dir, "cdk.tf.json"), "utf8");
      const unescaped = [...text.matchAll(/(?<!\$)\$\{(?![a-z_][a-z0-9_]*[.(])(.{0,30})/g)].map((m) => m[1]);
      expect(unescaped).toEqual([]);
      expect(text).toMatch(/\$\$\{PROP\('Dim\.Application'\)\}/);
    },
  );

  test("synthesis is deterministic: two runs write byte-identical stacks", () => {
    const again = synthEnvironments(environments);
    for (const [name, first] of stacks) {
      const second = again.get(name)!;
      const files = filesUnder(first.dir).sort();
      expect(filesUnder(second.dir).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, bytes: readFileSync(path.join(second.dir, file)).toString("base64") }).toEqual({
          file,
          bytes: readFileSync(path.join(first.dir, file)).toString("base64"),
        });
      }
    }
  });
});

describe("generated Grafana bindings", () => {
  test("regenerating .gen from the schema in the repository reproduces the committed code", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "gen-"));
    execFileSync(process.execPath, [path.join(root, "scripts", "generate-grafana-bindings.mjs"), "--outdir", out], {
      stdio: "pipe",
    });
    const committed = path.join(root, ".gen");
    const files = filesUnder(committed).sort();
    expect(filesUnder(out).sort()).toEqual(files);
    const differing = files.filter(
      (f) => readFileSync(path.join(out, f), "utf8") !== readFileSync(path.join(committed, f), "utf8"),
    );
    expect(differing).toEqual([]);
  });
});

describe("Terraform-backed suites", () => {
  test("run where terraform exists, fail under CI=true without it, skip elsewhere", () => {
    expect(terraformSuiteMode(true, "true")).toBe("run");
    expect(terraformSuiteMode(true, undefined)).toBe("run");
    expect(terraformSuiteMode(false, "true")).toBe("fail");
    expect(terraformSuiteMode(false, undefined)).toBe("skip");
    expect(terraformSuiteMode(false, "false")).toBe("skip");
  });
});

describe("offline copy for terraform", () => {
  test("drops the variable block when only left-out providers used variables", () => {
    const { config } = offlineCopy(
      {
        terraform: { required_providers: { grafana: { source: "grafana/grafana" } } },
        variable: { token: { sensitive: true } },
        resource: { grafana_folder: { f: { title: "${var.token}" } } },
      },
      () => false,
    );
    expect(config.variable).toBeUndefined();
    expect(config.resource).toBeUndefined();
  });

  const stack = {
    terraform: {
      required_providers: { aws: { source: "aws" }, grafana: { source: "grafana/grafana" } },
      backend: { s3: { bucket: "b" } },
    },
    provider: {
      aws: [{ region: "eu-west-1", allowed_account_ids: ["123456789012"] }],
      grafana: [{ url: "https://${aws_grafana_workspace.w.endpoint}" }],
    },
    resource: {
      aws_grafana_workspace: { w: { name: "w" } },
      grafana_folder: { f: { title: "t" } },
      grafana_dashboard: { d: { folder: "${grafana_folder.f.uid}" } },
    },
    output: { folder: { value: "${grafana_folder.f.uid}" }, ws: { value: "${aws_grafana_workspace.w.id}" } },
    variable: { slack_url: { sensitive: true }, keep: { default: "x" } },
    locals: { uses_keep: "${var.keep}" },
  };
  const { config, leftOut, adjustments } = offlineCopy(stack, (a) => a === "registry.terraform.io/hashicorp/aws");

  test("leaves out the providers it cannot install, with everything that needs them", () => {
    expect(leftOut).toEqual(["grafana/grafana"]);
    expect(Object.keys(config.resource)).toEqual(["aws_grafana_workspace"]);
    expect(Object.keys(config.output)).toEqual(["ws"]);
    expect(Object.keys(config.provider)).toEqual(["aws"]);
    expect(Object.keys(config.variable)).toEqual(["keep"]);
    expect(adjustments).toContain("variable slack_url dropped (used only by left-out providers)");
  });

  test("plans against a local backend with fake, never-checked AWS credentials", () => {
    expect(config.terraform.backend).toBeUndefined();
    expect(adjustments).toContain("terraform.backend replaced by the default local backend");
    expect(config.provider.aws[0]).toMatchObject({
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
    });
    expect(config.provider.aws[0].allowed_account_ids).toBeUndefined();
  });
});

describeWithTerraform("terraform on the example environments", () => {
  const stacks = synthEnvironments(exampleEnvironments());

  test.each([...stacks.keys()])("%s: AWS half validates and plans offline", (name) => {
    const { json, dir } = stacks.get(name)!;
    const result = terraformPlanOffline(json, { stackDir: dir });
    // With a mirror holding only hashicorp/aws (this machine, CI) the Grafana half is left out; with
    // the public registry every provider installs and nothing is.
    const mirror = pluginMirror();
    const grafanaInstallable = !mirror || mirroredProviders(mirror).includes("registry.terraform.io/grafana/grafana");
    expect(result.leftOut).toEqual(grafanaInstallable ? [] : ["grafana/grafana"]);
    expect(result.warnings).toEqual([]);
    expect(result.plannedAddresses.filter((a) => a.startsWith("aws_grafana_workspace."))).toHaveLength(1);
    console.log(
      `${name}: ${result.plannedAddresses.length} AWS resources planned offline; left out: ${result.leftOut.join(", ")}; ` +
        `providers: ${result.adjustments.filter((a) => a.includes(" planned (")).join("; ") || "as required"}`,
    );
  });
});
