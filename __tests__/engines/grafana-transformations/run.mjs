// Runs a panel's transformations with Grafana's own @grafana/data (the code a browser runs), under
// jsdom, out of Jest's process (the library loads ES modules through require, which Node runs and
// Jest's module runtime does not). Reads {transformations, frames} as JSON on stdin (a frame either a
// DataFrame or, with `schema`, Grafana's DataFrameJSON); writes the
// resulting frames as JSON on stdout: each field's name, display name and values, and per row what a
// data link's `${__data.fields.<name>}` reads (Scenes' data macro goes through
// getFieldDisplayValuesProxy).
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "http://localhost/" });
for (const name of ["window", "document", "navigator", "location", "history", "HTMLElement"])
  if (globalThis[name] === undefined) globalThis[name] = name === "window" ? dom.window : dom.window[name];
globalThis.window.matchMedia = () => ({
  matches: false,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
});
// Dashboards run on Scenes, whose data layer interpolates variables into the transformations before
// transformDataFrame runs them (scenes SceneDataTransformer); the caller has interpolated them.
globalThis.window.__grafanaSceneContext = {};

const gd = createRequire(import.meta.url)("@grafana/data");
// Grafana's app registers the standard transformers at start-up; the library alone does not.
gd.standardTransformersRegistry.setInit(() =>
  [...new Map(Object.values(gd.standardTransformers).map((t) => [t.id, t])).values()].map((t) => ({
    id: t.id,
    name: t.name,
    transformation: t,
  })),
);

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { transformations, frames: given } = JSON.parse(input);
// A frame in Grafana's JSON form (a `snapshot` query's) becomes a DataFrame as the Grafana data source makes it.
const frames = given.map((frame) => (frame.schema ? gd.dataFrameFromJSON(frame) : frame));
const out = await new Promise((resolve, reject) =>
  gd
    .transformDataFrame(transformations, frames, { interpolate: (text) => text })
    .subscribe({ next: resolve, error: reject }),
);
const result = out.map((frame) => ({
  refId: frame.refId,
  length: frame.length,
  fields: frame.fields.map((field) => ({
    name: field.name,
    displayName: gd.getFieldDisplayName(field, frame, out),
    values: [...field.values],
  })),
  linkFields: Array.from({ length: frame.length }, (_, rowIndex) => {
    const proxy = gd.getFieldDisplayValuesProxy({ frame, rowIndex });
    return Object.fromEntries(
      frame.fields.map((field) => {
        const value = proxy[gd.getFieldDisplayName(field, frame, out)];
        return [gd.getFieldDisplayName(field, frame, out), value === undefined ? null : String(value)];
      }),
    );
  }),
}));
process.stdout.write(JSON.stringify(result));
