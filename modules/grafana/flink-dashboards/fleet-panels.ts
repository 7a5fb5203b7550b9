/**
 * The overview's fleet panels whose model is not a set of metric reads: the status table (one row per
 * application, built from the applications the environment monitors joined with CloudWatch) and the
 * list of the environment's firing alerts. Each is one function from a declarative spec.
 */
import * as cloudwatch from "@grafana/grafana-foundation-sdk/cloudwatch";
import * as common from "@grafana/grafana-foundation-sdk/common";
import type * as cog from "@grafana/grafana-foundation-sdk/cog";
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as table from "@grafana/grafana-foundation-sdk/table";
import { APPLICATION_DIMENSION, FlinkMetric, dimensionProblems } from "../../flink-metrics";
import { flinkMetricQuery } from "../cloudwatch-query";
import { DataSourceRef } from "../cloudwatch-datasource";
import { queryPeriodSeconds } from "./panels";

/** One application's row of the status table, as the environment knows it. */
export interface StatusTableApplication {
  readonly applicationName: string;
  /** Over several accounts, the account it runs in. @default - one account: no Account column */
  readonly account?: string;
  readonly runtime: string;
  readonly team: string;
  /** Uid of its dashboard: the row's link. */
  readonly dashboardUid: string;
}

/**
 * One column of the status table, read from CloudWatch for every application on the table:
 * - `last`: the latest value of the metric;
 * - `growth`: how much a cumulative counter grew over the table's window (highest − lowest minute).
 * A column has one metric per runtime family or source (`reads`): an application publishes only its
 * own, so each row gets the value of the metric its runtime or source has.
 */
export interface StatusColumn {
  /** Column header; also the label the column's queries ask CloudWatch for (the `Series` label). */
  readonly title: string;
  readonly unit: string;
  readonly measure: "last" | "growth";
  readonly reads: readonly { readonly metric: FlinkMetric; readonly exact: boolean }[];
  /** Value from which the cell turns red (the alert rules' default threshold). @default - never red */
  readonly redFrom?: number;
  /** What an empty cell means, for the column that tells whether the application reports at all. @default - blank */
  readonly emptyText?: string;
}

/** The status table: rows, columns, the window its figures cover and how the rows are narrowed. */
export interface StatusTableSpec {
  readonly applications: readonly StatusTableApplication[];
  readonly columns: readonly StatusColumn[];
  /** Window of the figures (the panel's relative time), e.g. `1h`. */
  readonly window: string;
  /**
   * Regular expression (Grafana variables allowed) an application's name must match to be listed: the
   * dashboard's narrowing.
   */
  readonly nameFilter: string;
  /** Over several accounts: the account variable, which a row's Account must equal unless it is `all`. @default - none */
  readonly accountVariable?: string;
  /**
   * The `Application` values the queries read: the applications' names, or `*` (every application of
   * the account) when a SEARCH listing them would pass CloudWatch's 1,024 characters. The table does
   * not read `$application`: an application left out of it would show as silent.
   */
  readonly queriedApplications: readonly string[] | "*";
}

/** Name of the Grafana data source built into every Grafana (its `snapshot` query carries inline frames). */
const GRAFANA_DATASOURCE = { type: "grafana", uid: "grafana" };
/** The data source of a panel whose queries go to several data sources. */
const MIXED_DATASOURCE = { type: "datasource", uid: "-- Mixed --" };
/** RefId of the inline frame listing the applications. */
export const APPLICATIONS_REF_ID = "applications";
/** Column of the inline frame holding each application's dashboard uid (hidden; the link's target). */
export const DASHBOARD_FIELD = "Dashboard";
const EVERY_ACCOUNT_FIELD = "Every account";
/** The label Grafana 12 gives every CloudWatch series: the label its query asked for (the column title). */
const SERIES_LABEL = "Series";
/** The value field of every CloudWatch frame (pkg/tsdb/cloudwatch: `data.TimeSeriesValueFieldName`). */
const VALUE_FIELD = "Value";

/** The inline frame of the monitored applications (Grafana `DataFrameJSON`): every row, reporting or not. */
export function applicationsFrame(spec: StatusTableSpec): object {
  const apps = spec.applications;
  const accounts = apps.some((a) => a.account !== undefined);
  const fields: [string, string[]][] = [
    [APPLICATION_DIMENSION, apps.map((a) => a.applicationName)],
    ...(accounts ? ([["Account", apps.map((a) => a.account ?? "")]] as [string, string[]][]) : []),
    ["Runtime", apps.map((a) => a.runtime)],
    ["Team", apps.map((a) => a.team)],
    [DASHBOARD_FIELD, apps.map((a) => a.dashboardUid)],
    ...(accounts ? ([[EVERY_ACCOUNT_FIELD, apps.map(() => "all")]] as [string, string[]][]) : []),
  ];
  return {
    schema: { refId: APPLICATIONS_REF_ID, fields: fields.map(([name]) => ({ name, type: "string" })) },
    data: { values: fields.map(([, values]) => values) },
  };
}

/** The query of one column read: the applications' series of the metric, labelled with the column title. */
function columnQuery(
  column: StatusColumn,
  read: StatusColumn["reads"][number],
  refId: string,
  applications: readonly string[] | "*",
  ds: DataSourceRef,
  account: string | undefined,
): cloudwatch.CloudWatchMetricsQueryBuilder {
  const problems = dimensionProblems(read.metric, [APPLICATION_DIMENSION], read.exact);
  if (problems.length > 0) throw new Error(`status table column "${column.title}": ${problems.join("; ")}`);
  const q = flinkMetricQuery({
    refId,
    id: refId.toLowerCase(),
    dataSource: ds,
    metric: read.metric,
    statistic: read.metric.statistic,
    periodSeconds: queryPeriodSeconds(read.metric),
  })
    .metricEditorMode(cloudwatch.MetricEditorMode.Builder)
    .dimensions({ [APPLICATION_DIMENSION]: applications === "*" ? "*" : [...applications] })
    .matchExact(read.exact)
    // Grafana 12 labels each series with its dimensions and `Series`, the label asked for before
    // `|&|${PROP('Dim.Application')}` (pkg/tsdb/cloudwatch, `parseLabels`): the column's title.
    .label(column.title);
  if (account !== undefined) q.accountId(account);
  return q;
}

/** A query of the status table: its refId names its measure (`last…`, `growth…`). */
const refIdOf = (measure: StatusColumn["measure"], index: number) => `${measure}${index}`;

/**
 * The status table: one row per monitored application (an application that reports nothing still has
 * its row, empty), sortable, each cell red from the alert rules' default threshold, each name linking
 * to the application's dashboard.
 *
 * The rows are an inline frame of the applications (the Grafana data source's `snapshot` query, as
 * Grafana stores a dropped CSV file); every column is a CloudWatch query over the applications labelled
 * with the column's title. The transformations reduce each series to its latest value (or its growth
 * over the window), turn the series into rows by their `Application` and `Series` labels (Grafana 12's
 * label parsing; 10.4 gives series no such labels), keep each application's highest value per column,
 * pivot them into one column per title, and join that to the applications by name; the narrowing
 * variables then filter the rows.
 */
export function statusTablePanel(
  spec: StatusTableSpec,
  base: {
    readonly id: number;
    readonly gridPos: dashboard.GridPos;
    readonly title: string;
    readonly description: string;
  },
  ds: DataSourceRef,
  account: string | undefined,
): cog.Builder<dashboard.Panel> {
  // The foundation SDK has no builder for the Grafana data source's queries: this one is its JSON.
  const applications = {
    refId: APPLICATIONS_REF_ID,
    datasource: GRAFANA_DATASOURCE,
    queryType: "snapshot",
    snapshot: [applicationsFrame(spec)],
    _implementsDataqueryVariant: () => undefined,
  };
  const targets: cog.Builder<cog.Dataquery>[] = [{ build: () => applications }];
  const counters: Record<StatusColumn["measure"], number> = { last: 0, growth: 0 };
  for (const column of spec.columns) {
    for (const read of column.reads) {
      const refId = refIdOf(column.measure, counters[column.measure]++);
      targets.push(columnQuery(column, read, refId, spec.queriedApplications, ds, account));
    }
  }
  const measured = (measure: StatusColumn["measure"]) => ({ id: "byRefId", options: `/^${measure}\\d+$/` });
  const cloudWatch = { id: "byRefId", options: "/^(last|growth)\\d+$/" };
  // After merge the one frame's refId is `merge-<refIds>` (or, from a single frame, that frame's): every
  // frame but the applications'.
  const notApplications = { id: "byRefId", options: `/^(?!${APPLICATIONS_REF_ID}$)/` };
  const reduced = `${VALUE_FIELD} (max)`;
  const transformations: dashboard.DataTransformerConfig[] = [
    // Each series to one number: its latest value, or its growth over the window.
    { id: "reduce", filter: measured("last"), options: { mode: "reduceFields", reducers: ["lastNotNull"] } },
    { id: "reduce", filter: measured("growth"), options: { mode: "reduceFields", reducers: ["range"] } },
    // Into rows (Application, Series = the column title, Value), one table of every query's rows.
    {
      id: "labelsToFields",
      filter: cloudWatch,
      options: { mode: "columns", keepLabels: [APPLICATION_DIMENSION, SERIES_LABEL] },
    },
    { id: "merge", filter: cloudWatch, options: {} },
    // An application with several series of one column (one per stream or topic): its highest.
    {
      id: "groupBy",
      filter: notApplications,
      options: {
        fields: {
          [APPLICATION_DIMENSION]: { operation: "groupby", aggregations: [] },
          [SERIES_LABEL]: { operation: "groupby", aggregations: [] },
          [VALUE_FIELD]: { operation: "aggregate", aggregations: ["max"] },
        },
      },
    },
    // One row per application, one column per title.
    {
      id: "groupingToMatrix",
      filter: notApplications,
      options: { columnField: SERIES_LABEL, rowField: APPLICATION_DIMENSION, valueField: reduced, emptyValue: "null" },
    },
    {
      id: "organize",
      options: { renameByName: { [`${APPLICATION_DIMENSION}\\${SERIES_LABEL}`]: APPLICATION_DIMENSION } },
    },
    // Every monitored application, with its figures where it reported any.
    { id: "joinByField", options: { byField: APPLICATION_DIMENSION, mode: "outer" } },
    {
      id: "filterByValue",
      options: {
        type: "include",
        match: "all",
        filters: [{ fieldName: APPLICATION_DIMENSION, config: { id: "regex", options: { value: spec.nameFilter } } }],
      },
    },
    ...(spec.accountVariable === undefined
      ? []
      : [
          {
            id: "filterByValue",
            options: {
              type: "include",
              match: "any",
              filters: ["Account", EVERY_ACCOUNT_FIELD].map((fieldName) => ({
                fieldName,
                config: { id: "regex", options: { value: `^${spec.accountVariable}$` } },
              })),
            },
          },
        ]),
    {
      id: "organize",
      options: {
        // The Dashboard column stays in the frame, hidden below: a data link reads only the row's fields.
        // A query that returned nothing leaves a frame without `Series`, hence a column named Value.
        excludeByName: { [EVERY_ACCOUNT_FIELD]: true, [VALUE_FIELD]: true },
        indexByName: Object.fromEntries(
          [APPLICATION_DIMENSION, "Account", "Runtime", "Team", ...spec.columns.map((c) => c.title)].map((name, i) => [
            name,
            i,
          ]),
        ),
        renameByName: {},
      },
    },
  ];
  const panel = new table.PanelBuilder()
    .id(base.id)
    .gridPos(base.gridPos)
    .title(base.title)
    .description(base.description)
    .datasource(MIXED_DATASOURCE)
    .targets(targets)
    .timeFrom(spec.window)
    .transformations(transformations)
    .showHeader(true)
    .filterable(true)
    .cellHeight(common.TableCellHeight.Sm)
    .sortBy([new common.TableSortByFieldStateBuilder().displayName(APPLICATION_DIMENSION).desc(false)])
    .thresholds(
      new dashboard.ThresholdsConfigBuilder()
        .mode(dashboard.ThresholdsMode.Absolute)
        .steps([{ value: null, color: "transparent" }]),
    )
    .overrideByName(DASHBOARD_FIELD, [{ id: "custom.hidden", value: true }])
    .overrideByName(APPLICATION_DIMENSION, [
      {
        id: "links",
        value: [
          {
            title: "Dashboard of ${__data.fields." + APPLICATION_DIMENSION + "}",
            url: "/d/${__data.fields." + DASHBOARD_FIELD + "}?${__url_time_range}",
          },
        ],
      },
    ]);
  for (const column of spec.columns) {
    const properties: dashboard.DynamicConfigValue[] = [{ id: "unit", value: column.unit }];
    if (column.redFrom !== undefined) {
      properties.push(
        {
          id: "thresholds",
          value: {
            mode: "absolute",
            steps: [
              { value: null, color: "green" },
              { value: column.redFrom, color: "red" },
            ],
          },
        },
        { id: "custom.cellOptions", value: { type: "color-text" } },
      );
    }
    if (column.emptyText !== undefined) {
      properties.push(
        {
          id: "mappings",
          value: [
            { type: "special", options: { match: "null+nan", result: { text: column.emptyText, color: "red" } } },
          ],
        },
        { id: "custom.cellOptions", value: { type: "color-text" } },
      );
    }
    panel.overrideByName(column.title, properties);
  }
  return panel;
}

/** The alert list: the environment's firing and pending alert instances. */
export interface AlertListSpec {
  /** The folder holding the environment's rule groups. @default - any folder */
  readonly folder?: { readonly uid: string; readonly title: string };
  /** Label matchers an instance must satisfy (Grafana variables allowed), e.g. `environment="prod"`. */
  readonly matchers: readonly string[];
  /** Most instances listed. */
  readonly maxItems: number;
}

/**
 * The list of the environment's alert instances that fire or are pending, most important first. The
 * panel selects rules by state first (a rule whose query fails stays normal: `Error` is an instance
 * state and the rule's health), so `error` only keeps erroring instances of listed rules. Grafana 10.4
 * matches the folder by title and 12 by uid (public/app/plugins/panel/alertlist, `UnifiedAlertList`):
 * both are given.
 */
export function alertListPanel(
  spec: AlertListSpec,
  base: {
    readonly id: number;
    readonly gridPos: dashboard.GridPos;
    readonly title: string;
    readonly description: string;
  },
): cog.Builder<dashboard.Panel> {
  return new dashboard.PanelBuilder()
    .type("alertlist")
    .id(base.id)
    .gridPos(base.gridPos)
    .title(base.title)
    .description(base.description)
    .options({
      viewMode: "list",
      groupMode: "default",
      groupBy: [],
      maxItems: spec.maxItems,
      // 3: by importance (firing, then pending, then the rest).
      sortOrder: 3,
      dashboardAlerts: false,
      alertName: "",
      alertInstanceLabelFilter: `{${spec.matchers.join(", ")}}`,
      datasource: "grafana",
      ...(spec.folder ? { folder: { uid: spec.folder.uid, title: spec.folder.title } } : {}),
      showInstances: true,
      stateFilter: { firing: true, pending: true, error: true, noData: false, normal: false, recovering: false },
    });
}
