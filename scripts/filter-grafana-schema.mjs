#!/usr/bin/env node
// Writes providers/grafana-<version>.schema.json: the provider block and the resources and data sources
// listed in scripts/grafana-provider.mjs, taken from the provider's full `terraform providers schema -json`
// output. Object keys are sorted and the layout is fixed, so the same input always gives the same bytes.
// The version is cdktf.json's grafana/grafana pin; schema files of other versions are removed.
//
// Usage: npm run schema:grafana -- <full terraform providers schema -json file> [--out <file>]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { grafanaPin, grafanaProviderSchema, root, schemaFile, usedParts } from "./grafana-provider.mjs";

const args = process.argv.slice(2);
const outFlag = args.indexOf("--out");
const outArg = outFlag >= 0 ? args.splice(outFlag, 2)[1] : undefined;
const [fullSchemaFile, ...rest] = args;
if (!fullSchemaFile || rest.length > 0 || (outFlag >= 0 && !outArg)) {
  console.error("usage: npm run schema:grafana -- <full terraform providers schema -json file> [--out <file>]");
  process.exit(2);
}

/** `value` with every object's keys in code-unit order (arrays keep theirs: their order has meaning). */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

const document = JSON.parse(readFileSync(path.resolve(fullSchemaFile), "utf8"));
const [fqpn, providerSchema] = grafanaProviderSchema(document, fullSchemaFile);
const filtered = sortKeys({
  format_version: document.format_version,
  provider_schemas: { [fqpn]: usedParts(providerSchema, fullSchemaFile) },
});

const { version } = grafanaPin();
const out = outArg ? path.resolve(outArg) : schemaFile(version);
mkdirSync(path.dirname(out), { recursive: true });
if (!outArg) {
  for (const name of readdirSync(path.dirname(out))) {
    const stale = path.join(path.dirname(out), name);
    if (/^grafana-.*\.schema\.json$/.test(name) && stale !== out) {
      rmSync(stale);
      console.log(`removed ${path.relative(root, stale)}`);
    }
  }
}
writeFileSync(out, `${JSON.stringify(filtered, null, 2)}\n`);
const counts = filtered.provider_schemas[fqpn];
console.log(
  `wrote ${path.relative(process.cwd(), out)}: provider, ${Object.keys(counts.resource_schemas).length} resources, ` +
    `${Object.keys(counts.data_source_schemas).length} data sources (grafana/grafana ${version})`,
);
