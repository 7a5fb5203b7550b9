import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { FLINK_NAMESPACE, FlinkMetric, Statistic } from "../flink-metrics";

// The one way a CloudWatch query of the project starts, whether an alert rule, a dashboard panel or the
// status table reads it: the rest (dimensions, label, account, editor mode) is each reader's.

/** Where a query reads one catalogued metric. */
export interface FlinkMetricQuery {
  /** Reference id in its panel or rule. */
  readonly refId: string;
  /** GetMetricData id, which metric math refers to. */
  readonly id: string;
  readonly dataSource: dashboard.DataSourceRef;
  readonly metric: FlinkMetric;
  /** Seconds per datapoint. */
  readonly periodSeconds: number;
  /**
   * Statistic, set here (before the period) when the reader knows it at once.
   * @default - set by the reader later
   */
  readonly statistic?: Statistic;
}

/**
 * A metric search of one catalogued `AWS/KinesisAnalytics` metric in the data source's default region,
 * at `periodSeconds`.
 */
export function flinkMetricQuery(query: FlinkMetricQuery): cloudwatch.CloudWatchMetricsQueryBuilder {
  const builder = new cloudwatch.CloudWatchMetricsQueryBuilder()
    .refId(query.refId)
    .id(query.id)
    .datasource(query.dataSource)
    .queryMode(cloudwatch.CloudWatchQueryMode.Metrics)
    .metricQueryType(cloudwatch.MetricQueryType.Search)
    .region("default")
    .namespace(FLINK_NAMESPACE)
    .metricName(query.metric.name);
  if (query.statistic !== undefined) builder.statistic(query.statistic);
  return builder.period(String(query.periodSeconds));
}
