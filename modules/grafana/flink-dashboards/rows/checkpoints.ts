import { FLINK_METRICS } from "../../../flink-metrics";
import { PanelSpec, increase, value } from "../panels";

/** Checkpoints: duration, size and failures, the signs that precede timeouts and replays. */
export function checkpointsRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Last checkpoint duration",
      description: "Time the latest checkpoint took; a trend towards the checkpoint timeout precedes failures.",
      unit: "ms",
      min: 0,
      reads: [value(m.lastCheckpointDuration, "duration")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Last checkpoint size",
      description: "Size of the latest checkpoint; steady growth means state is not being expired.",
      unit: "bytes",
      min: 0,
      reads: [value(m.lastCheckpointSize, "size")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Failed checkpoints per minute",
      description:
        "Increase of the cumulative numberOfFailedCheckpoints per minute (AWS recommends alerting on its rate).",
      unit: "short",
      min: 0,
      redFrom: 1,
      reads: [increase(m.numberOfFailedCheckpoints, "failed checkpoints")],
      width: 8,
      height: 8,
    },
  ];
}
