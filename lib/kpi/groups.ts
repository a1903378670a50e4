// KSI joint-order groups formed and KPI matches made, per month of a fiscal year. Both are counted
// for the association of the group's lead firm, so associations add up to the federation.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { periodRange } from "./period";
import type { KpiScope } from "./scope";
import { fillFiscalYear, type MonthValue } from "./series";
import { inJapanRange, japanMonth } from "./sql-parts";

/** Groups formed: groups approved by staff (formedAt set) in the month, whatever became of them later. */
export async function groupsFormedByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: number }>(
    `SELECT ${japanMonth(`g."formedAt"`)} AS month, count(*)::int AS value
     FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId"
     WHERE ${inJapanRange(`g."formedAt"`)} AND f."associationId" = ANY($1::uuid[])
     GROUP BY 1`,
    [scope.associationIds, year.start, year.end],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}

/**
 * Matches made: groups proposed to firms from one of the matching service's suggestions
 * (sourceSuggestionId set, no longer a draft), on the day the group was created. A suggestion
 * nobody acted on is not a match; a group put together by hand is not one either.
 */
export async function matchesMadeByMonth(sql: SqlConnection, scope: KpiScope, fiscalYear: number, today: Date): Promise<MonthValue[]> {
  const year = periodRange({ kind: "fy", fiscalYear });
  const rows = await sql.query<{ month: string; value: number }>(
    `SELECT ${japanMonth(`g."createdAt"`)} AS month, count(*)::int AS value
     FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId"
     WHERE g."sourceSuggestionId" IS NOT NULL AND g.status <> 'DRAFT'
       AND ${inJapanRange(`g."createdAt"`)} AND f."associationId" = ANY($1::uuid[])
     GROUP BY 1`,
    [scope.associationIds, year.start, year.end],
  );
  return fillFiscalYear(fiscalYear, rows, today);
}
