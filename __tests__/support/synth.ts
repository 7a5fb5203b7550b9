import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App } from "cdktn";
import { EnvironmentConfig, EnvironmentConfigInput, environmentConfigSchema } from "../../lib/config/schema";
import { loadEnvironments } from "../../lib/config/load";
import { EnvironmentStack } from "../../stacks/environment-stack";
import { assertCreationOrder } from "./reference-graph";

export type Json = Record<string, any>;

/** The example environments shipped in config/. */
export function exampleEnvironments(): EnvironmentConfig[] {
  return loadEnvironments(path.join(__dirname, "..", "..", "config"));
}

/** A minimal valid environment, with `overrides` merged on top, validated like a config file. */
export function environmentConfig(overrides: Partial<EnvironmentConfigInput> = {}): EnvironmentConfig {
  return environmentConfigSchema.parse({ name: "test", account: "123456789012", region: "eu-west-1", ...overrides });
}

export interface SynthesizedStack {
  /** The parsed cdk.tf.json. */
  readonly json: Json;
  /** The stack's folder in the synthesized output (holds assets/). */
  readonly dir: string;
}

/**
 * Synthesizes the given environments as `main.ts` does, into a fresh temp outdir. Every stack a test
 * builds this way must apply on the first try: each Grafana object that names another by a literal
 * uid or name has a reference or depends_on path to the resource creating it (./reference-graph.ts).
 */
export function synthEnvironments(configs: EnvironmentConfig[]): Map<string, SynthesizedStack> {
  const app = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-")) });
  for (const config of configs) new EnvironmentStack(app, config.name, { config });
  app.synth();
  const stacks = new Map<string, SynthesizedStack>();
  for (const config of configs) {
    const dir = path.join(app.outdir, "stacks", config.name);
    const json = JSON.parse(readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));
    assertCreationOrder(config.name, json);
    stacks.set(config.name, { dir, json });
  }
  return stacks;
}

/** Synthesizes one environment. */
export function synthEnvironment(config: EnvironmentConfig): SynthesizedStack {
  return synthEnvironments([config]).get(config.name)!;
}

/** All blocks of one resource type in a synthesized stack, by logical name. */
export function resourcesOfType(stack: Json, type: string): Record<string, Json> {
  return stack.resource?.[type] ?? {};
}

/**
 * Options of `Testing.app` that make it the app `main.ts` builds: cdktn's Testing enables its future
 * flags by default, among them canonical asset hashes, which the real app does not use (an existing
 * JAR keeps its key).
 */
export const PRODUCTION_APP = { enableFutureFlags: false } as const;
