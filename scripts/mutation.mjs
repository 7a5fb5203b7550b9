#!/usr/bin/env node
// `npm run mutation`: StrykerJS over the code whose mistakes hurt users most, one area at a time,
// each judged by the test files that own it (see stryker.config.mjs and jest.stryker.config.js).
//
//   npm run mutation                    # every area, incremental (the first run on a clone is a full one)
//   npm run mutation -- handler config-schema  # only these areas
//   npm run mutation -- --force         # ignore the incremental baselines
//   npm run mutation -- --list          # the areas, their files and their tests
//   npm run mutation -- alerts --concurrency=1  # any other --option=value goes to `stryker run`
//
// Why areas: most tests synthesize whole stacks, so a mutant of code every stack runs (the
// configuration schema, a policy builder) is covered by hundreds of tests in dozens of files, and
// running them all per mutant costs tens of seconds here. Each area is instead judged by the tests
// written for it; a mutant only another area's tests would catch counts as survived, so a score is a
// lower bound. The areas are listed in scripts/mutation-areas.cjs. Each area keeps its own incremental
// baseline (reports/mutation/<area>.incremental.json), and the score per file of every area run is
// printed at the end and kept in reports/mutation/<area>.json.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { AREAS } = createRequire(import.meta.url)("./mutation-areas.cjs");

const args = process.argv.slice(2);
if (args.includes("--list")) {
  for (const [name, area] of Object.entries(AREAS)) {
    console.log(`${name}: ${area.what}\n  mutates ${area.mutate.join(", ")}\n  tested by ${area.tests.join(", ")}`);
  }
  process.exit(0);
}
const chosen = args.filter((a) => !a.startsWith("--"));
const strykerOptions = args.filter((a) => a.startsWith("--") && a !== "--force");
const unknown = chosen.filter((a) => !(a in AREAS));
if (unknown.length > 0) {
  console.error(`unknown area(s): ${unknown.join(", ")}; areas: ${Object.keys(AREAS).join(", ")}`);
  process.exit(2);
}
const reports = path.join(root, "reports", "mutation");
mkdirSync(reports, { recursive: true });

const summary = [];
for (const name of chosen.length > 0 ? chosen : Object.keys(AREAS)) {
  const area = AREAS[name];
  console.log(`\n== ${name}: ${area.what}`);
  const started = Date.now();
  const incremental = path.join(reports, `${name}.incremental.json`);
  forgetStaticSurvivors(incremental);
  const result = spawnSync(
    "npx",
    [
      "stryker",
      "run",
      "--mutate",
      area.mutate.join(","),
      "--incrementalFile",
      path.relative(root, incremental),
      ...(args.includes("--force") ? ["--force"] : []),
      ...strykerOptions,
    ],
    { cwd: root, stdio: "inherit", env: { ...process.env, MUTATION_TESTS: area.tests.join(",") } },
  );
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${name}: stryker exited with ${result.status}`);
    process.exit(1);
  }
  copyFileSync(path.join(reports, "mutation.json"), path.join(reports, `${name}.json`));
  summary.push({ name, seconds, files: scores(path.join(reports, `${name}.json`)) });
}

console.log("\nmutation score per file (killed and timed out / all but compile errors and ignored)");
for (const { name, seconds, files } of summary) {
  console.log(`\n${name} (${(seconds / 60).toFixed(1)} min)`);
  for (const f of files) {
    // A file with nothing judged (all its mutants ignored, compile errors or runtime errors) has no score.
    const score = f.total === 0 ? "    —  " : `${f.score.toFixed(1).padStart(5)} %`;
    console.log(`  ${score}  ${String(f.detected).padStart(4)} / ${String(f.total).padEnd(4)} ${f.file}`);
  }
}

/** Score per file of a Stryker JSON report: detected / (detected + survived + no coverage). */
function scores(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, "utf8"));
  return Object.entries(report.files).map(([name, f]) => {
    const count = (status) => f.mutants.filter((m) => m.status === status).length;
    const detected = count("Killed") + count("Timeout");
    const total = detected + count("Survived") + count("NoCoverage");
    return { file: name, detected, total, score: total === 0 ? NaN : (100 * detected) / total };
  });
}

/**
 * Drops the surviving static mutants from an incremental baseline so that this run judges them
 * again. Stryker reuses a mutant's result while its code and covering tests are unchanged, and a
 * static mutant (code run while modules load) has no covering tests: a survivor stayed a survivor
 * however many tests were added against it.
 */
function forgetStaticSurvivors(file) {
  if (!existsSync(file)) return;
  const baseline = JSON.parse(readFileSync(file, "utf8"));
  let forgotten = 0;
  for (const f of Object.values(baseline.files)) {
    const kept = f.mutants.filter((m) => !(m.static && (m.status === "Survived" || m.status === "NoCoverage")));
    forgotten += f.mutants.length - kept.length;
    f.mutants = kept;
  }
  if (forgotten > 0) {
    writeFileSync(file, JSON.stringify(baseline));
    console.log(`${forgotten} surviving static mutant(s) of the last run will be judged again`);
  }
}
