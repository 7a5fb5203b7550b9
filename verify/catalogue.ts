// The one place the verifier reads the metric catalogue from: when the catalogue moves, only this
// import changes.
export {
  findFlinkMetric,
  levelSatisfies,
  runtimeFamily,
  type FlinkMetric,
  type FlinkRuntime,
  type MetricsLevel,
} from "../modules/flink-metrics";
