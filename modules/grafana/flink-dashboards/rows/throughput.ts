import { FLINK_METRICS } from "../../../flink-metrics";
import { PanelSpec, increase, value } from "../panels";

/** Throughput: is data flowing through, is the watermark dropping records. */
export function throughputRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Records in per second",
      description: "Average of the 15-second rate samples in each minute (a 1-minute Sum would add 4 snapshots).",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsInPerSecond, "in")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Records out per second",
      description:
        "Average of the 15-second rate samples in each minute; a drop to 0 with input flowing means the sink " +
        "stalled.",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsOutPerSecond, "out")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Late records dropped per minute",
      description:
        "Increase of numLateRecordsDropped per minute: records that arrived behind the watermark and were discarded.",
      unit: "short",
      min: 0,
      reads: [increase(m.numLateRecordsDropped, "late records dropped")],
      width: 8,
      height: 8,
    },
  ];
}
