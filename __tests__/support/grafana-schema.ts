import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const grafanaPin: string = JSON.parse(readFileSync(path.join(root, "cdktf.json"), "utf8")).terraformProviders.find(
  (p: string) => p.startsWith("grafana/grafana@"),
);

/**
 * The grafana/grafana provider schema in the repository (the provider block and the resources the project
 * uses, filtered from `terraform providers schema -json`), for the version cdktf.json pins.
 */
export const GRAFANA_SCHEMA_FILE = path.join(
  root,
  "providers",
  `grafana-${grafanaPin.slice("grafana/grafana@".length)}.schema.json`,
);
