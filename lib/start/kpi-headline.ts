// The KPI headline on a staff member's start page: the fiscal year's order value so far and the
// participating firms, each against its target, for the staff member's own scope. The figures come
// from the KPI dashboard's own queries (lib/kpi), so the two pages never disagree.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { participatingFirmsByMonth } from "@/lib/kpi/firms";
import { orderValueByMonth } from "@/lib/kpi/orders";
import { fiscalYearOfDate } from "@/lib/kpi/period";
import { resolveKpiScope } from "@/lib/kpi/scope";
import { targetsFor } from "@/lib/kpi/targets";

export interface KpiHeadline {
  fiscalYear: number;
  orderValueYen: number;
  /** The fiscal year's target; an association's is its share of the federation's (as on /kpi). */
  orderValueTargetYen: number;
  participatingFirms: number;
  participatingFirmsTarget: number;
}

export async function kpiHeadline(db: Database, viewer: Viewer, now: Date): Promise<KpiHeadline | null> {
  if (!can(viewer, "kpi.view")) return null;
  const scope = await resolveKpiScope(db.sql, viewer);
  const fiscalYear = fiscalYearOfDate(now);
  const [{ targets }, orders, firms] = await Promise.all([
    targetsFor(db.sql, scope.federationId, fiscalYear),
    orderValueByMonth(db.sql, scope, fiscalYear, now),
    participatingFirmsByMonth(db.sql, scope, fiscalYear, now),
  ]);
  const share = scope.associationId ? 1 / Math.max(scope.federationAssociationCount, 1) : 1;
  const months = (values: { value: number | null }[]) => values.filter((m) => m.value !== null).map((m) => m.value as number);
  return {
    fiscalYear,
    orderValueYen: months(orders).reduce((a, b) => a + b, 0),
    orderValueTargetYen: Math.round(targets.ORDER_VALUE_YEN * share),
    participatingFirms: months(firms).at(-1) ?? 0,
    participatingFirmsTarget: Math.round(targets.PARTICIPATING_FIRMS * share),
  };
}
