/**
 * Grafana's own transformations (`@grafana/data` at Grafana 12.4's version, the code a browser runs
 * for a panel), run in a Node process of their own (engines/grafana-transformations/run.mjs): the
 * library loads ES modules through `require`, which Node runs and Jest's module runtime does not.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

/** A data frame as given to the transformations (Grafana's DataFrame, plain JSON). */
export interface InputFrame {
  readonly refId?: string;
  readonly name?: string;
  readonly length: number;
  readonly fields: readonly {
    readonly name: string;
    readonly type: "time" | "number" | "string";
    readonly values: readonly unknown[];
    readonly labels?: Readonly<Record<string, string>>;
    readonly config: Readonly<Record<string, unknown>>;
  }[];
}

/** A frame the transformations produced. */
export interface OutputFrame {
  readonly refId?: string;
  readonly length: number;
  readonly fields: readonly { readonly name: string; readonly displayName: string; readonly values: unknown[] }[];
  /** Per row, what a data link's `${__data.fields.<display name>}` reads. */
  readonly linkFields: readonly Record<string, string | null>[];
}

const RUNNER = path.join(__dirname, "..", "engines", "grafana-transformations", "run.mjs");

/** Runs `transformations` over `frames` with Grafana's `transformDataFrame`. */
export function runTransformations(transformations: readonly object[], frames: readonly InputFrame[]): OutputFrame[] {
  const run = spawnSync(process.execPath, [RUNNER], {
    input: JSON.stringify({ transformations, frames }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`Grafana's transformations failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}
