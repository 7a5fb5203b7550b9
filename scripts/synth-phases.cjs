// Preloaded by scripts/bench.mjs (`node -r ./scripts/synth-phases.cjs dist/main.js`): splits one synth's
// wall time into where it goes, and writes it as JSON to $SYNTH_PHASES_FILE at exit. Every millisecond
// is charged to exactly one phase: the innermost one running (a require() inside a constructor is module
// loading, a child process started during cdktf's synth is a child process).
//
// Phases: node start-up (before this file runs), preload (what runs before the app: the dist/ check or
// transpile), module loading (require() of the app, cdktf, providers,
// SDKs; module top-level code included), child processes (esbuild bundling the Lambda handler, cdktf's
// `terraform version` check), construct tree (config validation and every construct constructor: what
// is left of the app's own code), cdktf synth (aspects, validations, assets, manifest), token resolution
// (`toTerraform()`), JSON serialization, file writes, and exit (after the app returned).
const Module = require("node:module");
const childProcess = require("node:child_process");
const fs = require("node:fs");
const { performance } = require("node:perf_hooks");

const originalWriteFileSync = fs.writeFileSync;
const spent = { "node start-up": performance.now() };
// Until node loads the app's main module: preloads, dist/ stamp check (or transpile) included.
const stack = ["preload (dist check)"];
let last = performance.now();

function charge(now) {
  const top = stack[stack.length - 1];
  spent[top] = (spent[top] ?? 0) + (now - last);
  last = now;
}

/** `fn` wrapped so that the time inside it (minus nested phases) is charged to `phase`. */
function timed(phase, fn) {
  return function (...args) {
    charge(performance.now());
    stack.push(phase);
    try {
      return fn.apply(this, args);
    } finally {
      charge(performance.now());
      stack.pop();
    }
  };
}

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (!isMain) return originalLoad.call(this, request, parent, isMain);
  // The app runs to completion inside its main module's evaluation; what follows is shutdown.
  charge(performance.now());
  stack[0] = "construct tree";
  try {
    return originalLoad.call(this, request, parent, isMain);
  } finally {
    charge(performance.now());
    stack[0] = "exit";
  }
};

const originalRequire = Module.prototype.require;
let cdktfPatched = false;
Module.prototype.require = timed("module loading", function (id) {
  const exports = originalRequire.call(this, id);
  if (id === "json-stable-stringify" && !exports.timedByBench) {
    const wrapped = timed("JSON serialization", exports);
    wrapped.timedByBench = true;
    return wrapped;
  }
  if (id === "cdktn" && !cdktfPatched) {
    cdktfPatched = true;
    exports.App.prototype.synth = timed("cdktf synth", exports.App.prototype.synth);
    exports.TerraformStack.prototype.toTerraform = timed(
      "token resolution",
      exports.TerraformStack.prototype.toTerraform,
    );
  }
  return exports;
});
for (const name of ["execFileSync", "execSync", "spawnSync"]) {
  childProcess[name] = timed("child processes", childProcess[name]);
}
for (const name of ["writeFileSync", "copyFileSync", "renameSync", "mkdirSync", "rmSync", "mkdtempSync"]) {
  fs[name] = timed("file writes", fs[name]);
}

process.on("exit", () => {
  charge(performance.now());
  const file = process.env.SYNTH_PHASES_FILE;
  if (!file) return;
  const phases = { ...spent, total: performance.now() };
  const modules = Object.keys(require.cache).length;
  const maxRssKb = process.resourceUsage().maxRSS;
  // The unwrapped writeFileSync: this write is the benchmark's, not the app's.
  originalWriteFileSync(file, JSON.stringify({ phases, modules, maxRssKb }));
});
