import { Construct } from "constructs";
import {
  AlertRuleSpec,
  ApplicationAlertOptions,
  FlinkAlertRules,
  MEMBER_LABEL,
  SharedAlertRules,
  panelIdsByMetric,
} from "../flink-alerts";
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
   * Grafana version of the workspace (which rule states it accepts, and whether rules can cover
   * several applications: {@link SHARED_RULE_VERSIONS}).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * Grafana's URL (`https://<workspace endpoint>`; a Terraform reference is fine), which the dashboard
   * links of alert notifications start with.
   * @default "" (links relative to Grafana)
   */
  readonly grafanaUrl?: string;
}

/**
 * Grafana versions whose alert rules cover several applications, one alert instance each. Such a rule
 * needs every series of its queries labelled by its dimensions: 12.4 labels each series with its
 * dimensions whatever the query's form (new label parsing, grafana/grafana #84835, generally available
 * from 11); 10.4 labels a series only from the dimensions its builder query names and not at all in
 * metric math, so two series of one application (per stream, or with and without a Flow) would carry
 * the same labels and the rule would fail. On 10.4 rules stay per application, within the rule cap.
 * See docs/dashboards-and-alerts.md#one-rule-per-alert-kind.
 */
export const SHARED_RULE_VERSIONS: readonly string[] = ["12.4"];

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
  /** Per-application rule groups, by application name (Grafana versions without shared rules). */
  readonly alertRules: Record<string, FlinkAlertRules>;
  /** The rules over every application (Grafana versions in {@link SHARED_RULE_VERSIONS}). */
  readonly sharedAlertRules?: SharedAlertRules;
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
    const shared = SHARED_RULE_VERSIONS.includes(props.grafanaVersion ?? "12.4");
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
      if (shared) continue;
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
    if (shared && props.applications.length > 0) {
      this.sharedAlertRules = new SharedAlertRules(this, "alerts", {
        applications: props.applications.map((app) => {
          const dash = this.applicationDashboards[app.applicationName];
          return {
            target: app,
            alerts: app.alerts,
            dashboardUid: dash.uid,
            panelIds: panelIdsByMetric(dash.model),
          };
        }),
        folderUid: this.folder.uidReference,
        dataSource: this.dataSource.ref,
        // The queries name the data source. The dashboard links are URLs in an annotation, followed
        // when clicked and never resolved by Grafana on save: no edge (150 of them would be noise).
        dependsOn: [this.dataSource.resource],
        environment: props.environment,
        uidPrefix: props.uidPrefix,
        dashboardUidPrefix: `${props.uidPrefix}-app-`,
        grafanaUrl: props.grafanaUrl,
        runbookBaseUrl: props.runbookBaseUrl,
        intervalSeconds: props.evaluationIntervalSeconds,
        warningIntervalSeconds: props.warningEvaluationIntervalSeconds,
        grafanaVersion: props.grafanaVersion,
      });
    }

    if (props.notifications.contactPoints.length > 0) {
      this.notifications = new GrafanaNotifications(this, "notifications", {
        ...props.notifications,
        environment: props.environment,
        region: props.region,
        defaultSnsTopicArn: props.alertTopicArn,
        // Rules reading every application of the account mark the others; they must not notify here.
        mute: this.sharedAlertRules?.rules.some((rule) => rule.membership.form === "all")
          ? { label: MEMBER_LABEL, value: "false" }
          : undefined,
      });
    }
  }

  /** Every rule built, by application name (for tests and reports; per-application rules only). */
  rulesByApplication(): Record<string, AlertRuleSpec[]> {
    return Object.fromEntries(Object.entries(this.alertRules).map(([name, r]) => [name, r.rules]));
  }

  /** Every Flink alert rule built, shared or per application. */
  allRules(): AlertRuleSpec[] {
    return [...(this.sharedAlertRules?.rules ?? []), ...Object.values(this.alertRules).flatMap((r) => r.rules)];
  }
}
