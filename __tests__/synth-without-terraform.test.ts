import childProcess from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, Aspects, CloudBackend, DataResource, NamedCloudWorkspace, TerraformStack } from "cdktn";
import { MINIMUM_TERRAFORM_VERSION, SynthWithoutTerraform } from "../stacks/synth-without-terraform";
import { exampleEnvironments, synthEnvironments } from "./support/synth";

// cdktf checks the local Terraform's version during synth for the `cloud` backend and `terraform_data`
// by running `terraform version`; the stacks declare a newer required_version instead.

function stackWith(build: (stack: TerraformStack) => void): { app: App; stack: TerraformStack } {
  const app = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-without-terraform-")) });
  const stack = new TerraformStack(app, "s");
  build(stack);
  Aspects.of(stack).add(new SynthWithoutTerraform());
  return { app, stack };
}

describe("synthesis runs no terraform", () => {
  afterEach(() => jest.restoreAllMocks());

  test("the example environments (prod has a cloud backend, staging and prod a terraform_data guard)", () => {
    const execSync = jest.spyOn(childProcess, "execSync");
    const stacks = synthEnvironments(exampleEnvironments());
    const prod = stacks.get("prod")!.json;
    expect(prod.terraform.cloud).toBeDefined();
    expect(Object.keys(prod.resource.terraform_data ?? {}).length).toBeGreaterThan(0);
    expect(execSync.mock.calls.map(([command]) => command)).toEqual([]);
  });

  test("the version it leaves out is covered by the stacks' required_version", () => {
    // cdktf's checks ask for >= 1.1 (cloud), 1.4 (terraform_data) and 1.5 (import and moved blocks).
    const [major, minor] = MINIMUM_TERRAFORM_VERSION.split(".").map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(5);
    const prod = synthEnvironments(exampleEnvironments()).get("prod")!.json;
    expect(prod.terraform.required_version).toBe(`>= ${MINIMUM_TERRAFORM_VERSION}`);
  });

  test("without the aspect cdktf would run terraform version once per checking construct", () => {
    const execSync = jest.spyOn(childProcess, "execSync").mockReturnValue(Buffer.from("Terraform v1.11.4\n"));
    const app = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-without-terraform-")) });
    const stack = new TerraformStack(app, "s");
    new CloudBackend(stack, { organization: "o", workspaces: new NamedCloudWorkspace("w") });
    new DataResource(stack, "d", { input: { value: "x" } });
    app.synth();
    expect(execSync.mock.calls.map(([command]) => command)).toEqual(["terraform version", "terraform version"]);
  });

  test("every other validation still runs and still fails synth", () => {
    const execSync = jest.spyOn(childProcess, "execSync");
    const { app, stack } = stackWith((s) => {
      new CloudBackend(s, { organization: "o", workspaces: new NamedCloudWorkspace("w") });
      new DataResource(s, "d", { input: { value: "x" } });
    });
    stack.node.addValidation({ validate: () => ["the stack's own check failed"] });
    const data = stack.node.findChild("d");
    data.node.addValidation({ validate: () => ["a resource's own check failed"] });
    expect(() => app.synth()).toThrow(/the stack's own check failed[\s\S]*a resource's own check failed/);
    expect(execSync).not.toHaveBeenCalled();
  });
});
