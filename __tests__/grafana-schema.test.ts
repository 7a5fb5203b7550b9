import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GRAFANA_SCHEMA_FILE } from "./support/grafana-schema";

const filter = path.join(__dirname, "..", "scripts", "filter-grafana-schema.mjs");

describe("the Grafana provider schema in the repository", () => {
  test("is the filter's output: filtering it again gives the same bytes", () => {
    // Holds for the filter's own output only: keys sorted, the provider block and exactly the listed types.
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.json");
    execFileSync(process.execPath, [filter, GRAFANA_SCHEMA_FILE, "--out", out], { stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(GRAFANA_SCHEMA_FILE, "utf8"));
  });

  test("the filter names every listed resource the full schema lacks", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "schema-"));
    const document = JSON.parse(readFileSync(GRAFANA_SCHEMA_FILE, "utf8"));
    const grafana = document.provider_schemas["registry.terraform.io/grafana/grafana"];
    delete grafana.resource_schemas.grafana_folder;
    delete grafana.resource_schemas.grafana_rule_group;
    writeFileSync(path.join(dir, "full.json"), JSON.stringify(document));
    const result = spawnSync(
      process.execPath,
      [filter, path.join(dir, "full.json"), "--out", path.join(dir, "schema.json")],
      { encoding: "utf8" },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/no resource schema for grafana_folder, grafana_rule_group/);
  });
});
