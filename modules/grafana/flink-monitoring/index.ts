import { Construct } from "constructs";
import {
  AlertRuleSpec,
  ApplicationAlertOptions,
  FlinkAlertRules,
  MEMBER_LABEL,
  SharedAlertRules,
  panelIdsByMetric,
  ruleScopeOf,
} from "../flink-alerts";
import { FlinkApplicationDashboard, FlinkOverviewDashboard } from "../flink-dashboards";
import { FlinkMonitoringTarget } from "../../flink-metrics";
import { GrafanaCloudWatchDataSource } from "../cloudwatch-datasource";
import { GrafanaFolder } from "../folder";
import { DEFAULT_GROUP_BY, GrafanaNotifications, GrafanaNotificationsProps } from "../notifications";
import { SettingProblem, fieldPath, throwProblems } from "../../validation";
import { stableUid } from "../uid";
import { partitionOf } from "../../aws/region";

/** An application to monitor, with its alert settings. */
export interface FlinkMonitoringApplication extends FlinkMonitoringTarget {
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert with default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /**
   * Whether the application is expected to run: its pages keep firing while its metrics are gone (its
   * silence alarm pages meanwhile); an application stopped on purpose resolves them.
   * @default true
   */
  readonly expectedToRun?: boolean;
  /**
   * The team that owns it: the overview's team variable and status table.
   * @default - no team
   */
  readonly team?: string;
}

/** Settings of the overview dashboard (the `grafana.dashboards` section of an environment). */
export interface FlinkOverviewSettings {
  /**
   * How many applications each overview time series draws by default.
   * @default 10
   */
  readonly topN?: number;
  /**
   * Price of a KPU-hour in the region, in US dollars.
   * @default 0.11 (us-east-1)
   */
  readonly kpuHourPriceUsd?: number;
  /**
   * Auto-refresh of the overview (`""`: none).
   * @default ""
   */
  readonly overviewRefresh?: string;
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
 * The one home of the rule that an application is monitored once per account of an environment (its
 * name, with its account when that is a linked source account, keys every dashboard, rule and uid):
 * each entry after the first use of a name in the same account is a problem. `account` undefined is
 * the environment's own account.
 */
export function duplicateApplicationProblems(
  entries: readonly {
    readonly path: readonly (string | number)[];
    readonly name: string;
    readonly account?: string;
  }[],
): SettingProblem[] {
  const firstUse = new Map<string, readonly (string | number)[]>();
  const keyed = new Map<string, readonly (string | number)[]>();
  const problems: SettingProblem[] = [];
  for (const { path, name, account } of entries) {
    const pair = `${account ?? ""} ${name}`;
    const earlier = firstUse.get(pair);
    if (earlier) {
      problems.push({
        path,
        message: `duplicate application name${account === undefined ? "" : ` in account ${account}`}, already used by ${fieldPath(earlier)}`,
      });
      continue;
    }
    firstUse.set(pair, path);
    // `<account>-<name>` keys a source account's application: a name of this account may not spell it.
    const key = applicationKey({ applicationName: name, account });
    const taken = keyed.get(key);
    if (taken)
      problems.push({
        path,
        message: `would be keyed "${key}" (dashboard and rule uids), as ${fieldPath(taken)} is: rename one of them`,
      });
    else keyed.set(key, path);
  }
  return problems;
}

/**
 * What tells an application apart in an environment (construct ids, dashboard and rule uids, record
 * keys): its name in the environment's own account, `<account>-<name>` in a linked source account.
 * Applications of the environment's account keep the keys they had before any account was linked.
 */
export function applicationKey(
  app: { readonly applicationName: string; readonly account?: string },
  account?: string,
): string {
  return app.account === undefined || app.account === account
    ? app.applicationName
    : `${app.account}-${app.applicationName}`;
}

/** Properties of {@link FlinkMonitoring}. */
export interface FlinkMonitoringProps {
  /** Environment name (titles, tags, `environment` label). Required. */
  readonly environment: string;
  /** Prefix of every uid (the environment's name prefix, ≤ 32 characters). Required. */
  readonly uidPrefix: string;
  /** Region queried by default by the CloudWatch data source. Required. */
  readonly region: string;
  /**
   * The account the data source reads from (the monitoring account): required when an application
   * names an `account`. Every application then carries its account (those without one are in this
   * account): queries name it, instances are labelled with it, and applications of other accounts are
   * keyed `<account>-<name>`.
   * @default - one account, none named
   */
  readonly account?: string;
  /**
   * Whether the data source reads linked source accounts (CloudWatch cross-account observability): set
   * it whenever the account has a sink with links, even before an application of another account is
   * monitored, since every SEARCH then spans the linked accounts too. Requires `account`.
   * @default false
   */
  readonly acrossAccounts?: boolean;
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
   * several applications: {@link ruleScopeOf}).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * Grafana's URL (`https://<workspace endpoint>`; a Terraform reference is fine), which the dashboard
   * links of alert notifications start with.
   * @default "" (links relative to Grafana)
   */
  readonly grafanaUrl?: string;
  /**
   * Settings of the overview dashboard.
   * @default - 10 applications per panel, us-east-1's KPU price, no auto-refresh
   */
  readonly overview?: FlinkOverviewSettings;
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
  /** Per-application dashboards, by application key ({@link applicationKey}: the name in the monitoring account). */
  readonly applicationDashboards: Record<string, FlinkApplicationDashboard>;
  /** Per-application rule groups, by application key (Grafana versions without shared rules). */
  readonly alertRules: Record<string, FlinkAlertRules>;
  /** The rules over every application (Grafana versions of rule scope `environment`, {@link ruleScopeOf}). */
  readonly sharedAlertRules?: SharedAlertRules;
  /** Contact points, template and policy (undefined when no contact point is configured). */
  readonly notifications?: GrafanaNotifications;

  constructor(scope: Construct, id: string, props: FlinkMonitoringProps) {
    super(scope, id);
    const owner = `FlinkMonitoring "${id}"`;
    const acrossAccounts = props.acrossAccounts ?? false;
    if (acrossAccounts && props.account === undefined)
      throw new Error(`${owner}: acrossAccounts needs account (the monitoring account)`);
    const problems = duplicateApplicationProblems(
      props.applications.map((app, i) => ({
        path: ["applications", i, "applicationName"],
        name: app.applicationName,
        account: app.account === props.account ? undefined : app.account,
      })),
    );
    props.applications.forEach((app, i) => {
      if (app.account !== undefined && app.account !== props.account && !acrossAccounts)
        problems.push({
          path: ["applications", i, "account"],
          message: `is another account than the data source's (${props.account ?? "none given"}), which reads no linked account (acrossAccounts)`,
        });
    });
    throwProblems(owner, problems);
    // Over several accounts every application names its account, its own included: a SEARCH then spans
    // every linked account, and only the account tells two applications of one name apart.
    const applications = acrossAccounts
      ? props.applications.map((app) => {
          const account = app.account ?? props.account!;
          const logGroupArn =
            app.logGroupName === undefined
              ? undefined
              : `arn:${partitionOf(props.region)}:logs:${props.region}:${account}:log-group:${app.logGroupName}`;
          return { ...app, account, logGroupArn };
        })
      : props.applications;
    const keyOf = (app: FlinkMonitoringApplication) => applicationKey(app, props.account);

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
    // An application of the monitoring account keeps `<prefix>-app-<name>`; one of a linked account
    // has its account in the uid too (`<prefix>-app-<account>-<name>`, shortened with a hash).
    const dashboardUid = (app: FlinkMonitoringApplication) => stableUid(props.uidPrefix, "app", keyOf(app));
    this.overview = new FlinkOverviewDashboard(this, "overview", {
      uid: overviewUid,
      folderUid: this.folder.uidReference,
      dataSource: this.dataSource.ref,
      dependsOn: [this.dataSource.resource],
      environment: props.environment,
      applications: applications.map((target) => ({
        target,
        dashboardUid: dashboardUid(target),
        team: target.team,
      })),
      acrossAccounts,
      alertFolder: { uid: this.folder.uid, title: this.folder.title },
      grafanaVersion: props.grafanaVersion,
      topN: props.overview?.topN,
      kpuHourPriceUsd: props.overview?.kpuHourPriceUsd,
      refresh: props.overview?.overviewRefresh,
    });

    this.applicationDashboards = {};
    this.alertRules = {};
    const shared = ruleScopeOf(props.grafanaVersion ?? "12.4") === "environment";
    for (const app of applications) {
      const key = keyOf(app);
      const appScope = new Construct(this, `app-${key}`);
      const dash = new FlinkApplicationDashboard(appScope, "dashboard", {
        target: app,
        uid: dashboardUid(app),
        folderUid: this.folder.uidReference,
        dataSource: this.dataSource.ref,
        dependsOn: [this.dataSource.resource],
        overviewUid,
        environment: props.environment,
      });
      this.applicationDashboards[key] = dash;
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
        applicationKey: key,
        dashboard: { uid: dash.uid, panelIds: panelIdsByMetric(dash.model) },
        runbookBaseUrl: props.runbookBaseUrl,
        intervalSeconds: props.evaluationIntervalSeconds,
        warningIntervalSeconds: props.warningEvaluationIntervalSeconds,
        grafanaVersion: props.grafanaVersion,
        expectedToRun: app.expectedToRun,
      });
      this.alertRules[key] = rules;
    }
    if (shared && applications.length > 0) {
      this.sharedAlertRules = new SharedAlertRules(this, "alerts", {
        applications: applications.map((app) => {
          const dash = this.applicationDashboards[keyOf(app)];
          return {
            target: app,
            alerts: app.alerts,
            dashboardUid: dash.uid,
            panelIds: panelIdsByMetric(dash.model),
            expectedToRun: app.expectedToRun,
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
        acrossAccounts,
      });
    }

    if (props.notifications.contactPoints.length > 0) {
      this.notifications = new GrafanaNotifications(this, "notifications", {
        ...props.notifications,
        // Over several accounts one name can be two applications: their alerts are not merged.
        groupBy: props.notifications.groupBy ?? (acrossAccounts ? [...DEFAULT_GROUP_BY, "account"] : undefined),
        environment: props.environment,
        region: props.region,
        defaultSnsTopicArn: props.alertTopicArn,
        // Rules reading every application of the account mark the others; they must not notify here.
        mute: this.sharedAlertRules?.rules.some((rule) => rule.labels[MEMBER_LABEL] !== undefined)
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
