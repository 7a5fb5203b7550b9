// The rules of one application, in their own rule group pair: what Grafana versions whose rules cannot
// cover several applications (scope `application`, 10.4) get. Built by the one rule builder.
import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import { RuleGroup } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMonitoringTarget } from "../../flink-metrics";
import { AlertDashboardLink } from "./dashboard-link";
import { buildRules } from "./rule-builder";
import { AlertRuleSpec, DEFAULT_WARNING_INTERVAL_SECONDS, createRuleGroups, validateIntervals } from "./rule-spec";
import { ApplicationAlertOptions } from "./thresholds";

/** Properties of a {@link FlinkAlertRules}. */
export interface FlinkAlertRulesProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /** Folder holding the rule group: pass the folder's `uidReference`, so Terraform creates it first. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /**
   * Resources that create what the rules name by a literal uid (the data source of their queries, the
   * dashboard they link to): Terraform creates them first. A uid written as a literal is no edge in
   * Terraform's graph.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Environment name, set as the `environment` label the notification policy routes on. Required. */
  readonly environment: string;
  /** Prefix of the rule uids (the environment's name prefix). Required. */
  readonly uidPrefix: string;
  /**
   * What tells this application's rules apart within the environment: rule uids and group names are
   * built from it. An application of a linked source account is keyed `<account>-<name>` (a name may
   * be taken in two accounts), and its titles then name the account.
   * @default - the application name
   */
  readonly applicationKey?: string;
  /**
   * The application's dashboard: each rule links to the panel showing its metric (a rule whose metric
   * no panel shows gets no link).
   * @default - no dashboard link
   */
  readonly dashboard?: AlertDashboardLink;
  /** Base URL of the runbooks; each alert links to `<runbookBaseUrl>#<alert kind in lower case>`. Required. */
  readonly runbookBaseUrl: string;
  /**
   * Evaluation interval of the rules that can page (critical), in seconds.
   * @default 60
   */
  readonly intervalSeconds?: number;
  /**
   * Evaluation interval of the warning rules, in seconds.
   * @default 600
   */
  readonly warningIntervalSeconds?: number;
  /**
   * Grafana version of the workspace: decides whether a rule may keep its last state on a failed
   * evaluation and whether a page outlives its series ({@link MISSING_SERIES_VERSIONS}).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * Whether the application is expected to run: its pages then keep firing while its metrics are gone.
   * @default true
   */
  readonly expectedToRun?: boolean;
}

/** Builds the rule specs of one application (pure; no construct): {@link buildRules}, scope `application`. */
export function buildAlertRules(props: FlinkAlertRulesProps, owner = "FlinkAlertRules"): AlertRuleSpec[] {
  return buildRules(
    {
      applications: [
        {
          target: props.target,
          alerts: props.alerts,
          key: props.applicationKey,
          dashboard: props.dashboard,
          expectedToRun: props.expectedToRun,
        },
      ],
      scope: "application",
      dataSource: props.dataSource,
      environment: props.environment,
      uidPrefix: props.uidPrefix,
      runbookBaseUrl: props.runbookBaseUrl,
      intervalSeconds: props.intervalSeconds,
      grafanaVersion: props.grafanaVersion,
    },
    owner,
  );
}

/**
 * AWS's recommended alarms for one Managed Flink application (job down, restarts, failed checkpoints,
 * checkpoint duration and size, output stall, CPU, heap, old-generation GC, threads, container memory,
 * source lag and watermark lag) in two rule groups: `flink-<application>`, the rules that can page
 * (critical), evaluated every `intervalSeconds`, and `flink-<application>-warnings`, evaluated every
 * `warningIntervalSeconds`. Every evaluation is a billed GetMetricData call; warnings need not be
 * checked every minute (docs/alerting-cost.md).
 */
export class FlinkAlertRules extends Construct {
  /** The rules, as built. */
  readonly rules: AlertRuleSpec[];
  /** The grafana_rule_groups, critical first (a group with no rule is not created). */
  readonly groups: RuleGroup[];

  constructor(scope: Construct, id: string, props: FlinkAlertRulesProps) {
    super(scope, id);
    const owner = `FlinkAlertRules "${props.target.applicationName}"`;
    const key = props.applicationKey ?? props.target.applicationName;
    const intervalSeconds = props.intervalSeconds ?? 60;
    const warningIntervalSeconds = props.warningIntervalSeconds ?? DEFAULT_WARNING_INTERVAL_SECONDS;
    validateIntervals(owner, { intervalSeconds, warningIntervalSeconds });
    this.rules = buildAlertRules(props);
    this.groups = createRuleGroups(this, this.rules, {
      folderUid: props.folderUid,
      dependsOn: props.dependsOn,
      paging: { id: "resource", name: `flink-${key}`, intervalSeconds },
      warnings: { id: "warnings", name: `flink-${key}-warnings`, intervalSeconds: warningIntervalSeconds },
    });
  }
}
