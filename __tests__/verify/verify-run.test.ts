import { Writable } from "node:stream";
import { z } from "zod";
import { main } from "../../verify/cli";
import { renderTable, type Finding, type VerifyReport } from "../../verify/report";
import { runVerify, VerifyAbort } from "../../verify/run";
import {
  FAKE_TOKEN,
  NOW,
  SOURCE_ACCOUNTS,
  healthyWorld,
  mockAccount,
  startGrafana,
  writeTestConfig,
  type World,
} from "./fake-account";

const configDir = writeTestConfig();

let world: World;
let restore: () => void;
let grafana: { url: string; close: () => Promise<void> };

beforeEach(async () => {
  world = healthyWorld();
  restore = mockAccount(world);
  grafana = await startGrafana(world, configDir);
});

afterEach(async () => {
  restore();
  await grafana.close();
});

function verify(): Promise<VerifyReport> {
  return runVerify({ environment: "test", configDir, now: NOW, grafanaUrl: grafana.url });
}

function find(report: VerifyReport, predicate: (f: Finding) => boolean): Finding {
  const found = report.findings.find(predicate);
  if (!found) throw new Error(`no such finding in:\n${renderTable(report, { verbose: true })}`);
  return found;
}

const bySubject = (application: string | null, subject: string) => (f: Finding) =>
  f.application === application && f.subject === subject;

/** Runs the CLI in-process against the fake account; returns what it wrote. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: Object.assign(
      sink((s) => (stderr += s)),
      { isTTY: true },
    ),
    env: { FLINKOBS_VERIFY_GRAFANA_URL: grafana.url },
  });
  return { code, stdout, stderr };
}

describe("silence alarms", () => {
  const orders = "flinkobs-test-orders-silent";
  const payments = "flinkobs-test-payments-silent";

  test("each application expected to run has one, OK while it reports: green", async () => {
    const report = await verify();
    const silence = report.findings.filter((f) => f.check === "silence-alarm");
    expect(silence.map((f) => [f.application, f.subject, f.status])).toEqual([
      ["orders", orders, "green"],
      ["payments", payments, "green"],
      [`payments (${SOURCE_ACCOUNTS[0]})`, `flinkobs-test-${SOURCE_ACCOUNTS[0]}-payments-silent`, "green"],
      [`scoring (${SOURCE_ACCOUNTS[1]})`, `flinkobs-test-${SOURCE_ACCOUNTS[1]}-scoring-silent`, "green"],
    ]);
  });

  test("a source account's application: the fix names its account, and the alarm's reach", async () => {
    const remote = `flinkobs-test-${SOURCE_ACCOUNTS[0]}-payments-silent`;
    world.alarms[remote] = "INSUFFICIENT_DATA";
    const finding = find(await verify(), bySubject(`payments (${SOURCE_ACCOUNTS[0]})`, remote));
    expect(finding.status).toBe("red");
    expect(finding.fix).toContain(
      `aws kinesisanalyticsv2 start-application --application-name payments, in account ${SOURCE_ACCOUNTS[0]}`,
    );
    expect(finding.fix).toContain(`the alarm cannot read account ${SOURCE_ACCOUNTS[0]}`);
  });

  test("INSUFFICIENT_DATA is an application that stopped reporting: red, with what to do", async () => {
    world.alarms[payments] = "INSUFFICIENT_DATA";
    const report = await verify();
    const finding = find(report, bySubject("payments", payments));
    expect(finding.status).toBe("red");
    expect(finding.reason).toMatch(
      /^INSUFFICIENT_DATA: payments published no metric for 5 minutes, or has never reported/,
    );
    expect(finding.fix).toContain("aws kinesisanalyticsv2 start-application --application-name payments");
    expect(report.exitCode).toBe(1);
  });

  test("a missing alarm is red: the application's outage would not page", async () => {
    world.alarms[orders] = "missing";
    const finding = find(await verify(), bySubject("orders", orders));
    expect(finding).toMatchObject({ status: "red", fix: "deploy the stack: cdktf deploy test" });
  });

  test("DescribeAlarms denied: not checked, naming the policy", async () => {
    world.describeAlarmsDenied = true;
    const finding = find(await verify(), bySubject("orders", orders));
    expect(finding.status).toBe("unknown");
    expect(finding.fix).toMatch(/docs\/verify\.md/);
  });
});

describe("a healthy environment", () => {
  test("every check is green and the exit code is 0", async () => {
    const report = await verify();
    const notGreen = report.findings.filter((f) => f.status !== "green");
    expect(notGreen).toEqual([]);
    expect(report.exitCode).toBe(0);
    // Applications, queries, workspace, token, rotation, data source, rules and contact points were all checked.
    const kinds = new Set(report.findings.map((f) => f.check));
    expect([...kinds].sort()).toEqual(
      [
        "alert-rule",
        "application",
        "contact-point",
        "datasource",
        "query",
        "rotation",
        "silence-alarm",
        "link",
        "token",
        "workspace",
      ].sort(),
    );
  });

  test("the overview panel of another runtime's metric is absent by design, not a failure", async () => {
    // scoring runs Flink 2.2 (in a source account, which the overview reads): the overview's
    // "Downtime (Flink 1.x)" series does not exist for it.
    const report = await verify();
    const downtime = find(report, bySubject(`scoring (${SOURCE_ACCOUNTS[1]})`, "downtime"));
    expect(downtime.status).toBe("green");
    expect(downtime.reason).toMatch(/absent by design: runtime mismatch/);
  });
});

describe("applications", () => {
  test("an application that is not running is red, and its queries say why they have no data", async () => {
    world.apps.payments = { ...world.apps.payments!, status: "READY" };
    const report = await verify();
    const status = find(report, bySubject("payments", "status"));
    expect(status).toMatchObject({ status: "red", reason: expect.stringMatching(/READY, not RUNNING/) });
    expect(status.fix).toMatch(/start-application --application-name payments/);
    const kpus = find(report, bySubject("payments", "KPUs"));
    expect(kpus).toMatchObject({
      status: "yellow",
      reason: expect.stringMatching(/application is READY, not RUNNING/),
    });
    expect(report.exitCode).toBe(1);
  });

  test("an application that does not exist is red", async () => {
    world.apps.orders = undefined;
    const report = await verify();
    expect(find(report, bySubject("orders", "exists"))).toMatchObject({
      status: "red",
      fix: expect.stringMatching(/cdktf deploy test/),
    });
  });

  test("a runtime other than the configured one is red", async () => {
    world.apps.payments = { ...world.apps.payments!, runtime: "FLINK-1_20" };
    const report = await verify();
    expect(find(report, bySubject("payments", "runtime"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/runs FLINK-1_20, the configuration says FLINK-2_2/),
    });
    // Its Flink 2.2 job-health metric is then missing, and the cause is named.
    expect(find(report, bySubject("payments", "runningTime"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/runtime mismatch: runningTime is not emitted by FLINK-1_20/),
    });
  });

  test("a metrics level below the configured one is red, and so are the panels that need it", async () => {
    world.apps.orders = { ...world.apps.orders!, metricsLevel: "APPLICATION" };
    const report = await verify();
    expect(find(report, bySubject("orders", "metrics level"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/reports at APPLICATION, the configuration says TASK/),
    });
    const busy = find(report, (f) => f.application === "orders" && f.subject.startsWith("busyTimeMsPerSecond"));
    expect(busy.status).toBe("red");
    expect(busy.reason).toMatch(
      /metrics level too low: busyTimeMsPerSecond needs TASK or finer, the application reports at APPLICATION/,
    );
    expect(busy.fix).toMatch(/applications\[\]\.monitoring\.metricsLevel: TASK/);
    expect(busy.usedBy).toEqual([expect.stringMatching(/panel "Busy time per task"/)]);
  });
});

describe("queries", () => {
  test("a dimension name AWS does not publish is red and lists the dimension sets it does publish", async () => {
    const published = world.published;
    world.published = (app, metric) =>
      metric === "backPressuredTimeMsPerSecond" ? [["Application", "Task", "Operator"]] : published(app, metric);
    const report = await verify();
    const finding = find(
      report,
      (f) => f.application === "orders" && f.subject.startsWith("backPressuredTimeMsPerSecond"),
    );
    expect(finding.status).toBe("red");
    expect(finding.reason).toContain("does not exist");
    expect(finding.reason).toContain(
      "dimension set {Application,Task} is not published; AWS publishes backPressuredTimeMsPerSecond with {Application,Operator,Task}",
    );
  });

  test("a metric that exists but has no data in the last hour is yellow", async () => {
    world.recent = (app, metric) => !(app === "orders" && metric === "lastCheckpointSize");
    const report = await verify();
    expect(find(report, bySubject("orders", "lastCheckpointSize"))).toMatchObject({
      status: "yellow",
      reason: "exists but has no data in the last hour",
    });
    expect(report.exitCode).toBe(0);
  });

  test("an expression CloudWatch rejects is red", async () => {
    world.expressionError = "ValidationError";
    const report = await verify();
    const finding = find(report, (f) => f.application === "orders" && f.subject === "DIFF fullRestarts");
    expect(finding).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/CloudWatch rejects the expression/),
    });
  });

  test("a missing log group is red", async () => {
    delete world.logGroups["/aws/kinesis-analytics/payments"];
    const report = await verify();
    expect(find(report, bySubject("payments", "logs /aws/kinesis-analytics/payments"))).toMatchObject({
      status: "red",
      fix: expect.stringMatching(/monitoredApplications\[\]\.logGroupName/),
    });
  });

  test("a query that cannot be checked is unknown and the exit code is 2", async () => {
    world.listMetricsDenied = true;
    world.recent = () => false;
    const report = await verify();
    const unknown = report.findings.filter((f) => f.status === "unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown[0].fix).toMatch(/Verify a deployment/);
    expect(report.findings.some((f) => f.status === "red")).toBe(false);
    expect(report.exitCode).toBe(2);
  });
});

describe("workspace and token", () => {
  test("a missing workspace is red", async () => {
    world.workspace = undefined;
    const report = await verify();
    expect(find(report, bySubject(null, "workspace flinkobs-test-grafana"))).toMatchObject({
      status: "red",
      reason: "no workspace of that name in this account and region",
    });
  });

  test("a workspace on another Grafana version is yellow", async () => {
    world.workspace = { status: "ACTIVE", grafanaVersion: "10.4" };
    const report = await verify();
    expect(find(report, bySubject(null, "workspace flinkobs-test-grafana"))).toMatchObject({ status: "yellow" });
  });

  test("an expired token is red, one about to expire is yellow", async () => {
    world.secret!.expiresAt = new Date(NOW.getTime() - 1000).toISOString();
    expect(find(await verify(), bySubject(null, "current token"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/^expired at /),
    });
    world.secret!.expiresAt = new Date(NOW.getTime() + 36 * 3_600_000).toISOString();
    expect(find(await verify(), bySubject(null, "current token"))).toMatchObject({
      status: "yellow",
      reason: expect.stringMatching(/\(in 1\.5 days\)/),
    });
  });

  test("disabled rotation is red; an overdue rotation and rotation function errors are yellow", async () => {
    world.secret!.rotationEnabled = false;
    expect(find(await verify(), bySubject(null, "rotation")).status).toBe("red");
    world.secret!.rotationEnabled = true;
    world.secret!.lastRotated = new Date(NOW.getTime() - 30 * 86_400_000);
    world.rotationErrors = 3;
    const report = await verify();
    expect(find(report, bySubject(null, "rotation")).status).toBe("yellow");
    expect(find(report, bySubject(null, "function flinkobs-test-grafana-token"))).toMatchObject({
      status: "yellow",
      reason: "3 errors in the last 7 days",
      fix: "read the log group /aws/lambda/flinkobs-test-grafana-token",
    });
  });

  test("a token the workspace no longer lists is red", async () => {
    world.tokens = [{ id: "8", name: "someone-else" }];
    expect(find(await verify(), bySubject(null, "token in workspace")).status).toBe("red");
  });
});

describe("Grafana objects", () => {
  test("a failing data source health check is red", async () => {
    world.grafana.health = { status: 400, body: { status: "ERROR", message: "AccessDenied: cloudwatch:ListMetrics" } };
    const report = await verify();
    expect(find(report, bySubject(null, "data source flinkobs-test-cloudwatch"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/health check failed: .*AccessDenied/),
    });
  });

  test("a rule in error is red with its last error; a rule without data is yellow; a missing rule is red", async () => {
    // Rules over every application belong to the environment.
    const jobDown = "Job down (downtime > 30000)";
    const cpu = "High CPU (containerCPUUtilization > 80)";
    const restarts = "Restarting (numRestarts +1 in 15m)";
    world.grafana.rules = {
      [jobDown]: { health: "error", state: "error", lastError: "metric uptime not found" },
      [cpu]: { health: "nodata", state: "nodata" },
      [restarts]: "missing",
    };
    const report = await verify();
    expect(find(report, bySubject(null, `rule "${jobDown}"`))).toMatchObject({
      status: "red",
      reason: "evaluation fails: metric uptime not found",
    });
    expect(find(report, bySubject(null, `rule "${cpu}"`)).status).toBe("yellow");
    expect(find(report, bySubject(null, `rule "${restarts}"`))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/not provisioned/),
    });
  });

  test("a source account whose metrics are not visible is red, naming the account and the sink", async () => {
    world.linkedAccounts = [SOURCE_ACCOUNTS[0]];
    const report = await verify();
    expect(find(report, bySubject(null, `source account ${SOURCE_ACCOUNTS[0]}`)).status).toBe("green");
    expect(find(report, bySubject(null, `source account ${SOURCE_ACCOUNTS[1]}`))).toMatchObject({
      status: "red",
      reason:
        `no metric of account ${SOURCE_ACCOUNTS[1]} is visible from the monitoring account: its link to sink ` +
        "flinkobs-test-observability is missing or not attached",
      fix: expect.stringMatching(/^apply the stack \(it creates the link in 888888888888 through its role\)/),
    });
    expect(report.exitCode).not.toBe(0);
  });

  test("an application of a source account: its metrics are checked in its account, through the sink", async () => {
    const remote = `payments (${SOURCE_ACCOUNTS[0]})`;
    const healthy = await verify();
    expect(find(healthy, bySubject(remote, "metrics visible through the sink")).status).toBe("green");
    // Its queries and logs are its account's, not the same-named application of the monitoring account.
    const queries = healthy.findings.filter((f) => f.application === remote && f.check === "query");
    expect(queries.length).toBeGreaterThan(10);
    expect(queries.every((f) => f.status === "green")).toBe(true);
    world.remoteApps[SOURCE_ACCOUNTS[0]] = {};
    world.remoteLogGroups[SOURCE_ACCOUNTS[0]] = {};
    const gone = await verify();
    expect(find(gone, bySubject(remote, "metrics visible through the sink"))).toMatchObject({
      status: "red",
      reason: expect.stringContaining(`no metric of payments in account ${SOURCE_ACCOUNTS[0]} is visible`),
    });
    expect(find(gone, bySubject(remote, "logs /aws/kinesis-analytics/payments"))).toMatchObject({
      status: "red",
      fix: expect.stringContaining(SOURCE_ACCOUNTS[0]),
    });
    // The monitoring account's own payments is untouched.
    expect(find(gone, bySubject("payments", "logs /aws/kinesis-analytics/payments")).status).toBe("green");
    expect(gone.findings.filter((f) => f.application === "payments" && f.status !== "green")).toEqual([]);
  });

  test("same name, two accounts: a stopped source account's application is its own findings only", async () => {
    const remote = `payments (${SOURCE_ACCOUNTS[0]})`;
    world.remoteApps[SOURCE_ACCOUNTS[0]] = {
      payments: { status: "READY", runtime: "FLINK-1_20", metricsLevel: "APPLICATION" },
    };
    world.remoteLogGroups[SOURCE_ACCOUNTS[0]] = { "/aws/kinesis-analytics/payments": NOW.getTime() - 3 * 86_400_000 };
    const report = await verify();
    const of = (application: string) => report.findings.filter((f) => f.application === application);
    // Its queries (the overview's included) say why, naming its account; the local payments stays green.
    const downtime = of(remote).filter((f) => f.subject === "downtime");
    expect(downtime.length).toBeGreaterThan(1);
    for (const finding of downtime) {
      expect(finding.status).not.toBe("green");
      expect(finding.reason).toContain(`it runs in ${SOURCE_ACCOUNTS[0]}`);
    }
    expect(downtime.some((f) => f.usedBy?.some((u) => u.startsWith('dashboard "Flink overview')))).toBe(true);
    expect(find(report, bySubject(remote, "logs /aws/kinesis-analytics/payments")).status).toBe("yellow");
    expect(of("payments").filter((f) => f.status !== "green")).toEqual([]);
  });

  test("a missing contact point and an unsupported notifier type are red", async () => {
    world.grafana.contactPoints = [];
    expect(find(await verify(), bySubject(null, "contact point team-email"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/missing in the workspace/),
    });
    world.grafana.notifiers = ["email", "slack"];
    expect(find(await verify(), bySubject(null, "contact point team-email"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/does not support notifier type sns/),
    });
  });

  test("a rejected token is red", async () => {
    world.grafana.rejectToken = true;
    const report = await verify();
    expect(find(report, bySubject(null, "data source flinkobs-test-cloudwatch"))).toMatchObject({
      status: "red",
      reason: expect.stringMatching(/rejects the token \(GET .*: HTTP 401/),
    });
  });
});

describe("could not check", () => {
  test("no credentials: exit 2 with one line", async () => {
    world.credentials = false;
    const { code, stdout, stderr } = await cli(["test", "--config-dir", configDir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    // Progress lines (a TTY here) are cleared with `\r ESC[K`; what follows the last clear is what stays.
    const lines = stderr
      .slice(stderr.lastIndexOf("\r\x1b[K") + 4)
      .split("\n")
      .filter(Boolean);
    expect(lines).toEqual([expect.stringMatching(/^verify: cannot check test: no usable AWS credentials/)]);
  });

  test("credentials of another account are refused before anything is checked", async () => {
    world.callerAccount = "999999999999";
    await expect(verify()).rejects.toThrow(VerifyAbort);
    await expect(verify()).rejects.toThrow(
      /credentials are for account 999999999999, the environment is in account 123456789012/,
    );
  });

  test("an unknown environment: exit 2 with one line", async () => {
    const { code, stderr } = await cli(["nope", "--config-dir", configDir]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n").pop()).toMatch(/environment "nope" is not defined \(environments: test\)/);
  });

  test("no environment named: exit 2 with the usage", async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^verify: name one environment; usage: npm run verify -- <environment>/);
  });
});

describe("output", () => {
  const findingSchema = z.strictObject({
    application: z.string().nullable(),
    check: z.enum([
      "application",
      "query",
      "silence-alarm",
      "link",
      "workspace",
      "token",
      "rotation",
      "datasource",
      "alert-rule",
      "contact-point",
    ]),
    subject: z.string(),
    status: z.enum(["green", "yellow", "red", "unknown"]),
    reason: z.string(),
    fix: z.string().optional(),
    usedBy: z.array(z.string()).optional(),
  });
  const reportSchema = z.strictObject({
    schemaVersion: z.literal(1),
    environment: z.string(),
    account: z.string(),
    region: z.string(),
    checkedAt: z.iso.datetime(),
    exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    summary: z.strictObject({ green: z.number(), yellow: z.number(), red: z.number(), unknown: z.number() }),
    findings: z.array(findingSchema),
  });

  test("--json prints the documented schema and exits with the report's code", async () => {
    world.apps.payments = { ...world.apps.payments!, status: "READY" };
    const { code, stdout } = await cli(["test", "--json", "--config-dir", configDir]);
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(code).toBe(1);
    expect(report.exitCode).toBe(1);
    expect(report.summary.red).toBe(report.findings.filter((f) => f.status === "red").length);
    // Environment findings first, then the applications in configuration order.
    const order = [...new Set(report.findings.map((f) => f.application))];
    expect(order).toEqual([
      null,
      "orders",
      "payments",
      `payments (${SOURCE_ACCOUNTS[0]})`,
      `scoring (${SOURCE_ACCOUNTS[1]})`,
    ]);
  });

  test("--json when nothing could be checked", async () => {
    world.credentials = false;
    const { code, stdout } = await cli(["test", "--json", "--config-dir", configDir]);
    expect(code).toBe(2);
    expect(
      z
        .strictObject({
          schemaVersion: z.literal(1),
          environment: z.string(),
          exitCode: z.literal(2),
          error: z.string(),
        })
        .parse(JSON.parse(stdout)).error,
    ).toMatch(/no usable AWS credentials/);
  });

  test("the table groups findings by application with the reason and the fix", async () => {
    world.apps.payments = { ...world.apps.payments!, status: "READY" };
    const { code, stdout, stderr } = await cli(["test", "--config-dir", configDir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^flink-observability verify: environment test, account 123456789012, region eu-west-1\n/);
    expect(stdout).toMatch(/\n\nenvironment\n {2}ok {3}workspace flinkobs-test-grafana/);
    expect(stdout).toMatch(
      /\n\napplication payments\n {2}FAIL status +READY, not RUNNING: it publishes no metrics\n +fix: start it/,
    );
    expect(stdout).toMatch(/\d+ ok, \d+ warnings, \d+ failures, 0 not checked -> exit 1\n$/);
    // Progress goes to stderr (a TTY here) and is cleared.
    expect(stderr).toMatch(/checking queries \d+\/\d+/);
    expect(stderr.endsWith("\r\x1b[K")).toBe(true);
  });

  test("no output ever contains the token, even when the workspace echoes it", async () => {
    world.grafana.rules = { "orders: job down": { health: "error", lastError: `bad key ${FAKE_TOKEN}` } };
    const outputs = [
      await cli(["test", "--config-dir", configDir]),
      await cli(["test", "--json", "--config-dir", configDir]),
      await cli(["test", "--verbose", "--config-dir", configDir]),
    ];
    world.grafana.rejectToken = true; // the server now echoes the Authorization header
    outputs.push(await cli(["test", "--json", "--config-dir", configDir]));
    for (const { stdout, stderr } of outputs) {
      expect(stdout.length).toBeGreaterThan(0);
      expect(stdout).not.toContain(FAKE_TOKEN);
      expect(stderr).not.toContain(FAKE_TOKEN);
      expect(stdout).not.toContain("FAKEtoken");
    }
  });
});
