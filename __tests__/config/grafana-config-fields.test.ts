import { EnvironmentConfig } from "../../lib/config/schema";
import { parseEnvironmentDocument } from "../support/environment-file";

// The `grafana` section field by field: SAML settings, authentication providers, VPC and network
// access control ids with their list bounds, the token lifecycle's ranges, and the defaults filled in
// when a field is left out. Each refusal is the exact problem line a user sees:
// `<file>: <field>: <message> (value <value>)`.

const BASE = { account: "123456789012", region: "eu-west-1" };

const NON_EMPTY = "Too small: expected string to have >=1 characters";
const HIDDEN = "(hidden: may be a secret)";

/** The parsed grafana section; fails the test with the problems when the file is refused. */
function accepted(grafana: object): EnvironmentConfig["grafana"] {
  const { config, problems } = parseEnvironmentDocument({ ...BASE, grafana });
  if (!config) throw new Error(`expected acceptance, got:\n${problems.join("\n")}`);
  return config.grafana;
}

/** Asserts the file's problems are exactly `lines`, each `[field, value as shown, message]`. */
function expectProblems(grafana: object, ...lines: [string, string, string][]): void {
  const { shown, problems } = parseEnvironmentDocument({ ...BASE, grafana });
  expect(problems).toEqual(lines.map(([field, value, message]) => `${shown}: ${field}: ${message} (value ${value})`));
}

/** Asserts exactly one problem, at `grafana.<field>`. */
function expectRefused(grafana: object, field: string, value: string, message: string): void {
  expectProblems(grafana, [`grafana.${field}`, value, message]);
}

const MINIMAL_SAML = { idpMetadataXml: "<x/>", roleAssertion: "role", editorRoleValues: ["editor"] };
const withSaml = (saml: object) => ({ authentication: { providers: ["SAML"], saml: { ...MINIMAL_SAML, ...saml } } });
const samlOf = (saml: object) => accepted(withSaml(saml)).authentication.saml;
const rotated = (token: object) => ({ token: { mode: "rotated", ...token } });
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-0${i}a`);

describe("defaults", () => {
  test("an environment without a grafana section gets version 12.4, AWS_SSO, no plugin admin, a rotated token", () => {
    expect(accepted({})).toStrictEqual({
      version: "12.4",
      authentication: { providers: ["AWS_SSO"] },
      pluginAdmin: false,
      token: { mode: "rotated", rotationDays: 7, secretRecoveryWindowDays: 7, logRetentionDays: 90 },
      dashboards: { topN: 10, overviewRefresh: "" },
    });
  });

  test("SAML settings without the optional fields get no admins and no organization restriction", () => {
    expect(samlOf({})).toStrictEqual({
      idpMetadataXml: "<x/>",
      roleAssertion: "role",
      adminRoleValues: [],
      editorRoleValues: ["editor"],
      allowedOrganizations: [],
    });
  });

  test("network access control with only VPC endpoints has no prefix lists, and the other way round", () => {
    expect(accepted({ networkAccessControl: { vpceIds: ["vpce-0a"] } }).networkAccessControl).toStrictEqual({
      prefixListIds: [],
      vpceIds: ["vpce-0a"],
    });
    expect(accepted({ networkAccessControl: { prefixListIds: ["pl-0a"] } }).networkAccessControl).toStrictEqual({
      prefixListIds: ["pl-0a"],
      vpceIds: [],
    });
  });

  test("pluginAdmin is kept when set", () => {
    expect(accepted({ pluginAdmin: true }).pluginAdmin).toBe(true);
  });
});

describe("SAML", () => {
  test("every field set is kept as written", () => {
    const saml = {
      idpMetadataUrl: "https://idp.example.com/metadata",
      roleAssertion: "r",
      loginAssertion: "l",
      emailAssertion: "e",
      nameAssertion: "n",
      groupsAssertion: "g",
      orgAssertion: "o",
      adminRoleValues: ["a", "admins"],
      editorRoleValues: ["e", "editors"],
      allowedOrganizations: ["acme", "b"],
      loginValidityMinutes: 120,
    };
    expect(accepted({ authentication: { providers: ["SAML", "AWS_SSO"], saml } }).authentication).toStrictEqual({
      providers: ["SAML", "AWS_SSO"],
      saml,
    });
  });

  test("multi-line metadata XML is accepted as written", () => {
    const idpMetadataXml = '<?xml version="1.0"?>\n<EntityDescriptor>\n\t<x/>\n</EntityDescriptor>\n';
    expect(samlOf({ idpMetadataXml })).toMatchObject({ idpMetadataXml });
  });

  test("metadata XML of one character is accepted, an empty one refused", () => {
    expect(samlOf({ idpMetadataXml: "x" })).toMatchObject({ idpMetadataXml: "x" });
    expectRefused(withSaml({ idpMetadataXml: "" }), "authentication.saml.idpMetadataXml", '""', NON_EMPTY);
  });

  test.each([
    ["plain http", "http://idp.example.com/metadata"],
    ["a scheme ending in https", "xhttps://idp.example.com/metadata"],
    ["a scheme starting with https", "httpsx://idp.example.com/metadata"],
    ["no scheme at all", "idp.example.com/metadata"],
  ])("metadata URL refused: %s", (_, idpMetadataUrl) => {
    expectRefused(
      {
        authentication: {
          providers: ["SAML"],
          saml: { roleAssertion: "role", editorRoleValues: ["editor"], idpMetadataUrl },
        },
      },
      "authentication.saml.idpMetadataUrl",
      HIDDEN,
      "an https:// URL",
    );
  });

  test.each(["roleAssertion", "loginAssertion", "emailAssertion", "nameAssertion", "groupsAssertion", "orgAssertion"])(
    "%s takes any non-empty attribute name",
    (field) => {
      expect(samlOf({ [field]: "x" })).toMatchObject({ [field]: "x" });
      expect(samlOf({ [field]: "http://schemas.example.com/claims/role" })).toMatchObject({
        [field]: "http://schemas.example.com/claims/role",
      });
      expectRefused(withSaml({ [field]: "" }), `authentication.saml.${field}`, '""', NON_EMPTY);
    },
  );

  test.each(["adminRoleValues", "editorRoleValues", "allowedOrganizations"])(
    "%s entries must not be empty",
    (field) => {
      const extra = field === "allowedOrganizations" ? { orgAssertion: "org" } : {};
      expectRefused(withSaml({ ...extra, [field]: ["ok", ""] }), `authentication.saml.${field}[1]`, '""', NON_EMPTY);
    },
  );

  test("at least one editor role value: one and several are accepted, none refused", () => {
    expect(samlOf({ editorRoleValues: ["e"] })).toMatchObject({ editorRoleValues: ["e"] });
    expect(samlOf({ editorRoleValues: ["editors", "developers", "ops"] })).toMatchObject({
      editorRoleValues: ["editors", "developers", "ops"],
    });
    expectRefused(
      withSaml({ editorRoleValues: [] }),
      "authentication.saml.editorRoleValues",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });

  test.each([1, 120, 43200])("login validity of %i minutes is accepted", (loginValidityMinutes) => {
    expect(samlOf({ loginValidityMinutes })).toMatchObject({ loginValidityMinutes });
  });

  test.each([
    [0, "Too small: expected number to be >=1"],
    [43201, "Too big: expected number to be <=43200"],
    [1.5, "Invalid input: expected int, received number"],
  ])("login validity of %d minutes is refused", (loginValidityMinutes, message) => {
    expectRefused(
      withSaml({ loginValidityMinutes }),
      "authentication.saml.loginValidityMinutes",
      String(loginValidityMinutes),
      message,
    );
  });

  test("allowedOrganizations needs orgAssertion", () => {
    expectRefused(
      withSaml({ allowedOrganizations: ["acme"] }),
      "authentication.saml.orgAssertion",
      "(missing)",
      "allowedOrganizations needs orgAssertion",
    );
    expect(samlOf({ allowedOrganizations: ["acme"], orgAssertion: "org" })).toMatchObject({
      allowedOrganizations: ["acme"],
      orgAssertion: "org",
    });
  });

  test("orgAssertion alone (no organization restriction) is accepted", () => {
    expect(samlOf({ orgAssertion: "org" })).toMatchObject({ orgAssertion: "org", allowedOrganizations: [] });
  });
});

describe("authentication providers", () => {
  test.each([[["AWS_SSO"]], [["SAML"]], [["AWS_SSO", "SAML"]]])("%j is accepted", (providers) => {
    const saml = providers.includes("SAML") ? { saml: MINIMAL_SAML } : {};
    expect(accepted({ authentication: { providers, ...saml } }).authentication.providers).toEqual(providers);
  });

  test("an empty list is refused", () => {
    expectRefused(
      { authentication: { providers: [] } },
      "authentication.providers",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });

  test("a provider listed twice is refused", () => {
    expectRefused(
      { authentication: { providers: ["AWS_SSO", "AWS_SSO"] } },
      "authentication.providers",
      '["AWS_SSO","AWS_SSO"]',
      "providers must not repeat",
    );
  });

  test("an unknown provider is refused naming the known ones", () => {
    expectRefused(
      { authentication: { providers: ["OKTA"] } },
      "authentication.providers[0]",
      '"OKTA"',
      'Invalid option: expected one of "AWS_SSO"|"SAML"',
    );
  });
});

describe("dashboards", () => {
  test("top N, KPU-hour price and overview refresh are taken as given", () => {
    expect(accepted({ dashboards: { topN: 50, kpuHourPriceUsd: 0.132, overviewRefresh: "1h" } }).dashboards).toEqual({
      topN: 50,
      kpuHourPriceUsd: 0.132,
      overviewRefresh: "1h",
    });
  });

  test.each([
    [{ topN: 0 }, "dashboards.topN", "0", "Too small: expected number to be >=1"],
    [{ topN: 51 }, "dashboards.topN", "51", "Too big: expected number to be <=50"],
    [{ topN: 2.5 }, "dashboards.topN", "2.5", "Invalid input: expected int, received number"],
    [{ kpuHourPriceUsd: 0 }, "dashboards.kpuHourPriceUsd", "0", "Too small: expected number to be >0"],
    [
      { overviewRefresh: "1m" },
      "dashboards.overviewRefresh",
      '"1m"',
      'Invalid option: expected one of ""|"5m"|"15m"|"30m"|"1h"',
    ],
  ])("%j is refused, naming the field and the value", (dashboards, field, value, message) => {
    expectRefused({ dashboards }, field, value, message);
  });
});

describe("Grafana version", () => {
  test.each(["10.4", "12.4"])("%s is accepted as is", (version) => {
    expect(accepted({ version }).version).toBe(version);
  });

  test("9.4 is refused: its support ends, and the message names the in-place upgrade", () => {
    const { problems } = parseEnvironmentDocument({ ...BASE, grafana: { version: "9.4" } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("grafana.version: Amazon Managed Grafana ends support for Grafana 9.4 on 2026-12-20");
    expect(problems[0]).toContain("aws grafana update-workspace-configuration --grafana-version 12.4");
    expect(problems[0]).toMatch(/\(value "9\.4"\)$/);
  });

  test.each(["13", "13.0"])(
    "%s is refused with the reason (schema v2 dashboards, deprecated contact-point API)",
    (version) => {
      const { problems } = parseEnvironmentDocument({ ...BASE, grafana: { version } });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain("grafana.version: not supported yet: Grafana 13 migrates dashboards to schema v2");
      expect(problems[0]).toContain("docs/grafana-versions.md");
    },
  );

  test("an unknown version and a YAML number are refused naming the accepted ones", () => {
    expectRefused({ version: "11.0" }, "version", '"11.0"', "must be one of 10.4, 12.4");
    expectRefused({ version: 12.4 }, "version", "12.4", "must be one of 10.4, 12.4");
  });
});

describe("VPC connection", () => {
  test.each([
    [2, 1],
    [6, 5],
    [3, 2],
  ])("%i subnets and %i security groups are accepted", (subnets, groups) => {
    const vpc = { subnetIds: ids("subnet", subnets), securityGroupIds: ids("sg", groups) };
    expect(accepted({ vpc }).vpc).toStrictEqual(vpc);
  });

  test("1 subnet and no security group are refused", () => {
    expectProblems(
      { vpc: { subnetIds: ["subnet-0a"], securityGroupIds: [] } },
      ["grafana.vpc.subnetIds", '["subnet-0a"]', "Too small: expected array to have >=2 items"],
      ["grafana.vpc.securityGroupIds", "[]", "Too small: expected array to have >=1 items"],
    );
  });

  test("7 subnets and 6 security groups are refused", () => {
    const subnetIds = ids("subnet", 7);
    const securityGroupIds = ids("sg", 6);
    expectProblems(
      { vpc: { subnetIds, securityGroupIds } },
      [
        "grafana.vpc.subnetIds",
        JSON.stringify(subnetIds).slice(0, 77) + "...",
        "Too big: expected array to have <=6 items",
      ],
      ["grafana.vpc.securityGroupIds", JSON.stringify(securityGroupIds), "Too big: expected array to have <=5 items"],
    );
  });
});

// Resource ids: `<prefix>-` and lower-case hex digits, nothing before or after.
describe.each([
  ["vpc.subnetIds", "subnet", "a subnet id (subnet-...)"],
  ["vpc.securityGroupIds", "sg", "a security group id (sg-...)"],
  ["networkAccessControl.prefixListIds", "pl", "a prefix list id (pl-...)"],
  ["networkAccessControl.vpceIds", "vpce", "a VPC endpoint id (vpce-...)"],
])("%s", (field, prefix, message) => {
  const [section, list] = field.split(".");
  const settings = (id: string) => {
    const others =
      section === "vpc"
        ? { subnetIds: ids("subnet", 2), securityGroupIds: ids("sg", 1) }
        : { prefixListIds: [], vpceIds: [] };
    return { [section]: { ...others, [list]: [`${prefix}-0a`, id] } };
  };

  test.each([`${prefix}-0`, `${prefix}-0123456789abcdef0`])("%s is accepted", (id) => {
    const parsed = accepted(settings(id)) as unknown as Record<string, Record<string, string[]>>;
    expect(parsed[section][list]).toEqual([`${prefix}-0a`, id]);
  });

  test.each([
    ["something before", `x${prefix}-0a`],
    ["something after", `${prefix}-0ag`],
    ["no digits", `${prefix}-`],
    ["upper-case hex", `${prefix}-0A`],
    ["another kind of id", "igw-0a"],
  ])("refused: %s", (_, id) => {
    expectRefused(settings(id), `${field}[1]`, JSON.stringify(id), message);
  });
});

describe("network access control", () => {
  test("5 prefix lists and 5 VPC endpoints are accepted", () => {
    const networkAccessControl = { prefixListIds: ids("pl", 5), vpceIds: ids("vpce", 5) };
    expect(accepted({ networkAccessControl }).networkAccessControl).toStrictEqual(networkAccessControl);
  });

  test("one of either is enough", () => {
    const networkAccessControl = { prefixListIds: ["pl-0a"], vpceIds: ["vpce-0a"] };
    expect(accepted({ networkAccessControl }).networkAccessControl).toStrictEqual(networkAccessControl);
  });

  test.each([
    ["prefixListIds", "pl"],
    ["vpceIds", "vpce"],
  ])("6 %s are refused", (list, prefix) => {
    const six = ids(prefix, 6);
    expectRefused(
      { networkAccessControl: { [list]: six } },
      `networkAccessControl.${list}`,
      JSON.stringify(six),
      "Too big: expected array to have <=5 items",
    );
  });

  test.each([
    ["no lists", {}],
    ["two empty lists", { prefixListIds: [], vpceIds: [] }],
  ])("%s would block everyone and is refused", (_, networkAccessControl) => {
    expectRefused(
      { networkAccessControl },
      "networkAccessControl",
      JSON.stringify(networkAccessControl),
      "set at least one of prefixListIds and vpceIds (an empty list would block everyone)",
    );
  });
});

describe("token", () => {
  test("an external token takes no other setting", () => {
    expect(accepted({ token: { mode: "external" } }).token).toStrictEqual({ mode: "external" });
    expectRefused({ token: { mode: "external", rotationDays: 3 } }, "token.rotationDays", "3", "unknown key");
  });

  test("an unknown mode is refused naming both", () => {
    expectRefused(
      { token: { mode: "manual" } },
      "token.mode",
      '"manual"',
      "Invalid discriminator value. Expected 'rotated' | 'external'",
    );
  });

  test("every rotated-token field set is kept as written", () => {
    const token = {
      mode: "rotated",
      rotationDays: 14,
      verify: "aws",
      secretRecoveryWindowDays: 30,
      logRetentionDays: 365,
      readers: ["arn:aws:iam::123456789012:role/terraform", "arn:aws:iam::123456789012:user/ci"],
      alarmSubscribers: [
        "oncall@example.com",
        "https://events.example.com/grafana-token",
        "arn:aws:sqs:eu-west-1:123456789012:token-alarms",
        "arn:aws:lambda:eu-west-1:123456789012:function:pager",
      ],
    };
    expect(accepted({ token }).token).toStrictEqual(token);
  });

  test.each([1, 7, 20])("rotation every %i days is accepted", (rotationDays) => {
    expect(accepted(rotated({ rotationDays })).token).toMatchObject({ rotationDays });
  });

  test.each([
    [0, "Too small: expected number to be >=1"],
    [21, "at most 20: tokens live 30 days and 10 are kept in reserve for a failed rotation"],
    [2.5, "Invalid input: expected int, received number"],
  ])("rotation every %d days is refused", (rotationDays, message) => {
    expectRefused(rotated({ rotationDays }), "token.rotationDays", String(rotationDays), message);
  });

  test.each([0, 7, 8, 30])("a recovery window of %i days is accepted", (secretRecoveryWindowDays) => {
    expect(accepted(rotated({ secretRecoveryWindowDays })).token).toMatchObject({ secretRecoveryWindowDays });
  });

  test.each([
    [1, "Too small: expected number to be >=7"],
    [6, "Too small: expected number to be >=7"],
    [31, "Too big: expected number to be <=30"],
  ])("a recovery window of %i days is refused", (secretRecoveryWindowDays, message) => {
    expectRefused(
      rotated({ secretRecoveryWindowDays }),
      "token.secretRecoveryWindowDays",
      String(secretRecoveryWindowDays),
      message,
    );
  });

  test.each([1, 90, 3653])("log retention of %i days is accepted", (logRetentionDays) => {
    expect(accepted(rotated({ logRetentionDays })).token).toMatchObject({ logRetentionDays });
  });

  test.each([0, 2, 3654])("log retention of %i days is refused, listing the allowed values", (logRetentionDays) => {
    expectRefused(
      rotated({ logRetentionDays }),
      "token.logRetentionDays",
      String(logRetentionDays),
      "one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653",
    );
  });

  test("a reader that is not an IAM role or user ARN is refused", () => {
    expectRefused(
      rotated({ readers: ["arn:aws:iam::123456789012:group/ops"] }),
      "token.readers[0]",
      '"arn:aws:iam::123456789012:group/ops"',
      "an IAM role or user ARN (arn:aws:iam::<account>:role/...)",
    );
  });

  test.each([
    ["not an address", "oncall"],
    ["plain http", "http://events.example.com/x"],
    ["an SNS topic", "arn:aws:sns:eu-west-1:123456789012:alerts"],
  ])("an alarm subscriber that cannot subscribe is refused: %s", (_, subscriber) => {
    expectRefused(
      rotated({ alarmSubscribers: ["oncall@example.com", subscriber] }),
      "token.alarmSubscribers[1]",
      JSON.stringify(subscriber),
      "an e-mail address, an https:// URL, or an SQS queue or Lambda function ARN",
    );
  });

  test("an empty list of alarm subscribers is refused (leave it out instead)", () => {
    expectRefused(
      rotated({ alarmSubscribers: [] }),
      "token.alarmSubscribers",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });
});
