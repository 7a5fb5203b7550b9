#!/usr/bin/env node
// Regenerates .gen/providers/grafana from a `terraform providers schema -json` file, offline.
//
// `cdktf get` does the same online: it downloads the provider, reads its schema and runs
// @cdktf/provider-generator's ConstructsMaker. Here ConstructsMaker runs unchanged; only the schema
// source is swapped for the file, and the provider version that `cdktf get` would take from
// `terraform version -json` is taken from the pin in cdktf.json. Without that version the generated
// provider class would leave `version` out of `required_providers`.
//
// Usage: npm run generate:grafana -- <schema.json> [--outdir <dir>]   (default outdir: cdktf.json's codeMakerOutput)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { ConstructsMaker } = require("@cdktf/provider-generator");
const { TerraformProviderConstraint, Language } = require("@cdktf/commons");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outdirFlag = args.indexOf("--outdir");
const outdirArg = outdirFlag >= 0 ? args.splice(outdirFlag, 2)[1] : undefined;
const schemaFile = args[0];
if (!schemaFile || (outdirFlag >= 0 && !outdirArg)) {
  console.error("usage: npm run generate:grafana -- <terraform providers schema -json file> [--outdir <dir>]");
  process.exit(2);
}

const cdktfJson = JSON.parse(readFileSync(path.join(root, "cdktf.json"), "utf8"));
const pin = (cdktfJson.terraformProviders ?? []).find((p) => String(p).startsWith("grafana/grafana"));
if (!pin) throw new Error("cdktf.json: terraformProviders has no grafana/grafana entry");
const constraint = new TerraformProviderConstraint(pin);
if (!/^\d+\.\d+\.\d+$/.test(constraint.version ?? "")) {
  throw new Error(`cdktf.json: grafana/grafana must be pinned to an exact version, got "${constraint.version}"`);
}

const schema = JSON.parse(readFileSync(path.resolve(schemaFile), "utf8"));
const fqpn = Object.keys(schema.provider_schemas ?? {}).find((k) => k.endsWith("/grafana/grafana"));
if (!fqpn) throw new Error(`${schemaFile}: no grafana/grafana provider in provider_schemas`);

class SchemaFileConstructsMaker extends ConstructsMaker {
  async getSchemas() {
    return {
      providerSchema: { ...schema, provider_versions: { [fqpn]: constraint.version } },
    };
  }
}

const outdir = outdirArg ? path.resolve(outdirArg) : path.join(root, cdktfJson.codeMakerOutput ?? ".gen");
const maker = new SchemaFileConstructsMaker(
  { codeMakerOutput: outdir, targetLanguage: Language.TYPESCRIPT },
  undefined,
);
await maker.generate([constraint]);
console.log(
  `generated ${path.relative(process.cwd(), outdir) || "."}/providers/grafana for ${fqpn} ${constraint.version}`,
);
