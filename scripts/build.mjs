#!/usr/bin/env node
// Transpiles the app's TypeScript to CommonJS in dist/ with esbuild, file by file (no bundling, no
// source maps). Type-checking is `npm run typecheck`; this step only strips types, so synth starts in
// plain `node` without a TypeScript runtime hook. Source maps are left out on purpose: cdktf captures
// a stack trace for every token, and source-mapped traces make synth slower as resources grow.
import { build } from "esbuild";
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// `--outdir <dir>` builds elsewhere (tests use it so they never race `npm run synth` over dist/).
const outdirFlag = process.argv.indexOf("--outdir");
const outdir = outdirFlag >= 0 ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, "dist");
const sourceRoots = ["main.ts", "stacks", "modules", "lib", "verify", ".gen"];

function collect(entry, files) {
  const full = path.join(root, entry);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return files;
  if (stat.isFile()) {
    if (full.endsWith(".ts") && !full.endsWith(".d.ts")) files.push(full);
    return files;
  }
  for (const name of readdirSync(full)) {
    if (name === "node_modules" || name === "__tests__") continue;
    collect(path.join(entry, name), files);
  }
  return files;
}

const entryPoints = sourceRoots.flatMap((entry) => collect(entry, []));
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  outbase: root,
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
});
