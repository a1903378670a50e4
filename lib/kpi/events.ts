// KPI trade fairs and business meetings held, per month of a fiscal year, from the events staff
// record. Trade fairs, business meetings and factory tours for buyers count; seminars do not.
// The federation counts every event; an association counts the events it organised.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { periodRange } from "./period";
import type { KpiScope } from "./scope";
import { fillFiscalYear, type MonthValue } from "./series";
import { COUNTED_EVENT_KINDS } from "./sql-parts";

export async function eventsHeldByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: number }>(
    `SELECT to_char(e."heldOn", 'YYYY-MM') AS month, count(*)::int AS value
     FROM "BusinessEvent" e
     WHERE e."federationId" = $1 AND ($4::uuid IS NULL OR e."associationId" = $4::uuid)
       AND e.kind::text = ANY($5::text[]) AND e."heldOn" >= $2::date AND e."heldOn" < $3::date
     GROUP BY 1`,
    [scope.federationId, year.start, year.end, scope.associationId, [...COUNTED_EVENT_KINDS]],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}
