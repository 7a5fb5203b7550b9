#!/usr/bin/env node
// `npx flink-observability-verify <env>` from a checkout: transpiles the app (esbuild, about a
// second, as `npm run verify` does) and runs the verifier from dist/.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
try {
  execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
} catch {
  process.stderr.write("verify: could not build the app (node scripts/build.mjs failed)\n");
  process.exit(2);
}
require(path.join(root, "dist", "verify", "cli.js")).runFromProcess();
