// The Flink dashboards: one file per dashboard, one function per row of the per-application
// dashboard (rows/), the shared panel builder (panels.ts) and the `$application` variable.
export * from "./application-dashboard";
export * from "./overview-dashboard";
export { APPLICATION_ROWS, EXCEPTIONS_QUERY, applicationRows, defaultRows } from "./rows";
export type { ApplicationRow } from "./rows";
export { GRID_COLUMNS, PERIOD_SECONDS } from "./panels";
export type { MetricRead, PanelSpec, RowSpec } from "./panels";
