import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

// `npm run mutation` mutates area by area, each judged by the test files that own it; the areas are
// the whole mutation scope (stryker.config.mjs takes its `mutate` from them).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AREAS } = require("../scripts/mutation-areas.cjs") as {
  AREAS: Record<string, { what: string; mutate: string[]; tests: string[] }>;
};

const root = path.resolve(__dirname, "..");

/** The project's TypeScript sources (no tests, no generated code), relative to the root. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const relative = path.posix.join(dir, e.name);
    if (e.isDirectory()) return sources(relative);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [relative] : [];
  });
}

/** Stryker's globs as used here: `**` (any folders), `*` (within one name). */
function globRegExp(glob: string): RegExp {
  const pattern = glob
    .split("/")
    .map((part) =>
      part === "**" ? "(?:[^/]+/)*" : `${part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}/`,
    )
    .join("")
    .replace(/\/$/, "");
  return new RegExp(`^${pattern}$`);
}

describe("mutation areas", () => {
  const files = ["lib", "modules", "stacks"].flatMap(sources);

  test.each(Object.entries(AREAS))("%s: every pattern mutates a source file, every owner test exists", (_, area) => {
    for (const glob of area.mutate)
      expect({ glob, matches: files.some((f) => globRegExp(glob).test(f)) }).toEqual({ glob, matches: true });
    for (const test of area.tests)
      expect({ test, exists: existsSync(path.join(root, test)) }).toEqual({ test, exists: true });
  });

  test("no file is mutated by two areas", () => {
    const owners = new Map<string, string[]>();
    for (const [name, area] of Object.entries(AREAS))
      for (const f of files.filter((file) => area.mutate.some((g) => globRegExp(g).test(file))))
        owners.set(f, [...(owners.get(f) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    expect(owners.has("lib/config/schema.ts")).toBe(true);
    expect(owners.has("modules/aws/grafana-token-rotation/lambda/handler.ts")).toBe(true);
    expect(owners.get("modules/grafana/flink-dashboards/rows/index.ts")).toEqual(["dashboards"]);
  });
});
