import { crc32, deflateRawSync } from "node:zlib";

/** One file of a {@link deterministicZip} archive. */
export interface ZipEntry {
  /** Path inside the archive, with `/` separators and no leading `/` (e.g. `index.js`). */
  readonly name: string;
  /** File content. */
  readonly data: Buffer | string;
  /**
   * Unix permission bits stored for the entry.
   * @default 0o644
   */
  readonly mode?: number;
}

/** Options of {@link deterministicZip}. */
export interface DeterministicZipOptions {
  /**
   * `store` (no compression) or `deflate`. Stored bytes depend on nothing but the input, while deflate output
   * may change when Node.js upgrades its zlib, which would change the archive's hash (and redeploy the function)
   * on a machine with another Node.js version.
   * @default "store"
   */
  readonly compression?: "store" | "deflate";
}

// 1980-01-01 00:00:00, the earliest MS-DOS timestamp: every entry gets it, whatever the clock says.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION_NEEDED = 20; // 2.0: deflate, directories
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED; // host 3 = Unix, so external attributes carry permissions
const UTF8_NAMES = 1 << 11;

/**
 * Builds a ZIP archive whose bytes depend only on the entries: fixed timestamps, entries sorted by
 * name, no extra fields (no platform or time metadata), fixed permissions. Archives built from the same
 * input are byte-identical on every run and machine, so a hash of the archive changes only when the
 * content does. No ZIP64: entries and archive must stay below 4 GiB (checked).
 */
export function deterministicZip(entries: readonly ZipEntry[], options: DeterministicZipOptions = {}): Buffer {
  const method = (options.compression ?? "store") === "deflate" ? 8 : 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (
      !entry.name ||
      entry.name.startsWith("/") ||
      entry.name.includes("\\") ||
      entry.name.split("/").includes("..")
    ) {
      throw new Error(
        `deterministicZip: entry name must be a relative path with '/' separators, got ${JSON.stringify(entry.name)}`,
      );
    }
    if (seen.has(entry.name)) throw new Error(`deterministicZip: duplicate entry ${JSON.stringify(entry.name)}`);
    seen.add(entry.name);
  }
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data;
    const body = method === 8 ? deflateRawSync(raw, { level: 9 }) : raw;
    const crc = crc32(raw) >>> 0;
    if (raw.length >= 0xffffffff || offset >= 0xffffffff)
      throw new Error(`deterministicZip: ${entry.name} is too large (no ZIP64 support)`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(((0o100000 | (entry.mode ?? 0o644)) << 16) >>> 0, 38); // regular file + permissions
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, ...centrals, end]);
}
