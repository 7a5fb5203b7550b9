/**
 * The dashboard link of a rule. Grafana stores it as two annotations that exist together or not at
 * all: grafana/grafana pkg/services/ngalert/models/alert_rule.go, `SetDashboardAndPanelFromAnnotations`,
 * rejects a rule with one of `__dashboardUid__`/`__panelId__` ("both annotations __dashboardUid__ and
 * __panelId__ must be specified") and a `__panelId__` that is not an integer; provisioning (the
 * provider's grafana_rule_group) goes through it.
 */

/** Annotation naming the dashboard of a rule. */
export const DASHBOARD_UID_ANNOTATION = "__dashboardUid__";
/** Annotation naming the panel of a rule on that dashboard. */
export const PANEL_ID_ANNOTATION = "__panelId__";

/** The dashboard a rule links to: its uid and the id of the panel showing each metric. */
export interface AlertDashboardLink {
  /** Dashboard uid. */
  readonly uid: string;
  /** Metric name → id of the first panel that queries it. */
  readonly panelIds: Readonly<Record<string, number>>;
}

/** The parts of a dashboard model read here (panels with their CloudWatch targets). */
interface DashboardPanels {
  readonly panels?: readonly {
    readonly id?: number;
    readonly type?: string;
    readonly targets?: readonly object[];
  }[];
}

/**
 * Metric name → id of the first panel (in dashboard order) whose queries read it, taken from the
 * dashboard model as built, so a rule's panel follows any change to the dashboard layout.
 */
export function panelIdsByMetric(model: DashboardPanels): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const panel of model.panels ?? []) {
    if (panel.id === undefined || panel.type === "row") continue;
    for (const target of panel.targets ?? []) {
      const name = (target as { readonly metricName?: unknown }).metricName;
      if (typeof name === "string" && !(name in ids)) ids[name] = panel.id;
    }
  }
  return ids;
}

/** Both link annotations for a rule reading `metricName`, or none when no panel shows it. */
export function dashboardLinkAnnotations(
  link: AlertDashboardLink | undefined,
  metricName: string,
): Record<string, string> {
  const panelId = link?.panelIds[metricName];
  if (!link || panelId === undefined) return {};
  return { [DASHBOARD_UID_ANNOTATION]: link.uid, [PANEL_ID_ANNOTATION]: String(panelId) };
}
