import { FLINK_METRICS } from "../../../flink-metrics";
import { PanelSpec, perTask } from "../panels";

/** Back pressure: back-pressured, busy and idle time per task (metrics level TASK or finer). */
export function backPressureRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Back-pressured time per task",
      description:
        "Milliseconds per second each task waits on downstream (1000 = fully blocked). Needs metrics level TASK " +
        "or finer.",
      unit: "ms",
      min: 0,
      max: 1000,
      redFrom: 500,
      reads: [perTask(m.backPressuredTimeMsPerSecond, "back-pressured")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Busy time per task",
      description:
        "Milliseconds per second each task is working; the busiest task not back-pressured is the bottleneck.",
      unit: "ms",
      min: 0,
      max: 1000,
      reads: [perTask(m.busyTimeMsPerSecond, "busy")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Idle time per task",
      description: "Milliseconds per second each task has no input (Minimum).",
      unit: "ms",
      min: 0,
      max: 1000,
      reads: [perTask(m.idleTimeMsPerSecond, "idle")],
      width: 8,
      height: 8,
    },
  ];
}
