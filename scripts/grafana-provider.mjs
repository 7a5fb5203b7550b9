// The one place that says which parts of the grafana/grafana provider the project uses, and where its
// schema lives in the repository. Read by the schema filter and the bindings generator.
//
// Adding a resource: one line below, then refresh the schema from the full one and regenerate
// (README, "Regenerate the Grafana provider bindings").
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Terraform resource types the constructs import from `.gen/providers/grafana` (plus the provider itself). */
export const GRAFANA_RESOURCES = [
  "grafana_contact_point",
  "grafana_dashboard",
  "grafana_data_source",
  "grafana_folder",
  "grafana_message_template",
  "grafana_mute_timing",
  "grafana_notification_policy",
  "grafana_rule_group",
];

/** Terraform data source types the constructs import. None today: the project reads nothing from Grafana. */
export const GRAFANA_DATA_SOURCES = [];

/** cdktf.json's grafana/grafana pin: the provider version the schema and the bindings belong to. */
export function grafanaPin() {
  const cdktfJson = JSON.parse(readFileSync(path.join(root, "cdktf.json"), "utf8"));
  const pin = (cdktfJson.terraformProviders ?? []).find((p) => String(p).startsWith("grafana/grafana@"));
  const version = pin?.slice("grafana/grafana@".length);
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`cdktf.json: terraformProviders must pin grafana/grafana to an exact version, got "${pin}"`);
  }
  return { pin, version, codeMakerOutput: cdktfJson.codeMakerOutput ?? ".gen" };
}

/** The in-repository schema file for a provider version. */
export function schemaFile(version) {
  return path.join(root, "providers", `grafana-${version}.schema.json`);
}

/** The grafana/grafana entry of a `terraform providers schema -json` document: [fully qualified name, schema]. */
export function grafanaProviderSchema(document, source) {
  const fqpn = Object.keys(document.provider_schemas ?? {}).find((k) => k.endsWith("/grafana/grafana"));
  if (!fqpn) throw new Error(`${source}: no grafana/grafana provider in provider_schemas`);
  return [fqpn, document.provider_schemas[fqpn]];
}

/**
 * The provider block and the listed resources and data sources of `providerSchema`, nothing else.
 * Throws naming every listed type the schema does not have.
 */
export function usedParts(providerSchema, source) {
  const pick = (schemas, types, kind) => {
    const missing = types.filter((t) => !schemas?.[t]);
    if (missing.length > 0) throw new Error(`${source}: no ${kind} schema for ${missing.join(", ")}`);
    return Object.fromEntries(types.map((t) => [t, schemas[t]]));
  };
  return {
    provider: providerSchema.provider,
    resource_schemas: pick(providerSchema.resource_schemas, GRAFANA_RESOURCES, "resource"),
    data_source_schemas: pick(providerSchema.data_source_schemas, GRAFANA_DATA_SOURCES, "data source"),
  };
}
