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

/**
 * Application names are the CloudWatch `Application` dimension and the key of every dashboard and
 * alert, so a name may appear once per environment, across created and monitored applications. The
 * issue points at the later occurrence and names the earlier one. Runs on possibly invalid input.
 */
function rejectDuplicateApplicationNames(
  config: { applications?: unknown; monitoredApplications?: unknown },
  ctx: z.RefinementCtx,
): void {
  const named: { path: (string | number)[]; name: string }[] = [];
  for (const list of ["applications", "monitoredApplications"] as const) {
    const entries = config[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, index) => {
      const name = (entry as { name?: unknown } | null)?.name;
      if (typeof name === "string") named.push({ path: [list, index, "name"], name });
    });
  }
  for (const { path, message } of duplicateApplicationProblems(named))
    ctx.addIssue({ code: "custom", path: [...path], message });
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
    account: z
      .string({
        error: (issue) =>
          typeof issue.input === "number"
            ? "an AWS account id is a quoted string of exactly 12 digits (unquoted, YAML reads a number and drops leading zeros)"
            : issue.input === undefined
              ? "required: the AWS account id (12 digits)"
              : "an AWS account id is a string of exactly 12 digits",
      })
      .regex(/^\d{12}$/, "an AWS account id is exactly 12 digits"),
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
  });

export type EnvironmentConfigInput = z.input<typeof environmentConfigSchema>;
export type EnvironmentConfig = z.output<typeof environmentConfigSchema>;
