#!/usr/bin/env node
// Transpiles the app's TypeScript to CommonJS in dist/ with esbuild, file by file (no bundling, no
// source maps). Type-checking is `npm run typecheck`; this step only strips types, so synth starts in
// plain `node` without a TypeScript runtime hook. Source maps are left out on purpose: cdktf captures
// a stack trace for every token, and source-mapped traces make synth slower as resources grow.
//
// The transpile is skipped when its inputs are unchanged since the last build: dist/.build-stamp holds
// a SHA-256 of every input (each source file's path and bytes, this script, tsconfig.json and the
// esbuild version), written only after a complete build. Any added, removed or edited source gives
// another hash, so a stale dist/ is never run; checking costs a few milliseconds and no esbuild start.
//
//   node scripts/build.mjs [--outdir <dir>] [--force]
// `npm run synth` builds through scripts/build-dist.mjs, preloaded into the process that runs the app.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sourceRoots = ["main.ts", "stacks", "modules", "lib", "verify", ".gen"];
export const STAMP_FILE = ".build-stamp";

function collect(entry, files) {
  const full = path.join(root, entry);
  const stat = statSync(full, { throwIfNoEntry: false });
  if (!stat) return files;
  if (stat.isFile()) {
    if (full.endsWith(".ts") && !full.endsWith(".d.ts")) files.push(full);
    return files;
  }
  for (const name of readdirSync(full).sort()) {
    if (name === "node_modules" || name === "__tests__") continue;
    collect(path.join(entry, name), files);
  }
  return files;
}

/** The hash of everything the transpiled output depends on. */
function inputHash(entryPoints) {
  const hash = createHash("sha256");
  const esbuildVersion = JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("esbuild/package.json"), "utf8"),
  ).version;
  hash.update(`esbuild ${esbuildVersion}\0`);
  for (const file of [fileURLToPath(import.meta.url), path.join(root, "tsconfig.json"), ...entryPoints]) {
    const bytes = readFileSync(file);
    hash.update(`${path.relative(root, file)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}

/**
 * Makes `outdir` hold the transpiled app for the current sources: returns false (and does nothing)
 * when its stamp matches, else rebuilds it from scratch and returns true.
 */
export async function ensureBuilt({ outdir = path.join(root, "dist"), force = false } = {}) {
  const entryPoints = sourceRoots.flatMap((entry) => collect(entry, []));
  const stamp = inputHash(entryPoints);
  const stampFile = path.join(outdir, STAMP_FILE);
  if (!force && readStamp(stampFile) === stamp) {
    return false;
  }
  rmSync(outdir, { recursive: true, force: true });
  const { build } = await import("esbuild");
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
  writeFileSync(stampFile, stamp);
  return true;
}

function readStamp(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `--outdir <dir>` builds elsewhere (tests use it so they never race `npm run synth` over dist/),
  // `--force` ignores the stamp.
  const args = process.argv.slice(2);
  const outdirFlag = args.indexOf("--outdir");
  const outdir = outdirFlag >= 0 ? path.resolve(args[outdirFlag + 1]) : undefined;
  const built = await ensureBuilt({ outdir, force: args.includes("--force") });
  if (!built) console.log(`${path.relative(process.cwd(), outdir ?? path.join(root, "dist")) || "."} is up to date`);
}
