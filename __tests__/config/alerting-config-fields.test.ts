import { describeValue } from "../../lib/config/load";
import { EnvironmentConfig } from "../../lib/config/schema";
import { parseEnvironmentDocument } from "../support/environment-file";
import { THRESHOLD_SPECS } from "../../modules/grafana/flink-alerts/thresholds";

// The `alerting` section and each application's `alerts` field by field: contact point names and
// types, removed fields with their reason, SNS topic ARNs, durations, routes, numeric ranges, and the
// defaults filled in when a field is left out. Each refusal is the exact problem line a user sees:
// `<file>: <field>: <message> (value <value>)`.

const BASE = { account: "123456789012", region: "eu-west-1" };

const NAME = "letters, digits, ' ', '_', '.' and '-', at most 63 characters";
const DURATION = "a duration such as 30s, 5m or 1h";
const TOPIC = "an SNS topic ARN";
const DEFAULT_RUNBOOK = "https://github.com/example-org/flink-observability/blob/main/docs/dashboards-and-alerts.md";

/** The parsed environment with `settings` added; fails the test with the problems when the file is refused. */
function accepted(settings: object): EnvironmentConfig {
  const { config, problems } = parseEnvironmentDocument({ ...BASE, ...settings });
  if (!config) throw new Error(`expected acceptance, got:\n${problems.join("\n")}`);
  return config;
}

/** The parsed alerting section of an environment with `alerting`. */
function alertingOf(alerting: object): EnvironmentConfig["alerting"] {
  return accepted({ alerting }).alerting;
}

/** Asserts the file's problems are exactly `lines`, each `[field, value as shown, message]`. */
function expectProblems(settings: object, ...lines: [string, string, string][]): void {
  const { shown, problems } = parseEnvironmentDocument({ ...BASE, ...settings });
  expect(problems).toEqual(lines.map(([field, value, message]) => `${shown}: ${field}: ${message} (value ${value})`));
}

/** Asserts exactly one problem, at `alerting.<field>`. */
function expectRefused(alerting: object, field: string, value: string, message: string): void {
  expectProblems({ alerting }, [`alerting.${field}`, value, message]);
}

const slack = (name: string) => ({ name, type: "slack" });
const pagerDuty = (name: string) => ({ name, type: "pagerduty" });
const topicArn = (topic: string) => `arn:aws:sns:eu-west-1:123456789012:${topic}`;
const monitored = (alerts: object) => ({
  monitoredApplications: [{ name: "orders", runtime: "FLINK-1_20", alerts }],
});

describe("defaults", () => {
  test("an environment without an alerting section: no contact points, no routes, the project's runbook, 60 s", () => {
    expect(accepted({}).alerting).toStrictEqual({
      contactPoints: [],
      routes: {},
      runbookBaseUrl: DEFAULT_RUNBOOK,
      evaluationIntervalSeconds: 60,
      warningEvaluationIntervalSeconds: 600,
      maxRules: 100,
      silenceMinutes: 5,
      alarmSubscribers: [],
    });
  });

  test("a PagerDuty contact point without class gets class flink", () => {
    // Beside a contact point that does not page: evaluation failures must reach someone without paging.
    expect(alertingOf({ contactPoints: [pagerDuty("oncall"), slack("team")] }).contactPoints).toStrictEqual([
      { name: "oncall", type: "pagerduty", class: "flink" },
      slack("team"),
    ]);
  });

  test("an application without alerts has nothing disabled and no threshold overrides", () => {
    expect(accepted(monitored({})).monitoredApplications[0].alerts).toStrictEqual({ disabled: [], thresholds: {} });
    const { monitoredApplications } = accepted({ monitoredApplications: [{ name: "orders", runtime: "FLINK-1_20" }] });
    expect(monitoredApplications[0].alerts).toStrictEqual({ disabled: [], thresholds: {} });
  });
});

describe("every alerting field set is kept as written", () => {
  test("contact points of every type, routes, timing and evaluation", () => {
    const alerting = {
      contactPoints: [
        { name: "team-mail", type: "email", addresses: ["a@example.com", "b@example.com"] },
        slack("team-slack"),
        { name: "own-topic", type: "sns", topicArn: topicArn("alerts") },
        { name: "workspace-topic", type: "sns" },
        { name: "oncall", type: "pagerduty", class: "payments" },
      ],
      routes: { critical: ["oncall", "team-slack", "team-mail"], warning: ["team-slack"], info: ["own-topic"] },
      defaultContactPoint: "team-mail",
      groupBy: ["alertname", "application"],
      groupWait: "10s",
      groupInterval: "2m",
      repeatInterval: "12h",
      runbookBaseUrl: "https://wiki.example.com/runbooks",
      evaluationIntervalSeconds: 30,
      warningEvaluationIntervalSeconds: 300,
      maxRules: 500,
      silenceMinutes: 10,
      alarmSubscribers: ["oncall@example.com", "https://events.example.com/integration/cloudwatch"],
    };
    expect(alertingOf(alerting)).toStrictEqual(alerting);
  });

  test("an empty groupBy list is kept (group everything together)", () => {
    expect(alertingOf({ groupBy: [] }).groupBy).toEqual([]);
  });
});

describe("contact point names", () => {
  test.each([
    ["one character", "a"],
    ["a digit first", "1st-line"],
    ["spaces, '_', '.' and '-'", "Team Mail_v1.2-x"],
    ["the longest name (63 characters)", `N${"a _.-".repeat(12)}bc`],
  ])("accepted: %s", (_, name) => {
    expect(alertingOf({ contactPoints: [slack(name)] }).contactPoints).toStrictEqual([slack(name)]);
  });

  test.each([
    ["empty", ""],
    ["starting with '-'", "-team"],
    ["starting with a space", " team"],
    ["starting with '.'", ".team"],
    ["a character outside the set at the end", "team!"],
    ["a slash", "team/mail"],
    ["too long (64 characters)", `N${"a _.-".repeat(12)}bcd`],
  ])("refused: %s", (_, name) => {
    expectRefused({ contactPoints: [slack(name)] }, "contactPoints[0].name", describeValue(name), NAME);
  });

  test("routes and the default contact point take names with the same rule", () => {
    expectProblems(
      { alerting: { contactPoints: [slack("s")], routes: { critical: ["s", "-s"] }, defaultContactPoint: "s!" } },
      ["alerting.routes.critical[1]", '"-s"', NAME],
      ["alerting.defaultContactPoint", '"s!"', NAME],
      ["alerting.routes.critical[1]", '"-s"', 'unknown contact point "-s" (defined: s)'],
      ["alerting.defaultContactPoint", '"s!"', 'unknown contact point "s!" (defined: s)'],
    );
  });
});

describe("e-mail contact points", () => {
  test("one address is enough, none is refused", () => {
    expect(alertingOf({ contactPoints: [{ name: "m", type: "email", addresses: ["a@example.com"] }] })).toMatchObject({
      contactPoints: [{ addresses: ["a@example.com"] }],
    });
    expectRefused(
      { contactPoints: [{ name: "m", type: "email", addresses: [] }] },
      "contactPoints[0].addresses",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });

  test.each(["team", "team@", "@example.com", "team@example"])("address %s is refused", (address) => {
    expectRefused(
      { contactPoints: [{ name: "m", type: "email", addresses: ["a@example.com", address] }] },
      "contactPoints[0].addresses[1]",
      JSON.stringify(address),
      "must be a valid e-mail address",
    );
  });

  test("singleEmail is refused with the reason", () => {
    expectRefused(
      { contactPoints: [{ name: "m", type: "email", addresses: ["a@example.com"], singleEmail: false }] },
      "contactPoints[0].singleEmail",
      "false",
      "not supported: e-mail is delivered through SNS e-mail subscriptions on the alert topic, one message per address",
    );
  });
});

describe("Slack contact points", () => {
  test("recipient is refused with the reason", () => {
    expectRefused(
      { contactPoints: [{ name: "s", type: "slack", recipient: "#alerts" }] },
      "contactPoints[0].recipient",
      '"#alerts"',
      "not supported: a Slack incoming webhook posts to the channel it was created for and ignores a channel " +
        "override; create a webhook for that channel and pass its URL in slack_webhook_url_<name>",
    );
  });

  test("the webhook URL is refused as an unknown key, its value hidden", () => {
    expectRefused(
      { contactPoints: [{ name: "s", type: "slack", url: "https://hooks.slack.com/services/T0/B0/x" }] },
      "contactPoints[0].url",
      "(hidden: may be a secret)",
      "unknown key",
    );
  });
});

describe("SNS contact points", () => {
  test.each([
    ["a plain topic", topicArn("alerts")],
    ["a one-character topic name", topicArn("a")],
    ["every allowed character", topicArn("Flink_alerts-2")],
    ["the longest topic name (256 characters)", topicArn("t".repeat(256))],
    ["a partition with a suffix", "arn:aws-cn:sns:eu-west-1:123456789012:alerts"],
  ])("topic ARN accepted: %s", (_, arn) => {
    expect(alertingOf({ contactPoints: [{ name: "s", type: "sns", topicArn: arn }] }).contactPoints).toStrictEqual([
      { name: "s", type: "sns", topicArn: arn },
    ]);
  });

  test.each([
    ["a prefix before the ARN", `x${topicArn("alerts")}`],
    ["a character outside the set in the name", topicArn("alerts.fifo")],
    ["a topic name of 257 characters", topicArn("t".repeat(257))],
    ["no topic name", topicArn("")],
    ["no region", "arn:aws:sns::123456789012:alerts"],
    ["an account of 11 digits", "arn:aws:sns:eu-west-1:12345678901:alerts"],
    ["an account of 13 digits", "arn:aws:sns:eu-west-1:1234567890123:alerts"],
    ["letters for the account", "arn:aws:sns:eu-west-1:abcdefghijkl:alerts"],
    ["another service", "arn:aws:sqs:eu-west-1:123456789012:alerts"],
    ["an upper-case partition", "arn:AWS:sns:eu-west-1:123456789012:alerts"],
  ])("topic ARN refused: %s", (_, arn) => {
    expectRefused(
      { contactPoints: [{ name: "s", type: "sns", topicArn: arn }] },
      "contactPoints[0].topicArn",
      describeValue(arn),
      TOPIC,
    );
  });
});

describe("PagerDuty contact points", () => {
  test("an environment whose every contact point pages is refused: evaluation failures must not page", () => {
    const { problems } = parseEnvironmentDocument({ ...BASE, alerting: { contactPoints: [pagerDuty("p")] } });
    expect(problems).toEqual([
      expect.stringMatching(
        /dev\.json: alerting\.contactPoints: every contact point is a pager \(p\): .*Add a non-paging contact point \(email, slack or sns\)/,
      ),
    ]);
  });

  test.each([
    ["one character", "x"],
    ["a usual class", "payments"],
    ["the longest (64 characters)", "c".repeat(64)],
  ])("class accepted: %s", (_, cls) => {
    expect(
      alertingOf({ contactPoints: [{ ...pagerDuty("p"), class: cls }, slack("team")] }).contactPoints,
    ).toStrictEqual([{ name: "p", type: "pagerduty", class: cls }, slack("team")]);
  });

  test.each([
    ["empty", "", "Too small: expected string to have >=1 characters"],
    ["65 characters", "c".repeat(65), "Too big: expected string to have <=64 characters"],
  ])("class refused: %s", (_, cls, message) => {
    expectRefused(
      { contactPoints: [{ ...pagerDuty("p"), class: cls }, slack("team")] },
      "contactPoints[0].class",
      describeValue(cls),
      message,
    );
  });
});

describe("routes", () => {
  test("a severity may list several contact points", () => {
    expect(
      alertingOf({ contactPoints: [slack("s"), pagerDuty("p")], routes: { critical: ["p", "s"], info: ["s"] } }).routes,
    ).toStrictEqual({ critical: ["p", "s"], info: ["s"] });
  });

  test("an empty route is refused", () => {
    expectRefused(
      { contactPoints: [slack("s")], routes: { warning: [] } },
      "routes.warning",
      "[]",
      "Too small: expected array to have >=1 items",
    );
  });

  test("a severity that does not exist is refused", () => {
    expectRefused({ contactPoints: [slack("s")], routes: { page: ["s"] } }, "routes.page", '["s"]', "unknown key");
  });

  test("a route to an undefined contact point is refused at the entry, naming the defined ones", () => {
    expectRefused(
      { contactPoints: [slack("s"), pagerDuty("p")], routes: { critical: ["p", "pager"] } },
      "routes.critical[1]",
      '"pager"',
      'unknown contact point "pager" (defined: s, p)',
    );
  });

  test("a default contact point that is not defined is refused", () => {
    expectRefused(
      { contactPoints: [], defaultContactPoint: "oncall" },
      "defaultContactPoint",
      '"oncall"',
      'unknown contact point "oncall" (defined: none)',
    );
  });

  test("two contact points with one name are refused at the second", () => {
    expectRefused(
      { contactPoints: [slack("s"), pagerDuty("s")] },
      "contactPoints[1].name",
      '"s"',
      'duplicate contact point name "s"',
    );
  });
});

describe("timing", () => {
  test.each(["0s", "30s", "5m", "1h", "120s", "24h"])("duration %s is accepted", (duration) => {
    expect(alertingOf({ groupWait: duration })).toMatchObject({ groupWait: duration });
  });

  test.each([
    ["a day unit", "5d"],
    ["no unit", "5"],
    ["no number", "m"],
    ["something before", "x5m"],
    ["something after", "5mx"],
    ["a space", "5 m"],
    ["a negative number", "-5m"],
    ["a fraction", "1.5h"],
    ["upper case", "5M"],
    ["empty", ""],
  ])("duration refused: %s", (_, duration) => {
    expectRefused({ groupWait: duration }, "groupWait", JSON.stringify(duration), DURATION);
  });

  test.each(["groupInterval", "repeatInterval"])("%s is a duration too", (field) => {
    expect(alertingOf({ [field]: "15m" })).toMatchObject({ [field]: "15m" });
    expectRefused({ [field]: "15 minutes" }, field, '"15 minutes"', DURATION);
  });

  test("groupBy labels must not be empty", () => {
    expectRefused(
      { groupBy: ["alertname", ""] },
      "groupBy[1]",
      '""',
      "Too small: expected string to have >=1 characters",
    );
  });

  test.each([2, 5, 60])("a silence of %i minutes is accepted", (silenceMinutes) => {
    expect(alertingOf({ silenceMinutes })).toMatchObject({ silenceMinutes });
  });

  test.each([
    [1, "Too small: expected number to be >=2"],
    [61, "Too big: expected number to be <=60"],
  ])("a silence of %d minutes is refused", (silenceMinutes, message) => {
    expectRefused({ silenceMinutes }, "silenceMinutes", String(silenceMinutes), message);
  });

  test("an alarm subscriber that is no e-mail address, https URL, queue or function is refused", () => {
    expectRefused(
      { alarmSubscribers: ["http://insecure.example.com"] },
      "alarmSubscribers[0]",
      '"http://insecure.example.com"',
      "an e-mail address, an https:// URL, or an SQS queue or Lambda function ARN",
    );
  });

  test.each([1, 100, 100_000])("a cap of %i rules is accepted", (maxRules) => {
    expect(alertingOf({ maxRules })).toMatchObject({ maxRules });
  });

  test.each([
    [0, "Too small: expected number to be >=1"],
    [100_001, "Too big: expected number to be <=100000"],
    [99.5, "Invalid input: expected int, received number"],
  ])("a cap of %d rules is refused", (maxRules, message) => {
    expectRefused({ maxRules }, "maxRules", String(maxRules), message);
  });

  test.each([10, 60, 3600])("evaluation every %i seconds is accepted", (evaluationIntervalSeconds) => {
    expect(alertingOf({ evaluationIntervalSeconds })).toMatchObject({ evaluationIntervalSeconds });
    expect(alertingOf({ warningEvaluationIntervalSeconds: evaluationIntervalSeconds })).toMatchObject({
      warningEvaluationIntervalSeconds: evaluationIntervalSeconds,
    });
  });

  test.each([
    [9, "Too small: expected number to be >=10"],
    [3601, "Too big: expected number to be <=3600"],
  ])("warnings evaluated every %d seconds are refused", (warningEvaluationIntervalSeconds, message) => {
    expectRefused(
      { warningEvaluationIntervalSeconds },
      "warningEvaluationIntervalSeconds",
      String(warningEvaluationIntervalSeconds),
      message,
    );
  });

  test.each([
    [9, "Too small: expected number to be >=10"],
    [3601, "Too big: expected number to be <=3600"],
    [30.5, "Invalid input: expected int, received number"],
  ])("evaluation every %d seconds is refused", (evaluationIntervalSeconds, message) => {
    expectRefused(
      { evaluationIntervalSeconds },
      "evaluationIntervalSeconds",
      String(evaluationIntervalSeconds),
      message,
    );
  });

  test("the runbook base URL must be a URL", () => {
    expectRefused({ runbookBaseUrl: "docs/runbooks" }, "runbookBaseUrl", "(hidden: may be a secret)", "Invalid URL");
  });
});

describe("application alerts", () => {
  test("disabled alerts and threshold overrides are kept as written", () => {
    const alerts = { disabled: ["cpu", "sourceLag"], thresholds: { cpuPercent: 95, kinesisLagMs: 120000 } };
    expect(accepted(monitored(alerts)).monitoredApplications[0].alerts).toStrictEqual(alerts);
  });

  test("an unknown threshold is refused as an unknown key", () => {
    expectProblems(monitored({ thresholds: { cpu: 95 } }), [
      "monitoredApplications[0].alerts.thresholds.cpu",
      "95",
      "unknown key",
    ]);
  });

  test("the messages name the bound and the unit", () => {
    expectProblems(
      monitored({ thresholds: { cpuPercent: 0, jobDownMs: 600001 } }),
      ["monitoredApplications[0].alerts.thresholds.jobDownMs", "600001", "must be at most 600000 ms"],
      ["monitoredApplications[0].alerts.thresholds.cpuPercent", "0", "must be at least 1 %"],
    );
  });

  describe.each(Object.entries(THRESHOLD_SPECS))("%s", (name, spec) => {
    test(`its range ${spec.min} to ${spec.max} is accepted, both ends and the middle`, () => {
      const middle = (spec.min + spec.max) / 2;
      for (const value of [spec.min, middle, spec.max]) {
        const { thresholds } = accepted(monitored({ thresholds: { [name]: value } })).monitoredApplications[0].alerts;
        expect(thresholds).toStrictEqual({ [name]: value });
      }
    });

    test("below its minimum is refused", () => {
      const below = Number.isInteger(spec.min) ? spec.min - 1 : spec.min / 2;
      expectProblems(monitored({ thresholds: { [name]: below } }), [
        `monitoredApplications[0].alerts.thresholds.${name}`,
        String(below),
        `must be at least ${spec.min} ${spec.unit}`,
      ]);
    });

    test("above its maximum is refused", () => {
      const above = spec.max + 1;
      expectProblems(monitored({ thresholds: { [name]: above } }), [
        `monitoredApplications[0].alerts.thresholds.${name}`,
        String(above),
        `must be at most ${spec.max} ${spec.unit}`,
      ]);
    });
  });
});
