// The Grafana objects the stack provisions, read back through the workspace API (GET only): data
// source health, each alert rule's evaluation health and last error, the contact points, and whether
// the workspace supports each contact point's notifier type.
import { GrafanaApi, GrafanaHttpError, GrafanaUnreachableError } from "../grafana-api";
import type { Finding } from "../report";
import { resourcesOf, type CheckContext } from "./context";

interface RulesAnswer {
  data?: {
    groups?: {
      name?: string;
      rules?: { name?: string; health?: string; lastError?: string; state?: string; labels?: Record<string, string> }[];
    }[];
  };
}

/** Blocks of a `grafana_contact_point` that are not integrations. */
const NOT_INTEGRATIONS = new Set(["name", "depends_on", "disable_provenance", "org_id", "provider", "lifecycle"]);

function failure(error: unknown, check: Finding["check"], subject: string, application: string | null = null): Finding {
  const base = { application, check, subject };
  if (error instanceof GrafanaHttpError && (error.status === 401 || error.status === 403)) {
    return {
      ...base,
      status: "red",
      reason: `the workspace rejects the token (${error.message})`,
      fix: "rotate the token: aws secretsmanager rotate-secret --secret-id <the token secret>",
    };
  }
  if (error instanceof GrafanaUnreachableError) {
    return {
      ...base,
      status: "unknown",
      reason: error.message,
      fix: "run from a network the workspace allows (grafana.networkAccessControl / vpc)",
    };
  }
  return { ...base, status: "unknown", reason: `could not check: ${(error as Error).message}` };
}

async function checkDataSources(ctx: CheckContext, api: GrafanaApi): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const source of resourcesOf(ctx.stack, "grafana_data_source")) {
    const subject = `data source ${source.uid}`;
    const base = { application: null, check: "datasource" as const, subject };
    try {
      const health = await api.get<{ status?: string; message?: string }>(
        `/api/datasources/uid/${encodeURIComponent(source.uid)}/health`,
      );
      findings.push(
        health.status === "OK"
          ? { ...base, status: "green", reason: `healthy: ${health.message ?? "OK"}` }
          : {
              ...base,
              status: "red",
              reason: `health check failed: ${api.redact(health.message ?? String(health.status))}`,
              fix: "check the workspace role's CloudWatch permissions (docs: data source)",
            },
      );
    } catch (e) {
      if (e instanceof GrafanaHttpError && e.status === 404) {
        findings.push({
          ...base,
          status: "red",
          reason: "not found in the workspace",
          fix: `deploy: cdktf deploy ${ctx.config.name}`,
        });
      } else if (
        e instanceof GrafanaHttpError &&
        e.status >= 400 &&
        e.status < 500 &&
        e.status !== 401 &&
        e.status !== 403
      ) {
        // The health endpoint answers 400 with the failure message when the check itself fails.
        findings.push({
          ...base,
          status: "red",
          reason: `health check failed: ${e.message}`,
          fix: "check the workspace role's CloudWatch permissions",
        });
      } else findings.push(failure(e, "datasource", subject));
    }
  }
  return findings;
}

async function checkRules(ctx: CheckContext, api: GrafanaApi): Promise<Finding[]> {
  const expected = resourcesOf(ctx.stack, "grafana_rule_group").flatMap((group) =>
    (group.rule ?? []).map((rule: { name: string; labels?: Record<string, string> }) => ({
      group: String(group.name),
      name: rule.name,
      // A rule over several applications (its label a template) belongs to the environment.
      application: rule.labels?.application?.includes("{{") ? null : (rule.labels?.application ?? null),
    })),
  );
  if (expected.length === 0) return [];
  let answer: RulesAnswer;
  try {
    answer = await api.get<RulesAnswer>("/api/prometheus/grafana/api/v1/rules");
  } catch (e) {
    return [failure(e, "alert-rule", "alert rules")];
  }
  const live = new Map<string, NonNullable<NonNullable<RulesAnswer["data"]>["groups"]>[number]["rules"]>();
  for (const group of answer.data?.groups ?? []) live.set(group.name ?? "", group.rules ?? []);
  return expected.map(({ group, name, application }): Finding => {
    const base = { application, check: "alert-rule" as const, subject: `rule "${name}"` };
    const rule = live.get(group)?.find((r) => r.name === name);
    if (!rule) {
      return {
        ...base,
        status: "red",
        reason: `not provisioned in the workspace (group ${group})`,
        fix: `deploy: cdktf deploy ${ctx.config.name}`,
      };
    }
    const state = rule.state ?? "unknown";
    if (rule.health === "error") {
      return {
        ...base,
        status: "red",
        reason: `evaluation fails: ${api.redact(rule.lastError ?? "no error message")}`,
        fix: "open the rule in Grafana; the query findings of this application show which metric is missing",
      };
    }
    if (rule.health === "nodata") {
      return {
        ...base,
        status: "yellow",
        reason: `evaluates without data (state ${state})`,
        fix: "see this application's query findings",
      };
    }
    if (state === "firing" || state === "alerting") {
      return { ...base, status: "yellow", reason: "healthy and firing: the alert it raises needs attention" };
    }
    return { ...base, status: "green", reason: `healthy, state ${state}` };
  });
}

async function checkContactPoints(ctx: CheckContext, api: GrafanaApi): Promise<Finding[]> {
  const expected = resourcesOf(ctx.stack, "grafana_contact_point").map((point) => ({
    name: String(point.name),
    types: Object.keys(point).filter((k) => !NOT_INTEGRATIONS.has(k) && Array.isArray(point[k])),
  }));
  if (expected.length === 0) return [];
  let points: { name?: string; type?: string }[];
  let notifiers: { type?: string }[];
  try {
    points = await api.get("/api/v1/provisioning/contact-points");
    notifiers = await api.get("/api/alert-notifiers");
  } catch (e) {
    return [failure(e, "contact-point", "contact points")];
  }
  const supported = new Set(notifiers.map((n) => n.type));
  return expected.map(({ name, types }): Finding => {
    const base = { application: null, check: "contact-point" as const, subject: `contact point ${name}` };
    const unsupported = types.filter((t) => !supported.has(t));
    if (unsupported.length > 0) {
      return {
        ...base,
        status: "red",
        reason: `the workspace does not support notifier type ${unsupported.join(", ")} (supported: ${[...supported].sort().join(", ")})`,
        fix: "use a supported type in alerting.contactPoints",
      };
    }
    const live = points.filter((p) => p.name === name);
    const missing = types.filter((t) => !live.some((p) => p.type === t));
    if (missing.length > 0) {
      return {
        ...base,
        status: "red",
        reason: `missing in the workspace (${missing.join(", ")}): Grafana refused it or it was not deployed`,
        fix: `deploy: cdktf deploy ${ctx.config.name}, and read Terraform's error for this contact point`,
      };
    }
    return { ...base, status: "green", reason: `exists (${types.join(", ")}), type supported` };
  });
}

/** Every Grafana object check; `api` carries the current token. */
export async function checkGrafanaObjects(ctx: CheckContext, api: GrafanaApi): Promise<Finding[]> {
  return [
    ...(await checkDataSources(ctx, api)),
    ...(await checkRules(ctx, api)),
    ...(await checkContactPoints(ctx, api)),
  ];
}
