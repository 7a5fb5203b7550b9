import { ResolvedMonitoringTarget } from "../../../flink-metrics";
import { PanelSpec } from "../panels";

/** Logs Insights query of the exceptions panel: the latest log lines that carry an exception. */
export const EXCEPTIONS_QUERY = [
  "fields @timestamp, @logStream, messageType, @message",
  "| filter @message like /(?i)exception|throwable/",
  "| sort @timestamp desc",
  "| limit 100",
].join("\n");

/** Recent exceptions: the latest log lines with an exception; needs the application's log group. */
export function logsRow(target: ResolvedMonitoringTarget, owner: string): PanelSpec[] {
  if (!target.logGroupName)
    throw new Error(`${owner} "${target.applicationName}": row "logs" needs the application's logGroupName`);
  return [
    {
      viz: "logs",
      title: "Recent exceptions",
      description: `Latest log lines carrying an exception in ${target.logGroupName} (CloudWatch Logs Insights).`,
      logs: {
        logGroupName: target.logGroupName,
        query: EXCEPTIONS_QUERY,
        remote:
          target.logGroupArn !== undefined && target.account !== undefined
            ? { arn: target.logGroupArn, account: target.account }
            : undefined,
      },
      width: 24,
      height: 10,
    },
  ];
}
