import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deterministicZip } from "../../modules/aws/grafana-token-rotation/deterministic-zip";

const dir = mkdtempSync(path.join(os.tmpdir(), "zip-"));

function write(name: string, zip: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, zip);
  return file;
}

/** What python's zipfile reads back: name, content, date, permissions, compression. */
function readBack(file: string): Array<[string, string, number[], string, number]> {
  const script =
    "import json,sys,zipfile\n" +
    "z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n" +
    "print(json.dumps([[i.filename, z.read(i).decode(), list(i.date_time), oct(i.external_attr>>16), i.compress_type] for i in z.infolist()]))";
  return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
}

describe("deterministicZip", () => {
  const entries = [
    { name: "index.js", data: "exports.handler = async () => 'ok';\n" },
    { name: "lib/util.js", data: Buffer.from("module.exports = 42;\n"), mode: 0o755 },
  ];

  test("python's zipfile reads every entry back, sorted, with fixed dates and permissions", () => {
    const file = write("stored.zip", deterministicZip([...entries].reverse()));
    expect(readBack(file)).toEqual([
      ["index.js", "exports.handler = async () => 'ok';\n", [1980, 1, 1, 0, 0, 0], "0o100644", 0],
      ["lib/util.js", "module.exports = 42;\n", [1980, 1, 1, 0, 0, 0], "0o100755", 0],
    ]);
    expect(execFileSync("unzip", ["-l", file], { encoding: "utf8" })).toMatch(/index\.js[\s\S]*lib\/util\.js/);
  });

  test("deflate archives read back too", () => {
    const big = "x".repeat(10_000);
    const zip = deterministicZip([{ name: "big.txt", data: big }], { compression: "deflate" });
    expect(zip.length).toBeLessThan(1_000);
    expect(readBack(write("deflated.zip", zip))).toEqual([["big.txt", big, [1980, 1, 1, 0, 0, 0], "0o100644", 8]]);
  });

  test("the bytes depend only on the entries: not on order, time or call", () => {
    const first = deterministicZip(entries);
    const realNow = Date.now;
    Date.now = () => realNow() + 86_400_000 * 365;
    try {
      expect(deterministicZip([...entries].reverse()).equals(first)).toBe(true);
    } finally {
      Date.now = realNow;
    }
    expect(deterministicZip([{ ...entries[0], data: "changed" }, entries[1]]).equals(first)).toBe(false);
  });

  test("carries no extra fields (no platform or timestamp metadata)", () => {
    const zip = deterministicZip(entries);
    // Local headers: extra-field length at offset 28; central headers: at offset 30.
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (zip.readUInt32LE(i) === 0x04034b50) expect(zip.readUInt16LE(i + 28)).toBe(0);
      if (zip.readUInt32LE(i) === 0x02014b50) expect(zip.readUInt16LE(i + 30)).toBe(0);
    }
  });

  test.each([["/abs.js"], ["../up.js"], ["win\\path.js"], [""]])("rejects entry name %j", (name) => {
    expect(() => deterministicZip([{ name, data: "" }])).toThrow(/entry name must be a relative path/);
  });

  test("rejects duplicate names", () => {
    expect(() => deterministicZip([entries[0], entries[0]])).toThrow('duplicate entry "index.js"');
  });
});
