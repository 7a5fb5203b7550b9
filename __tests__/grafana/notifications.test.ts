import { readFileSync } from "node:fs";
import path from "node:path";
import { Testing, TerraformStack } from "cdktf";
import {
  GrafanaNotifications,
  GrafanaNotificationsProps,
  secretVariableName,
} from "../../modules/grafana/notifications";
import { environmentConfigSchema } from "../../lib/config/schema";
import { environmentConfig, exampleEnvironments, resourcesOfType, synthEnvironments } from "../support/synth";

const props: GrafanaNotificationsProps = {
  environment: "prod",
  defaultSnsTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
  contactPoints: [
    { name: "team-email", type: "email", addresses: ["team@example.com"] },
    { name: "team-slack", type: "slack", recipient: "#alerts" },
    { name: "workspace-sns", type: "sns" },
    { name: "oncall", type: "pagerduty" },
  ],
  defaultContactPoint: "team-email",
  routes: { critical: ["oncall", "team-slack"], warning: ["team-slack"] },
};

function synth(p: GrafanaNotificationsProps) {
  const stack = new TerraformStack(Testing.app(), "n");
  new GrafanaNotifications(stack, "notifications", p);
  return JSON.parse(Testing.synth(stack));
}

describe("GrafanaNotifications", () => {
  const json = synth(props);
  const contactPoints = Object.values(json.resource.grafana_contact_point) as any[];
  const byName = Object.fromEntries(contactPoints.map((c) => [c.name, c]));

  test("one contact point per entry, each using the message template", () => {
    expect(Object.keys(byName).sort()).toEqual(["oncall", "team-email", "team-slack", "workspace-sns"]);
    const template = Object.values(json.resource.grafana_message_template)[0] as any;
    expect(template.template).toContain('define "flink-observability.title"');
    expect(template.template).toContain(".Annotations.runbook_url");
    expect(byName["team-email"].email[0].subject).toBe('{{ template "flink-observability.title" . }}');
    expect(byName["team-slack"].slack[0].text).toBe('{{ template "flink-observability.message" . }}');
  });

  test("secrets come only from sensitive variables without default", () => {
    expect(Object.keys(json.variable).sort()).toEqual(
      [
        secretVariableName("pagerduty_integration_key", "oncall"),
        secretVariableName("slack_webhook_url", "team-slack"),
      ].sort(),
    );
    for (const v of Object.values(json.variable) as any[]) {
      expect(v.sensitive).toBe(true);
      expect(v).not.toHaveProperty("default");
    }
    expect(byName["team-slack"].slack[0].url).toBe("${var.slack_webhook_url_team_slack}");
    expect(byName.oncall.pagerduty[0].integration_key).toBe("${var.pagerduty_integration_key_oncall}");
  });

  test("no variable is declared when no contact point needs a secret", () => {
    const j = synth({
      environment: "dev",
      contactPoints: [{ name: "e", type: "email", addresses: ["a@example.com"] }],
    });
    expect(j.variable).toBeUndefined();
  });

  test("SNS contact point publishes to the workspace alert topic unless it names its own", () => {
    expect(byName["workspace-sns"].sns[0].topic).toBe("arn:aws:sns:eu-west-1:123456789012:alerts");
    expect(() => synth({ ...props, defaultSnsTopicArn: undefined })).toThrow(
      /contactPoints\[2\] \("workspace-sns"\) is an SNS contact point without topicArn/,
    );
  });

  test("the policy routes by environment, then by severity to every listed contact point", () => {
    const policy = Object.values(json.resource.grafana_notification_policy)[0] as any;
    expect(policy.group_by).toEqual(["alertname", "environment", "application"]);
    expect(policy.policy).toHaveLength(1);
    const env = policy.policy[0];
    expect(env.matcher).toEqual([{ label: "environment", match: "=", value: "prod" }]);
    const routes = env.policy.map((p: any) => ({
      severity: p.matcher[0].value,
      to: p.contact_point,
      continue: p.continue,
    }));
    expect(routes.map((r: any) => [r.severity, r.continue])).toEqual([
      ["critical", true],
      ["critical", false],
      ["warning", false],
    ]);
    // Contact points are referenced by resource (dependency), and resolve to the right names.
    const nameOf = (ref: string) =>
      contactPoints.find((_c, i) => ref.includes(Object.keys(json.resource.grafana_contact_point)[i]))?.name;
    expect(routes.map((r: any) => nameOf(r.to))).toEqual(["oncall", "team-slack", "team-slack"]);
    expect(nameOf(policy.contact_point)).toBe("team-email");
  });

  test("unknown contact point references are rejected naming the field", () => {
    expect(() => synth({ ...props, routes: { critical: ["oncall", "pager"] } })).toThrow(
      /routes.critical\[1\]: unknown contact point "pager"/,
    );
    expect(() => synth({ ...props, defaultContactPoint: "nobody" })).toThrow(
      /defaultContactPoint: unknown contact point "nobody"/,
    );
    expect(() => synth({ ...props, contactPoints: [...props.contactPoints, props.contactPoints[0]] })).toThrow(
      new RegExp(`contactPoints\\[${props.contactPoints.length}\\]\\.name: duplicate contact point name`),
    );
  });
});

describe("alerting configuration", () => {
  test("invalid e-mail addresses are rejected", () => {
    expect(() =>
      environmentConfig({
        alerting: { contactPoints: [{ name: "e", type: "email", addresses: ["not-an-email"] }] },
      } as any),
    ).toThrow(/valid e-mail/);
  });
  test("routes to unknown contact points are rejected with the path", () => {
    const result = environmentConfigSchema.safeParse({
      name: "t",
      account: "123456789012",
      region: "eu-west-1",
      alerting: {
        contactPoints: [{ name: "e", type: "email", addresses: ["a@example.com"] }],
        routes: { critical: ["pd"] },
      },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }))).toEqual([
      { path: "alerting.routes.critical.0", message: 'unknown contact point "pd" (defined: e)' },
    ]);
  });
  test("secrets cannot be written in the configuration", () => {
    expect(() =>
      environmentConfig({
        alerting: { contactPoints: [{ name: "s", type: "slack", url: "https://hooks.slack.com/services/X" }] },
      } as any),
    ).toThrow();
  });
});

describe("example environments", () => {
  const stacks = synthEnvironments(exampleEnvironments());

  test.each([...stacks.keys()])(
    "%s synthesizes data source, folder, dashboards, rule groups, contact points and policy",
    (name) => {
      const { json } = stacks.get(name)!;
      const ds = Object.values(resourcesOfType(json, "grafana_data_source")) as any[];
      expect(ds).toHaveLength(1);
      expect(ds[0].type).toBe("cloudwatch");
      expect(JSON.parse(ds[0].json_data_encoded)).toEqual({ authType: "ec2_iam_role", defaultRegion: "eu-west-1" });
      expect(Object.keys(resourcesOfType(json, "grafana_folder"))).toHaveLength(1);
      // One rule group per application (the Terraform token's health group is not an application's).
      const apps = (Object.values(resourcesOfType(json, "grafana_rule_group")) as any[]).filter(
        (g) => g.name !== "terraform-token",
      ).length;
      expect(apps).toBeGreaterThan(0);
      expect(Object.keys(resourcesOfType(json, "grafana_dashboard"))).toHaveLength(apps + 1);
      expect(Object.keys(resourcesOfType(json, "grafana_contact_point")).length).toBeGreaterThan(0);
      expect(Object.keys(resourcesOfType(json, "grafana_notification_policy"))).toHaveLength(1);
      expect(Object.keys(resourcesOfType(json, "grafana_message_template"))).toHaveLength(1);
    },
  );

  // The grafana half cannot be planned offline (only the AWS provider is mirrored), so every
  // grafana_* block is checked against the provider's own 4.45.1 schema instead.
  test.each([...stacks.keys()])("%s: every grafana_* block matches the grafana/grafana 4.45.1 schema", (name) => {
    const schemaFile = path.join(
      __dirname,
      "..",
      "..",
      "..",
      "shared",
      "terraform-schemas",
      "grafana-grafana-4.45.1.json",
    );
    const schemas = JSON.parse(readFileSync(schemaFile, "utf8")).provider_schemas[
      "registry.terraform.io/grafana/grafana"
    ].resource_schemas;
    const META = new Set(["depends_on", "provider", "lifecycle", "count", "for_each", "//"]);
    const problems: string[] = [];
    const check = (block: any, value: any, where: string) => {
      for (const [key, v] of Object.entries(value)) {
        if (META.has(key)) continue;
        if (block.attributes?.[key]) continue;
        const nested = block.block_types?.[key];
        if (!nested) {
          problems.push(`${where}.${key}: unknown`);
          continue;
        }
        const items = Array.isArray(v) ? v : [v];
        if (nested.nesting_mode === "single" && Array.isArray(v))
          problems.push(`${where}.${key}: single block given as list`);
        items.forEach((item, i) => check(nested.block, item, `${where}.${key}[${i}]`));
      }
      for (const [key, attr] of Object.entries(block.attributes ?? {}) as [string, any][]) {
        if (attr.required && value[key] === undefined) problems.push(`${where}.${key}: required`);
      }
    };
    const resources = stacks.get(name)!.json.resource;
    for (const [type, blocks] of Object.entries(resources as Record<string, Record<string, unknown>>)) {
      if (!type.startsWith("grafana_")) continue;
      expect(schemas[type]).toBeDefined();
      for (const [id, value] of Object.entries(blocks)) check(schemas[type].block, value, `${type}.${id}`);
    }
    expect(problems).toEqual([]);
  });

  test("a monitored-only FLINK-2_2 application is dashboarded and alerted in some environment", () => {
    const found = [...stacks.values()].some(({ json }) =>
      (Object.values(resourcesOfType(json, "grafana_rule_group")) as any[]).some((g) =>
        g.rule.some((r: any) => r.labels.runtime === "FLINK-2_2"),
      ),
    );
    expect(found).toBe(true);
  });

  test("no secret-looking literal reaches the synthesized JSON; secret variables are sensitive", () => {
    for (const { json } of stacks.values()) {
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/hooks\.slack\.com/);
      for (const [name, v] of Object.entries((json.variable ?? {}) as Record<string, any>)) {
        if (/slack_webhook_url|pagerduty_integration_key/.test(name)) {
          expect(v.sensitive).toBe(true);
          expect(v).not.toHaveProperty("default");
        }
      }
      for (const cp of Object.values(resourcesOfType(json, "grafana_contact_point")) as any[]) {
        if (cp.slack) expect(cp.slack[0].url).toMatch(/^\$\{var\.slack_webhook_url_/);
        if (cp.pagerduty) expect(cp.pagerduty[0].integration_key).toMatch(/^\$\{var\.pagerduty_integration_key_/);
        if (cp.sns) expect(cp.sns[0].topic).toMatch(/^\$\{aws_sns_topic\.|^arn:aws:sns:/);
      }
    }
  });
});
