import { FLINK_METRICS, ResolvedMonitoringTarget, sourceLagMetric } from "../../../flink-metrics";
import { PanelSpec, anyDimensions } from "../panels";

/** Source lag and watermarks: does the application keep up with its input. */
export function sourceLagRow(target: ResolvedMonitoringTarget): PanelSpec[] {
  const lag = sourceLagMetric(target.source);
  const watermark: PanelSpec = {
    viz: "timeseries",
    title: "Output watermark lag",
    description:
      "Wall clock minus currentOutputWatermark: how far event time trails real time. Jobs without event-time " +
      "watermarks show a huge constant value.",
    unit: "ms",
    min: 0,
    reads: [{ kind: "watermarkLag", metric: FLINK_METRICS.currentOutputWatermark, legend: "watermark lag" }],
    width: lag ? 12 : 24,
    height: 8,
  };
  if (!lag) return [watermark];
  const lagPanel: PanelSpec =
    target.source === "kinesis"
      ? {
          viz: "timeseries",
          title: "Kinesis millisBehindLatest",
          description:
            "How far the Kinesis consumer is behind the tip of the stream (Maximum; one series per stream, " +
            "labelled with its Id dimension).",
          unit: "ms",
          min: 0,
          reads: [anyDimensions(lag, "behind latest", "Id")],
          width: 12,
          height: 8,
        }
      : {
          viz: "timeseries",
          title: "Kafka records_lag_max",
          description:
            "Maximum consumer lag in records over the assigned partitions (Maximum; one series per topic, " +
            "labelled with its Topic dimension).",
          unit: "short",
          min: 0,
          reads: [anyDimensions(lag, "records lag", "Topic")],
          width: 12,
          height: 8,
        };
  return [lagPanel, watermark];
}
