// Findings, the exit code they lead to, and the two renderings: a table for people, JSON for CI.

/** green: works; yellow: works but needs attention or has no recent data; red: broken; unknown: could not be checked. */
export type Status = "green" | "yellow" | "red" | "unknown";

/** What a finding is about. */
export type CheckKind =
  | "application"
  | "query"
  | "silence-alarm"
  | "link"
  | "workspace"
  | "token"
  | "rotation"
  | "datasource"
  | "alert-rule"
  | "contact-point";

/** One result of one check. */
export interface Finding {
  /** The application it concerns; null for the environment (workspace, token, contact points...). */
  readonly application: string | null;
  readonly check: CheckKind;
  /** What was checked, in a few words (`KPUs {Application}`, `workspace flinkobs-dev-grafana`). */
  readonly subject: string;
  readonly status: Status;
  /** What was found and, when it can tell, the likely cause. */
  readonly reason: string;
  /** What to do about it; absent when nothing needs doing. */
  readonly fix?: string;
  /** Panels and rules that run the query (query findings only): `dashboard "title" / panel "title"`, `rule "name"`. */
  readonly usedBy?: readonly string[];
}

/** Version of the JSON schema below; bumped on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;

/** The `--json` output. */
export interface VerifyReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly environment: string;
  readonly account: string;
  readonly region: string;
  /** ISO 8601 time the checks started. */
  readonly checkedAt: string;
  /** 0: everything checked, nothing red; 1: at least one red finding; 2: something could not be checked. */
  readonly exitCode: 0 | 1 | 2;
  readonly summary: Readonly<Record<Status, number>>;
  /** Environment findings first, then one block per application, in configuration order. */
  readonly findings: readonly Finding[];
}

/** The `--json` output when nothing could be checked (no credentials, wrong account, network). */
export interface VerifyFailure {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly environment: string;
  readonly exitCode: 2;
  readonly error: string;
}

/** Exit code of a set of findings: red wins over unknown (a found problem is the more useful answer). */
export function exitCodeOf(findings: readonly Finding[]): 0 | 1 | 2 {
  if (findings.some((f) => f.status === "red")) return 1;
  if (findings.some((f) => f.status === "unknown")) return 2;
  return 0;
}

export function summaryOf(findings: readonly Finding[]): Record<Status, number> {
  const summary: Record<Status, number> = { green: 0, yellow: 0, red: 0, unknown: 0 };
  for (const f of findings) summary[f.status]++;
  return summary;
}

const MARK: Record<Status, string> = { green: "ok  ", yellow: "warn", red: "FAIL", unknown: "??  " };
const COLOR: Record<Status, string> = { green: "\x1b[32m", yellow: "\x1b[33m", red: "\x1b[31m", unknown: "\x1b[90m" };
const RESET = "\x1b[0m";

/**
 * The table: one block per application (environment checks first), one line per finding with its
 * status, subject and reason, and the fix indented below. Green query and alert-rule lines are folded
 * into counts unless `verbose`, so what needs attention is what one reads.
 */
export function renderTable(report: VerifyReport, options: { color?: boolean; verbose?: boolean } = {}): string {
  const paint = (status: Status, text: string) => (options.color ? `${COLOR[status]}${text}${RESET}` : text);
  const lines: string[] = [
    `flink-observability verify: environment ${report.environment}, account ${report.account}, region ${report.region}`,
  ];
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const group = f.application === null ? "environment" : `application ${f.application}`;
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  for (const [group, findings] of groups) {
    lines.push("", group);
    const folds = (f: Finding) =>
      f.status === "green" && !options.verbose && (f.check === "query" || f.check === "alert-rule");
    const shown = findings.filter((f) => !folds(f));
    const width = Math.min(48, Math.max(0, ...shown.map((f) => f.subject.length)));
    for (const f of shown) {
      lines.push(`  ${paint(f.status, MARK[f.status])} ${f.subject.padEnd(width)}  ${f.reason}`);
      if (f.fix) lines.push(`       ${" ".repeat(width)}  fix: ${f.fix}`);
    }
    const greenQueries = findings.filter((f) => folds(f) && f.check === "query").length;
    const greenRules = findings.filter((f) => folds(f) && f.check === "alert-rule").length;
    const folded = [
      greenQueries > 0 ? `${greenQueries} ${greenQueries === 1 ? "query returns" : "queries return"} data` : "",
      greenRules > 0 ? `${greenRules} alert ${greenRules === 1 ? "rule" : "rules"} healthy` : "",
    ].filter(Boolean);
    if (folded.length > 0) lines.push(`  ${paint("green", MARK.green)} ${folded.join(", ")} (--verbose lists them)`);
  }
  const s = report.summary;
  lines.push(
    "",
    `${s.green} ok, ${s.yellow} warnings, ${s.red} failures, ${s.unknown} not checked -> exit ${report.exitCode}`,
  );
  return lines.join("\n") + "\n";
}
