// What the dashboard page and the printable report both load from the URL's search parameters.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { associationNames, type AssociationName } from "./associations";
import { loadKpiDashboard, type KpiDashboard } from "./dashboard";
import { fiscalYearOfDate } from "./period";
import { dashboardParamsSchema, firstValues, type DashboardParams } from "./schemas";
import { clock } from "@/lib/clock";
import type { TtlCache } from "@/lib/cache/ttl-cache";

export interface KpiPageData {
  dashboard: KpiDashboard;
  associations: AssociationName[];
  params: DashboardParams;
  /** The search parameters to repeat in CSV links and the report link. */
  query: string;
}

/** figuresCache: the process's shared KPI figures (figures-cache.ts) for the pages; none reads fresh. */
export async function loadKpiPage(db: Database, viewer: Viewer, searchParams: Record<string, string | string[] | undefined>, today = clock.now(), figuresCache?: TtlCache): Promise<KpiPageData> {
  const params = dashboardParamsSchema.parse(firstValues(searchParams));
  const period = params.period ?? { kind: "fy" as const, fiscalYear: fiscalYearOfDate(today) };
  const dashboard = await loadKpiDashboard(db, viewer, { period, associationId: params.association, breakdown: params.breakdown, today }, figuresCache);
  const associations = await associationNames(db.sql, dashboard.scope, viewer.role === "FEDERATION_STAFF");
  const query = new URLSearchParams({
    period: dashboard.range.code,
    ...(params.association ? { association: params.association } : {}),
    ...(params.breakdown ? { breakdown: params.breakdown } : {}),
  }).toString();
  return { dashboard, associations, params, query };
}
