// Runs Grafana's template engine, Go's text/template, from the tests: __tests__/engines/go-template/main.go
// is compiled once per source and Go version into node_modules/.cache/go-template/bin/, then all the
// expansions of a test go through one process call.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = path.join(ROOT, "__tests__", "engines", "go-template", "main.go");
const CACHE = path.join(ROOT, "node_modules", ".cache", "go-template");
const INSTALL = "apt-get install golang-go";

/** One template to expand with the data Grafana gives it (grafana pkg/services/ngalert/state/template, Data). */
export interface GoTemplateCase {
  readonly id: string;
  /** The template text, or (for a long template expanded many times) `sameTemplateAs`. */
  readonly template?: string;
  /** The id of an earlier case whose template this one expands again. */
  readonly sameTemplateAs?: string;
  /** `$labels`: the alert instance's labels. */
  readonly labels: Record<string, string>;
  /** `$values`, by refId; a null value is a step without a number, which Grafana gives as NaN. */
  readonly values: Record<string, { value: number | null; labels: Record<string, string> }>;
  /** `$value`: the evaluation string. */
  readonly value: string;
}

export interface GoTemplateResult {
  readonly id: string;
  readonly output: string;
  /** Go's parse or execution error; empty when the template expanded. */
  readonly error: string;
}

/** The environment of every go call: nothing from the network, nothing outside the cache dir. */
function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOCACHE: path.join(CACHE, "gocache"),
    GOPATH: path.join(CACHE, "gopath"),
    GO111MODULE: "off",
    GOFLAGS: "",
    GOPROXY: "off",
    GOTOOLCHAIN: "local",
    CGO_ENABLED: "0",
  };
}

function goVersion(): string {
  const run = spawnSync("go", ["version"], { encoding: "utf8" });
  if (run.error || run.status !== 0)
    throw new Error(
      `Go is needed to check alert templates with Grafana's own engine (text/template) and was not found ` +
        `(${run.error?.message ?? run.stderr}). Install it: ${INSTALL}`,
    );
  return run.stdout.trim();
}

let binary: string | undefined;

/**
 * The compiled expander, built on first use; a changed main.go or Go version builds a new one. Go's build
 * cache is shared by every build (Go keeps it safe for concurrent use), so a rebuild compiles main.go only.
 */
function expanderBinary(): string {
  if (binary) return binary;
  const source = readFileSync(SOURCE);
  const key = createHash("sha256").update(source).update("\0").update(goVersion()).digest("hex").slice(0, 16);
  const bin = path.join(CACHE, "bin");
  const target = path.join(bin, `go-template-${key}`);
  if (!existsSync(target)) {
    mkdirSync(bin, { recursive: true });
    // Two jest workers may build at once: each writes its own file and renames it into place.
    const temp = `${target}.${process.pid}.tmp`;
    const build = spawnSync("go", ["build", "-o", temp, SOURCE], { cwd: CACHE, env: goEnv(), encoding: "utf8" });
    if (build.error || build.status !== 0)
      throw new Error(`go build of ${SOURCE} failed: ${build.error?.message ?? build.stderr}`);
    renameSync(temp, target);
    // Builds of earlier sources are never run again.
    for (const old of readdirSync(bin).filter((f) => !f.endsWith(".tmp") && f !== path.basename(target)))
      rmSync(path.join(bin, old), { force: true });
  }
  binary = target;
  return target;
}

/** Expands every case in one Go process; results come back in the order of `cases`. */
export function expandGoTemplates(cases: readonly GoTemplateCase[]): GoTemplateResult[] {
  // The cases go through a file: for the megabytes of a large fleet, a pipe from spawnSync is slower.
  const dir = mkdtempSync(path.join(os.tmpdir(), "go-template-"));
  const input = path.join(dir, "cases.json");
  writeFileSync(input, JSON.stringify(cases));
  const fd = openSync(input, "r");
  try {
    const run = spawnSync(expanderBinary(), [], {
      stdio: [fd, "pipe", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (run.error || run.status !== 0)
      throw new Error(`the Go template expander failed: ${run.error?.message ?? run.stderr}`);
    const results = JSON.parse(run.stdout) as GoTemplateResult[];
    if (results.length !== cases.length) throw new Error(`expected ${cases.length} results, got ${results.length}`);
    return results;
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}
