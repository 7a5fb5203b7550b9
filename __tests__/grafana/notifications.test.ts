import { ruleModels, rulesCovering } from "../support/alert-rules";
import { readFileSync } from "node:fs";
import { Testing, TerraformStack } from "cdktn";
import {
  GrafanaNotifications,
  GrafanaNotificationsProps,
  secretVariableName,
} from "../../modules/grafana/notifications";
import { environmentConfigSchema } from "../../lib/config/schema";
import {
  environmentConfig,
  exampleEnvironments,
  PRODUCTION_APP,
  resourcesOfType,
  synthEnvironments,
} from "../support/synth";
import { GRAFANA_SCHEMA_FILE } from "../support/grafana-schema";

const props: GrafanaNotificationsProps = {
  environment: "prod",
  region: "eu-west-1",
  defaultSnsTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
  contactPoints: [
    { name: "team-email", type: "email", addresses: ["team@example.com"] },
    { name: "team-slack", type: "slack" },
    { name: "workspace-sns", type: "sns" },
    { name: "oncall", type: "pagerduty" },
  ],
  defaultContactPoint: "team-email",
  routes: { critical: ["oncall", "team-slack"], warning: ["team-slack"] },
};

function synth(p: GrafanaNotificationsProps) {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "n");
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
    expect(byName["team-email"].sns[0].subject).toBe('{{ template "flink-observability.title" . }}');
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
      region: "eu-west-1",
      defaultSnsTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
      contactPoints: [{ name: "e", type: "email", addresses: ["a@example.com"] }],
    });
    expect(j.variable).toBeUndefined();
  });

  test("SNS contact point publishes to the workspace alert topic unless it names its own", () => {
    expect(byName["workspace-sns"].sns[0].topic).toBe("arn:aws:sns:eu-west-1:123456789012:alerts");
    expect(byName["workspace-sns"].sns[0].settings.topic_arn).toBe("arn:aws:sns:eu-west-1:123456789012:alerts");
    const own = "arn:aws:sns:eu-west-1:123456789012:other";
    const j = synth({
      environment: "prod",
      region: "eu-west-1",
      contactPoints: [{ name: "s", type: "sns", topicArn: own }],
    });
    expect((Object.values(j.resource.grafana_contact_point)[0] as any).sns[0].settings.topic_arn).toBe(own);
    expect(() =>
      synth({
        environment: "prod",
        region: "eu-west-1",
        contactPoints: [props.contactPoints[1], props.contactPoints[2]],
      }),
    ).toThrow(/contactPoints\[1\] \("workspace-sns"\) is an SNS contact point without topicArn/);
  });

  test("an e-mail contact point is an SNS contact point to the alert topic (AMG has no SMTP)", () => {
    expect(byName["team-email"]).not.toHaveProperty("email");
    expect(byName["team-email"].sns[0].settings.topic_arn).toBe(props.defaultSnsTopicArn);
    expect(() => synth({ ...props, defaultSnsTopicArn: undefined })).toThrow(
      /contactPoints\[0\] \("team-email"\) is an e-mail contact point, delivered through the workspace alert topic/,
    );
  });

  test("Slack posts to its webhook's channel: no recipient is sent", () => {
    expect(byName["team-slack"].slack[0]).not.toHaveProperty("recipient");
  });

  test("a topic outside the workspace's region, or two contact points on one topic per severity, are rejected", () => {
    expect(() =>
      synth({
        ...props,
        contactPoints: [{ name: "s", type: "sns", topicArn: "arn:aws:sns:us-east-1:123456789012:x" }],
      }),
    ).toThrow(/contactPoints\[0\]\.topicArn: the topic is in us-east-1, the workspace in eu-west-1/);
    expect(() => synth({ ...props, routes: { critical: ["workspace-sns", "team-email"] } })).toThrow(
      /routes\.critical\[1\]: "team-email" publishes to the same SNS topic as "workspace-sns"/,
    );
  });

  test("the policy routes by environment, then by severity to every listed contact point", () => {
    const policy = Object.values(json.resource.grafana_notification_policy)[0] as any;
    expect(policy.group_by).toEqual(["alertname", "environment", "application"]);
    expect(policy.policy).toHaveLength(1);
    const env = policy.policy[0];
    expect(env.matcher).toEqual([{ label: "environment", match: "=", value: "prod" }]);
    const routes = env.policy.map((p: any) => ({
      matcher: `${p.matcher[0].label}${p.matcher[0].match}${p.matcher[0].value}`,
      to: p.contact_point,
      continue: p.continue,
    }));
    // A rule that cannot be evaluated raises DatasourceError with the rule's labels (severity=critical of
    // a critical rule): it is matched first and goes where warnings go, never to the critical routes.
    expect(routes.map((r: any) => [r.matcher, r.continue])).toEqual([
      ["alertname=~DatasourceError|DatasourceNoData", false],
      ["severity=critical", true],
      ["severity=critical", false],
      ["severity=warning", false],
    ]);
    // Contact points are referenced by resource (dependency), and resolve to the right names.
    const nameOf = (ref: string) =>
      contactPoints.find((_c, i) => ref.includes(Object.keys(json.resource.grafana_contact_point)[i]))?.name;
    expect(routes.map((r: any) => nameOf(r.to))).toEqual(["team-slack", "oncall", "team-slack", "team-slack"]);
    expect(nameOf(policy.contact_point)).toBe("team-email");
  });

  test("without a warning route, an evaluation failure stops at the default contact point", () => {
    const noWarning = synth({ ...props, routes: { critical: ["oncall"] } });
    const env = (Object.values(noWarning.resource.grafana_notification_policy)[0] as any).policy[0];
    const [failures, critical] = env.policy;
    expect(failures.matcher).toEqual([{ label: "alertname", match: "=~", value: "DatasourceError|DatasourceNoData" }]);
    expect(failures.continue).toBe(false);
    expect(failures.contact_point).toBe(env.contact_point);
    expect(critical.matcher[0].value).toBe("critical");
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
  test.each([
    [{ name: "s", type: "slack", recipient: "#alerts" }, "recipient", /ignores a channel override/],
    [{ name: "e", type: "email", addresses: ["a@example.com"], singleEmail: true }, "singleEmail", /SNS e-mail/],
  ])("a field the delivery path ignores is rejected with the reason: %#", (contactPoint, field, reason) => {
    const result = environmentConfigSchema.safeParse({
      name: "t",
      account: "123456789012",
      region: "eu-west-1",
      alerting: { contactPoints: [contactPoint] },
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.path.join(".")).toBe(`alerting.contactPoints.0.${field}`);
    expect(issue.message).toMatch(reason);
  });
  test("an SNS topic in another region than the environment is rejected with the path", () => {
    const result = environmentConfigSchema.safeParse({
      name: "t",
      account: "123456789012",
      region: "eu-west-1",
      alerting: { contactPoints: [{ name: "s", type: "sns", topicArn: "arn:aws:sns:us-east-1:123456789012:x" }] },
    });
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["alerting.contactPoints.0.topicArn"]);
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
      // Two rule groups over every application, paging and warnings, and the Terraform token's group;
      // a dashboard per application and the overview.
      const groups = (Object.values(resourcesOfType(json, "grafana_rule_group")) as any[]).map((g) => g.name);
      expect(groups.sort()).toEqual([`flink-${name}`, `flink-${name}-warnings`, "terraform-token"]);
      const config = exampleEnvironments().find((c) => c.name === name)!;
      const apps = config.applications.length + config.monitoredApplications.length;
      expect(Object.keys(resourcesOfType(json, "grafana_dashboard"))).toHaveLength(apps + 1);
      expect(Object.keys(resourcesOfType(json, "grafana_contact_point")).length).toBeGreaterThan(0);
      expect(Object.keys(resourcesOfType(json, "grafana_notification_policy"))).toHaveLength(1);
      expect(Object.keys(resourcesOfType(json, "grafana_message_template"))).toHaveLength(1);
    },
  );

  // The grafana half cannot be planned offline (only the AWS provider is mirrored), so every
  // grafana_* block is checked against the provider's own 4.45.1 schema instead.
  test.each([...stacks.keys()])("%s: every grafana_* block matches the grafana/grafana 4.45.1 schema", (name) => {
    const schemas = JSON.parse(readFileSync(GRAFANA_SCHEMA_FILE, "utf8")).provider_schemas[
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

  /**
   * Named check, SNS settings Grafana accepts. Mirrors how provider 4.45.1 builds the settings it
   * sends (internal/resources/grafana/resource_alerting_contact_point.go, `unpackNotifier`: typed
   * fields renamed by `snsNotifier.meta().fieldMapper`, then the `settings` map merged over them,
   * then empty strings dropped) and what Grafana's SNS integration requires of them
   * (grafana/alerting receivers/sns/v1/config.go, `NewConfig`: `topic_arn` set and an ARN, else
   * "must specify topicArn, targetArn, or phone number"; `sigv4` an object, never a string).
   */
  function grafanaSnsSettings(block: Record<string, any>): Record<string, unknown> {
    const renamed: Record<string, string> = {
      auth_provider: "authProvider",
      access_key: "accessKey",
      secret_key: "secretKey",
      assume_role_arn: "assumeRoleARN",
      message_format: "messageFormat",
      external_id: "externalId",
    };
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(block))
      if (!["settings", "uid", "disable_resolve_message"].includes(k)) out[renamed[k] ?? k] = v;
    Object.assign(out, block.settings ?? {});
    for (const [k, v] of Object.entries(out)) if (v === "") delete out[k];
    return out;
  }
  const GRAFANA_SNS_FIELDS = [
    "api_url",
    "sigv4",
    "topic_arn",
    "phone_number",
    "target_arn",
    "subject",
    "message",
    "attributes",
  ];

  test.each([...stacks.keys()])(
    "%s: every SNS contact point carries the settings Grafana's SNS integration reads",
    (name) => {
      const { json } = stacks.get(name)!;
      const sns = (Object.values(resourcesOfType(json, "grafana_contact_point")) as any[]).flatMap((c) => c.sns ?? []);
      expect(sns.length).toBeGreaterThan(0);
      for (const block of sns) {
        // The provider schema: `topic` is required and `settings` is a map of strings.
        expect(block.topic).toMatch(/\S/);
        for (const v of Object.values(block.settings)) expect(typeof v).toBe("string");
        for (const key of Object.keys(block.settings)) expect(GRAFANA_SNS_FIELDS).toContain(key);
        const settings = grafanaSnsSettings(block);
        expect(settings.topic_arn).toBe(block.topic);
        expect(String(settings.topic_arn)).toMatch(/^\$\{aws_sns_topic\.[^}]+\.arn\}$|^arn:aws[a-z-]*:sns:/);
        expect(settings.message).toBe('{{ template "flink-observability.message" . }}');
        expect(settings.subject).toBe('{{ template "flink-observability.title" . }}');
        expect(settings.api_url).toBe(`https://sns.${json.provider.aws[0].region}.amazonaws.com`);
        expect(settings).not.toHaveProperty("sigv4");
        // AMG 9.4's notifier reads the typed fields: the workspace role and the same topic.
        expect(settings).toMatchObject({ topic: block.topic, authProvider: "default", body: settings.message });
      }
    },
  );

  test.each([...stacks.keys()])(
    "%s: no contact point needs SMTP; e-mail addresses are subscribed to the alert topic",
    (name) => {
      const { json } = stacks.get(name)!;
      const config = exampleEnvironments().find((e) => e.name === name)!;
      const contactPoints = Object.values(resourcesOfType(json, "grafana_contact_point")) as any[];
      for (const cp of contactPoints)
        expect(Object.keys(cp).filter((k) => ["email", "webhook"].includes(k))).toEqual([]);
      const addresses = [
        ...new Set(
          config.alerting.contactPoints
            .flatMap((c) => (c.type === "email" ? c.addresses : []))
            .map((a) => a.toLowerCase()),
        ),
      ];
      const subscriptions = Object.values(resourcesOfType(json, "aws_sns_topic_subscription")) as any[];
      expect(subscriptions.map((s) => s.endpoint.toLowerCase()).sort()).toEqual(addresses.sort());
      for (const sub of subscriptions) {
        expect(sub.protocol).toBe("email");
        expect(sub.topic_arn).toMatch(/^\$\{aws_sns_topic\.[^}]+\.arn\}$/);
      }
      for (const c of config.alerting.contactPoints.filter((c) => c.type === "email")) {
        const block = contactPoints.find((cp) => cp.name === c.name);
        expect(block.sns[0].settings.topic_arn).toBe(subscriptions[0].topic_arn);
      }
    },
  );

  test.each([...stacks.keys()])(
    "%s: critical alerts reach a contact point type Amazon Managed Grafana delivers",
    (name) => {
      const { json } = stacks.get(name)!;
      const policy = Object.values(resourcesOfType(json, "grafana_notification_policy"))[0] as any;
      const env = policy.policy[0];
      const critical = (env.policy ?? [])
        .filter((p: any) => p.matcher[0].value === "critical")
        .map((p: any) => p.contact_point);
      const refs: string[] = critical.length > 0 ? critical : [env.contact_point];
      const blocks = Object.entries(resourcesOfType(json, "grafana_contact_point"));
      const amgTypes = ["sns", "slack", "pagerduty", "opsgenie", "victorops"];
      const reached = refs.map((ref) => {
        const [, cp] = blocks.find(([id]) => ref.includes(`grafana_contact_point.${id}.`))!;
        return Object.keys(cp).find((k) => amgTypes.includes(k));
      });
      expect(reached.length).toBeGreaterThan(0);
      expect(reached).not.toContain(undefined);
      // At least one critical channel needs nothing outside the stack but a confirmed subscription or a key.
      expect(reached.some((t) => t === "sns" || t === "pagerduty")).toBe(true);
    },
  );

  test("a monitored-only FLINK-2_2 application is dashboarded and alerted in some environment", () => {
    const found = exampleEnvironments().some((config) =>
      config.monitoredApplications
        .filter((app) => app.runtime === "FLINK-2_2")
        .some((app) =>
          rulesCovering(stacks.get(config.name)!.json, app.name).some((r) =>
            ruleModels(r).some((m) => m.metricName === "restartingTime"),
          ),
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
        if (cp.slack) expect(cp.slack[0]).not.toHaveProperty("recipient");
      }
    }
  });
});
