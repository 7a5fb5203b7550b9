import { Construct } from "constructs";
import { Aspects, TerraformStack, TerraformVariable } from "cdktn";
import { AwsProvider } from "@cdktn/provider-aws/lib/provider";
import { GrafanaWorkspace } from "../modules/aws/grafana-workspace";
import { GrafanaTokenRotation } from "../modules/aws/grafana-token-rotation";
import { AlertTopicSubscriptions } from "../modules/aws/alert-topic-subscriptions";
import { ApplicationSilenceAlarm } from "../modules/aws/application-silence-alarm";
import { SilencePaging, SilenceReceiver } from "../modules/aws/silence-paging";
import { secretVariableName, severityContactPoints } from "../modules/grafana/notifications";
import { GrafanaProvider } from "../.gen/providers/grafana/provider";
import { FlinkMonitoring, applicationKey } from "../modules/grafana/flink-monitoring";
import type { FlinkRuntime } from "../modules/flink-metrics";
import { CrossAccountObservability } from "../modules/aws/cross-account-observability";
import { TokenHealthRule } from "../modules/grafana/token-health";
import { TOKEN_HEALTH_METRIC } from "../modules/aws/grafana-token-rotation";
import { CodeBucket } from "../modules/aws/code-bucket";
import { FlinkApplication } from "../modules/aws/flink-application";
import { DataProtectionGuard } from "../modules/aws/data-protection";
import { codeBucketName, flinkApplicationPropsFromConfig } from "./flink-application-props";
import { EnvironmentConfig } from "../lib/config/schema";
import { configureBackend } from "./backend";
import { addEnvironmentOutputs } from "./outputs";
import { MINIMUM_TERRAFORM_VERSION, SynthWithoutTerraform } from "./synth-without-terraform";
import { asTerraformLiterals } from "./config-literals";
import { environmentPrefix } from "../lib/config/names";

/**
 * Where the silence of an application goes besides the alert topic: the contact points of the critical
 * route (the default contact point when the route is not set). PagerDuty and Slack ones are paged
 * through EventBridge with the secrets of their Grafana contact points; SNS ones with their own topic
 * get the alarm's notifications; e-mail and topic-less SNS ones are the alert topic already.
 */
function silenceRouteOf(
  alerting: EnvironmentConfig["alerting"],
  secrets: Record<string, TerraformVariable>,
): { receivers: SilenceReceiver[]; topicArns: string[] } {
  const names = severityContactPoints(alerting, "critical");
  const receivers: SilenceReceiver[] = [];
  const topicArns: string[] = [];
  for (const cp of alerting.contactPoints.filter((c) => names.includes(c.name))) {
    if (cp.type === "pagerduty")
      receivers.push({
        name: cp.name,
        type: "pagerduty",
        routingKey: secrets[secretVariableName("pagerduty_integration_key", cp.name)].stringValue,
      });
    else if (cp.type === "slack")
      receivers.push({
        name: cp.name,
        type: "slack",
        webhookUrl: secrets[secretVariableName("slack_webhook_url", cp.name)].stringValue,
      });
    else if (cp.type === "sns" && cp.topicArn !== undefined) topicArns.push(cp.topicArn);
  }
  return { receivers, topicArns };
}

/** Properties of an {@link EnvironmentStack}. */
export interface EnvironmentStackProps {
  /** The validated environment configuration (see lib/config/schema.ts). */
  readonly config: EnvironmentConfig;
}

/**
 * Everything one environment needs, in one Terraform plan: the AWS half (Managed Grafana workspace,
 * Managed Flink applications) and the Grafana half configured from that workspace.
 */
export class EnvironmentStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id);
    Aspects.of(this).add(new SynthWithoutTerraform());
    // From here on every configuration string is a Terraform literal, never an expression.
    const config = asTerraformLiterals(props.config);
    const prefix = environmentPrefix(config);

    // Ephemeral resources (the Grafana token is read without landing in state or plan files).
    this.addOverride("terraform.required_version", `>= ${MINIMUM_TERRAFORM_VERSION}`);

    // ---- backend ----
    configureBackend(this, config.backend, { environment: config.name, region: config.region });

    // ---- AWS provider ----
    new AwsProvider(this, "aws", {
      region: config.region,
      allowedAccountIds: [config.account],
      defaultTags: [{ tags: { ...config.tags, Environment: config.name, ManagedBy: "flink-observability" } }],
    });

    // ---- cross-account observability: this account reads the source accounts' metrics and logs ----
    const crossAccount =
      config.sourceAccounts.length > 0
        ? new CrossAccountObservability(this, "cross-account", {
            sinkName: `${prefix}-observability`,
            monitoringAccount: config.account,
            region: config.region,
            sourceAccounts: config.sourceAccounts,
          })
        : undefined;

    // ---- workspace, token lifecycle, Grafana provider ----
    // How the Grafana provider authenticates on every plan: docs/grafana-token-lifecycle.md.
    const workspace = new GrafanaWorkspace(this, "workspace", {
      name: `${prefix}-grafana`,
      accountId: config.account,
      region: config.region,
      grafanaVersion: config.grafana.version,
      authenticationProviders: config.grafana.authentication.providers,
      saml: config.grafana.authentication.saml,
      pluginAdmin: config.grafana.pluginAdmin,
      vpcConfiguration: config.grafana.vpc,
      networkAccessControl: config.grafana.networkAccessControl,
      crossAccountObservability: crossAccount !== undefined,
    });
    const tokenConfig = config.grafana.token;
    const grafanaToken =
      tokenConfig.mode === "rotated"
        ? new GrafanaTokenRotation(this, "grafanaToken", {
            name: `${prefix}-grafana-token`,
            accountId: config.account,
            region: config.region,
            workspaceId: workspace.workspaceId,
            workspaceArn: workspace.workspaceArn,
            workspaceEndpoint: workspace.endpoint,
            serviceAccountId: workspace.serviceAccountId,
            kmsKeyArn: workspace.kmsKeyArn,
            alarmTopicArn: workspace.alertTopicArn,
            rotationDays: tokenConfig.rotationDays,
            // The function calls the workspace from outside any allowed network: check through AWS then.
            verify: tokenConfig.verify ?? (config.grafana.networkAccessControl ? "aws" : "http"),
            secretRecoveryWindowDays: tokenConfig.secretRecoveryWindowDays,
            logRetentionDays: tokenConfig.logRetentionDays,
            readers: tokenConfig.readers,
          })
        : undefined;
    // ---- who the alert topic reaches ----
    // Amazon Managed Grafana has no SMTP: `email` contact points publish to the alert topic and their
    // addresses are subscribed to it (each recipient confirms once); the token alarms publish there too,
    // and reach those addresses unless `grafana.token.alarmSubscribers` names others as well. One
    // construct holds every subscription of the topic, so an address named twice gets one subscription.
    const emailContactAddresses = config.alerting.contactPoints.flatMap((cp) =>
      cp.type === "email" ? cp.addresses : [],
    );
    const tokenAlarmSubscribers = tokenConfig.mode === "rotated" ? (tokenConfig.alarmSubscribers ?? []) : [];
    new AlertTopicSubscriptions(this, "alertSubscriptions", {
      topicArn: workspace.alertTopicArn,
      endpoints: [...emailContactAddresses, ...tokenAlarmSubscribers, ...config.alerting.alarmSubscribers],
    });
    // external mode: the pipeline mints the token; null leaves the provider to read GRAFANA_AUTH.
    let grafanaAuth = grafanaToken?.providerAuth;
    if (!grafanaAuth) {
      const variable = new TerraformVariable(this, "grafana_auth", {
        type: "string",
        sensitive: true,
        nullable: true,
        description: "Grafana service-account token (external token mode). Unset: the provider reads GRAFANA_AUTH.",
      });
      variable.addOverride("default", null); // optional: cdktf cannot render a null default itself
      grafanaAuth = variable.stringValue;
    }
    new GrafanaProvider(this, "grafana", { url: workspace.url, auth: grafanaAuth });

    // ---- Flink applications ----
    // One code bucket per environment, created only when an application ships a local JAR: JARs
    // supplied in S3 by their teams need no bucket here, and an unused stateful bucket with a
    // global name would only be something to clean up.
    const codeBucket = config.applications.some((app) => app.code.localJar !== undefined)
      ? new CodeBucket(this, "flink-code", {
          bucketName: codeBucketName(prefix, config.account),
          protectData: config.protectData,
        })
      : undefined;
    // Each created application keeps its configuration entry: its alert settings travel with it.
    const createdApplications = config.applications.map((appConfig) => ({
      appConfig,
      app: new FlinkApplication(
        this,
        `flink-${appConfig.name}`,
        flinkApplicationPropsFromConfig(appConfig, {
          prefix,
          account: config.account,
          region: config.region,
          codeBucket,
          protectData: config.protectData,
        }),
      ),
    }));
    const flinkApplications = createdApplications.map(({ app }) => app);
    if (config.protectData) {
      new DataProtectionGuard(this, "data-protection", {
        resources: [
          ...(codeBucket ? [`s3-bucket/${codeBucket.bucketName}`] : []),
          ...flinkApplications.flatMap((app) => [
            `log-group/${app.logGroupName}`,
            ...[...app.sourceStreams, ...app.sinkStreams]
              .filter((stream) => stream.created)
              .map((stream) => `kinesis-stream/${stream.streamName}`),
          ]),
        ],
      });
    }

    // ---- Grafana objects: data source, folders, dashboards, alerting ----
    // Apps created above and apps only monitored (any runtime, FLINK-2_2 included) get the same
    // dashboards and rule groups: monitoring takes names and runtimes, not constructs.
    const alerting = config.alerting;
    const monitoring = new FlinkMonitoring(this, "monitoring", {
      environment: config.name,
      uidPrefix: prefix,
      region: config.region,
      account: config.account,
      // With a sink, every SEARCH spans the linked accounts: queries and instances name the account.
      acrossAccounts: crossAccount !== undefined,
      alertTopicArn: workspace.alertTopicArn,
      runbookBaseUrl: alerting.runbookBaseUrl,
      evaluationIntervalSeconds: alerting.evaluationIntervalSeconds,
      warningEvaluationIntervalSeconds: alerting.warningEvaluationIntervalSeconds,
      grafanaVersion: config.grafana.version,
      grafanaUrl: workspace.url,
      overview: config.grafana.dashboards,
      applications: [
        ...createdApplications.map(({ app, appConfig }) => ({
          applicationName: app.applicationName,
          runtime: app.runtime,
          metricsLevel: app.metricsLevel,
          logGroupName: app.logGroupName,
          source: app.source,
          alerts: appConfig.alerts,
          expectedToRun: appConfig.startApplication,
          team: appConfig.team ?? (config.tags.Team || undefined),
        })),
        ...config.monitoredApplications.map((app) => ({
          applicationName: app.name,
          runtime: app.runtime,
          metricsLevel: app.metricsLevel,
          logGroupName: app.logGroupName,
          source: app.source,
          alerts: app.alerts,
          account: app.account,
          expectedToRun: app.expectedRunning,
          team: app.team ?? (config.tags.Team || undefined),
        })),
      ],
      notifications: {
        contactPoints: alerting.contactPoints,
        routes: alerting.routes,
        defaultContactPoint: alerting.defaultContactPoint,
        groupBy: alerting.groupBy,
        groupWait: alerting.groupWait,
        groupInterval: alerting.groupInterval,
        repeatInterval: alerting.repeatInterval,
      },
    });

    // ---- silence: an application expected to run that stops reporting pages, one alarm each ----
    // Grafana's rules cannot see it (a series that disappears resolves); docs/dashboards-and-alerts.md#silence.
    const expectedToRun: { applicationName: string; runtime: FlinkRuntime; account?: string }[] = [
      ...createdApplications
        .filter(({ appConfig }) => appConfig.startApplication)
        .map(({ app }) => ({ applicationName: app.applicationName, runtime: app.runtime })),
      ...config.monitoredApplications
        .filter((app) => app.expectedRunning)
        .map((app) => ({ applicationName: app.name, runtime: app.runtime, account: app.account })),
    ];
    // The silence reaches whom a critical alert reaches: the alert topic (e-mail, alarm subscribers),
    // the critical route's other SNS topics, and its PagerDuty and Slack contact points through EventBridge.
    const silenceRoute = silenceRouteOf(alerting, monitoring.notifications?.secretVariables ?? {});
    for (const app of expectedToRun) {
      // An application of a source account keeps its account in the alarm's name and reads its metric
      // there (the alarm lives in the monitoring account).
      const key = applicationKey(app, config.account);
      new ApplicationSilenceAlarm(this, `silence-${key}`, {
        applicationName: app.applicationName,
        account: app.account === config.account ? undefined : app.account,
        runtime: app.runtime,
        alarmName: `${prefix}-${key}-silent`,
        environment: config.name,
        topicArn: workspace.alertTopicArn,
        pagingTopicArns: silenceRoute.topicArns,
        silenceMinutes: alerting.silenceMinutes,
      });
    }
    if (expectedToRun.length > 0 && silenceRoute.receivers.length > 0) {
      new SilencePaging(this, "silence-paging", {
        namePrefix: prefix,
        environment: config.name,
        alarmNamePattern: `${prefix}-*-silent`,
        receivers: silenceRoute.receivers,
        runbookUrl: `${alerting.runbookBaseUrl}#silence`,
      });
    }

    // The token's health, paged through Grafana too (the CloudWatch alarm is the other path).
    if (grafanaToken) {
      new TokenHealthRule(this, "tokenHealth", {
        folderUid: monitoring.folder.uidReference,
        dataSource: monitoring.dataSource.ref,
        dependsOn: [monitoring.dataSource.resource],
        environment: config.name,
        uidPrefix: prefix,
        metric: {
          namespace: TOKEN_HEALTH_METRIC.namespace,
          name: TOKEN_HEALTH_METRIC.secondsUntilExpiry,
          dimension: TOKEN_HEALTH_METRIC.dimension,
        },
        dimensionValue: grafanaToken.secretName,
        thresholdSeconds: grafanaToken.expiryThresholdSeconds,
        // The section of the runbooks that links the token's recovery (docs/dashboards-and-alerts.md).
        runbookUrl: `${alerting.runbookBaseUrl}#terraformtoken`,
      });
    }

    // ---- the workspace's cap on alert rules ----
    const ruleCount = monitoring.allRules().length + (grafanaToken ? 1 : 0);
    if (ruleCount > alerting.maxRules) {
      const how = monitoring.sharedAlertRules
        ? "one per alert kind and set of settings"
        : `Grafana ${config.grafana.version} keeps rules per application, up to 13 each`;
      throw new Error(
        `alerting.maxRules: the environment has ${ruleCount} Grafana-managed alert rules ` +
          `(${how}${grafanaToken ? ", and the token rule" : ""}), ` +
          `more than the workspace accepts (${alerting.maxRules}; Amazon Managed Grafana caps a workspace at 100, ` +
          `aws/amazon-managed-grafana-roadmap#21): the apply would fail. Disable alerts per application ` +
          `(alerts.disabled), monitor fewer applications here, or raise maxRules if AWS raised this workspace's cap ` +
          `(value ${alerting.maxRules})`,
      );
    }

    // ---- outputs ----
    addEnvironmentOutputs(this, {
      workspace,
      flinkApplications,
      monitoring,
      tokenSecretArn: grafanaToken?.secret.arn,
    });
  }
}
