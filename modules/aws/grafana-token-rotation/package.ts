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

/** The project's cache folder for handler bundles (node_modules/.cache, so it belongs to the project's owner). */
export function defaultBundleCacheDir(entry: string = handlerSource()): string {
  // entry is <project>/modules/aws/grafana-token-rotation/lambda/handler.ts
  const project = path.resolve(path.dirname(entry), "..", "..", "..", "..");
  return path.join(project, "node_modules", ".cache", "flink-observability", "lambda-bundles");
}

const BUNDLE_OPTIONS = {
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
  metafile: true,
} as const;

/** A remembered bundle: the code, and the SHA-256 of every source file esbuild read to make it. */
interface RecordedBundle {
  readonly inputs: Record<string, string>;
  readonly code: string;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * The handler bundled by esbuild (the AWS SDK v3 stays external: the Node.js Lambda runtime provides
 * it). Bundling is a child process (about 40 ms of every synth), so the bundle is remembered in
 * `cacheDir` under the hash of the esbuild version, the options and the entry file, together with the
 * hash of every file esbuild read; it is reused only while each of those files still has that hash.
 */
function bundleHandler(entry: string, cacheDir: string): string {
  // Loaded here, not at module load: only synthesis needs esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const workingDir = path.dirname(entry);
  const key = sha256(JSON.stringify([esbuild.version, BUNDLE_OPTIONS, sha256(readFileSync(entry))]));
  const recordFile = path.join(cacheDir, `${key}.json`);
  const recorded = readRecord(recordFile);
  if (
    recorded &&
    Object.entries(recorded.inputs).every(([file, hash]) => {
      const full = path.join(workingDir, file);
      return existsSync(full) && sha256(readFileSync(full)) === hash;
    })
  ) {
    return recorded.code;
  }
  const result = esbuild.buildSync({
    ...BUNDLE_OPTIONS,
    external: [...BUNDLE_OPTIONS.external],
    entryPoints: [path.basename(entry)],
    // Paths in the bundle's comments are relative to this, so they do not depend on the checkout.
    absWorkingDir: workingDir,
  });
  if (result.errors.length > 0 || result.outputFiles.length !== 1) {
    throw new Error(`GrafanaTokenRotation: bundling ${entry} failed: ${result.errors.map((e) => e.text).join("; ")}`);
  }
  const code = result.outputFiles[0].text;
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [file, sha256(readFileSync(path.join(workingDir, file)))]),
  );
  writeAtomically(recordFile, JSON.stringify({ inputs, code } satisfies RecordedBundle));
  return code;
}

function readRecord(file: string): RecordedBundle | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RecordedBundle;
  } catch {
    return undefined;
  }
}

/** Written beside and renamed, so a concurrent synth never sees a half-written file. */
function writeAtomically(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/**
 * Bundles the rotation handler into `index.js` and zips it deterministically, so the same source
 * gives the same bytes, hash and asset path on every machine.
 */
export function buildRotationPackage(
  entry: string = handlerSource(),
  options: { cacheDir?: string } = {},
): LambdaPackage {
  const code = bundleHandler(entry, options.cacheDir ?? defaultBundleCacheDir(entry));
  const zip = deterministicZip([{ name: "index.js", data: Buffer.from(code, "utf8") }]);
  const sha256Hex = createHash("sha256").update(zip).digest("hex");
  const dir = path.join(os.tmpdir(), `grafana-token-rotation-${sha256Hex.slice(0, 16)}`);
  const zipPath = path.join(dir, "index.zip");
  if (!existsSync(zipPath) || !readFileSync(zipPath).equals(zip)) writeAtomically(zipPath, zip);
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
