import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { APPLICATION_DIMENSION, FLINK_METRICS, FLINK_NAMESPACE } from "../../flink-metrics";
import { DataSourceRef } from "../cloudwatch-datasource";

/**
 * A regular expression alternative matching exactly one of `names` (letters, digits, `_`, `.` and `-`),
 * written without backslashes (`.` as `[.]`), so that it survives every place it is pasted into: a
 * custom variable's value, a label matcher in double quotes, a variable's regex.
 */
export function namesPattern(names: readonly string[]): string {
  return names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === "." ? "[.]" : `\\${c}`))).join("|");
}

/** The names of a {@link namesPattern}, read back. */
export function namesFromPattern(pattern: string): string[] {
  return pattern.split("|").map((n) => n.replace(/\[\.\]/g, ".").replace(/\\(.)/g, "$1"));
}

/**
 * The names an application variable's regex ({@link applicationVariable}) lists: its last group, after
 * any narrowing lookaheads; undefined for a regex of another form.
 */
export function variableNames(regex: string): string[] | undefined {
  const names = /\(([^()]*)\)\$\/$/.exec(regex);
  return names ? namesFromPattern(names[1]) : undefined;
}

/**
 * `$application` template variable fed from the CloudWatch `Application` dimension values, listing the
 * monitored `names` that every `narrowing` pattern (a variable such as `${team:raw}`) also matches.
 */
export function applicationVariable(
  ds: DataSourceRef,
  names: readonly string[],
  opts: { multi: boolean; current?: string; allValue?: string; account?: string; narrowing?: readonly string[] },
): dashboard.QueryVariableBuilder {
  const v = new dashboard.QueryVariableBuilder("application")
    .label("Application")
    .description(
      "Managed Flink applications of this environment that report metrics (CloudWatch Application dimension values).",
    )
    .datasource(ds)
    .query({
      refId: "application",
      queryType: "dimensionValues",
      namespace: FLINK_NAMESPACE,
      region: "default",
      metricName: FLINK_METRICS.KPUs.name,
      dimensionKey: APPLICATION_DIMENSION,
      dimensionFilters: {},
      // The account whose names are listed (`all`: every linked account); without it Grafana lists the
      // data source's own account only (ListMetrics' OwningAccount / IncludeLinkedAccounts).
      ...(opts.account !== undefined ? { accountId: opts.account } : {}),
    })
    .regex(`/^${(opts.narrowing ?? []).map((n) => `(?=(?:${n})$)`).join("")}(${namesPattern(names)})$/`)
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .sort(dashboard.VariableSort.AlphabeticalAsc)
    .multi(opts.multi)
    .includeAll(opts.multi);
  if (opts.allValue !== undefined) v.allValue(opts.allValue);
  if (opts.current !== undefined) v.current({ selected: true, text: opts.current, value: opts.current });
  return v;
}
