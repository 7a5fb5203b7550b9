#!/usr/bin/env node
// Prints the project's speed figures against its targets. A benchmark, not a test: it measures and
// reports, and exits non-zero only when it cannot measure.
//
//   npm run bench                      # everything
//   npm run bench -- --runs 3          # repetitions per synth figure (default 5)
//   npm run bench -- --skip-test       # leave out the `npm test` timings (CI=true, then warm)
//   npm run bench -- --skip-baseline   # leave out the CDKTF-default (cdktf synth + ts-node) baseline
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runs =
  Number(args[args.indexOf("--runs") + 1]) > 0 && args.includes("--runs")
    ? Number(args[args.indexOf("--runs") + 1])
    : 5;
const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
const scratch = mkdtempSync(path.join(os.tmpdir(), "flink-observability-bench-"));

function timed(command, commandArgs, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${commandArgs.join(" ")} failed (${result.status}):\n${result.stderr}\n${result.stdout}`,
    );
  }
  return { seconds, stdout: result.stdout };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rows = [];
function report(figure, value, target, ok) {
  rows.push({ figure, value, target: target ?? "", verdict: ok === undefined ? "" : ok ? "ok" : "MISSED" });
  console.log(`  ${figure}: ${value}${target ? `  (target ${target}: ${ok ? "ok" : "MISSED"})` : ""}`);
}

const fmt = (s) => `${s.toFixed(2)} s`;
console.log(
  `flink-observability benchmark: node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}, ${runs} runs per synth figure`,
);

// What `npm run synth` runs after npm: dist/ brought up to date in the same process, then the app.
const synthCommand = ["-r", "./scripts/defer-archiver.cjs", "--import", "./scripts/build-dist.mjs", "dist/main.js"];

// 0. The transpile alone, forced (what the first synth after a source change pays on top).
console.log("\ntranspile (node scripts/build.mjs --force; skipped by npm run synth when no source changed)");
const transpileTimes = [];
for (let i = 0; i < Math.min(runs, 3); i++)
  transpileTimes.push(timed("node", ["scripts/build.mjs", "--force"]).seconds);
report("transpile, median", fmt(median(transpileTimes)));

// 1. `npm run synth` on the example environments (dist/ up to date, as after the first synth).
const environments = readdirSync(path.join(root, "config")).filter((f) => /\.(ya?ml|json)$/.test(f)).length;
console.log(`\nnpm run synth (${environments} example environments)`);
const synthTimes = [];
for (let i = 0; i < runs; i++) synthTimes.push(timed("npm", ["run", "--silent", "synth"]).seconds);
const synthMedian = median(synthTimes);
report("npm run synth, median", fmt(synthMedian), "<= 1.0 s", synthMedian <= 1.0);
report("npm run synth, runs", synthTimes.map(fmt).join(", "));

// 2. The CDKTF default toolchain on the same code: `cdktf synth` running `ts-node main.ts`.
if (!flag("--skip-baseline")) {
  console.log("\nCDKTF default toolchain (cdktf synth --app 'ts-node main.ts'), same code");
  const tools = path.join(root, "node_modules", ".cache", "bench-tools");
  const tsNode = path.join(tools, "node_modules", ".bin", "ts-node");
  if (!existsSync(tsNode)) {
    // ts-node is only the baseline's runner, not a project dependency: installed on demand, outside the lockfile.
    mkdirSync(tools, { recursive: true });
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", tools, "ts-node@10.9.2"], {
      env,
      stdio: "ignore",
    });
  }
  const baselineRuns = Math.min(runs, 3);
  const baselineTimes = [];
  for (let i = 0; i < baselineRuns; i++) {
    const out = path.join(scratch, `baseline-${i}`);
    baselineTimes.push(timed("npx", ["cdktf", "synth", "--app", `${tsNode} main.ts`, "--output", out]).seconds);
  }
  const baselineMedian = median(baselineTimes);
  report("default toolchain, median", fmt(baselineMedian));
  report("default toolchain, runs", baselineTimes.map(fmt).join(", "));
  report(
    "npm run synth / default",
    `${(synthMedian / baselineMedian).toFixed(2)} x`,
    "<= 0.15 x",
    synthMedian / baselineMedian <= 0.15,
  );
}

// 3. Scale: 3 environments x 50 Flink applications, built from the example environments' applications.
console.log("\nscale: 3 environments x 50 Flink applications (the npm run synth command, without npm)");
const scaleConfig = path.join(scratch, "config-scale");
mkdirSync(scaleConfig);
const examples = readdirSync(path.join(root, "config"))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .slice(0, 3);
for (const [envIndex, file] of examples.entries()) {
  const doc = parse(readFileSync(path.join(root, "config", file), "utf8"));
  const templates = doc.applications ?? [];
  if (templates.length === 0) throw new Error(`config/${file} has no applications to scale from`);
  doc.applications = Array.from({ length: 50 }, (_, i) => ({
    ...structuredClone(templates[i % templates.length]),
    name: `bench-app-${String(i).padStart(2, "0")}`,
  }));
  doc.monitoredApplications = [];
  doc.name = `scale${envIndex}`;
  writeFileSync(path.join(scaleConfig, `scale${envIndex}.yaml`), stringify(doc));
}
const scaleTimes = [];
let peakRssKb = 0;
for (let i = 0; i < Math.min(runs, 3); i++) {
  const rssFile = path.join(scratch, `rss-${i}`);
  const out = path.join(scratch, `scale-out-${i}`);
  const { seconds } = timed("node", ["-r", "./scripts/report-max-rss.cjs", ...synthCommand], {
    env: { ...env, CONFIG_DIR: scaleConfig, CDKTF_OUTDIR: out, BENCH_RSS_FILE: rssFile },
  });
  scaleTimes.push(seconds);
  peakRssKb = Math.max(peakRssKb, Number(readFileSync(rssFile, "utf8")));
  if (i === 0) {
    const resources = readdirSync(path.join(out, "stacks")).map((stack) => {
      const json = JSON.parse(readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8"));
      return Object.values(json.resource ?? {}).reduce((n, blocks) => n + Object.keys(blocks).length, 0);
    });
    report("3 x 50 apps, resources per stack", resources.join(", "));
  }
}
const scaleMedian = median(scaleTimes);
report("3 x 50 apps, median", fmt(scaleMedian), "<= 1.8 s", scaleMedian <= 1.8);
report("3 x 50 apps, peak RSS", `${(peakRssKb / 1024).toFixed(0)} MB`, "< 400 MB", peakRssKb < 400 * 1024);

// 4. Where a synth's time goes: scripts/synth-phases.cjs charges every millisecond to one phase.
function phases(label, extraEnv) {
  const samples = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const file = path.join(scratch, `phases-${label}-${i}.json`);
    timed("node", ["-r", "./scripts/synth-phases.cjs", ...synthCommand], {
      env: {
        ...env,
        CDKTF_OUTDIR: path.join(scratch, `phases-out-${label}-${i}`),
        SYNTH_PHASES_FILE: file,
        ...extraEnv,
      },
    });
    samples.push(JSON.parse(readFileSync(file, "utf8")));
  }
  const names = Object.keys(samples[0].phases);
  return {
    modules: samples[0].modules,
    phases: Object.fromEntries(names.map((n) => [n, median(samples.map((s) => s.phases[n] ?? 0))])),
  };
}
const profiles = [
  ["examples", phases("examples", {})],
  ["3 x 50", phases("scale", { CONFIG_DIR: scaleConfig })],
];
console.log("\nwhere the app's time goes (node with scripts/synth-phases.cjs, median ms per phase)");
const phaseNames = Object.keys(profiles[0][1].phases).filter((n) => n !== "total");
console.log(`  ${"phase".padEnd(22)}${profiles.map(([label]) => label.padStart(16)).join("")}`);
for (const name of [...phaseNames, "total"]) {
  const cells = profiles.map(([, p]) => {
    const ms = p.phases[name] ?? 0;
    const share = name === "total" ? "" : ` ${((100 * ms) / p.phases.total).toFixed(0).padStart(3)}%`;
    return `${ms.toFixed(0).padStart(7)} ms${share}`.padStart(16);
  });
  console.log(`  ${name.padEnd(22)}${cells.join("")}`);
}
console.log(`  ${"modules loaded".padEnd(22)}${profiles.map(([, p]) => String(p.modules).padStart(16)).join("")}`);

// 5. The whole test suite, Terraform-backed tests included: once as CI runs it (CI=true: every
// Terraform command runs), then twice as a developer does; the second of those is the warm figure
// (type-check, lint and Terraform results recorded by the first, nothing changed since).
if (!flag("--skip-test")) {
  console.log("\nnpm test (type-check, lint, jest with the Terraform-backed tests)");
  const ci = timed("npm", ["test", "--silent"], { env: { ...env, CI: "true" } });
  report("npm test, CI=true (every Terraform command run)", fmt(ci.seconds));
  timed("npm", ["test", "--silent"]);
  const { seconds } = timed("npm", ["test", "--silent"]);
  report("npm test, warm", fmt(seconds), "<= 45 s", seconds <= 45);
}

rmSync(scratch, { recursive: true, force: true });
console.log("\nsummary");
const width = Math.max(...rows.map((r) => r.figure.length));
for (const r of rows.filter((r) => r.target)) {
  console.log(`  ${r.figure.padEnd(width)}  ${r.value.padStart(10)}  target ${r.target.padEnd(10)} ${r.verdict}`);
}
const missed = rows.filter((r) => r.verdict === "MISSED");
console.log(
  `\n${missed.length === 0 ? "all targets met" : `${missed.length} target(s) missed: ${missed.map((r) => r.figure).join(", ")}`}`,
);
