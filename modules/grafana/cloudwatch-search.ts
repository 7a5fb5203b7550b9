import { FLINK_NAMESPACE, FlinkMetric } from "../flink-metrics";

// What CloudWatch accepts of a SEARCH, and the SEARCH Grafana builds from a builder-mode query: shared by
// the alert rules (which applications a rule lists) and the overview dashboard (whether its application
// variable's "All" can list them).

/**
 * The longest query a CloudWatch SEARCH accepts: "The maximum length of a search expression query is
 * 1,024 characters" (Amazon CloudWatch user guide, "CloudWatch search expression syntax").
 */
export const SEARCH_QUERY_MAX_LENGTH = 1024;

/**
 * The most series one SEARCH returns: "A search expression can find up to 500 time series" (same
 * page); a rule reading every application of the account sees at most this many.
 */
export const SEARCH_MAX_SERIES = 500;

/**
 * The SEARCH Grafana's CloudWatch data source builds from a builder-mode query (grafana/grafana
 * pkg/tsdb/cloudwatch/models/cloudwatch_query.go, `buildSearchExpression`, 12.4): the metric name,
 * each dimension with known values as `"Name"=("a" OR "b")` in name order, wildcards left out of the
 * terms; with exact match a `{"Namespace","Dim",…}` schema of every dimension, without it the
 * namespace and the wildcard dimensions' names as terms.
 */
export function builderSearchExpression(
  metric: FlinkMetric,
  dimensions: Record<string, readonly string[]>,
  matchExact: boolean,
  periodSeconds = 60,
): string {
  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const names = Object.keys(dimensions).sort();
  const terms = [`MetricName="${metric.name}"`];
  for (const name of names) {
    const values = dimensions[name];
    if (values.includes("*")) continue;
    const joined = values.map(quote).join(" OR ");
    terms.push(`"${name}"=${values.length > 1 ? `(${joined})` : joined}`);
  }
  const period = periodSeconds;
  if (matchExact) {
    const schema = `{${[FLINK_NAMESPACE, ...names].map((n) => `"${n}"`).join(",")}}`;
    return `REMOVE_EMPTY(SEARCH('${[schema, ...terms].join(" ")}', '${metric.statistic}', ${period}))`;
  }
  const wildcards = names.filter((n) => dimensions[n].includes("*")).map((n) => `"${n}"`);
  const query = [...terms, ...wildcards].join(" ");
  return `REMOVE_EMPTY(SEARCH('Namespace="${FLINK_NAMESPACE}" ${query}', '${metric.statistic}', ${period}))`;
}
