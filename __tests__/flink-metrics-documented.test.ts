import { FLINK_METRICS, FlinkMetric } from "../modules/flink-metrics";

// The catalogue against AWS's own list, written out here independently of modules/flink-metrics so
// that a name misspelled consistently in the catalogue and every use (e.g. `lastCheckPointDuration`)
// still fails. Source: "Metrics and dimensions in Managed Service for Apache Flink",
// https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html
// (application metrics table, Flink 2.2 metric changes, Kinesis Data Streams and Amazon MSK connector
// tables). Spellings are the ones the service emits; where the page's prose differs the catalogue's
// header comment says why (`millisBehindLatest`, `threadsCount`). "flink-2" is Flink 2.2 and 2.3: the
// 2.3 page (https://docs.aws.amazon.com/managed-flink/latest/java/flink-2-3.html) documents no metric
// change of its own and sends upgrades from 1.x to 2.2's list of breaking changes.

/** Name -> [CloudWatch unit, lowest documented level, runtime families that emit it]. */
const DOCUMENTED: Record<string, [FlinkMetric["unit"], "APPLICATION" | "TASK", "flink-1" | "flink-2" | "both"]> = {
  // Job health. Flink 2.2 removed fullRestarts (numRestarts replaces it) and deprecates
  // uptime/downtime in favour of runningTime/restartingTime/failingTime (and cancellingTime, which the
  // project does not read); the catalogue reads the deprecated two on 1.x only.
  uptime: ["Milliseconds", "APPLICATION", "flink-1"],
  downtime: ["Milliseconds", "APPLICATION", "flink-1"],
  fullRestarts: ["Count", "APPLICATION", "flink-1"],
  runningTime: ["Milliseconds", "APPLICATION", "flink-2"],
  restartingTime: ["Milliseconds", "APPLICATION", "flink-2"],
  failingTime: ["Milliseconds", "APPLICATION", "flink-2"],
  numRestarts: ["Count", "APPLICATION", "flink-2"],
  KPUs: ["Count", "APPLICATION", "both"],
  // Throughput.
  numRecordsIn: ["Count", "APPLICATION", "both"],
  numRecordsInPerSecond: ["Count/Second", "APPLICATION", "both"],
  numRecordsOut: ["Count", "APPLICATION", "both"],
  numRecordsOutPerSecond: ["Count/Second", "APPLICATION", "both"],
  numLateRecordsDropped: ["Count", "APPLICATION", "both"],
  // Source lag: Kinesis Data Streams and Amazon MSK connectors.
  millisBehindLatest: ["Milliseconds", "APPLICATION", "both"],
  records_lag_max: ["Count", "APPLICATION", "both"],
  // Watermarks.
  currentInputWatermark: ["Milliseconds", "APPLICATION", "both"],
  currentOutputWatermark: ["Milliseconds", "APPLICATION", "both"],
  // Checkpoints.
  lastCheckpointDuration: ["Milliseconds", "APPLICATION", "both"],
  lastCheckpointSize: ["Bytes", "APPLICATION", "both"],
  numberOfFailedCheckpoints: ["Count", "APPLICATION", "both"],
  // Resources.
  cpuUtilization: ["Percentage", "APPLICATION", "both"],
  containerCPUUtilization: ["Percentage", "APPLICATION", "both"],
  containerMemoryUtilization: ["Percentage", "APPLICATION", "both"],
  containerDiskUtilization: ["Percentage", "APPLICATION", "both"],
  heapMemoryUtilization: ["Percentage", "APPLICATION", "both"],
  oldGenerationGCTime: ["Milliseconds", "APPLICATION", "both"],
  oldGenerationGCCount: ["Count", "APPLICATION", "both"],
  threadsCount: ["Count", "APPLICATION", "both"],
  // Back pressure: Task, Operator and Parallelism levels only.
  backPressuredTimeMsPerSecond: ["Milliseconds", "TASK", "both"],
  busyTimeMsPerSecond: ["Milliseconds", "TASK", "both"],
  idleTimeMsPerSecond: ["Milliseconds", "TASK", "both"],
};

describe("the metric catalogue matches AWS's documented metrics", () => {
  const catalogued = Object.values(FLINK_METRICS);

  test("every catalogued name is a documented one, spelled exactly (case included)", () => {
    const undocumented = catalogued.map((m) => m.name).filter((name) => !Object.hasOwn(DOCUMENTED, name));
    expect(undocumented).toEqual([]);
  });

  test("every documented metric the project relies on is catalogued", () => {
    const names = new Set(catalogued.map((m) => m.name));
    expect(Object.keys(DOCUMENTED).filter((name) => !names.has(name))).toEqual([]);
  });

  test.each(Object.entries(DOCUMENTED))("%s: unit, lowest level and runtimes as documented", (name, documented) => {
    const [unit, level, runtimes] = documented;
    const metric = catalogued.find((m) => m.name === name);
    expect(metric).toMatchObject({ name, unit, minLevel: level });
    expect([...metric!.runtimes].sort()).toEqual(runtimes === "both" ? ["flink-1", "flink-2"] : [runtimes]);
  });
});
