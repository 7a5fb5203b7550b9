#!/usr/bin/env node
// Regenerates .gen/providers/grafana from the schema in the repository (providers/grafana-<version>.schema.json),
// offline, for the resources and data sources listed in scripts/grafana-provider.mjs and nothing else.
//
// `cdktf get` downloads the provider, reads its full schema and runs @cdktn/provider-generator's
// ConstructsMaker for every resource it has. Here ConstructsMaker runs unchanged; only the schema source is
// swapped for the file, and the provider version that `cdktf get` would take from `terraform version -json`
// is taken from the pin in cdktf.json. Without that version the generated provider class would leave
// `version` out of `required_providers`.
//
// Usage: npm run generate:grafana [-- --outdir <dir>]   (default outdir: cdktf.json's codeMakerOutput)
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { grafanaPin, grafanaProviderSchema, root, schemaFile, usedParts } from "./grafana-provider.mjs";

const require = createRequire(import.meta.url);
const { ConstructsMaker } = require("@cdktn/provider-generator");
const { TerraformProviderConstraint, Language } = require("@cdktn/commons");

const args = process.argv.slice(2);
const outdirFlag = args.indexOf("--outdir");
const outdirArg = outdirFlag >= 0 ? args.splice(outdirFlag, 2)[1] : undefined;
if (args.length > 0 || (outdirFlag >= 0 && !outdirArg)) {
  console.error("usage: npm run generate:grafana [-- --outdir <dir>]");
  process.exit(2);
}

const { pin, version, codeMakerOutput } = grafanaPin();
const constraint = new TerraformProviderConstraint(pin);
const source = path.relative(process.cwd(), schemaFile(version));
let document;
try {
  document = JSON.parse(readFileSync(schemaFile(version), "utf8"));
} catch (e) {
  throw new Error(`${source}: ${e.message}. Produce it with npm run schema:grafana (README, "Regenerate").`, {
    cause: e,
  });
}
const [fqpn, providerSchema] = grafanaProviderSchema(document, source);
const used = usedParts(providerSchema, `${source} (refresh it with npm run schema:grafana)`);

class SchemaFileConstructsMaker extends ConstructsMaker {
  async getSchemas() {
    return {
      providerSchema: {
        format_version: document.format_version,
        provider_schemas: { [fqpn]: used },
        provider_versions: { [fqpn]: version },
      },
    };
  }
}

const outdir = outdirArg ? path.resolve(outdirArg) : path.join(root, codeMakerOutput);
const maker = new SchemaFileConstructsMaker(
  { codeMakerOutput: outdir, targetLanguage: Language.TYPESCRIPT },
  undefined,
);
await maker.generate([constraint]);
console.log(
  `generated ${path.relative(process.cwd(), outdir) || "."}/providers/grafana from ${source}: ` +
    `provider, ${Object.keys(used.resource_schemas).length} resources, ` +
    `${Object.keys(used.data_source_schemas).length} data sources`,
);
