// KGI: order value won through the platform, per month of a fiscal year (sum of contracted value,
// each order split over the member firms in scope by their share; see ORDER_SHARES), read from the
// monthly per-firm summary raw_kpi_firm_period.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { periodRange } from "./period";
import type { KpiScope } from "./scope";
import { fillFiscalYear, type MonthValue } from "./series";

export async function orderValueByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: string }>(
    `SELECT to_char("periodStart", 'YYYY-MM') AS month, round(sum("valueYen"))::text AS value
     FROM raw_kpi_firm_period
     WHERE grain = 'M' AND "periodStart" >= $2::date AND "periodStart" < $3::date AND "associationId" = ANY($1::uuid[])
     GROUP BY 1`,
    [scope.associationIds, year.start, year.end],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}
