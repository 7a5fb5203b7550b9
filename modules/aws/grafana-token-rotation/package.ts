import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deterministicZip } from "./deterministic-zip";

/** A Lambda deployment package built at synth time. */
export interface LambdaPackage {
  /** Absolute path of the zip (content-addressed, so rebuilding the same code reuses it). */
  readonly zipPath: string;
  /** Hex SHA-256 of the zip. */
  readonly sha256Hex: string;
  /** Base64 SHA-256 of the zip (`source_code_hash`). */
  readonly sha256Base64: string;
}

/**
 * The handler's TypeScript source. `__dirname` is this folder under ts-node/jest and
 * `dist/modules/aws/grafana-token-rotation` after `npm run build`, where only transpiled files exist.
 */
export function handlerSource(): string {
  const candidates = [
    path.join(__dirname, "lambda", "handler.ts"),
    path.join(__dirname, "..", "..", "..", "..", "modules", "aws", "grafana-token-rotation", "lambda", "handler.ts"),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`GrafanaTokenRotation: handler source not found (looked at ${candidates.join(", ")})`);
  return found;
}

/**
 * Bundles the rotation handler with esbuild (the AWS SDK v3 stays external: the Node.js Lambda runtime
 * provides it) into `index.js` and zips it deterministically, so the same source gives the same
 * bytes, hash and asset path on every machine.
 */
export function buildRotationPackage(entry: string = handlerSource()): LambdaPackage {
  // Loaded here, not at module load: only synthesis needs esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [path.basename(entry)],
    // Paths in the bundle's comments are relative to this, so they do not depend on the checkout.
    absWorkingDir: path.dirname(entry),
    bundle: true,
    write: false,
    platform: "node",
    target: "node22",
    format: "cjs",
    external: ["@aws-sdk/*"],
    minify: false,
    sourcemap: false,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  if (result.errors.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`GrafanaTokenRotation: bundling ${entry} failed: ${result.errors.map((e) => e.text).join("; ")}`);
  }
  const zip = deterministicZip([{ name: "index.js", data: Buffer.from(result.outputFiles[0].contents) }]);
  const sha256Hex = createHash("sha256").update(zip).digest("hex");
  const dir = path.join(os.tmpdir(), `grafana-token-rotation-${sha256Hex.slice(0, 16)}`);
  const zipPath = path.join(dir, "index.zip");
  if (!existsSync(zipPath) || !readFileSync(zipPath).equals(zip)) {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed, so a concurrent synth never sees a half-written file.
    const partial = `${zipPath}.${process.pid}.partial`;
    writeFileSync(partial, zip);
    renameSync(partial, zipPath);
  }
  return { zipPath, sha256Hex, sha256Base64: createHash("sha256").update(zip).digest("base64") };
}

let built: LambdaPackage | undefined;

/**
 * The rotation handler's package, built once per process: every environment's stack deploys the same
 * bytes, and each esbuild bundling is a child process.
 */
export function rotationPackage(): LambdaPackage {
  built ??= buildRotationPackage();
  return built;
}
