// The rules over every application of an environment, in one rule group pair: what Grafana versions
// whose rules can cover several applications (scope `environment`, 12.4) get. Built by the one rule
// builder.
import { Construct } from "constructs";
import { RuleGroup } from "../../../.gen/providers/grafana/rule-group";
import { FlinkMonitoringTarget } from "../../flink-metrics";
import { SharedAlertRuleSpec, buildRules } from "./rule-builder";
import { RuleGroupsProps, createRuleGroups, groupIntervals, ruleSettingsOf } from "./rule-spec";
import { ApplicationAlertOptions } from "./thresholds";

/** One application a shared rule may cover. */
export interface SharedRuleApplication {
  readonly target: FlinkMonitoringTarget;
  /**
   * Alert thresholds and disabled alerts.
   * @default - every alert, default thresholds
   */
  readonly alerts?: ApplicationAlertOptions;
  /** Uid of the application's dashboard, which each of its alert instances links to. Required. */
  readonly dashboardUid: string;
  /**
   * Panel id per metric name on that dashboard (the instance links to the panel of the rule's metric
   * when every member's dashboard has it at the same id).
   * @default - the dashboard only
   */
  readonly panelIds?: Readonly<Record<string, number>>;
  /**
   * Whether the application is expected to run: its pages keep firing while its metrics are gone (its
   * paging rules are then not shared with applications that are not expected to run).
   * @default true
   */
  readonly expectedToRun?: boolean;
}

/** Properties of {@link SharedAlertRules}. */
export interface SharedAlertRulesProps extends RuleGroupsProps {
  /** The applications watched. Required (may be empty: no rule). */
  readonly applications: readonly SharedRuleApplication[];
  /**
   * Prefix every application's dashboard uid starts with when its name fits (`<uid prefix>-app-`): the
   * link annotation writes the uid from the instance's label, listing only the applications whose uid
   * was shortened with a hash.
   * @default - every uid listed
   */
  readonly dashboardUidPrefix?: string;
  /**
   * Grafana's URL (`https://<workspace endpoint>`, a Terraform reference is fine) that dashboard links
   * start with.
   * @default "" (links relative to Grafana)
   */
  readonly grafanaUrl?: string;
  /**
   * Whether the data source reads several accounts (CloudWatch cross-account observability; each
   * application's `target.account` is then set). Every rule then reads every linked account, names
   * each instance's account in an `account` label and its texts, and marks as members only the
   * (account, name) pairs it covers: an application of the same name in another account never notifies.
   * @default false
   */
  readonly acrossAccounts?: boolean;
}

/**
 * The rules over several applications (pure; no construct): {@link buildRules}, scope `environment`.
 * One rule per alert kind and set of settings (runtime family where the metric differs, source,
 * thresholds, windows, severity), each covering every application that shares them.
 */
export function buildSharedAlertRules(props: SharedAlertRulesProps, owner = "SharedAlertRules"): SharedAlertRuleSpec[] {
  return buildRules(
    {
      applications: props.applications.map((app) => ({
        target: app.target,
        alerts: app.alerts,
        dashboard: { uid: app.dashboardUid, panelIds: app.panelIds ?? {} },
        expectedToRun: app.expectedToRun,
      })),
      scope: "environment",
      ...ruleSettingsOf(props),
      acrossAccounts: props.acrossAccounts,
      dashboardUidPrefix: props.dashboardUidPrefix,
      grafanaUrl: props.grafanaUrl,
    },
    owner,
  );
}

/**
 * AWS's recommended alarms for every Managed Flink application of an environment, one rule per alert
 * kind and set of settings, each alert instance an application (or one of its streams, shards or
 * topics): `flink-<environment>`, the rules that can page, evaluated every `intervalSeconds`, and
 * `flink-<environment>-warnings`, every `warningIntervalSeconds`.
 */
export class SharedAlertRules extends Construct {
  /** The rules, as built. */
  readonly rules: SharedAlertRuleSpec[];
  /** The grafana_rule_groups, paging first (a group with no rule is not created). */
  readonly groups: RuleGroup[];

  constructor(scope: Construct, id: string, props: SharedAlertRulesProps) {
    super(scope, id);
    const owner = `SharedAlertRules "${id}"`;
    const { intervalSeconds, warningIntervalSeconds } = groupIntervals(owner, props);
    this.rules = buildSharedAlertRules(props, owner);
    this.groups = createRuleGroups(this, this.rules, {
      folderUid: props.folderUid,
      dependsOn: props.dependsOn,
      paging: { id: "paging", name: `flink-${props.environment}`, intervalSeconds },
      warnings: {
        id: "warnings",
        name: `flink-${props.environment}-warnings`,
        intervalSeconds: warningIntervalSeconds,
      },
    });
  }
}
