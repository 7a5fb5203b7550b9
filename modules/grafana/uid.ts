import { createHash } from "node:crypto";

/** Longest uid Grafana accepts for dashboards, folders, data sources and alert rules. */
export const GRAFANA_UID_MAX_LENGTH = 40;

const UID_CHARS = /^[a-zA-Z0-9_-]+$/;

/**
 * A Grafana uid derived only from `parts`, so it is the same on every synth (Grafana objects keep
 * their URLs and alert history across deploys). Parts are joined with '-' and characters Grafana
 * rejects become '-'; when the result is longer than 40 characters it is cut and suffixed with a
 * hash of the whole, which keeps different inputs apart.
 */
export function stableUid(...parts: string[]): string {
  const joined = parts.join("-").replace(/[^a-zA-Z0-9_-]/g, "-");
  if (joined.length <= GRAFANA_UID_MAX_LENGTH) return joined;
  const hash = createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 8);
  return `${joined.slice(0, GRAFANA_UID_MAX_LENGTH - hash.length - 1).replace(/-+$/, "")}-${hash}`;
}

/** Throws unless `uid` is a valid Grafana uid; the message names `owner` and `field`. */
export function validateUid(owner: string, field: string, uid: string): void {
  if (uid.length === 0 || uid.length > GRAFANA_UID_MAX_LENGTH || !UID_CHARS.test(uid)) {
    throw new Error(
      `${owner}: ${field} must be 1 to ${GRAFANA_UID_MAX_LENGTH} letters, digits, '-' or '_', got "${uid}"`,
    );
  }
}
