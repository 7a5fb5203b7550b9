import { Json } from "./synth";

/** A metric panel as a test expects it, written out by hand. */
export interface ExpectedPanel {
  /** id, x, y, w, h */
  readonly at: [number, number, number, number, number];
  readonly type: "stat" | "timeseries";
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  /** @default - no minimum */
  readonly min?: number;
  /** @default - no maximum */
  readonly max?: number;
  /** The value from which the panel turns red. @default - green only */
  readonly redFrom?: number;
  /** The queries, without refId and id (A/qa, B/qb, C/qc in order). */
  readonly targets: Json[];
}

const REF_IDS = ["A", "B", "C"];
const QUERY_IDS = ["qa", "qb", "qc"];

const STAT_OPTIONS = {
  graphMode: "area",
  colorMode: "value",
  justifyMode: "auto",
  textMode: "auto",
  wideLayout: true,
  showPercentChange: false,
  reduceOptions: { calcs: ["lastNotNull"], values: false },
  percentChangeColorMode: "standard",
  orientation: "auto",
};
const TIMESERIES_OPTIONS = {
  legend: { displayMode: "list", placement: "bottom", showLegend: true, calcs: [] },
  tooltip: { mode: "multi", sort: "desc" },
};

/** The whole panel JSON Grafana gets for an expected metric panel reading from `datasource`. */
export function expectedMetricPanel(e: ExpectedPanel, datasource: Json): Json {
  const [id, x, y, w, h] = e.at;
  const steps: Json[] = [{ value: null, color: "green" }];
  if (e.redFrom !== undefined) steps.push({ value: e.redFrom, color: "red" });
  const defaults: Json = { unit: e.unit, thresholds: { mode: "absolute", steps }, min: e.min, max: e.max };
  if (e.type === "timeseries")
    defaults.custom = {
      lineWidth: 1,
      fillOpacity: 10,
      spanNulls: false,
      thresholdsStyle: e.redFrom === undefined ? undefined : { mode: "dashed" },
    };
  return {
    type: e.type,
    transparent: false,
    repeatDirection: "h",
    id,
    gridPos: { x, y, w, h },
    title: e.title,
    description: e.description,
    datasource,
    targets: e.targets.map((t, i) => ({ refId: REF_IDS[i], id: QUERY_IDS[i], ...t })),
    fieldConfig: { defaults, overrides: [] },
    options: e.type === "stat" ? STAT_OPTIONS : TIMESERIES_OPTIONS,
  };
}

/** A full-width, expanded row header. */
export function expectedRowHeader(id: number, y: number, title: string): Json {
  return { type: "row", collapsed: false, id, panels: [], title, gridPos: { x: 0, y, w: 24, h: 1 } };
}
