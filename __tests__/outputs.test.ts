import { environmentConfig, exampleEnvironments, Json, synthEnvironments } from "./support/synth";
import { describeWithTerraform, terraformPlanOffline } from "./support/terraform";

// Outputs of every stack: names operators and pipelines rely on, what each one points at, and that
// no secret leaves the stack except as a sensitive output.

const examples = exampleEnvironments();
const external = environmentConfig({ name: "external-token", grafana: { token: { mode: "external" } } });
const stacks = synthEnvironments([...examples, external]);

/** The single resource address an interpolation-only string refers to (`type.name`). */
function referencedAddress(value: string): string {
  const match = /^(?:https:\/\/)?\$\{([a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z_]+\}$/.exec(value);
  if (!match) throw new Error(`not a single reference: ${value}`);
  return match[1];
}

function resourceType(address: string): string {
  return address.split(".")[0];
}

describe.each(examples.map((e) => [e.name, e] as const))("outputs of %s", (name, config) => {
  const output: Json = stacks.get(name)!.json.output;

  test("the documented outputs exist, each with a description", () => {
    expect(Object.keys(output).sort()).toEqual(
      [
        "alert_topic_arn",
        "flink_application_arns",
        "grafana_application_dashboard_urls",
        "grafana_overview_dashboard_url",
        "grafana_token_secret_arn",
        "grafana_workspace_id",
        "grafana_workspace_url",
      ].sort(),
    );
    for (const value of Object.values(output)) expect(value.description).toEqual(expect.any(String));
  });

  test("workspace URL, id and alert topic point at the workspace and its topic", () => {
    expect(output.grafana_workspace_url.value).toMatch(/^https:\/\/\$\{aws_grafana_workspace\.[^.]+\.endpoint\}$/);
    expect(resourceType(referencedAddress(output.grafana_workspace_id.value))).toBe("aws_grafana_workspace");
    expect(resourceType(referencedAddress(output.alert_topic_arn.value))).toBe("aws_sns_topic");
    expect(output.alert_topic_arn.value).toMatch(/\.arn\}$/);
  });

  test("one application ARN per created application, keyed by name", () => {
    const arns: Record<string, string> = output.flink_application_arns.value;
    expect(Object.keys(arns).sort()).toEqual(config.applications.map((a) => a.name).sort());
    for (const value of Object.values(arns)) {
      expect(resourceType(referencedAddress(value))).toBe("aws_kinesisanalyticsv2_application");
      expect(value).toMatch(/\.arn\}$/);
    }
  });

  test("one dashboard URL per application, created or monitored, plus the overview", () => {
    const urls: Record<string, string> = output.grafana_application_dashboard_urls.value;
    const names = [...config.applications, ...config.monitoredApplications].map((a) => a.name).sort();
    expect(Object.keys(urls).sort()).toEqual(names);
    const addresses = [...Object.values(urls), output.grafana_overview_dashboard_url.value].map(referencedAddress);
    for (const address of addresses) expect(resourceType(address)).toBe("grafana_dashboard");
    expect(new Set(addresses).size).toBe(names.length + 1);
  });

  test("the token secret is reported by ARN only", () => {
    expect(resourceType(referencedAddress(output.grafana_token_secret_arn.value))).toBe("aws_secretsmanager_secret");
    expect(output.grafana_token_secret_arn.value).toMatch(/\.arn\}$/);
  });
});

describe("secrets in outputs", () => {
  test.each([...stacks.keys()])(
    "%s: an output that touches a secret or a sensitive variable is sensitive (none does today)",
    (name) => {
      const { json } = stacks.get(name)!;
      const sensitiveVariables = Object.entries<Json>(json.variable ?? {})
        .filter(([, v]) => v.sensitive)
        .map(([k]) => `var.${k}`);
      const secretSources = [
        ...sensitiveVariables,
        "secret_string",
        "data.aws_secretsmanager_secret_version",
        "grafana_service_account_token",
        "aws_grafana_workspace_service_account_token",
      ];
      const touching = Object.entries<Json>(json.output ?? {}).filter(([, o]) =>
        secretSources.some((s) => JSON.stringify(o.value).includes(s)),
      );
      for (const [, o] of touching) expect(o.sensitive).toBe(true);
      expect(touching.map(([k]) => k)).toEqual([]);
    },
  );

  test("external token mode has no token secret, so no secret ARN output", () => {
    const output: Json = stacks.get("external-token")!.json.output;
    expect(output).not.toHaveProperty("grafana_token_secret_arn");
    expect(output).toHaveProperty("grafana_workspace_url");
  });
});

describeWithTerraform("terraform plans the outputs", () => {
  test("dev: every output of the AWS half is planned (Grafana ones are left out offline)", () => {
    const { json, dir } = stacks.get("dev")!;
    const { plan, leftOut } = terraformPlanOffline(json, { stackDir: dir });
    expect(leftOut).toEqual(["grafana/grafana"]);
    expect(Object.keys(plan.output_changes ?? {}).sort()).toEqual(
      [
        "alert_topic_arn",
        "flink_application_arns",
        "grafana_token_secret_arn",
        "grafana_workspace_id",
        "grafana_workspace_url",
      ].sort(),
    );
    for (const change of Object.values<Json>(plan.output_changes)) expect(change.actions).toEqual(["create"]);
  });
});
