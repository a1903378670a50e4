// KGI participating firms and KSI monthly active firms, per month of a fiscal year.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { periodRange } from "./period";
import type { KpiScope } from "./scope";
import { currentMonth, fillFiscalYear, type MonthValue } from "./series";

/**
 * Participating firms at the end of each month: member firms whose status is VERIFIED and that were
 * verified before the month ended. Suspended or rejected firms are not counted (the status is
 * current; its history is not kept, so a firm suspended today also leaves past months).
 */
export async function participatingFirmsByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: number }>(
    `WITH verified AS MATERIALIZED (
       SELECT date_trunc('month', f."verifiedAt" AT TIME ZONE 'Asia/Tokyo')::date AS month_start, count(*) AS n
       FROM "Firm" f
       WHERE f.status = 'VERIFIED' AND f."verifiedAt" IS NOT NULL AND f."associationId" = ANY($1::uuid[])
         AND f."verifiedAt" < ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo'
       GROUP BY 1)
     SELECT to_char(ms, 'YYYY-MM') AS month,
            (SELECT coalesce(sum(n), 0) FROM verified v WHERE v.month_start <= ms)::int AS value
     FROM generate_series($2::date, $3::date - interval '1 month', interval '1 month') AS ms
     WHERE to_char(ms, 'YYYY-MM') <= $4`,
    [scope.associationIds, year.start, year.end, currentMonth(today)],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}

/** Monthly active firms: distinct member firms with at least one day of use (FirmActivity) in the
 *  month, read from raw_kpi_firm_month (one row per firm and month, kept by a trigger). */
export async function activeFirmsByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: number }>(
    `SELECT to_char(a.month, 'YYYY-MM') AS month, count(*)::int AS value
     FROM raw_kpi_firm_month a JOIN "Firm" f ON f.id = a."firmId"
     WHERE a.month >= $2::date AND a.month < $3::date AND f."associationId" = ANY($1::uuid[])
     GROUP BY 1`,
    [scope.associationIds, year.start, year.end],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}
