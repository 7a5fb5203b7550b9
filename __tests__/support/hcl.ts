// Comparing what `cdktf synth --hcl` writes with the JSON synth of the same stack: hcl2json parses the
// HCL, and both are brought to one normal form.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { App, Aspects } from "cdktn";
import type { EnvironmentConfig } from "../../lib/config/schema";
import { EnvironmentStack } from "../../stacks/environment-stack";
import { HclRenderingFixes } from "../../stacks/hcl-output";

/** The top-level sections of a configuration compared between HCL and JSON. */
export const HCL_SECTIONS = ["terraform", "provider", "resource", "data", "ephemeral", "output", "variable", "locals"];

/**
 * Synthesizes `configs` with SYNTH_HCL_OUTPUT=true and the HCL rendering fixes, as `cdktf synth --hcl`
 * runs main.ts, and returns each cdk.tf.
 */
export function synthHcl(configs: EnvironmentConfig[]): Map<string, string> {
  const before = process.env.SYNTH_HCL_OUTPUT;
  // cdktf reads the format from the environment when each stack is constructed, not from App props.
  process.env.SYNTH_HCL_OUTPUT = "true";
  try {
    const app = new App({ outdir: mkdtempSync(path.join(os.tmpdir(), "synth-hcl-")) });
    for (const config of configs)
      Aspects.of(new EnvironmentStack(app, config.name, { config })).add(new HclRenderingFixes());
    app.synth();
    return new Map(
      configs.map((c) => [c.name, readFileSync(path.join(app.outdir, "stacks", c.name, "cdk.tf"), "utf8")]),
    );
  } finally {
    if (before === undefined) delete process.env.SYNTH_HCL_OUTPUT;
    else process.env.SYNTH_HCL_OUTPUT = before;
  }
}

/**
 * One section of a configuration parsed by hcl2json, in the normal form of {@link comparable}. hcl2json
 * reads a type constraint (`type = string`) as the expression "${string}": it is read back as written.
 */
export function hclSection(parsed: Record<string, any>, section: string): unknown {
  if (section === "variable")
    for (const variable of Object.values<Record<string, any>[]>(parsed.variable ?? {}))
      for (const block of variable)
        if (typeof block.type === "string") block.type = block.type.replace(/^\$\{(.*)\}$/s, "$1");
  return comparable(parsed[section]);
}

/**
 * Normal form to compare HCL (parsed by hcl2json, where every block is a list) with cdktf's JSON
 * (single blocks as objects): one-element lists of objects become the object, empty maps and cdktf's
 * "//" metadata are dropped.
 */
export function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(comparable).filter((v) => v !== undefined);
    return items.length === 1 && isMap(items[0]) ? items[0] : items;
  }
  if (isMap(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === "//") continue;
      // A bare `depends_on = [a.b]` (our ephemeral blocks) parses as "${a.b}"; cdktf writes "a.b".
      const raw = value[key];
      const inner = comparable(
        key === "depends_on" && Array.isArray(raw)
          ? raw.map((d) => (typeof d === "string" ? d.replace(/^\$\{(.*)\}$/, "$1") : d))
          : raw,
      );
      if (inner === undefined || (isMap(inner) && Object.keys(inner).length === 0)) continue;
      out[key] = inner;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

export function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
