import { SEARCH_QUERY_MAX_LENGTH, builderSearchExpression } from "../cloudwatch-search";
import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as text from "@grafana/grafana-foundation-sdk/text";
import { Dashboard } from "../../../.gen/providers/grafana/dashboard";
import { FLINK_METRICS, FlinkMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { DataSourceRef } from "../cloudwatch-datasource";
import { terraformLiteral } from "../terraform-literal";
import { validateUid } from "../uid";
import { overviewHealthRow, overviewResourcesRow, overviewThroughputRow } from "./rows/overview";
import { RowSpec, layoutRows } from "./panels";
import { applicationVariable } from "./variable";

/**
 * Whether a panel's SEARCH can list every application (checked with the longest metric name of the
 * catalogue, so it holds for every panel).
 */
export function allNamesFit(names: readonly string[]): boolean {
  const longest = Object.values(FLINK_METRICS).reduce((a, b) => (b.name.length > a.name.length ? b : a));
  return builderSearchExpression(longest, { Application: names }, true).length <= SEARCH_QUERY_MAX_LENGTH;
}

/** Most applications linked from the overview's header (beyond, the Applications panel lists them). */
export const MAX_HEADER_LINKS = 12;

/** One application in the overview, with the uid of its detail dashboard. */
export interface OverviewEntry {
  /** The application. */
  readonly target: FlinkMonitoringTarget;
  /** Uid of its detail dashboard. */
  readonly dashboardUid: string;
}

/** Properties of a {@link FlinkOverviewDashboard}. */
export interface FlinkOverviewDashboardProps {
  /** Applications of the environment. Required (may be empty). */
  readonly applications: readonly OverviewEntry[];
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
  /** Environment name. Required. */
  readonly environment: string;
  /**
   * Whether the data source reads several accounts (CloudWatch cross-account observability): the
   * variable lists the names of every linked account, the panels search them all and name each
   * series' account, and the Applications table has an Account column.
   * @default false
   */
  readonly acrossAccounts?: boolean;
}

/** Builds the overview dashboard JSON (pure). */
export function buildOverviewDashboard(
  props: FlinkOverviewDashboardProps,
  owner = "FlinkOverviewDashboard",
): { json: dashboard.Dashboard; rows: RowSpec[] } {
  validateUid(owner, "uid", props.uid);
  const targets = props.applications.map((a) => resolveTarget(owner, a.target));
  const families = new Set(targets.map((t) => t.family));
  const rows: RowSpec[] = [
    { key: "health", title: "Health", panels: targets.length ? overviewHealthRow(families) : [] },
    { key: "throughput", title: "Throughput", panels: targets.length ? overviewThroughputRow() : [] },
    { key: "resources", title: "Checkpoints and resources", panels: targets.length ? overviewResourcesRow() : [] },
  ];
  const names = targets.map((t) => t.applicationName);
  const builder = new dashboard.DashboardBuilder(`Flink overview (${props.environment})`)
    .uid(props.uid)
    .description(`All Managed Flink applications monitored in ${props.environment}.`)
    .tags(["flink", "flink-overview", props.environment])
    .editable()
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-6h", to: "now" })
    .refresh("1m")
    .timezone("utc")
    .withVariable(
      applicationVariable(props.dataSource, names.length ? names : ["(none)"], {
        multi: true,
        // "All" lists every name in each panel's SEARCH; past CloudWatch's 1,024 characters the panels
        // would fail, so "All" becomes the wildcard: every application of the account in the region.
        ...(allNamesFit(names) ? {} : { allValue: "*" }),
        account: props.acrossAccounts ? "all" : undefined,
      }),
    );
  // A link per application in the header reads well for a handful; past that the header wraps into a
  // wall of names, and the Applications panel below (one row each) is the list.
  const headerLinks = props.applications.length <= MAX_HEADER_LINKS ? props.applications : [];
  for (const entry of headerLinks) {
    builder.link(
      new dashboard.DashboardLinkBuilder(
        entry.target.account === undefined
          ? entry.target.applicationName
          : `${entry.target.applicationName} (${entry.target.account})`,
      )
        .type(dashboard.DashboardLinkType.Link)
        .url(`/d/${entry.dashboardUid}?var-application=${encodeURIComponent(entry.target.applicationName)}`)
        .icon("dashboard")
        .tooltip(`Details of ${entry.target.applicationName} (${entry.target.runtime})`)
        .keepTime(true)
        .includeVars(false)
        .targetBlank(false),
    );
  }
  layoutRows(builder, rows, "$application", props.dataSource, props.acrossAccounts ? "all" : undefined);
  const json = builder.build();
  // A text panel listing every application with its runtime and metrics level, below the rows.
  const bottom = Math.max(0, ...(json.panels ?? []).map((p) => (p.gridPos ? p.gridPos.y + p.gridPos.h : 0)));
  const accountCell = (account: string | undefined) => (props.acrossAccounts ? ` ${account ?? ""} |` : "");
  const lines = props.applications.map(
    (e, i) =>
      `| [${e.target.applicationName}](/d/${e.dashboardUid}) |${accountCell(e.target.account)} ${e.target.runtime} ` +
      `| ${targets[i].metricsLevel} | ${targets[i].source} |`,
  );
  const header = props.acrossAccounts
    ? ["| Application | Account | Runtime | Metrics level | Source |", "| --- | --- | --- | --- | --- |"]
    : ["| Application | Runtime | Metrics level | Source |", "| --- | --- | --- | --- |"];
  const listing = new text.PanelBuilder()
    .id((json.panels?.length ?? 0) + 1)
    .gridPos({ x: 0, y: bottom, w: 24, h: Math.min(4 + lines.length, 20) })
    .title("Applications")
    .description("Every monitored application with a link to its dashboard.")
    .mode(text.TextMode.Markdown)
    .content(lines.length ? [...header, ...lines].join("\n") : "No Flink application is monitored in this environment.")
    .build();
  json.panels = [...(json.panels ?? []), listing];
  return { json, rows };
}

/** The environment's overview of every Flink application. */
export class FlinkOverviewDashboard extends Construct {
  /** Dashboard uid. */
  readonly uid: string;
  /** The dashboard model written to `config_json`. */
  readonly model: dashboard.Dashboard;
  /** The underlying grafana_dashboard. */
  readonly resource: Dashboard;

  constructor(scope: Construct, id: string, props: FlinkOverviewDashboardProps) {
    super(scope, id);
    const built = buildOverviewDashboard(props);
    this.uid = props.uid;
    this.model = built.json;
    this.resource = new Dashboard(this, "resource", {
      folder: props.folderUid,
      dependsOn: props.dependsOn ? [...props.dependsOn] : undefined,
      configJson: terraformLiteral(JSON.stringify(built.json)),
      overwrite: true,
    });
  }
}
