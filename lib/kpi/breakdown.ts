// The period's figures broken down by association, ward/city, process or buyer industry (federation
// staff; association staff may break their own association down by anything but association).
// How a record finds its key:
//  - order value: each member firm's share of an order goes to the firm's association or ward/city;
//    by industry, to the buyer's industry; by process, to every process the job asks for (an order
//    then counts under several processes, so those rows add up to more than the total);
//  - groups formed: the lead firm's association or ward/city, the job buyer's industry, the job's processes;
//  - participating and active firms: the firm's association or ward/city, every process it offers
//    (not applicable by buyer industry).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError } from "@/lib/authz/errors";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";
import { currentMonth } from "./series";
import { inJapanRange, ORDER_SHARES } from "./sql-parts";

import type { BreakdownDimension } from "./breakdown-dimensions";

export { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from "./breakdown-dimensions";

export interface BreakdownRow {
  key: string;
  orderValueYen: number | null;
  groupsFormed: number | null;
  participatingFirms: number | null;
  activeFirms: number | null;
}

/** Where a firm-linked fact finds its key, per dimension (null: not applicable). */
const FIRM_KEY: Record<BreakdownDimension, { join: string; key: string } | null> = {
  association: { join: "", key: `f."associationId"::text` },
  municipality: { join: "", key: `f."municipalityCode"` },
  process: { join: `JOIN "Capability" c ON c."firmId" = f.id`, key: `c."processCode"` },
  industry: null,
};

/**
 * By process, order value and groups formed come from raw_kpi_process_month (per association,
 * process and month; triggers keep it current): a job's order shares and groups count once under
 * each distinct process it asks for. A process is listed for a metric when at least one share or
 * group is behind it (`present` > 0), as when these were summed from the records themselves.
 */
function processSummarySql(metric: "order" | "groups", value: string, present: string): string {
  return `SELECT "processCode", '${metric}', sum(${value}) FROM raw_kpi_process_month
          WHERE month >= $2::date AND month < $3::date AND "associationId" = ANY($1::uuid[]) AND ${present} > 0 GROUP BY 1`;
}

/** By industry, reads the `shares` CTE (ORDER_SHARES) that kpiBreakdown defines. */
function orderValueSql(dimension: BreakdownDimension): string {
  if (dimension === "industry") return `SELECT s.buyer_industry, 'order', sum(s.value_yen) FROM shares s GROUP BY 1`;
  if (dimension === "process") return processSummarySql("order", `"valueYen"`, "shares");
  // By association or ward/city the per-firm summary is enough (a whole fiscal year is one row per firm).
  return `SELECT ${dimension === "association" ? `p."associationId"::text` : `f."municipalityCode"`}, 'order', sum(p."valueYen")
          FROM raw_kpi_firm_period p JOIN "Firm" f ON f.id = p."firmId"
          WHERE p.grain = $5 AND p."periodStart" >= $2::date AND p."periodStart" < $3::date AND p."associationId" = ANY($1::uuid[]) GROUP BY 1`;
}

function groupsSql(dimension: BreakdownDimension): string {
  const base = `FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId" WHERE ${inJapanRange(`g."formedAt"`)} AND f."associationId" = ANY($1::uuid[])`;
  if (dimension === "industry") return `SELECT b.industry::text, 'groups', count(*) FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId" JOIN "Job" j ON j.id = g."jobId" JOIN "BuyerOrganization" b ON b.id = j."buyerOrgId" WHERE ${inJapanRange(`g."formedAt"`)} AND f."associationId" = ANY($1::uuid[]) GROUP BY 1`;
  if (dimension === "process") return processSummarySql("groups", "groups", "groups");
  return `SELECT ${FIRM_KEY[dimension]?.key}, 'groups', count(*) ${base} GROUP BY 1`;
}

function firmsSql(dimension: BreakdownDimension): string[] {
  const firmKey = FIRM_KEY[dimension];
  if (!firmKey) return [];
  return [
    `SELECT ${firmKey.key}, 'participating', count(*) FROM "Firm" f ${firmKey.join}
     WHERE f.status = 'VERIFIED' AND f."verifiedAt" < ($3::date)::timestamp AT TIME ZONE 'Asia/Tokyo' AND f."associationId" = ANY($1::uuid[]) GROUP BY 1`,
    // Average of the monthly counts over the period's months so far: (firm, month) rows / months.
    `SELECT ${firmKey.key}, 'active', sum(a.months)::numeric / $4
     FROM (SELECT "firmId", count(*) AS months FROM raw_kpi_firm_month WHERE month >= $2::date AND month < $3::date GROUP BY 1) a
     JOIN "Firm" f ON f.id = a."firmId" ${firmKey.join}
     WHERE f."associationId" = ANY($1::uuid[]) GROUP BY 1`,
  ];
}

/** Months of the period that have started by `today` (at least one, to divide by). */
export function elapsedMonths(range: PeriodRange, today: Date): number {
  const current = currentMonth(today);
  let months = 0;
  for (let i = 0; i < range.months; i++) {
    const [y, m] = range.start.split("-").map(Number) as [number, number];
    const index = m - 1 + i;
    const month = `${y + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    if (month <= current) months++;
  }
  return Math.max(months, 1);
}

/** By association is the federation staff's view of the whole federation only. */
export function assertBreakdownAllowed(viewer: Viewer, scope: KpiScope, dimension: BreakdownDimension): void {
  if (dimension === "association" && (viewer.role !== "FEDERATION_STAFF" || scope.associationId !== null)) throw new NotFoundError("association");
}

export async function kpiBreakdown(sql: SqlConnection, viewer: Viewer, scope: KpiScope, range: PeriodRange, dimension: BreakdownDimension, today: Date): Promise<BreakdownRow[]> {
  // Association staff see their own association only: a breakdown by association would show others.
  assertBreakdownAllowed(viewer, scope, dimension);
  const parts = [orderValueSql(dimension), groupsSql(dimension), ...firmsSql(dimension)];
  return sql.query<BreakdownRow & Record<string, unknown>>(
    `WITH ${dimension === "industry" ? `shares AS (${ORDER_SHARES}),` : ""}
     facts(key, metric, value) AS (${parts.join(" UNION ALL ")})
     SELECT key,
       round(sum(value) FILTER (WHERE metric = 'order'))::float8 AS "orderValueYen",
       coalesce(sum(value) FILTER (WHERE metric = 'groups'), 0)::int AS "groupsFormed",
       ${FIRM_KEY[dimension] ? `coalesce(sum(value) FILTER (WHERE metric = 'participating'), 0)::int` : "NULL::int"} AS "participatingFirms",
       ${FIRM_KEY[dimension] ? `round(coalesce(sum(value) FILTER (WHERE metric = 'active'), 0))::int` : "NULL::int"} AS "activeFirms"
     FROM facts WHERE key IS NOT NULL GROUP BY key
     ORDER BY "orderValueYen" DESC NULLS LAST, key`,
    // $4 (months so far) is only read by the firm parts, which industry has none of; $5 (the
    // summary's grain) only by the order part by association or ward/city.
    [
      scope.associationIds, range.start, range.end,
      ...(FIRM_KEY[dimension] ? [elapsedMonths(range, today)] : []),
      ...(dimension === "association" || dimension === "municipality" ? [range.months === 12 ? "Y" : "M"] : []),
    ],
  );
}
