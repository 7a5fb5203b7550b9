// The rules of one application, in their own rule group pair: what Grafana versions whose rules cannot
// cover several applications (scope `application`, 10.4) get. Built by the one rule builder.
import { Construct } from "constructs";
import { RuleGroup } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMonitoringTarget } from "../../flink-metrics";
import { AlertDashboardLink } from "./dashboard-link";
import { buildRules } from "./rule-builder";
import { AlertRuleSpec, RuleGroupsProps, createRuleGroups, groupIntervals, ruleSettingsOf } from "./rule-spec";
import { ApplicationAlertOptions } from "./thresholds";

/** Properties of a {@link FlinkAlertRules}. */
export interface FlinkAlertRulesProps extends RuleGroupsProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
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
      ...ruleSettingsOf(props),
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
    const { intervalSeconds, warningIntervalSeconds } = groupIntervals(owner, props);
    this.rules = buildAlertRules(props);
    this.groups = createRuleGroups(this, this.rules, {
      folderUid: props.folderUid,
      dependsOn: props.dependsOn,
      paging: { id: "resource", name: `flink-${key}`, intervalSeconds },
      warnings: { id: "warnings", name: `flink-${key}-warnings`, intervalSeconds: warningIntervalSeconds },
    });
  }
}
