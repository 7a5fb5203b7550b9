import { Construct } from "constructs";
import { FlinkAlertRules, ApplicationAlertOptions, AlertRuleSpec, panelIdsByMetric } from "../flink-alerts";
import { FlinkApplicationDashboard, FlinkOverviewDashboard } from "../flink-dashboards";
import { FlinkMonitoringTarget } from "../../flink-metrics";
import { GrafanaCloudWatchDataSource } from "../cloudwatch-datasource";
import { GrafanaFolder } from "../folder";
import { GrafanaNotifications, GrafanaNotificationsProps } from "../notifications";
import { SettingProblem, fieldPath, throwProblems } from "../../validation";
import { stableUid } from "../uid";

/** An application to monitor, with its alert settings. */
export interface FlinkMonitoringApplication extends FlinkMonitoringTarget {
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert with default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
}

/**
 * Notification settings (the `alerting:` section of an environment): the props of
 * {@link GrafanaNotifications} that the environment decides. When `contactPoints` is empty, no
 * contact point, template or policy is created.
 */
export type FlinkMonitoringNotifications = Omit<
  GrafanaNotificationsProps,
  "environment" | "region" | "defaultSnsTopicArn"
>;

/**
 * The one home of the rule that an application is monitored once per environment (its name keys
 * every dashboard, rule group and uid): each entry after the first use of a name is a problem.
 */
export function duplicateApplicationProblems(
  entries: readonly { readonly path: readonly (string | number)[]; readonly name: string }[],
): SettingProblem[] {
  const firstUse = new Map<string, readonly (string | number)[]>();
  const problems: SettingProblem[] = [];
  for (const { path, name } of entries) {
    const earlier = firstUse.get(name);
    if (earlier) problems.push({ path, message: `duplicate application name, already used by ${fieldPath(earlier)}` });
    else firstUse.set(name, path);
  }
  return problems;
}

/** Properties of {@link FlinkMonitoring}. */
export interface FlinkMonitoringProps {
  /** Environment name (titles, tags, `environment` label). Required. */
  readonly environment: string;
  /** Prefix of every uid (the environment's name prefix, ≤ 32 characters). Required. */
  readonly uidPrefix: string;
  /** Region queried by default by the CloudWatch data source. Required. */
  readonly region: string;
  /** Applications to monitor, created here or elsewhere. Required (may be empty). */
  readonly applications: readonly FlinkMonitoringApplication[];
  /** Contact points and routing. Required. */
  readonly notifications: FlinkMonitoringNotifications;
  /**
   * The workspace's SNS alert topic, for `sns` contact points without a topic and `email` ones.
   * @default - none
   */
  readonly alertTopicArn?: string;
  /** Base URL of the runbooks. Required. */
  readonly runbookBaseUrl: string;
  /**
   * Rule evaluation interval in seconds.
   * @default 60
   */
  readonly evaluationIntervalSeconds?: number;
  /**
   * Rule evaluation interval of the warning rules, in seconds.
   * @default 600
   */
  readonly warningEvaluationIntervalSeconds?: number;
  /**
   * Grafana version of the workspace (which rule states it accepts).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
}

/**
 * Everything Grafana-side for the Flink applications of one environment: the CloudWatch data
 * source, the environment folder, the overview and per-application dashboards, one rule group per
 * application and the notification setup.
 */
export class FlinkMonitoring extends Construct {
  /** The CloudWatch data source. */
  readonly dataSource: GrafanaCloudWatchDataSource;
  /** The environment folder (dashboards and rule groups). */
  readonly folder: GrafanaFolder;
  /** The overview dashboard. */
  readonly overview: FlinkOverviewDashboard;
  /** Per-application dashboards, by application name. */
  readonly applicationDashboards: Record<string, FlinkApplicationDashboard>;
  /** Per-application rule groups, by application name. */
  readonly alertRules: Record<string, FlinkAlertRules>;
  /** Contact points, template and policy (undefined when no contact point is configured). */
  readonly notifications?: GrafanaNotifications;

  constructor(scope: Construct, id: string, props: FlinkMonitoringProps) {
    super(scope, id);
    throwProblems(
      `FlinkMonitoring "${id}"`,
      duplicateApplicationProblems(
        props.applications.map((app, i) => ({
          path: ["applications", i, "applicationName"],
          name: app.applicationName,
        })),
      ),
    );

    this.dataSource = new GrafanaCloudWatchDataSource(this, "cloudwatch", {
      uid: stableUid(props.uidPrefix, "cloudwatch"),
      name: `CloudWatch ${props.environment} (${props.region})`,
      defaultRegion: props.region,
      isDefault: true,
    });
    this.folder = new GrafanaFolder(this, "folder", {
      uid: stableUid(props.uidPrefix, "flink"),
      title: `Flink (${props.environment})`,
    });

    const overviewUid = stableUid(props.uidPrefix, "flink-overview");
    const dashboardUid = (name: string) => stableUid(props.uidPrefix, "app", name);
    this.overview = new FlinkOverviewDashboard(this, "overview", {
      uid: overviewUid,
      folderUid: this.folder.uidReference,
      dataSource: this.dataSource.ref,
      dependsOn: [this.dataSource.resource],
      environment: props.environment,
      applications: props.applications.map((target) => ({
        target,
        dashboardUid: dashboardUid(target.applicationName),
      })),
    });

    this.applicationDashboards = {};
    this.alertRules = {};
    for (const app of props.applications) {
      const scopeId = `app-${app.applicationName}`;
      const appScope = new Construct(this, scopeId);
      const dash = new FlinkApplicationDashboard(appScope, "dashboard", {
        target: app,
        uid: dashboardUid(app.applicationName),
        folderUid: this.folder.uidReference,
        dataSource: this.dataSource.ref,
        dependsOn: [this.dataSource.resource],
        overviewUid,
        environment: props.environment,
      });
      this.applicationDashboards[app.applicationName] = dash;
      const rules = new FlinkAlertRules(appScope, "alerts", {
        target: app,
        alerts: app.alerts,
        folderUid: this.folder.uidReference,
        dataSource: this.dataSource.ref,
        // The rules' queries name the data source, their annotations the dashboard.
        dependsOn: [this.dataSource.resource, dash.resource],
        environment: props.environment,
        uidPrefix: props.uidPrefix,
        dashboard: { uid: dash.uid, panelIds: panelIdsByMetric(dash.model) },
        runbookBaseUrl: props.runbookBaseUrl,
        intervalSeconds: props.evaluationIntervalSeconds,
        warningIntervalSeconds: props.warningEvaluationIntervalSeconds,
        grafanaVersion: props.grafanaVersion,
      });
      this.alertRules[app.applicationName] = rules;
    }

    if (props.notifications.contactPoints.length > 0) {
      this.notifications = new GrafanaNotifications(this, "notifications", {
        ...props.notifications,
        environment: props.environment,
        region: props.region,
        defaultSnsTopicArn: props.alertTopicArn,
      });
    }
  }

  /** Every rule built, by application name (for tests and reports). */
  rulesByApplication(): Record<string, AlertRuleSpec[]> {
    return Object.fromEntries(Object.entries(this.alertRules).map(([name, r]) => [name, r.rules]));
  }
}
