// A central environment that reads two source accounts through CloudWatch cross-account observability:
// what Terraform receives (sink, policy, links through assuming providers, the workspace role's OAM reads),
// a real offline plan of the AWS half, and the configurations refused with file, field and value.
import { parseEnvironmentDocument } from "../support/environment-file";
import { Json, environmentConfig, resourcesOfType, synthEnvironment } from "../support/synth";
import { describeWithTerraform, terraformPlanOffline } from "../support/terraform";
import { parse as parseHcl } from "@cdktn/hcl2json";
import { HCL_SECTIONS, comparable, hclSection, synthHcl } from "../support/hcl";

const CENTRAL = "111111111111";
const SOURCES = [
  { account: "777777777777", roleArn: "arn:aws:iam::777777777777:role/flink-observability-link" },
  { account: "888888888888", roleArn: "arn:aws:iam::888888888888:role/flink-observability-link" },
];
const centralConfig = () =>
  environmentConfig({
    name: "central",
    account: CENTRAL,
    sourceAccounts: SOURCES,
    monitoredApplications: [
      { name: "orders", runtime: "FLINK-2_2", account: CENTRAL },
      { name: "orders", runtime: "FLINK-1_20", account: SOURCES[0].account },
      { name: "payments", runtime: "FLINK-2_2", account: SOURCES[1].account },
    ],
  } as never);
const central = () => synthEnvironment(centralConfig());

describe("a central environment with two source accounts", () => {
  const { json, dir } = central();

  test("one sink, whose policy admits exactly the listed accounts, for metrics and log groups", () => {
    const sinks = Object.values(resourcesOfType(json, "aws_oam_sink"));
    expect(sinks.map((s) => s.name)).toEqual(["flinkobs-central-observability"]);
    const [policy] = Object.values(resourcesOfType(json, "aws_oam_sink_policy"));
    expect(policy.sink_identifier).toMatch(/^\$\{aws_oam_sink\.[\w-]+\.arn\}$/);
    expect(JSON.parse(policy.policy)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: ["777777777777", "888888888888"] },
          Action: ["oam:CreateLink", "oam:UpdateLink"],
          Resource: "*",
          Condition: {
            "ForAllValues:StringEquals": { "oam:ResourceTypes": ["AWS::CloudWatch::Metric", "AWS::Logs::LogGroup"] },
          },
        },
      ],
    });
  });

  test("one link per source account, created through a provider that assumes that account's role", () => {
    const links = Object.values(resourcesOfType(json, "aws_oam_link"));
    expect(links).toHaveLength(2);
    const providers = json.provider.aws as Json[];
    for (const source of SOURCES) {
      const provider = providers.find((p) => p.alias === `source_${source.account}`)!;
      expect(provider).toMatchObject({
        region: "eu-west-1",
        allowed_account_ids: [source.account],
        assume_role: [{ role_arn: source.roleArn, session_name: "flink-observability-link" }],
      });
      const link = links.find((l) => l.provider === `aws.source_${source.account}`)!;
      expect(link.resource_types).toEqual(["AWS::CloudWatch::Metric", "AWS::Logs::LogGroup"]);
      expect(link.sink_identifier).toMatch(/^\$\{aws_oam_sink\.[\w-]+\.arn\}$/);
      // The sink accepts the link only once its policy exists.
      expect(link.depends_on).toEqual([expect.stringMatching(/^aws_oam_sink_policy\./)]);
    }
    // The default provider stays in the monitoring account.
    expect(providers.find((p) => p.alias === undefined)!.allowed_account_ids).toEqual([CENTRAL]);
  });

  test("the workspace role may list the sinks and their links (how Grafana finds the linked accounts)", () => {
    const statements = (stack: Json) =>
      Object.values(resourcesOfType(stack, "aws_iam_role_policy"))
        .filter((p) => p.name === "cloudwatch-read")
        .flatMap((p) => JSON.parse(p.policy).Statement);
    expect(statements(json).find((s: Json) => s.Sid === "LinkedAccountsRead")).toEqual({
      Sid: "LinkedAccountsRead",
      Effect: "Allow",
      Action: ["oam:ListSinks", "oam:ListAttachedLinks"],
      Resource: "*",
    });
    const alone = synthEnvironment(environmentConfig({ name: "alone" })).json;
    expect(statements(alone).map((s: Json) => s.Sid)).not.toContain("LinkedAccountsRead");
    expect(resourcesOfType(alone, "aws_oam_sink")).toEqual({});
  });

  describeWithTerraform("terraform", () => {
    test("the AWS half validates and plans offline, the links through their aliased providers", () => {
      const result = terraformPlanOffline(json, { stackDir: dir });
      expect(result.warnings).toEqual([]);
      const planned = result.plannedAddresses;
      expect(planned.filter((a) => a.startsWith("aws_oam_sink."))).toHaveLength(1);
      expect(planned.filter((a) => a.startsWith("aws_oam_sink_policy."))).toHaveLength(1);
      expect(planned.filter((a) => a.startsWith("aws_oam_link."))).toHaveLength(2);
      // One silence alarm per application, those of the source accounts reading their metric there.
      expect(planned.filter((a) => a.startsWith("aws_cloudwatch_metric_alarm.") && a.includes("silence"))).toHaveLength(
        3,
      );
    });
  });
});

describe("the HCL off-ramp", () => {
  test("cdktf synth --hcl of the central environment says what its JSON says (aliases, links, alarms)", async () => {
    const { json } = central();
    const parsed = await parseHcl("cdk.tf", synthHcl([centralConfig()]).get("central")!);
    for (const section of HCL_SECTIONS)
      expect({ section, value: hclSection(parsed, section) }).toEqual({ section, value: comparable(json[section]) });
    expect(Object.keys(parsed.resource.aws_oam_link)).toHaveLength(2);
  });
});

describe("refused configurations name the file, the field and the value", () => {
  const base = { account: CENTRAL, region: "eu-west-1", sourceAccounts: SOURCES };
  const problemsOf = (doc: object) => {
    const { shown, problems } = parseEnvironmentDocument({ ...base, ...doc });
    return problems.map((p) => p.replace(`${shown}: `, ""));
  };

  test("an application in an account that is neither the environment's nor a source account", () => {
    expect(
      problemsOf({ monitoredApplications: [{ name: "a", runtime: "FLINK-1_20", account: "999999999999" }] }),
    ).toEqual([
      "monitoredApplications[0].account: is neither the environment's account (111111111111) nor a listed source " +
        'account (sourceAccounts: 777777777777, 888888888888) (value "999999999999")',
    ]);
  });

  test("an application in another region", () => {
    expect(problemsOf({ monitoredApplications: [{ name: "a", runtime: "FLINK-1_20", region: "us-east-1" }] })).toEqual([
      "monitoredApplications[0].region: is not the environment's region (eu-west-1): CloudWatch cross-account " +
        'observability links accounts within one region; monitor it from an environment in us-east-1 (value "us-east-1")',
    ]);
  });

  test("the environment's own account as a source account, a duplicate, a role in another account", () => {
    expect(
      problemsOf({
        sourceAccounts: [
          { account: CENTRAL, roleArn: `arn:aws:iam::${CENTRAL}:role/r` },
          SOURCES[0],
          SOURCES[0],
          { account: "888888888888", roleArn: "arn:aws:iam::777777777777:role/r" },
        ],
      }),
    ).toEqual([
      "sourceAccounts[0].account: is the environment's own account (the monitoring account, which holds the sink); " +
        'list only the accounts it reads from (value "111111111111")',
      'sourceAccounts[2].account: is already listed at sourceAccounts[1] (value "777777777777")',
      "sourceAccounts[3].roleArn: must be a role in account 888888888888 (arn:aws:iam::888888888888:role/<name>), " +
        'which this plan assumes to create the link there (value "arn:aws:iam::777777777777:role/r")',
    ]);
  });

  test("names are unique per account: one name in two accounts is accepted, twice in one account is not", () => {
    const app = (account?: string) => ({ name: "a", runtime: "FLINK-1_20", ...(account ? { account } : {}) });
    expect(problemsOf({ monitoredApplications: [app(), app("777777777777"), app("888888888888")] })).toEqual([]);
    expect(problemsOf({ monitoredApplications: [app("777777777777"), app(), app("777777777777")] })).toEqual([
      "monitoredApplications[2].name: duplicate application name in account 777777777777, already used by " +
        'monitoredApplications[0].name (value "a")',
    ]);
    // A source account's application is keyed <account>-<name>: a name here may not spell the same key.
    expect(
      problemsOf({ monitoredApplications: [app("777777777777"), { name: "777777777777-a", runtime: "FLINK-1_20" }] }),
    ).toEqual([
      'monitoredApplications[1].name: would be keyed "777777777777-a" (dashboard and rule uids), as ' +
        'monitoredApplications[0].name is: rename one of them (value "777777777777-a")',
    ]);
  });

  test("a duplicate application name", () => {
    expect(
      problemsOf({
        monitoredApplications: [
          { name: "a", runtime: "FLINK-1_20" },
          { name: "a", runtime: "FLINK-1_20", account: CENTRAL },
        ],
      }),
    ).toEqual([
      'monitoredApplications[1].name: duplicate application name, already used by monitoredApplications[0].name (value "a")',
    ]);
  });
});
