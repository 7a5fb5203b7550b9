import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  cachedTerraformRun,
  DeterministicTerraformFailure,
  terraformCacheDir,
  TERRAFORM_CACHE_DIR,
} from "./support/terraform-cache";

// The Terraform-backed suites record each command's result by the hash of its inputs; these tests pin
// when a recorded result is used and when the command runs.

// Stands in for terraform: only the output of `<binary> version -json` is read (into the key).
const binary = "echo";

function scratchCache(): NodeJS.ProcessEnv {
  return { FLINK_OBSERVABILITY_TERRAFORM_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), "terraform-cache-")) };
}

describe("recorded Terraform results", () => {
  test("the same inputs run the command once; other inputs run it again", () => {
    const env = scratchCache();
    const compute = jest.fn(() => ({ planned: ["aws_sns_topic.alerts"] }));
    const first = cachedTerraformRun("plan", { config: { a: 1 } }, compute, { binary, env });
    const second = cachedTerraformRun("plan", { config: { a: 1 } }, compute, { binary, env });
    expect(second).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(1);
    cachedTerraformRun("plan", { config: { a: 2 } }, compute, { binary, env });
    cachedTerraformRun("apply", { config: { a: 1 } }, compute, { binary, env });
    expect(compute).toHaveBeenCalledTimes(3);
    expect(readdirSync(env.FLINK_OBSERVABILITY_TERRAFORM_CACHE_DIR!).sort()).toHaveLength(3);
  });

  test("another Terraform (another `version -json`) runs the command again", () => {
    const env = scratchCache();
    const compute = jest.fn(() => "planned");
    cachedTerraformRun("plan", { config: {} }, compute, { binary: "echo", env });
    cachedTerraformRun("plan", { config: {} }, compute, { binary: "true", env }); // prints nothing
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test("Terraform rejecting the configuration is recorded too, and thrown again with its message", () => {
    const env = scratchCache();
    const compute = jest.fn((): never => {
      throw new DeterministicTerraformFailure("expected runtime_environment to be one of [FLINK-1_20], got FLINK-2_2");
    });
    for (let i = 0; i < 2; i++)
      expect(() => cachedTerraformRun("plan", { broken: true }, compute, { binary, env })).toThrow("got FLINK-2_2");
    expect(compute).toHaveBeenCalledTimes(1);
  });

  test("any other failure (a provider that cannot be installed, a network error) is not recorded", () => {
    const env = scratchCache();
    const compute = jest
      .fn<string, []>()
      .mockImplementationOnce(() => {
        throw new Error("Failed to query available provider packages: could not connect to registry.terraform.io");
      })
      .mockReturnValueOnce("planned");
    expect(() => cachedTerraformRun("plan", { config: {} }, compute, { binary, env })).toThrow("could not connect");
    expect(cachedTerraformRun("plan", { config: {} }, compute, { binary, env })).toBe("planned");
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test("TF_* and AWS_* variables of the environment are inputs", () => {
    const env = scratchCache();
    const compute = jest.fn(() => "planned");
    cachedTerraformRun("plan", { config: {} }, compute, { binary, env });
    process.env.TF_VAR_region = "us-east-1";
    try {
      cachedTerraformRun("plan", { config: {} }, compute, { binary, env });
    } finally {
      delete process.env.TF_VAR_region;
    }
    expect(compute).toHaveBeenCalledTimes(2);
  });

  test("under CI=true, and when switched off, results last for the current test run only", () => {
    for (const env of [{ CI: "true" }, { FLINK_OBSERVABILITY_TERRAFORM_CACHE: "off" }]) {
      expect(terraformCacheDir({ ...env, ...scratchCache() })).toBe(path.join(os.tmpdir(), "terraform-results"));
    }
    expect(os.tmpdir()).toBe(process.env.FLINK_OBSERVABILITY_TEST_TMP); // removed when the run ends
    expect(terraformCacheDir({})).toBe(TERRAFORM_CACHE_DIR);
    expect(TERRAFORM_CACHE_DIR).toBe(
      path.resolve(__dirname, "..", "node_modules", ".cache", "flink-observability", "terraform"),
    );
  });

  test("results survive only as JSON: a Buffer must be stored as text by the caller", () => {
    const env = scratchCache();
    const bytes = Buffer.from([0, 1, 2, 250]);
    cachedTerraformRun("file", {}, () => ({ planFile: bytes.toString("base64") }), { binary, env });
    const replayed = cachedTerraformRun("file", {}, () => ({ planFile: "" }), { binary, env });
    expect(Buffer.from(replayed.planFile, "base64")).toEqual(bytes);
    expect(existsSync(env.FLINK_OBSERVABILITY_TERRAFORM_CACHE_DIR!)).toBe(true);
  });
});
