import { SettingProblem } from "../../modules/validation";
import { z } from "zod";
import { backendConfigSchema } from "./backend-config";
import { grafanaConfigSchema } from "./grafana-config";
import { flinkApplicationConfigSchema, monitoredApplicationConfigSchema } from "./flink-config";
import { alertingConfigSchema } from "./alerting-config";
import { GRAFANA_REGIONS } from "../../modules/aws/grafana-workspace";
import { duplicateApplicationProblems } from "../../modules/grafana/flink-monitoring";
import { snsTopicRegionProblems } from "../../modules/grafana/notifications";
import { derivedNameProblems } from "./names";

const tagKey = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, "tag keys allow letters, digits, spaces and _.:/=+-@");
const tagValue = z
  .string()
  .max(256)
  .regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, "tag values allow letters, digits, spaces and _.:/=+-@");

/** A quoted 12-digit AWS account id, with the reason when YAML read a number. */
export function accountIdSchema() {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === "number"
          ? "an AWS account id is a quoted string of exactly 12 digits (unquoted, YAML reads a number and drops leading zeros)"
          : issue.input === undefined
            ? "required: the AWS account id (12 digits)"
            : "an AWS account id is a string of exactly 12 digits",
    })
    .regex(/^\d{12}$/, "an AWS account id is exactly 12 digits");
}

/** An account this environment reads from, and the role this plan assumes there to create the link. */
const sourceAccountSchema = z.strictObject({
  /** The source account's id. */
  account: accountIdSchema(),
  /** Role in that account that this plan assumes to create the OAM link (docs/cross-account.md). */
  roleArn: z
    .string()
    .regex(
      /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
      "an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>)",
    ),
});

/**
 * Application names are the CloudWatch `Application` dimension and, with the account, the key of every
 * dashboard and alert, so a name may appear once per account of an environment, across created and
 * monitored applications. The issue points at the later occurrence and names the earlier one. Runs on
 * possibly invalid input.
 */
function rejectDuplicateApplicationNames(
  config: { account?: unknown; applications?: unknown; monitoredApplications?: unknown },
  ctx: z.RefinementCtx,
): void {
  const named: { path: (string | number)[]; name: string; account?: string }[] = [];
  for (const list of ["applications", "monitoredApplications"] as const) {
    const entries = config[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, index) => {
      const { name, account } = (entry ?? {}) as { name?: unknown; account?: unknown };
      // Names are unique per account: an application of a source account may share a name with one here.
      const elsewhere = typeof account === "string" && account !== config.account ? account : undefined;
      if (typeof name === "string") named.push({ path: [list, index, "name"], name, account: elsewhere });
    });
  }
  for (const { path, message } of duplicateApplicationProblems(named))
    ctx.addIssue({ code: "custom", path: [...path], message });
}

/**
 * The one home of the rules between source accounts and monitored applications: a source account is
 * another account than the environment's, listed once, with a role of its own; a monitored application
 * lives in the environment's account or a listed source account, in the environment's region (OAM links
 * are per region).
 */
export function crossAccountProblems(config: {
  readonly account: string;
  readonly region: string;
  readonly sourceAccounts: readonly { readonly account: string; readonly roleArn: string }[];
  readonly monitoredApplications: readonly { readonly account?: string; readonly region?: string }[];
}): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const listed = new Map<string, number>();
  config.sourceAccounts.forEach((source, i) => {
    if (source.account === config.account)
      problems.push({
        path: ["sourceAccounts", i, "account"],
        message: `is the environment's own account (the monitoring account, which holds the sink); list only the accounts it reads from`,
      });
    else if (listed.has(source.account))
      problems.push({
        path: ["sourceAccounts", i, "account"],
        message: `is already listed at sourceAccounts[${listed.get(source.account)}]`,
      });
    else listed.set(source.account, i);
    const roleAccount = /^arn:aws[\w-]*:iam::(\d{12}):role\//.exec(source.roleArn)?.[1];
    if (roleAccount !== source.account)
      problems.push({
        path: ["sourceAccounts", i, "roleArn"],
        message: `must be a role in account ${source.account} (arn:aws:iam::${source.account}:role/<name>), which this plan assumes to create the link there`,
      });
  });
  config.monitoredApplications.forEach((app, i) => {
    if (app.account !== undefined && app.account !== config.account && !listed.has(app.account))
      problems.push({
        path: ["monitoredApplications", i, "account"],
        message:
          `is neither the environment's account (${config.account}) nor a listed source account ` +
          `(sourceAccounts: ${[...listed.keys()].join(", ") || "none"})`,
      });
    if (app.region !== undefined && app.region !== config.region)
      problems.push({
        path: ["monitoredApplications", i, "region"],
        message:
          `is not the environment's region (${config.region}): CloudWatch cross-account observability links ` +
          `accounts within one region; monitor it from an environment in ${app.region}`,
      });
  });
  return problems;
}

/** One environment: everything one stack (one Terraform plan) builds. */
export const environmentConfigSchema = z
  .strictObject({
    /** Environment name; also the stack name (`cdktf plan <name>`). Defaults to the file name. */
    name: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{0,19}$/,
        "lower-case letters, digits and '-', starting with a letter, at most 20 characters",
      ),
    /** The AWS account the stack deploys to; the AWS provider refuses any other (`allowed_account_ids`). */
    account: accountIdSchema(),
    /** AWS region of the workspace and the applications. */
    region: z.enum(GRAFANA_REGIONS, {
      error: (issue) =>
        issue.input === undefined
          ? "required: the AWS region of the stack"
          : `not an AWS region where Amazon Managed Grafana is available; expected one of ${GRAFANA_REGIONS.join(", ")}`,
    }),
    /** Prefix of every resource name; defaults to `flinkobs-<name>`. */
    namePrefix: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/, "lower-case letters, digits and '-', 3 to 32 characters")
      .optional(),
    /**
     * Protect stateful data from a plan that would delete it: Kinesis streams created here, the code
     * bucket and the applications' log groups get `prevent_destroy`, and a guard makes renaming or
     * removing one fail the plan. Default true; turn it off for throw-away environments, or for one
     * apply that is meant to delete data.
     */
    protectData: z.boolean().default(true),
    /** Tags applied to every AWS resource (provider default_tags), besides Environment and ManagedBy. */
    tags: z.record(tagKey, tagValue).default({}),
    /** Where Terraform keeps this stack's state. */
    backend: backendConfigSchema.default({ type: "local" }),
    /** The Amazon Managed Grafana workspace and how Terraform authenticates to it. */
    grafana: grafanaConfigSchema.prefault({}),
    /** Managed Service for Apache Flink applications created (and monitored) by this stack. */
    applications: z.array(flinkApplicationConfigSchema).default([]),
    /** Applications created elsewhere that this stack only monitors. */
    monitoredApplications: z.array(monitoredApplicationConfigSchema).default([]),
    /**
     * Accounts whose metrics and log groups this environment's account (the monitoring account) reads
     * through CloudWatch cross-account observability: a sink here, a link in each (docs/cross-account.md).
     * Default: none.
     */
    sourceAccounts: z.array(sourceAccountSchema).default([]),
    /** Contact points, routing and alert defaults. */
    alerting: alertingConfigSchema.prefault({}),
  })
  .superRefine(rejectDuplicateApplicationNames, {
    // Also when other fields are invalid, so one run reports every problem of the file.
    when: () => true,
  })
  .superRefine((config, ctx) => {
    for (const { path, message } of snsTopicRegionProblems(config.alerting.contactPoints, config.region))
      ctx.addIssue({ code: "custom", path: ["alerting", ...path], message });
    for (const { path, message } of derivedNameProblems(config))
      ctx.addIssue({ code: "custom", path: [...path], message });
    for (const { path, message } of crossAccountProblems(config))
      ctx.addIssue({ code: "custom", path: [...path], message });
  });

export type EnvironmentConfigInput = z.input<typeof environmentConfigSchema>;
export type EnvironmentConfig = z.output<typeof environmentConfigSchema>;
