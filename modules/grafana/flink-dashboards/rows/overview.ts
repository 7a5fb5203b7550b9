import { APPLICATION_DIMENSION, FLINK_METRICS, RuntimeFamily } from "../../../flink-metrics";
import { PanelSpec, anyDimensions, value } from "../panels";

// The overview's rows, one function each; every panel shows one series per application.

/** Health: which application is not processing (per runtime family present), what capacity each uses. */
export function overviewHealthRow(families: ReadonlySet<RuntimeFamily>): PanelSpec[] {
  const m = FLINK_METRICS;
  const health: PanelSpec[] = [];
  if (families.has("flink-1"))
    health.push({
      viz: "timeseries",
      title: "Downtime (Flink 1.x)",
      description: "Outage duration per application; above 0 means the application is not processing.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [value(m.downtime, "downtime")],
      width: 12,
      height: 8,
    });
  if (families.has("flink-2"))
    health.push({
      viz: "timeseries",
      title: "Job state times (Flink 2.2)",
      description:
        "Per application, time since it entered its current state: running grows while it processes; " +
        "restarting or failing above 0 means it is not processing (runningTime then reads 0).",
      unit: "ms",
      min: 0,
      reads: [
        anyDimensions(m.runningTime, "running", APPLICATION_DIMENSION),
        anyDimensions(m.restartingTime, "restarting", APPLICATION_DIMENSION),
        anyDimensions(m.failingTime, "failing", APPLICATION_DIMENSION),
      ],
      width: 12,
      height: 8,
    });
  health.push({
    viz: "timeseries",
    title: "KPUs",
    description: "Kinesis Processing Units per application, published once per hour.",
    unit: "short",
    min: 0,
    reads: [value(m.KPUs, "KPUs")],
    width: health.length === 1 ? 12 : 24,
    height: 8,
  });
  return health;
}

/** Throughput: which application stopped moving data. */
export function overviewThroughputRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Records in per second",
      description: "Average of the 15-second rate samples per minute, per application.",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsInPerSecond, "in")],
      width: 12,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Records out per second",
      description: "Average of the 15-second rate samples per minute, per application.",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsOutPerSecond, "out")],
      width: 12,
      height: 8,
    },
  ];
}

/** Checkpoints and resources: the first signs of an application that will fail. */
export function overviewResourcesRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "Last checkpoint duration",
      description: "Per application.",
      unit: "ms",
      min: 0,
      reads: [value(m.lastCheckpointDuration, "duration")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Container CPU",
      description: "Hottest TaskManager container per application.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 80,
      reads: [value(m.containerCPUUtilization, "CPU")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Heap memory",
      description: "Hottest TaskManager heap per application.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.heapMemoryUtilization, "heap")],
      width: 8,
      height: 8,
    },
  ];
}
