#!/usr/bin/env node
// `npm test`: the type-check and the lint run side by side (one core each), then jest with any
// arguments given (`npm test -- <file pattern>`). A failed check stops the run before jest, as a
// sequence of `&&` would, and prints that check's output.
//
// The checks keep caches under node_modules/.cache (tsc's build info, eslint's and prettier's
// caches), so a run after a small change re-checks only what changed.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

// The tests run the CDK Terrain CLI, which needs the Node.js of package.json's `engines` (on Node 20 it
// fails deep inside with a TypeError): say so first, naming what to install.
const wanted = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).engines.node;
const minimum = /^>=(\d+)\.(\d+)(?:\.\d+)?$/.exec(wanted);
const [major, minor] = process.versions.node.split(".").map(Number);
if (!minimum || major < Number(minimum[1]) || (major === Number(minimum[1]) && minor < Number(minimum[2]))) {
  console.error(
    `npm test: Node.js ${wanted.replace(">=", "")} or later is required (README, Prerequisites: 22 or 24); ` +
      `this is ${process.version}`,
  );
  process.exit(1);
}

function capture(script) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ script, code, output }));
  });
}

const checks = await Promise.all([capture("typecheck"), capture("lint")]);
for (const { output } of checks) if (output.trim()) process.stdout.write(output);
const failed = checks.filter((c) => c.code !== 0);
if (failed.length > 0) {
  console.error(`npm test: ${failed.map((c) => `npm run ${c.script}`).join(" and ")} failed`);
  process.exit(1);
}

const jest = spawn(process.execPath, ["node_modules/jest/bin/jest.js", ...process.argv.slice(2)], {
  stdio: "inherit",
});
jest.on("close", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
