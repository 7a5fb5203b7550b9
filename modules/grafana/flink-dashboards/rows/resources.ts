import { FLINK_METRICS } from "../../../flink-metrics";
import { PanelSpec, increase, value } from "../panels";

/** Resources: CPU, memory, disk, GC and threads of the TaskManagers. */
export function resourcesRow(): PanelSpec[] {
  const m = FLINK_METRICS;
  return [
    {
      viz: "timeseries",
      title: "CPU",
      description: "Hottest TaskManager: JVM CPU (cpuUtilization) and whole container (containerCPUUtilization).",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 80,
      reads: [value(m.cpuUtilization, "JVM"), value(m.containerCPUUtilization, "container")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Memory",
      description: "Hottest TaskManager: JVM heap and container memory utilization.",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.heapMemoryUtilization, "heap"), value(m.containerMemoryUtilization, "container")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Container disk",
      description: "Disk of the TaskManager containers (RocksDB state, spill files).",
      unit: "percent",
      min: 0,
      max: 100,
      redFrom: 90,
      reads: [value(m.containerDiskUtilization, "disk")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Old-generation GC time per minute",
      description:
        "Milliseconds of each minute spent in old-generation GC (Maximum over the TaskManagers, as published: " +
        "not a running total). AWS's alarm fires above 60 % of the minute (36 000 ms); long pauses stall " +
        "processing and heartbeats.",
      unit: "ms",
      min: 0,
      max: 60000,
      redFrom: 36000,
      reads: [value(m.oldGenerationGCTime, "GC time")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Old-generation GCs per minute",
      description: "Increase of oldGenerationGCCount per minute.",
      unit: "short",
      min: 0,
      reads: [increase(m.oldGenerationGCCount, "collections")],
      width: 8,
      height: 8,
    },
    {
      viz: "timeseries",
      title: "Threads",
      description: "Live JVM threads (threadsCount); a steady climb is a thread leak.",
      unit: "short",
      min: 0,
      reads: [value(m.threadsCount, "threads")],
      width: 8,
      height: 8,
    },
  ];
}
