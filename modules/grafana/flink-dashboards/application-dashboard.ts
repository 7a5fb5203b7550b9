import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { Dashboard } from "../../../.gen/providers/grafana/dashboard";
import { FlinkMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { DataSourceRef } from "../cloudwatch-datasource";
import { terraformLiteral } from "../terraform-literal";
import { validateUid } from "../uid";
import { RowSpec, layoutRows } from "./panels";
import { ApplicationRow, applicationRows, defaultRows } from "./rows";
import { applicationVariable } from "./variable";

/** Properties of a {@link FlinkApplicationDashboard}. */
export interface FlinkApplicationDashboardProps {
  /** The application watched. Required. */
  readonly target: FlinkMonitoringTarget;
  /** Stable dashboard uid (≤ 40 characters). Required. */
  readonly uid: string;
  /** Folder uid: pass the folder's `uidReference`, so Terraform creates the folder first. Required. */
  readonly folderUid: string;
  /** The CloudWatch data source. Required. */
  readonly dataSource: DataSourceRef;
  /**
   * Resources that create what this object names by a literal uid inside its JSON model (the data
   * source of its queries, a linked dashboard): Terraform creates them first. A reference is the
   * other way to order objects; a uid written as a literal is no edge in Terraform's graph.
   * @default - none
   */
  readonly dependsOn?: readonly ITerraformDependable[];
  /** Uid of the environment overview, linked from this dashboard. Required. */
  readonly overviewUid: string;
  /** Environment name, shown in the title and used as a tag. Required. */
  readonly environment: string;
  /**
   * Rows to show.
   * @default - every row the target supports (see {@link defaultRows})
   */
  readonly rows?: readonly ApplicationRow[];
}

/** Builds the per-application dashboard JSON (pure; no construct). */
export function buildApplicationDashboard(
  props: FlinkApplicationDashboardProps,
  owner = "FlinkApplicationDashboard",
): { json: dashboard.Dashboard; rows: RowSpec[] } {
  const target = resolveTarget(owner, props.target);
  validateUid(`${owner} "${target.applicationName}"`, "uid", props.uid);
  const rows = applicationRows(target, props.rows ?? defaultRows(target), owner);
  // Over several accounts a name may be taken twice: the title names the account.
  const where = target.account === undefined ? props.environment : `${props.environment}, ${target.account}`;
  const builder = new dashboard.DashboardBuilder(`Flink ${target.applicationName} (${where})`)
    .uid(props.uid)
    .description(
      `Managed Flink application ${target.applicationName}` +
        (target.account === undefined ? "" : ` of account ${target.account}`) +
        `: runtime ${target.runtime}, metrics level ` +
        `${target.metricsLevel}, source ${target.source}.`,
    )
    .tags(["flink", "flink-application", props.environment])
    .editable()
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-3h", to: "now" })
    .refresh("1m")
    .timezone("utc")
    .withVariable(
      applicationVariable(props.dataSource, [target.applicationName], {
        multi: false,
        current: target.applicationName,
        account: target.account,
      }),
    )
    .link(
      new dashboard.DashboardLinkBuilder("Flink overview")
        .type(dashboard.DashboardLinkType.Link)
        .url(`/d/${props.overviewUid}`)
        .icon("dashboard")
        .tooltip(`All Flink applications of ${props.environment}`)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    )
    .link(
      new dashboard.DashboardLinkBuilder("Other applications")
        .type(dashboard.DashboardLinkType.Dashboards)
        .tags(["flink-application", props.environment])
        .asDropdown(true)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    );
  layoutRows(builder, rows, "$application", props.dataSource, target.account);
  return { json: builder.build(), rows };
}

/** A Grafana dashboard for one Managed Flink application (rows per concern, see the docs). */
export class FlinkApplicationDashboard extends Construct {
  /** Dashboard uid. */
  readonly uid: string;
  /** The dashboard model written to `config_json`. */
  readonly model: dashboard.Dashboard;
  /** The rows shown, with their panels. */
  readonly rows: RowSpec[];
  /** The underlying grafana_dashboard. */
  readonly resource: Dashboard;

  constructor(scope: Construct, id: string, props: FlinkApplicationDashboardProps) {
    super(scope, id);
    const built = buildApplicationDashboard(props);
    this.uid = props.uid;
    this.model = built.json;
    this.rows = built.rows;
    this.resource = new Dashboard(this, "resource", {
      folder: props.folderUid,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      configJson: terraformLiteral(JSON.stringify(built.json)),
      overwrite: true,
    });
  }
}
