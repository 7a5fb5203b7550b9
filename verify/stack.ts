// The verifier's only entry points into the project: the configuration loader and the environment
// stack. Everything it checks is read from what the stack synthesizes, so a new panel or rule is
// verified without any change here.
import os from "node:os";
import { Testing } from "cdktn";
import { ConfigError, loadEnvironments } from "../lib/config/load";
import { EnvironmentStack } from "../stacks/environment-stack";

/** A validated environment configuration, as the loader returns it. */
export type EnvironmentConfig = ReturnType<typeof loadEnvironments>[number];

/** A synthesized stack (the content of its cdk.tf.json). */
export type TerraformJson = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export { ConfigError };
/** Re-exported for the tests that synthesize the stack the way `cdktf synth` does. */
export { EnvironmentStack };

/** Loads and validates every environment file of `configDir` and returns the one named `name`. */
export function loadEnvironment(name: string, configDir?: string): EnvironmentConfig {
  const environments = loadEnvironments(configDir);
  const found = environments.find((e) => e.name === name);
  if (!found) {
    const known = environments.map((e) => e.name).join(", ") || "none";
    throw new ConfigError([`environment ${JSON.stringify(name)} is not defined (environments: ${known})`]);
  }
  return found;
}

/** Builds the environment's stack in memory and returns its Terraform JSON; nothing is written to disk. */
export function synthesizeInMemory(config: EnvironmentConfig): TerraformJson {
  // The app never writes (no app.synth()); the existing temp folder only satisfies its outdir.
  const stack = new EnvironmentStack(Testing.app({ outdir: os.tmpdir() }), config.name, { config });
  return JSON.parse(Testing.synth(stack)) as TerraformJson;
}
