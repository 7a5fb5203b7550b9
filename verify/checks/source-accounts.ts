// Each source account of a cross-account environment: linked to the monitoring account's sink, which
// shows as its metrics being visible from here. ListMetrics with IncludeLinkedAccounts and OwningAccount
// answers for one account (CloudWatch API reference, ListMetrics); a linked account that publishes any
// metric at all (every account has AWS/Usage metrics once it makes API calls) lists at least one.
import { ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { notChecked } from "../clients";
import type { Finding } from "../report";
import { resourcesOf, type CheckContext } from "./context";

/** The source accounts a stack links: the accounts of the providers its aws_oam_link blocks use. */
export function expectedSourceAccounts(ctx: Pick<CheckContext, "stack">): string[] {
  const providers = (ctx.stack.provider?.aws ?? []) as { alias?: string; allowed_account_ids?: string[] }[];
  return resourcesOf(ctx.stack, "aws_oam_link").flatMap((link) => {
    const alias = String(link.provider ?? "").replace(/^aws\./, "");
    return providers.find((p) => p.alias === alias)?.allowed_account_ids ?? [];
  });
}

/** One finding per source account: its metrics are visible through the sink, or which link to look at. */
export async function checkSourceAccounts(ctx: CheckContext): Promise<Finding[]> {
  const sink = resourcesOf(ctx.stack, "aws_oam_sink")[0]?.name;
  return Promise.all(
    expectedSourceAccounts(ctx).map(async (account): Promise<Finding> => {
      const base = { application: null, check: "link" as const, subject: `source account ${account}` };
      try {
        const answer = await ctx.clients.cloudWatch.send(
          new ListMetricsCommand({ IncludeLinkedAccounts: true, OwningAccount: account }),
        );
        if ((answer.Metrics ?? []).length > 0)
          return { ...base, status: "green", reason: `linked: its metrics are visible through sink ${sink}` };
        return {
          ...base,
          status: "red",
          reason: `no metric of account ${account} is visible from the monitoring account: its link to sink ${sink} is missing or not attached`,
          fix:
            `apply the stack (it creates the link in ${account} through its role), then check it with ` +
            `aws oam list-attached-links --sink-identifier <the sink's ARN>`,
        };
      } catch (e) {
        return { ...base, ...notChecked(e) };
      }
    }),
  );
}
