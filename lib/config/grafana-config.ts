import { z } from "zod";
import { freeText } from "./strings";
import {
  AUTHENTICATION_PROVIDERS,
  GRAFANA_VERSIONS,
  GrafanaVersion,
  grafanaVersionProblem,
  samlProblems,
} from "../../modules/aws/grafana-workspace";
import { alertTopicSubscriber } from "./alerting-config";
import {
  MAX_ROTATION_DAYS,
  READER_ARN,
  MAX_TOKEN_TTL_DAYS,
  TOKEN_EXPIRY_MARGIN_DAYS,
  TOKEN_LOG_RETENTION_DAYS,
  TOKEN_VERIFY_MODES,
} from "../../modules/aws/grafana-token-rotation";

// The `grafana` section: workspace and token lifecycle. The lists and limits belong to the constructs
// in modules/aws/grafana-workspace and modules/aws/grafana-token-rotation; this schema derives from them.

const nonEmpty = z.string().min(1);

export const samlConfigSchema = z
  .strictObject({
    /** URL of the identity provider's SAML metadata. Exactly one of idpMetadataUrl / idpMetadataXml. */
    idpMetadataUrl: z.url({ protocol: /^https$/, error: "an https:// URL" }).optional(),
    /** The identity provider's SAML metadata document itself. */
    idpMetadataXml: freeText(z.string().min(1), { multiline: true }).optional(),
    /** Assertion attribute that carries the user's roles/groups (compared with the role values). */
    roleAssertion: nonEmpty,
    /** Assertion attribute of the login name. Default none (AMG uses the NameID). */
    loginAssertion: nonEmpty.optional(),
    /** Assertion attribute of the e-mail address. Default none. */
    emailAssertion: nonEmpty.optional(),
    /** Assertion attribute of the display name. Default none. */
    nameAssertion: nonEmpty.optional(),
    /** Assertion attribute of the groups (for team sync). Default none. */
    groupsAssertion: nonEmpty.optional(),
    /** Assertion attribute of the organization (with allowedOrganizations). Default none. */
    orgAssertion: nonEmpty.optional(),
    /** Role-assertion values that make a user a Grafana Admin. Default none. */
    adminRoleValues: z.array(nonEmpty).default([]),
    /** Role-assertion values that make a user an Editor (at least one). */
    editorRoleValues: z.array(nonEmpty).min(1),
    /** Organizations allowed to log in (needs orgAssertion). Default: any. */
    allowedOrganizations: z.array(nonEmpty).default([]),
    /** How long a SAML login lasts, in minutes. Default: the AMG default (120 minutes). */
    loginValidityMinutes: z.int().min(1).max(43200).optional(),
  })
  .superRefine((saml, ctx) => {
    if (saml.allowedOrganizations.length > 0 && !saml.orgAssertion) {
      ctx.addIssue({ code: "custom", path: ["orgAssertion"], message: "allowedOrganizations needs orgAssertion" });
    }
  });

export const authenticationConfigSchema = z
  .strictObject({
    /** How users log in to the workspace. Default [AWS_SSO] (IAM Identity Center). */
    providers: z
      .array(z.enum(AUTHENTICATION_PROVIDERS))
      .min(1)
      .refine((p) => new Set(p).size === p.length, "providers must not repeat")
      .default(["AWS_SSO"]),
    /** SAML settings; required exactly when providers includes SAML (see samlProblems). */
    saml: samlConfigSchema.optional(),
  })
  .superRefine((auth, ctx) => {
    for (const { path, message } of samlProblems(auth.providers, auth.saml))
      ctx.addIssue({ code: "custom", path: [...path], message });
  });

export const workspaceVpcConfigSchema = z.strictObject({
  /** Subnets (2 to 6, in different Availability Zones) the workspace reaches private data sources through. */
  subnetIds: z
    .array(z.string().regex(/^subnet-[0-9a-f]+$/, "a subnet id (subnet-...)"))
    .min(2)
    .max(6),
  /** Security groups (1 to 5) of the workspace's network interfaces. */
  securityGroupIds: z
    .array(z.string().regex(/^sg-[0-9a-f]+$/, "a security group id (sg-...)"))
    .min(1)
    .max(5),
});

export const networkAccessControlConfigSchema = z
  .strictObject({
    /** Managed prefix lists whose IP ranges may reach the workspace. Default none. */
    prefixListIds: z
      .array(z.string().regex(/^pl-[0-9a-f]+$/, "a prefix list id (pl-...)"))
      .max(5)
      .default([]),
    /** Interface VPC endpoints that may reach the workspace. Default none. */
    vpceIds: z
      .array(z.string().regex(/^vpce-[0-9a-f]+$/, "a VPC endpoint id (vpce-...)"))
      .max(5)
      .default([]),
  })
  .refine(
    (n) => n.prefixListIds.length + n.vpceIds.length > 0,
    "set at least one of prefixListIds and vpceIds (an empty list would block everyone)",
  );

const rotatedTokenSchema = z.strictObject({
  /** A Lambda keeps a valid token in Secrets Manager; Terraform reads it at plan time. */
  mode: z.literal("rotated"),
  /** Days between rotations. Default 7; at most 20, so a token has 10 days left when the next rotation is due. */
  rotationDays: z
    .int()
    .min(1)
    .max(
      MAX_ROTATION_DAYS,
      `at most ${MAX_ROTATION_DAYS}: tokens live ${MAX_TOKEN_TTL_DAYS} days and ${TOKEN_EXPIRY_MARGIN_DAYS} are kept in reserve for a failed rotation`,
    )
    .default(7),
  /**
   * How a new token is proven to work: `http` (call the workspace API with it) or `aws` (check it
   * through the AMG API; for workspaces whose network access control blocks the function). Default:
   * `aws` when networkAccessControl is set, else `http`.
   */
  verify: z.enum(TOKEN_VERIFY_MODES).optional(),
  /** Days a deleted secret can be restored; 0 deletes at once. Default 7. */
  secretRecoveryWindowDays: z.union([z.literal(0), z.int().min(7).max(30)]).default(7),
  /** Retention of the rotation function's logs, in days. Default 90. */
  logRetentionDays: z
    .int()
    .refine(
      (d) => (TOKEN_LOG_RETENTION_DAYS as readonly number[]).includes(d),
      `one of ${TOKEN_LOG_RETENTION_DAYS.join(", ")}`,
    )
    .default(90),
  /**
   * Principals (IAM role or user ARNs: the Terraform run roles) that may read the token; every other
   * principal is denied by the secret's resource policy (the rotation function keeps access). Default:
   * no resource policy (IAM alone decides).
   */
  readers: z
    .array(z.string().regex(READER_ARN, "an IAM role or user ARN (arn:aws:iam::<account>:role/...)"))
    .optional(),
  /**
   * Who is paged when the token's rotation is overdue or failing (the alert topic's subscribers): e-mail
   * addresses, https:// URLs, SQS queue or Lambda function ARNs, subscribed to the alert topic in
   * addition to the addresses of the environment's e-mail contact points (which always are).
   */
  alarmSubscribers: z.array(alertTopicSubscriber).min(1).optional(),
});

const externalTokenSchema = z.strictObject({
  /** The pipeline passes a token (TF_VAR_grafana_auth or GRAFANA_AUTH); no secret, no function. */
  mode: z.literal("external"),
});

export const tokenConfigSchema = z.discriminatedUnion("mode", [rotatedTokenSchema, externalTokenSchema]);

/** Auto-refresh intervals the overview may have (every refresh runs every query: docs/dashboards-and-alerts.md). */
export const OVERVIEW_REFRESH_INTERVALS = ["", "5m", "15m", "30m", "1h"] as const;

const dashboardsConfigSchema = z.strictObject({
  /** How many applications each overview time series draws by default (the Top N variable). Default 10. */
  topN: z.int().min(1).max(50).default(10),
  /**
   * Price of a KPU-hour in the environment's region, in US dollars, for the overview's cost panel.
   * Default 0.11 (us-east-1; the panel's title shows the price used).
   */
  kpuHourPriceUsd: z.number().positive().max(100).optional(),
  /** Auto-refresh of the overview: "" (none), 5m, 15m, 30m or 1h. Default "". */
  overviewRefresh: z.enum(OVERVIEW_REFRESH_INTERVALS).default(""),
});

export const grafanaConfigSchema = z.strictObject({
  /** Grafana version of the workspace (10.4 or 12.4; 9.4 and 13 are refused with the reason). Default 12.4. */
  version: z
    .string({ error: `must be one of ${GRAFANA_VERSIONS.join(", ")}` })
    .superRefine((version, ctx) => {
      const problem = grafanaVersionProblem(version);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((version) => version as GrafanaVersion)
    .default("12.4"),
  /** How users log in. Default AWS_SSO only. */
  authentication: authenticationConfigSchema.prefault({}),
  /** Whether workspace admins may install and update plugins. Default false. */
  pluginAdmin: z.boolean().default(false),
  /** Connects the workspace to a VPC (for private data sources). Default: not connected. */
  vpc: workspaceVpcConfigSchema.optional(),
  /** Restricts who can reach the workspace over the network. Default: reachable from anywhere (login still required). */
  networkAccessControl: networkAccessControlConfigSchema.optional(),
  /** How Terraform gets a Grafana API token. Default `{mode: rotated}`. */
  token: tokenConfigSchema.prefault({ mode: "rotated" }),
  /** The dashboards' settings. Default: 10 applications per overview panel, no auto-refresh. */
  dashboards: dashboardsConfigSchema.prefault({}),
});

export type SamlConfig = z.output<typeof samlConfigSchema>;
export type TokenConfig = z.output<typeof tokenConfigSchema>;
export type GrafanaConfig = z.output<typeof grafanaConfigSchema>;
