import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as expr from "@grafana/grafana-foundation-sdk/expr";
import { RuleGroup } from "../../../.gen/providers/grafana/rule-group";
import { EXPRESSION_DATASOURCE_UID } from "../flink-alerts";
import { terraformLiteral } from "../terraform-literal";
import { stableUid } from "../uid";

/** Properties of a {@link TokenHealthRule}. */
export interface TokenHealthRuleProps {
  /** Folder holding the rule group: pass the folder's `uidReference`, so Terraform creates it first. */
  readonly folderUid: string;
  /** The CloudWatch data source. */
  readonly dataSource: { readonly type: string; readonly uid: string };
  /**
   * Resources that create what the rule names by a literal uid (the data source of their queries): Terraform creates them first. A uid written as a literal is no edge in
   * Terraform's graph.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Environment name (the `environment` label the notification policy routes on). */
  readonly environment: string;
  /** Prefix of the rule uid (the environment's name prefix). */
  readonly uidPrefix: string;
  /** CloudWatch namespace, metric and dimension of the token's remaining lifetime. */
  readonly metric: { readonly namespace: string; readonly name: string; readonly dimension: string };
  /** Value of the dimension (the token secret's name; may be a Terraform reference). */
  readonly dimensionValue: string;
  /** Seconds below which the rule fires (the CloudWatch alarm's threshold). */
  readonly thresholdSeconds: number;
  /** The runbook of this alert: where the recovery of the token is written. Required. */
  readonly runbookUrl: string;
}

const PERIOD = 3600;
const EXPR_REF = { type: "__expr__", uid: EXPRESSION_DATASOURCE_UID };

/**
 * The second path of the token's health to a person: a Grafana rule on the same metric and threshold
 * as the CloudWatch `expiry` alarm, `severity=critical` through the normal notification policy. No
 * data (the hourly report stopped) is alerting too.
 */
export class TokenHealthRule extends Construct {
  readonly resource: RuleGroup;

  constructor(scope: Construct, id: string, props: TokenHealthRuleProps) {
    super(scope, id);
    const query = new cloudwatch.CloudWatchMetricsQueryBuilder()
      .refId("A")
      .id("qa")
      .datasource(props.dataSource)
      .queryMode(cloudwatch.CloudWatchQueryMode.Metrics)
      .metricQueryType(cloudwatch.MetricQueryType.Search)
      .metricEditorMode(cloudwatch.MetricEditorMode.Builder)
      .region("default")
      .namespace(props.metric.namespace)
      .metricName(props.metric.name)
      .statistic("Minimum")
      .period(String(PERIOD))
      .dimensions({ [props.metric.dimension]: props.dimensionValue })
      .matchExact(true)
      .build();
    const reduce = new expr.TypeReduceBuilder()
      .refId("B")
      .datasource(EXPR_REF)
      .expression("A")
      .reducer("min")
      .settings({ mode: "dropNN" })
      .build();
    const threshold = new expr.TypeThresholdBuilder()
      .refId("C")
      .datasource(EXPR_REF)
      .expression("B")
      .conditions([{ evaluator: { type: "lt", params: [props.thresholdSeconds] } }])
      .build();
    const days = props.thresholdSeconds / 86400;
    this.resource = new RuleGroup(this, "resource", {
      name: "terraform-token",
      folderUid: props.folderUid,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      intervalSeconds: 300,
      rule: [
        {
          uid: stableUid(props.uidPrefix, "terraform-token", "expiry"),
          name: "Terraform token expiring",
          for: "0s",
          condition: "C",
          // The report stopped (schedule, permission or function broken): page, as the CloudWatch alarm does.
          noDataState: "Alerting",
          // A failed query is Grafana's DatasourceError, routed as a warning; the CloudWatch alarm on the
          // same metric still pages if the token really runs out.
          execErrState: "Error",
          labels: { severity: "critical", environment: props.environment, alert: "terraformToken", team: "platform" },
          annotations: {
            summary: `Terraform's Grafana token expires in under ${days} days, or its health report is missing`,
            description:
              "Rotation of the Grafana token Terraform uses is overdue or stopped; every plan fails with 401 when it " +
              "expires. The runbook links the recovery command and the failure table.",
            runbook_url: terraformLiteral(props.runbookUrl),
          },
          isPaused: false,
          data: [
            {
              refId: "A",
              datasourceUid: props.dataSource.uid,
              queryType: "",
              relativeTimeRange: { from: 3 * PERIOD, to: 0 },
              model: JSON.stringify({ ...query, intervalMs: PERIOD * 1000, maxDataPoints: 43200 }),
            },
            {
              refId: "B",
              datasourceUid: EXPRESSION_DATASOURCE_UID,
              queryType: "",
              relativeTimeRange: { from: 0, to: 0 },
              model: JSON.stringify(reduce),
            },
            {
              refId: "C",
              datasourceUid: EXPRESSION_DATASOURCE_UID,
              queryType: "",
              relativeTimeRange: { from: 0, to: 0 },
              model: JSON.stringify(threshold),
            },
          ],
        },
      ],
    });
  }
}
