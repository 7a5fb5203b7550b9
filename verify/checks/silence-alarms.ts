// The silence alarm of each application expected to run: deployed, and in state OK (the application
// reports). INSUFFICIENT_DATA is the alarm's way of saying the application published nothing for its
// whole range, or has never reported; it is what pages (docs/dashboards-and-alerts.md#silence).
import { DescribeAlarmsCommand, type MetricAlarm } from "@aws-sdk/client-cloudwatch";
import { notChecked } from "../clients";
import type { Finding } from "../report";
import { applicationLabel } from "./applications";
import { resourcesOf, type CheckContext } from "./context";

/** A silence alarm as the synthesized stack declares it. */
export interface ExpectedSilenceAlarm {
  readonly alarmName: string;
  /** How findings name the application (with its account when it is a source account's). */
  readonly application: string;
  /** The application's name. */
  readonly name: string;
  /** The source account it runs in, when not the environment's. */
  readonly account?: string;
  readonly minutes: number;
}

/** DescribeAlarms accepts at most 100 names per call. */
const NAMES_PER_CALL = 100;

/**
 * The silence alarms of a stack: its metric alarms on an application's Managed Flink metrics, read
 * directly or, for an application of a source account, through a metric query naming its account.
 */
export function expectedSilenceAlarms(ctx: Pick<CheckContext, "stack">): ExpectedSilenceAlarm[] {
  return resourcesOf(ctx.stack, "aws_cloudwatch_metric_alarm").flatMap((alarm) => {
    const query = alarm.metric_query?.length === 1 ? alarm.metric_query[0] : undefined;
    const metric = query ? { ...query.metric, account: query.account_id } : alarm;
    if (metric?.namespace !== "AWS/KinesisAnalytics" || typeof metric.dimensions?.Application !== "string") return [];
    const name = String(metric.dimensions.Application);
    const account = typeof metric.account === "string" ? metric.account : undefined;
    return [
      {
        alarmName: String(alarm.alarm_name),
        application: applicationLabel(name, account),
        name,
        ...(account === undefined ? {} : { account }),
        minutes: Number(alarm.evaluation_periods),
      },
    ];
  });
}

async function describeAlarms(ctx: CheckContext, names: readonly string[]): Promise<Map<string, MetricAlarm>> {
  const found = new Map<string, MetricAlarm>();
  for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
    const answer = await ctx.clients.cloudWatch.send(
      new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + NAMES_PER_CALL), AlarmTypes: ["MetricAlarm"] }),
    );
    for (const alarm of answer.MetricAlarms ?? []) if (alarm.AlarmName) found.set(alarm.AlarmName, alarm);
  }
  return found;
}

/** One finding per silence alarm of the environment. */
export async function checkSilenceAlarms(ctx: CheckContext): Promise<Finding[]> {
  const expected = expectedSilenceAlarms(ctx);
  if (expected.length === 0) return [];
  let live: Map<string, MetricAlarm>;
  try {
    live = await describeAlarms(
      ctx,
      expected.map((a) => a.alarmName),
    );
  } catch (e) {
    return expected.map((a) => ({
      application: a.application,
      check: "silence-alarm" as const,
      subject: a.alarmName,
      ...notChecked(e, "could not describe the alarm"),
    }));
  }
  return expected.map((a): Finding => {
    const base = { application: a.application, check: "silence-alarm" as const, subject: a.alarmName };
    const alarm = live.get(a.alarmName);
    if (!alarm) {
      return {
        ...base,
        status: "red",
        reason: "the silence alarm does not exist: an outage of this application would not page",
        fix: `deploy the stack: cdktf deploy ${ctx.config.name}`,
      };
    }
    if (alarm.StateValue === "OK") return { ...base, status: "green", reason: "OK: the application reports" };
    if (alarm.StateValue === "INSUFFICIENT_DATA") {
      return {
        ...base,
        status: "red",
        reason:
          `INSUFFICIENT_DATA: ${a.application} published no metric for ${a.minutes} minutes, or has never ` +
          `reported (${alarm.StateReason ?? "no reason given"})`,
        fix:
          `start it (aws kinesisanalyticsv2 start-application --application-name ${a.name}` +
          `${a.account === undefined ? "" : `, in account ${a.account}`}), or, if it is stopped on purpose, set ` +
          `expectedRunning: false (monitored) or startApplication: false (created)` +
          (a.account === undefined
            ? ""
            : `; if its queries have data, the alarm cannot read account ${a.account} (docs/cross-account.md, cross-account alarms)`),
      };
    }
    return { ...base, status: "yellow", reason: `${alarm.StateValue ?? "no state"}: ${alarm.StateReason ?? ""}` };
  });
}
