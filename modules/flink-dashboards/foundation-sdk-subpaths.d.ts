// tsconfig uses moduleResolution "node", which ignores package.json "exports"; these declarations let
// tsc see the foundation SDK sub-path entry points (the ones node resolves at run time) by pointing
// them at the files those exports map to. Only the entry points this project imports are listed.
declare module "@grafana/grafana-foundation-sdk/alerting" {
  export * from "@grafana/grafana-foundation-sdk/dist/alerting";
}
declare module "@grafana/grafana-foundation-sdk/cloudwatch" {
  export * from "@grafana/grafana-foundation-sdk/dist/cloudwatch";
}
declare module "@grafana/grafana-foundation-sdk/common" {
  export * from "@grafana/grafana-foundation-sdk/dist/common";
}
declare module "@grafana/grafana-foundation-sdk/cog" {
  export * from "@grafana/grafana-foundation-sdk/dist/cog";
}
declare module "@grafana/grafana-foundation-sdk/dashboard" {
  export * from "@grafana/grafana-foundation-sdk/dist/dashboard";
}
declare module "@grafana/grafana-foundation-sdk/expr" {
  export * from "@grafana/grafana-foundation-sdk/dist/expr";
}
declare module "@grafana/grafana-foundation-sdk/logs" {
  export * from "@grafana/grafana-foundation-sdk/dist/logs";
}
declare module "@grafana/grafana-foundation-sdk/stat" {
  export * from "@grafana/grafana-foundation-sdk/dist/stat";
}
declare module "@grafana/grafana-foundation-sdk/text" {
  export * from "@grafana/grafana-foundation-sdk/dist/text";
}
declare module "@grafana/grafana-foundation-sdk/timeseries" {
  export * from "@grafana/grafana-foundation-sdk/dist/timeseries";
}
