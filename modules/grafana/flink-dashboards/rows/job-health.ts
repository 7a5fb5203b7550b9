import { PanelSpec, anyDimensions, increase, value } from "../panels";
import { APPLICATION_DIMENSION, FLINK_METRICS, RuntimeFamily } from "../../../flink-metrics";

/** Job health: is the job running, since when, how often it restarts, what capacity it uses. */
export function jobHealthRow(family: RuntimeFamily): PanelSpec[] {
  const m = FLINK_METRICS;
  const kpus: PanelSpec = {
    viz: "timeseries",
    title: "KPUs",
    description: "Kinesis Processing Units in use, published once per hour (billed capacity; steps show autoscaling).",
    unit: "short",
    min: 0,
    reads: [value(m.KPUs, "KPUs")],
    width: 6,
    height: 7,
  };
  if (family === "flink-1") {
    return [
      {
        viz: "stat",
        title: "Uptime",
        description: "Time the job has run without interruption; drops to 0 on every restart.",
        unit: "dtdurationms",
        reads: [value(m.uptime, "uptime")],
        width: 6,
        height: 7,
      },
      {
        viz: "timeseries",
        title: "Downtime",
        description:
          "Outage duration while the job is failing or restarting; anything above 0 means it is not processing " +
          "(AWS's first recommended alarm).",
        unit: "ms",
        min: 0,
        redFrom: 1,
        reads: [value(m.downtime, "downtime")],
        width: 6,
        height: 7,
      },
      {
        viz: "timeseries",
        title: "Restarts per minute",
        description: "Increase of the cumulative fullRestarts counter per minute.",
        unit: "short",
        min: 0,
        redFrom: 1,
        reads: [increase(m.fullRestarts, "restarts")],
        width: 6,
        height: 7,
      },
      kpus,
    ];
  }
  return [
    {
      viz: "stat",
      title: "Running time",
      description:
        "Time since the job last entered RUNNING; 0 while it is not running. Read without exact match: AWS " +
        "documents these state times at level Application, Flow.",
      unit: "dtdurationms",
      reads: [anyDimensions(m.runningTime, "running", APPLICATION_DIMENSION)],
      width: 6,
      height: 7,
    },
    {
      viz: "timeseries",
      title: "Restarting / failing time",
      description:
        "Time spent in RESTARTING or FAILING since entering it; anything above 0 means the job is not processing.",
      unit: "ms",
      min: 0,
      redFrom: 1,
      reads: [
        anyDimensions(m.restartingTime, "restarting", APPLICATION_DIMENSION),
        anyDimensions(m.failingTime, "failing", APPLICATION_DIMENSION),
      ],
      width: 6,
      height: 7,
    },
    {
      viz: "timeseries",
      title: "Restarts per minute",
      description:
        "Increase of the cumulative numRestarts counter per minute (fullRestarts no longer exists on Flink 2.2).",
      unit: "short",
      min: 0,
      redFrom: 1,
      reads: [increase(m.numRestarts, "restarts")],
      width: 6,
      height: 7,
    },
    kpus,
  ];
}
