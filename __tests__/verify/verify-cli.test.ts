import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.join(__dirname, "..", "..");

// The built command, as `npm run verify` runs it, in a process without any AWS credentials.
test("without credentials the command exits 2 with one line, quickly", () => {
  const outdir = mkdtempSync(path.join(os.tmpdir(), "verify-dist-"));
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build.mjs"), "--outdir", outdir], {
    encoding: "utf8",
  });
  expect(build.status).toBe(0);
  const empty = mkdtempSync(path.join(os.tmpdir(), "verify-home-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_PATH: path.join(root, "node_modules"),
    HOME: empty,
    AWS_CONFIG_FILE: path.join(empty, "config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(empty, "credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
  };
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(outdir, "verify", "cli.js"), "dev"], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toEqual([
    expect.stringMatching(/^verify: cannot check dev: no usable AWS credentials \(.+\); sign in/),
  ]);
});
