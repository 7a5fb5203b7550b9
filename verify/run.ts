// One verification run: load and validate the environment, check the caller's account, build the
// stack in memory, then check applications, every query, the workspace, the token and the Grafana
// objects. Read-only: every AWS and Grafana call here is a Describe, List, Get or HTTP GET.
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import {
  applicationFindings,
  applicationLabel,
  describeApplications,
  expectedApplications,
  isApplication,
} from "./checks/applications";
import { mapLimit, type CheckContext } from "./checks/context";
import { checkGrafanaObjects } from "./checks/grafana-objects";
import { checkSilenceAlarms } from "./checks/silence-alarms";
import { checkSourceAccounts } from "./checks/source-accounts";
import { checkQuery, MetricLister } from "./checks/queries";
import { checkWorkspace } from "./checks/workspace";
import { createClients, describeAwsError, type VerifyClients } from "./clients";
import { GrafanaApi } from "./grafana-api";
import { collectQueries, linkedAccount } from "./queries";
import { exitCodeOf, REPORT_SCHEMA_VERSION, summaryOf, type Finding, type VerifyReport } from "./report";
import { ConfigError, loadEnvironment, synthesizeInMemory } from "./stack";

/** Nothing could be checked; the message is the one line the command prints. */
export class VerifyAbort extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VerifyAbort";
  }
}

export interface VerifyOptions {
  /** Environment name (the config file's name). */
  readonly environment: string;
  /** Folder of environment files. Default: `CONFIG_DIR`, else `config/`. */
  readonly configDir?: string;
  /** Workspace API base URL. Default: `https://` + the workspace's endpoint. */
  readonly grafanaUrl?: string;
  /** Token for `external` token mode. Default: none (Grafana objects are then not checked). */
  readonly externalToken?: string;
  /** Clients to use. Default: new clients in the environment's region. */
  readonly clients?: VerifyClients;
  /** The clock. Default: the system clock. */
  readonly now?: Date;
  /** Receives progress messages. Default: none. */
  readonly onProgress?: (message: string) => void;
}

/** Milliseconds the credentials check may take before the run gives up. */
const CREDENTIALS_TIMEOUT_MS = 8_000;
/** Queries checked at once: CloudWatch's ListMetrics and GetMetricData allow far more, the user's network may not. */
const QUERY_CONCURRENCY = 4;

async function checkCaller(clients: VerifyClients, account: string, environment: string): Promise<void> {
  let caller: string | undefined;
  try {
    caller = (
      await clients.sts.send(new GetCallerIdentityCommand({}), {
        abortSignal: AbortSignal.timeout(CREDENTIALS_TIMEOUT_MS),
      })
    ).Account;
  } catch (e) {
    const name = (e as { name?: string }).name ?? "";
    if (/Credential|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|TokenRefresh/i.test(name + String(e))) {
      throw new VerifyAbort(
        `cannot check ${environment}: no usable AWS credentials (${describeAwsError(e)}); sign in (aws sso login, AWS_PROFILE) and run again`,
      );
    }
    throw new VerifyAbort(`cannot check ${environment}: AWS STS is unreachable (${describeAwsError(e)})`);
  }
  if (caller !== account) {
    throw new VerifyAbort(
      `cannot check ${environment}: the credentials are for account ${caller}, the environment is in account ${account}; use credentials for ${account}`,
    );
  }
}

export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const progress = options.onProgress ?? (() => undefined);
  let config;
  try {
    config = loadEnvironment(options.environment, options.configDir);
  } catch (e) {
    if (e instanceof ConfigError)
      throw new VerifyAbort(`cannot check ${options.environment}: ${e.problems.join("; ")}`);
    throw e;
  }
  const now = options.now ?? new Date();
  const clients = options.clients ?? createClients(config.region);
  progress("checking credentials");
  await checkCaller(clients, config.account, config.name);

  progress("building the stack in memory");
  const stack = synthesizeInMemory(config);
  const ctx: CheckContext = { config, stack, clients, now };

  progress("describing applications");
  const expected = expectedApplications(config);
  const live = await describeApplications(ctx, expected);

  const queries = collectQueries(stack);
  const lister = new MetricLister(ctx);
  let done = 0;
  // A query over every linked account (the overview) is checked once per application of its name, in
  // that application's account: each finding then belongs to the application whose series it read.
  const checks = queries.flatMap((query) => {
    const account = linkedAccount(query.account, config.account);
    const named = account === "all" ? expected.filter((a) => a.name === query.application) : [];
    if (named.length === 0) return [{ query, app: expected.find((a) => isApplication(a, query.application, account)) }];
    return named.map((app) => ({ query: { ...query, account: app.account ?? config.account }, app }));
  });
  const queryFindings = await mapLimit(checks, QUERY_CONCURRENCY, async ({ query, app }) => {
    const finding = await checkQuery(ctx, lister, query, {
      expected: app,
      live: app ? live.get(applicationLabel(app.name, app.account)) : undefined,
    });
    progress(`checking queries ${++done}/${checks.length}`);
    return finding;
  });

  progress("checking the silence alarms");
  const silenceFindings = await checkSilenceAlarms(ctx);

  progress("checking the links of the source accounts");
  const linkFindings = await checkSourceAccounts(ctx);

  progress("checking the Grafana workspace and token");
  const workspace = await checkWorkspace(ctx, { grafanaUrl: options.grafanaUrl, externalToken: options.externalToken });
  const grafanaFindings: Finding[] = [];
  if (workspace.grafanaUrl && workspace.token) {
    progress("checking Grafana objects");
    grafanaFindings.push(...(await checkGrafanaObjects(ctx, new GrafanaApi(workspace.grafanaUrl, workspace.token))));
  }

  const all = [
    ...workspace.findings,
    ...linkFindings,
    ...expected.flatMap((app) =>
      applicationFindings(app, live.get(applicationLabel(app.name, app.account))!, config.name),
    ),
    ...queryFindings,
    ...silenceFindings,
    ...grafanaFindings,
  ];
  // Environment first, then applications in configuration order; checks keep their order within.
  const order = (f: Finding) =>
    f.application === null ? -1 : expected.findIndex((a) => applicationLabel(a.name, a.account) === f.application);
  const findings = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => order(a.f) - order(b.f) || a.i - b.i)
    .map(({ f }) => f);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    environment: config.name,
    account: config.account,
    region: config.region,
    checkedAt: now.toISOString(),
    exitCode: exitCodeOf(findings),
    summary: summaryOf(findings),
    findings,
  };
}
