import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.join(__dirname, "..");

/** A throwaway project with the real build scripts: main.ts prints what lib/word.ts exports. */
function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "build-"));
  mkdirSync(path.join(dir, "scripts"));
  for (const script of ["build.mjs", "build-dist.mjs"]) {
    cpSync(path.join(root, "scripts", script), path.join(dir, "scripts", script));
  }
  cpSync(path.join(root, "tsconfig.json"), path.join(dir, "tsconfig.json"));
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  mkdirSync(path.join(dir, "lib"));
  writeFileSync(path.join(dir, "lib", "word.ts"), 'export const word: string = "one";\n');
  writeFileSync(path.join(dir, "lib", "extra.ts"), "export const extra = 1;\n");
  writeFileSync(path.join(dir, "main.ts"), 'import { word } from "./lib/word";\nconsole.log(word);\n');
  return dir;
}

/** What `npm run synth` does: build dist/ if needed, then run dist/main.js, in one node process. */
const runAsSynth = (dir: string) =>
  execFileSync(process.execPath, ["--import", "./scripts/build-dist.mjs", "dist/main.js"], {
    cwd: dir,
    encoding: "utf8",
  }).trim();

describe("the build that npm run synth runs first", () => {
  let dir: string;
  beforeEach(() => {
    dir = project();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("builds dist/ when there is none and runs the app from it", () => {
    expect(runAsSynth(dir)).toBe("one");
    expect(existsSync(path.join(dir, "dist", "lib", "extra.js"))).toBe(true);
  });

  test("skips the transpile when no source changed", () => {
    runAsSynth(dir);
    const sentinel = path.join(dir, "dist", "left-by-the-test");
    writeFileSync(sentinel, "");
    expect(runAsSynth(dir)).toBe("one");
    expect(existsSync(sentinel)).toBe(true);
  });

  test("an edited source is rebuilt, even with the same size and modification time", () => {
    runAsSynth(dir);
    const word = path.join(dir, "lib", "word.ts");
    const { atime, mtime } = statSync(word);
    writeFileSync(word, 'export const word: string = "two";\n');
    utimesSync(word, atime, mtime);
    expect(runAsSynth(dir)).toBe("two");
  });

  test("a removed source leaves no output behind", () => {
    runAsSynth(dir);
    rmSync(path.join(dir, "lib", "extra.ts"));
    runAsSynth(dir);
    expect(existsSync(path.join(dir, "dist", "lib", "extra.js"))).toBe(false);
  });

  test("an interrupted build is not taken for a complete one", () => {
    runAsSynth(dir);
    // A build that died after emptying dist/ leaves no stamp, so the next run builds again.
    rmSync(path.join(dir, "dist", "main.js"));
    rmSync(path.join(dir, "dist", ".build-stamp"));
    expect(runAsSynth(dir)).toBe("one");
  });
});
