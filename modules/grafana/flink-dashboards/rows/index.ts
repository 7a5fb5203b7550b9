import { ResolvedMonitoringTarget, levelSatisfies, requireMetric } from "../../../flink-metrics";
import { PanelSpec, RowSpec } from "../panels";
import { backPressureRow } from "./back-pressure";
import { checkpointsRow } from "./checkpoints";
import { jobHealthRow } from "./job-health";
import { logsRow } from "./logs";
import { resourcesRow } from "./resources";
import { sourceLagRow } from "./source-lag";
import { throughputRow } from "./throughput";

export { EXCEPTIONS_QUERY } from "./logs";

/** Rows of the per-application dashboard, in display order. */
export const APPLICATION_ROWS = [
  "jobHealth",
  "throughput",
  "sourceLag",
  "checkpoints",
  "resources",
  "backPressure",
  "logs",
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** Each row's title and panels (one function per row, in its own file). */
const ROWS: Record<
  ApplicationRow,
  { readonly title: string; readonly panels: (target: ResolvedMonitoringTarget, owner: string) => PanelSpec[] }
> = {
  jobHealth: { title: "Job health", panels: (target) => jobHealthRow(target.family) },
  throughput: { title: "Throughput", panels: () => throughputRow() },
  sourceLag: { title: "Source lag and watermarks", panels: (target) => sourceLagRow(target) },
  checkpoints: { title: "Checkpoints", panels: () => checkpointsRow() },
  resources: { title: "Resources", panels: () => resourcesRow() },
  backPressure: { title: "Back pressure", panels: () => backPressureRow() },
  logs: { title: "Recent exceptions", panels: logsRow },
};

/** The rows a target gets when none are asked for: everything its runtime, level, source and logs allow. */
export function defaultRows(target: ResolvedMonitoringTarget): ApplicationRow[] {
  return APPLICATION_ROWS.filter((row) => {
    if (row === "backPressure") return levelSatisfies(target.metricsLevel, "TASK");
    if (row === "logs") return target.logGroupName !== undefined;
    return true;
  });
}

/**
 * The rows of the per-application dashboard. Every metric is checked against the target (runtime
 * family and metrics level); a row asked for explicitly that cannot work fails with an error naming
 * the application, the panel and the metric.
 */
export function applicationRows(
  target: ResolvedMonitoringTarget,
  rows: readonly ApplicationRow[],
  owner: string,
): RowSpec[] {
  return rows.map((key) => {
    const { title, panels: build } = ROWS[key];
    const panels = build(target, owner);
    for (const panel of panels)
      for (const read of panel.reads ?? [])
        requireMetric(
          read.metric,
          target,
          `${owner} "${target.applicationName}": row "${title}" panel "${panel.title}"`,
        );
    return { key, title, panels };
  });
}
