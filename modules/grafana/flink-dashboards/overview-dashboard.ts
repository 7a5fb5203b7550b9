import { SEARCH_QUERY_MAX_LENGTH, builderSearchExpression } from "../cloudwatch-search";
import { Construct } from "constructs";
import { ITerraformDependable } from "cdktn";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as text from "@grafana/grafana-foundation-sdk/text";
import { Dashboard } from "../../../.gen/providers/grafana/dashboard";
import { FLINK_METRICS, FlinkMonitoringTarget, ResolvedMonitoringTarget, resolveTarget } from "../../flink-metrics";
import { DataSourceRef, labelsSeriesByDimension } from "../cloudwatch-datasource";
import { terraformLiteral } from "../terraform-literal";
import { validateUid } from "../uid";
import { overviewHealthRow, overviewResourcesRow, overviewThroughputRow } from "./rows/overview";
import { DEFAULT_KPU_HOUR_PRICE_USD, FLEET_FIRST_ID, FleetContext, fleetChangesRow, fleetRow } from "./rows/fleet";
import { RowSpec, TOP_N_VARIABLE, layoutRows } from "./panels";
import { applicationVariable, namesPattern } from "./variable";

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
  /**
   * The team that owns it, for the team variable and the status table.
   * @default - no team (listed under {@link NO_TEAM})
   */
  readonly team?: string;
}

/** What the team variable and the status table call applications without a team. */
export const NO_TEAM = "(no team)";

/** Choices of the `topN` variable (the configured default is added when it is not one of them). */
export const TOP_N_CHOICES = [5, 10, 20, 50] as const;

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
   * Whether the data source reads several accounts (CloudWatch cross-account observability): an
   * account variable picks one account or all, the panels search it and name each series' account,
   * and the status table has an Account column.
   * @default false
   */
  readonly acrossAccounts?: boolean;
  /**
   * The folder of the environment's alert rules, as literal uid and title (the alert list's filter;
   * `folderUid` is usually a Terraform reference, which the dashboard's JSON cannot hold).
   * @default - every folder: the alert list selects by the `environment` label alone
   */
  readonly alertFolder?: { readonly uid: string; readonly title: string };
  /**
   * Grafana version of the workspace: the status table needs Grafana 12's labelling of CloudWatch
   * series (on 10.4 the overview lists the applications in a text panel instead).
   * @default "12.4"
   */
  readonly grafanaVersion?: string;
  /**
   * How many applications each time series panel draws, by default (the `topN` variable).
   * @default 10
   */
  readonly topN?: number;
  /**
   * Price of a KPU-hour in the region, in US dollars, for the cost panel.
   * @default 0.11 (us-east-1)
   */
  readonly kpuHourPriceUsd?: number;
  /**
   * Auto-refresh interval (`""`: none). Every refresh runs every query: see docs/dashboards-and-alerts.md
   * for its GetMetricData cost.
   * @default "" (refreshed on load and when the time range changes)
   */
  readonly refresh?: string;
}

/** The custom variable narrowing the applications by one of their properties (team, runtime). */
function narrowingVariable(
  name: string,
  label: string,
  groups: ReadonlyMap<string, string[]>,
): dashboard.CustomVariableBuilder {
  // `text : value` options (Grafana splits the query on commas, then on " : "): the value is the names of
  // the group's applications as one regex alternative, which the application variable's regex, the
  // status table and the alert list paste in raw. "All" is `.*`.
  const options = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  return new dashboard.CustomVariableBuilder(name)
    .label(label)
    .description(`Narrows every panel to the applications of one ${label.toLowerCase()}.`)
    .values(options.map(([text, names]) => `${text} : ${namesPattern(names)}`).join(","))
    .includeAll(true)
    .allValue(".*")
    .multi(false)
    .current({ selected: true, text: "All", value: "$__all" });
}

/**
 * The narrowing variables as the other objects paste them: raw (each value is a regex alternative of
 * names), as lookaheads every name must also match.
 */
const NARROWING = ["${team:raw}", "${runtime:raw}"];

/** The names of `entries` grouped by `key` (team, runtime), in the order given. */
function groupNames(
  entries: readonly OverviewEntry[],
  names: readonly string[],
  key: (entry: OverviewEntry, i: number) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  entries.forEach((entry, i) => groups.set(key(entry, i), [...(groups.get(key(entry, i)) ?? []), names[i]]));
  return groups;
}

/** What the fleet rows need, from the overview's props and the resolved applications. */
function fleetContext(
  props: FlinkOverviewDashboardProps,
  targets: readonly ResolvedMonitoringTarget[],
  settings: { readonly price: number; readonly seriesLabels: boolean },
): FleetContext {
  const acrossAccounts = props.acrossAccounts ?? false;
  const names = targets.map((t) => t.applicationName);
  const lookaheads = NARROWING.map((n) => `(?=(?:${n})$)`).join("");
  return {
    applications: props.applications.map((e, i) => ({
      applicationName: names[i],
      account: acrossAccounts ? targets[i].account : undefined,
      runtime: targets[i].runtime,
      team: e.team ?? NO_TEAM,
      dashboardUid: e.dashboardUid,
    })),
    families: new Set(targets.map((t) => t.family)),
    sources: new Set(targets.map((t) => t.source)),
    seriesLabels: settings.seriesLabels,
    folder: props.alertFolder,
    environment: props.environment,
    kpuHourPriceUsd: settings.price,
    logGroups: targets.flatMap((t) =>
      t.logGroupName === undefined
        ? []
        : [
            {
              logGroupName: t.logGroupName,
              remote:
                t.logGroupArn !== undefined && t.account !== undefined
                  ? { arn: t.logGroupArn, account: t.account }
                  : undefined,
            },
          ],
    ),
    nameFilter: `^${lookaheads}(?:${namesPattern(names.length ? names : ["(none)"])})$`,
    queriedApplications: allNamesFit(names) ? names : "*",
    // An instance of a rule whose query failed has no application label: "" matches when a narrowing is All.
    alertMatchers: [`environment="${props.environment}"`, ...NARROWING.map((n) => `application=~"${n}"`)],
    accountVariable: acrossAccounts ? "${account:raw}" : undefined,
    queryAccount: acrossAccounts ? "$account" : undefined,
    dataSource: props.dataSource,
  };
}

/** Builds the overview dashboard JSON (pure). */
export function buildOverviewDashboard(
  props: FlinkOverviewDashboardProps,
  owner = "FlinkOverviewDashboard",
): { json: dashboard.Dashboard; rows: RowSpec[] } {
  validateUid(owner, "uid", props.uid);
  const targets = props.applications.map((a) => resolveTarget(owner, a.target));
  const families = new Set(targets.map((t) => t.family));
  const names = targets.map((t) => t.applicationName);
  const topN = props.topN ?? 10;
  if (!Number.isInteger(topN) || topN < 1 || topN > 500)
    throw new Error(`${owner}: topN must be an integer from 1 to 500, got ${topN}`);
  const price = props.kpuHourPriceUsd ?? DEFAULT_KPU_HOUR_PRICE_USD;
  if (!(price > 0)) throw new Error(`${owner}: kpuHourPriceUsd must be above 0, got ${price}`);
  const acrossAccounts = props.acrossAccounts ?? false;
  const seriesLabels = labelsSeriesByDimension(props.grafanaVersion ?? "12.4");

  const fleet = fleetContext(props, targets, { price, seriesLabels });
  const queryAccount = fleet.queryAccount;
  const any = targets.length > 0;
  const legacyRows: RowSpec[] = [
    { key: "health", title: "Health", panels: any ? overviewHealthRow(families) : [] },
    { key: "throughput", title: "Throughput", panels: any ? overviewThroughputRow() : [] },
    { key: "resources", title: "Checkpoints and resources", panels: any ? overviewResourcesRow() : [] },
  ];
  // The list of applications (the status table, or on 10.4 the text panel it replaces) keeps the id the
  // text panel has always had: the one after the older rows' rows and panels.
  const listId = 1 + legacyRows.reduce((n, r) => n + (r.panels.length ? 1 + r.panels.length : 0), 0);
  const rows: RowSpec[] = [
    { key: "fleet", id: FLEET_FIRST_ID, title: "Fleet", panels: any ? fleetRow(fleet, listId) : [] },
    {
      key: "changes",
      id: FLEET_FIRST_ID + 10,
      title: "Scaling, restarts and lag",
      panels: any ? fleetChangesRow(fleet) : [],
    },
    ...legacyRows,
  ];
  const builder = new dashboard.DashboardBuilder(`Flink overview (${props.environment})`)
    .uid(props.uid)
    .description(`All Managed Flink applications monitored in ${props.environment}.`)
    .tags(["flink", "flink-overview", props.environment])
    .editable()
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .time({ from: "now-6h", to: "now" })
    .refresh(props.refresh ?? "")
    .timezone("utc")
    .withVariable(
      new dashboard.CustomVariableBuilder(TOP_N_VARIABLE)
        .label("Top N")
        .description("How many applications each time series panel draws (the worst by its measure).")
        .values([...new Set([...TOP_N_CHOICES, topN])].sort((a, b) => a - b).join(","))
        .current({ selected: true, text: String(topN), value: String(topN) }),
    )
    .withVariable(
      narrowingVariable(
        "team",
        "Team",
        groupNames(props.applications, names, (e) => e.team ?? NO_TEAM),
      ),
    )
    .withVariable(
      narrowingVariable(
        "runtime",
        "Runtime",
        groupNames(props.applications, names, (_, i) => targets[i].runtime),
      ),
    );
  if (acrossAccounts) {
    const accounts = [...new Set(targets.map((t) => t.account ?? ""))].sort();
    builder.withVariable(
      new dashboard.CustomVariableBuilder("account")
        .label("Account")
        .description("Narrows every panel to one linked account (All: every account).")
        .values(accounts.join(","))
        .includeAll(true)
        // Grafana's CloudWatch data source reads every linked account for `all`.
        .allValue("all")
        .multi(false)
        .current({ selected: true, text: "All", value: "$__all" }),
    );
  }
  builder.withVariable(
    applicationVariable(props.dataSource, names.length ? names : ["(none)"], {
      multi: true,
      // "All" lists every name in each panel's SEARCH; past CloudWatch's 1,024 characters the panels
      // would fail, so "All" becomes the wildcard: every application of the account in the region.
      ...(allNamesFit(names) ? {} : { allValue: "*" }),
      account: queryAccount,
      narrowing: NARROWING,
    }),
  );
  // A link per application in the header reads well for a handful; past that the header wraps into a
  // wall of names, and the status table (one row each) is the list.
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
  layoutRows(builder, rows, "$application", props.dataSource, queryAccount);
  const json = builder.build();
  if (!seriesLabels || !any) {
    // Without the status table (Grafana 10.4, or no application): a text panel listing every application
    // with its runtime and metrics level, below the rows.
    const bottom = Math.max(0, ...(json.panels ?? []).map((p) => (p.gridPos ? p.gridPos.y + p.gridPos.h : 0)));
    const accountCell = (account: string | undefined) => (acrossAccounts ? ` ${account ?? ""} |` : "");
    const lines = props.applications.map(
      (e, i) =>
        `| [${e.target.applicationName}](/d/${e.dashboardUid}) |${accountCell(e.target.account)} ${e.target.runtime} ` +
        `| ${targets[i].metricsLevel} | ${targets[i].source} |`,
    );
    const header = acrossAccounts
      ? ["| Application | Account | Runtime | Metrics level | Source |", "| --- | --- | --- | --- | --- |"]
      : ["| Application | Runtime | Metrics level | Source |", "| --- | --- | --- | --- |"];
    const listing = new text.PanelBuilder()
      .id(listId)
      .gridPos({ x: 0, y: bottom, w: 24, h: Math.min(4 + lines.length, 20) })
      .title("Applications")
      .description("Every monitored application with a link to its dashboard.")
      .mode(text.TextMode.Markdown)
      .content(
        lines.length ? [...header, ...lines].join("\n") : "No Flink application is monitored in this environment.",
      )
      .build();
    json.panels = [...(json.panels ?? []), listing];
  }
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
