import { Construct } from "constructs";
import { CloudwatchMetricAlarm } from "@cdktn/provider-aws/lib/cloudwatch-metric-alarm";
import {
  APPLICATION_DIMENSION,
  FLINK_METRICS,
  FLINK_NAMESPACE,
  FlinkMetric,
  FlinkRuntime,
  runtimeFamily,
} from "../../flink-metrics";

/** Shortest and longest silence (minutes) that pages; the alarm's evaluation range. */
export const SILENCE_MINUTES = { default: 5, min: 2, max: 60 } as const;

/**
 * The metric whose absence means the application stopped reporting: the job's restart counter, a
 * JobManager metric published every minute for as long as the job exists (running, restarting or
 * failing), at the application level AWS's own dashboards query (`{Application}`). Flink 2.2 removed
 * `fullRestarts`; `numRestarts` replaces it.
 */
export function heartbeatMetric(runtime: FlinkRuntime): FlinkMetric {
  return runtimeFamily(runtime) === "flink-2" ? FLINK_METRICS.numRestarts : FLINK_METRICS.fullRestarts;
}

/** Properties of an {@link ApplicationSilenceAlarm}. */
export interface ApplicationSilenceAlarmProps {
  /** The Managed Flink application (the CloudWatch `Application` dimension). Required. */
  readonly applicationName: string;
  /**
   * The source account it runs in, when it is not the alarm's account: the alarm, in the monitoring
   * account, reads the metric there through CloudWatch cross-account observability (a metric query
   * with `account_id`; PutMetricAlarm's MetricDataQuery.AccountId).
   * @default - the alarm's own account
   */
  readonly account?: string;
  /** Its runtime (which heartbeat metric it publishes). Required. */
  readonly runtime: FlinkRuntime;
  /** Alarm name (at most 255 characters). Required. */
  readonly alarmName: string;
  /** Environment name, for the description. Required. */
  readonly environment: string;
  /** The SNS topic notified when the application goes silent. Required. */
  readonly topicArn: string;
  /**
   * SNS topics of paging contact points, notified when the application goes silent and when it
   * reports again (the resolve).
   * @default - none
   */
  readonly pagingTopicArns?: readonly string[];
  /**
   * Minutes without any datapoint after which the application counts as silent.
   * @default 5
   */
  readonly silenceMinutes?: number;
}

/**
 * Pages when an application expected to run stops reporting, one alarm per application, outside
 * Grafana (so it pages when the workspace, its token or its data source is broken too).
 *
 * A multi-series Grafana rule cannot do this: a series that disappears becomes "missing" and resolves
 * (grafana/grafana pkg/services/ngalert/state, stale series resolved after two evaluations). The alarm
 * uses CloudWatch's own states instead (AWS CloudWatch user guide, "Configuring how CloudWatch alarms
 * treat missing data"): with `treat_missing_data = missing` and a threshold no datapoint can cross, the
 * alarm is OK while the application reports, and goes to INSUFFICIENT_DATA when every datapoint of the
 * evaluation range is missing; that transition notifies the topic. A new alarm starts in
 * INSUFFICIENT_DATA and actions run only on a change of state, so an application that has never
 * reported (a first apply, an application not started yet) does not page.
 */
export class ApplicationSilenceAlarm extends Construct {
  /** The underlying alarm. */
  readonly alarm: CloudwatchMetricAlarm;

  constructor(scope: Construct, id: string, props: ApplicationSilenceAlarmProps) {
    super(scope, id);
    const minutes = props.silenceMinutes ?? SILENCE_MINUTES.default;
    if (!Number.isInteger(minutes) || minutes < SILENCE_MINUTES.min || minutes > SILENCE_MINUTES.max) {
      throw new Error(
        `ApplicationSilenceAlarm "${props.applicationName}": silenceMinutes must be an integer from ` +
          `${SILENCE_MINUTES.min} to ${SILENCE_MINUTES.max}, got ${minutes}`,
      );
    }
    if (props.account !== undefined && !/^\d{12}$/.test(props.account)) {
      throw new Error(
        `ApplicationSilenceAlarm "${props.applicationName}": account must be an AWS account id (12 digits), got "${props.account}"`,
      );
    }
    if (props.alarmName.length > 255) {
      throw new Error(
        `ApplicationSilenceAlarm "${props.applicationName}": alarmName must be at most 255 characters, got ${props.alarmName.length}`,
      );
    }
    const metric = heartbeatMetric(props.runtime);
    this.alarm = new CloudwatchMetricAlarm(this, "alarm", {
      alarmName: props.alarmName,
      alarmDescription:
        `Managed Flink application ${props.applicationName}` +
        (props.account === undefined ? "" : ` of account ${props.account}`) +
        ` (${props.environment}) published no ${metric.name} ` +
        `for ${minutes} minutes: it is stopped, deleted, or its job is gone. This alarm reports it by going to ` +
        `INSUFFICIENT_DATA; see docs/dashboards-and-alerts.md#silence.`,
      ...(props.account === undefined
        ? {
            namespace: FLINK_NAMESPACE,
            metricName: metric.name,
            dimensions: { [APPLICATION_DIMENSION]: props.applicationName },
            statistic: "SampleCount",
            period: 60,
          }
        : {
            metricQuery: [
              {
                id: "heartbeat",
                accountId: props.account,
                returnData: true,
                metric: {
                  namespace: FLINK_NAMESPACE,
                  metricName: metric.name,
                  dimensions: { [APPLICATION_DIMENSION]: props.applicationName },
                  stat: "SampleCount",
                  period: 60,
                },
              },
            ],
          }),
      evaluationPeriods: minutes,
      // A SampleCount is at least 1 whenever there is a datapoint: nothing reported can breach.
      threshold: 0,
      comparisonOperator: "LessThanThreshold",
      treatMissingData: "missing",
      insufficientDataActions: [props.topicArn, ...(props.pagingTopicArns ?? [])],
      alarmActions: [],
      okActions: [...(props.pagingTopicArns ?? [])],
    });
  }
}
