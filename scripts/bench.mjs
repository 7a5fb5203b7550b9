#!/usr/bin/env node
// Prints the project's speed figures against its targets. A benchmark, not a test: it measures and
// reports, and exits non-zero only when it cannot measure.
//
//   npm run bench                      # everything
//   npm run bench -- --runs 3          # repetitions per synth figure (default 5)
//   npm run bench -- --skip-test       # leave out the `npm test` timing
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
  rows.push({ figure, value, target, verdict: ok === undefined ? "" : ok ? "ok" : "MISSED" });
  console.log(`  ${figure}: ${value}${target ? `  (target ${target}: ${ok ? "ok" : "MISSED"})` : ""}`);
}

const fmt = (s) => `${s.toFixed(2)} s`;
console.log(
  `flink-observability benchmark: node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${runs} runs per synth figure`,
);

// 1. `npm run synth` on the example environments.
const environments = readdirSync(path.join(root, "config")).filter((f) => /\.(ya?ml|json)$/.test(f)).length;
console.log(`\nnpm run synth (${environments} example environments)`);
const synthTimes = [];
for (let i = 0; i < runs; i++) synthTimes.push(timed("npm", ["run", "--silent", "synth"]).seconds);
const synthMedian = median(synthTimes);
report("median", fmt(synthMedian), "<= 5 s", synthMedian <= 5);
report("runs", synthTimes.map(fmt).join(", "));

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
  report("median", fmt(baselineMedian));
  report("runs", baselineTimes.map(fmt).join(", "));
  report(
    "npm run synth / default",
    `${(synthMedian / baselineMedian).toFixed(2)} x`,
    "<= 0.4 x",
    synthMedian / baselineMedian <= 0.4,
  );
}

// 3. Scale: 3 environments x 50 Flink applications, built from the example environments' applications.
console.log("\nscale: 3 environments x 50 Flink applications (build + node dist/main.js)");
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
  const start = process.hrtime.bigint();
  timed("node", ["scripts/build.mjs"]);
  timed("node", ["-r", "./scripts/report-max-rss.cjs", "dist/main.js"], {
    env: { ...env, CONFIG_DIR: scaleConfig, CDKTF_OUTDIR: out, BENCH_RSS_FILE: rssFile },
  });
  scaleTimes.push(Number(process.hrtime.bigint() - start) / 1e9);
  peakRssKb = Math.max(peakRssKb, Number(readFileSync(rssFile, "utf8")));
  if (i === 0) {
    const resources = readdirSync(path.join(out, "stacks")).map((stack) => {
      const json = JSON.parse(readFileSync(path.join(out, "stacks", stack, "cdk.tf.json"), "utf8"));
      return Object.values(json.resource ?? {}).reduce((n, blocks) => n + Object.keys(blocks).length, 0);
    });
    report("resources per stack", resources.join(", "));
  }
}
const scaleMedian = median(scaleTimes);
report("median", fmt(scaleMedian), "<= 15 s", scaleMedian <= 15);
report("peak RSS", `${(peakRssKb / 1024).toFixed(0)} MB`, "< 1.5 GB", peakRssKb < 1.5 * 1024 * 1024);

// 4. The whole test suite, Terraform-backed tests included.
if (!flag("--skip-test")) {
  console.log("\nnpm test (type-check + jest, Terraform-backed tests included)");
  const { seconds } = timed("npm", ["test", "--silent"]);
  report("wall time", fmt(seconds), "<= 90 s", seconds <= 90);
}

rmSync(scratch, { recursive: true, force: true });
const missed = rows.filter((r) => r.verdict === "MISSED");
console.log(
  `\n${missed.length === 0 ? "all targets met" : `${missed.length} target(s) missed: ${missed.map((r) => r.figure).join(", ")}`}`,
);
