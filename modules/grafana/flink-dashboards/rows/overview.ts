import { APPLICATION_DIMENSION, FLINK_METRICS, RuntimeFamily } from "../../../flink-metrics";
import { PanelSpec, TOP_N_VARIABLE, anyDimensions, top, value } from "../panels";

// The overview's rows, one function each. Over a fleet a line per application is unreadable: each panel
// draws the worst N applications by its measure (N is the dashboard's `topN` variable).
const N = `$${TOP_N_VARIABLE}`;

/** Health: which application is not processing (per runtime family present), what capacity each uses. */
export function overviewHealthRow(families: ReadonlySet<RuntimeFamily>): PanelSpec[] {
  const m = FLINK_METRICS;
  const health: PanelSpec[] = [];
  if (families.has("flink-1"))
    health.push({
      viz: "timeseries",
      title: `Downtime (Flink 1.x, longest ${N})`,
      description:
        "Outage duration per application; above 0 means the application is not processing. The applications " +
        "with the longest outage in the time range.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [value(m.downtime, "downtime", [top("MAX")])],
      width: 12,
      height: 8,
    });
  if (families.has("flink-2"))
    health.push({
      viz: "timeseries",
      title: `Restarting and failing time (Flink 2.x, longest ${N} each)`,
      description:
        "Per application, time since it entered its current state: restarting or failing above 0 means it is " +
        "not processing. The applications longest in each state in the time range (the status table shows " +
        "how long each has run).",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [
        anyDimensions(m.restartingTime, "restarting", APPLICATION_DIMENSION, [top("MAX")]),
        anyDimensions(m.failingTime, "failing", APPLICATION_DIMENSION, [top("MAX")]),
      ],
      width: 12,
      height: 8,
    });
  health.push({
    viz: "timeseries",
    title: `KPUs (largest ${N})`,
    description: "Kinesis Processing Units per application, published once per hour: the largest consumers.",
    unit: "short",
    min: 0,
    reads: [value(m.KPUs, "KPUs", [top("MAX")])],
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
      title: `Records in per second (lowest ${N})`,
      description:
        "Average of the 15-second rate samples per minute, per application: the applications with the lowest " +
        "average in the time range (a stalled one reads 0).",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsInPerSecond, "in", [top("AVG", "ASC")])],
      width: 12,
      height: 8,
    },
    {
      viz: "timeseries",
      title: `Records out per second (lowest ${N})`,
      description:
        "Average of the 15-second rate samples per minute, per application: the applications with the lowest " +
        "average in the time range (a stalled one reads 0).",
      unit: "cps",
      min: 0,
      reads: [value(m.numRecordsOutPerSecond, "out", [top("AVG", "ASC")])],
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
      title: `Last checkpoint duration (longest ${N})`,
      description: "Per application: the applications with the longest checkpoints in the time range.",
      unit: "ms",
      min: 0,
      reads: [value(m.lastCheckpointDuration, "duration", [top("MAX")])],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: `Container CPU (highest ${N})`,
      description: "Hottest TaskManager container per application: the highest in the time range.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 80,
      reads: [value(m.containerCPUUtilization, "CPU", [top("MAX")])],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: `Heap memory (highest ${N})`,
      description: "Hottest TaskManager heap per application: the highest in the time range.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.heapMemoryUtilization, "heap", [top("MAX")])],
      width: 8,
      height: 8,
    },
  ];
}
