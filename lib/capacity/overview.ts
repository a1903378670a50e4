// What staff see of their members' declarations: a week × process heat map of declared free
// capacity, and the share of member firms with a current declaration (a KPI figure). Only fresh
// declarations (four weeks) of verified firms in the staff member's scope count.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { resolveKpiScope, type KpiScope } from "@/lib/kpi/scope";
import { clock } from "@/lib/clock";
import { declaredWeekPieces, FRESH_FOR_DAYS, type CapacityLevel } from "./free-capacity";
import { declarationWeeks } from "./weeks";

const DAY_MS = 86_400_000;
const freshCutoff = (now: Date) => new Date(now.getTime() - FRESH_FOR_DAYS * DAY_MS).toISOString();

/** The staff member's scope (own association; federation staff: the federation or one association). */
export async function resolveCapacityScope(sql: SqlConnection, viewer: Viewer, requestedAssociationId?: string | null): Promise<KpiScope> {
  authorize(viewer, "capacity.overview");
  const scope = await resolveKpiScope(sql, viewer, requestedAssociationId);
  if (scope.associationId) authorize(viewer, "capacity.overview", { type: "association", id: scope.associationId, federationId: scope.federationId });
  return scope;
}

export interface HeatCell {
  /** Free pieces declared for the week (空きあり and 少し as parts of the firms' nominal weeks). */
  pieces: number;
  /** Firms that declared 空きあり. */
  open: number;
  /** Firms that declared anything. */
  declared: number;
}

export interface CapacityHeatmap {
  weeks: string[];
  processes: { code: string; nameJa: string; nameEn: string; cells: HeatCell[] }[];
  /** The largest cell, to shade the others against. */
  maxPieces: number;
}

export async function capacityHeatmap(sql: SqlConnection, scope: KpiScope, now = clock.now()): Promise<CapacityHeatmap> {
  const weeks = declarationWeeks(now);
  // Sums per week, process and level: the arithmetic is linear, so a level's pieces over many
  // firms are the pieces of the sum of their monthly capacities (or of their declared pieces).
  const rows = await sql.query<{ week: string; process_code: string; level: CapacityLevel; firms: number; monthly: number; pieces: number }>(
    `SELECT d."weekStart"::text AS week, d."processCode" AS process_code, d.level, count(*)::int AS firms,
            sum(c."monthlyCapacity")::float AS monthly, coalesce(sum(d.pieces), 0)::float AS pieces
       FROM "CapacityDeclaration" d
       JOIN "Firm" f ON f.id = d."firmId" AND f.status = 'VERIFIED' AND f."associationId" = ANY($1::uuid[])
       JOIN "Capability" c ON c."firmId" = d."firmId" AND c."processCode" = d."processCode"
      WHERE d."weekStart" BETWEEN $2::date AND $3::date AND d."declaredAt" >= $4::timestamptz
      GROUP BY 1, 2, 3`,
    [scope.associationIds, weeks[0], weeks.at(-1), freshCutoff(now)],
  );
  const processes = await sql.query<{ code: string; name_ja: string; name_en: string }>(
    `SELECT code, "nameJa" AS name_ja, "nameEn" AS name_en FROM "Process" WHERE code = ANY($1::text[]) ORDER BY "sortOrder", code`,
    [[...new Set(rows.map((r) => r.process_code))]],
  );
  const cells = new Map<string, HeatCell>();
  for (const r of rows) {
    const key = `${r.process_code}:${r.week}`;
    const cell = cells.get(key) ?? { pieces: 0, open: 0, declared: 0 };
    cell.pieces += declaredWeekPieces({ level: r.level, pieces: r.pieces }, r.monthly);
    cell.declared += r.firms;
    if (r.level === "OPEN") cell.open += r.firms;
    cells.set(key, cell);
  }
  const result = processes.map((p) => ({
    code: p.code,
    nameJa: p.name_ja,
    nameEn: p.name_en,
    cells: weeks.map((w) => {
      const cell = cells.get(`${p.code}:${w}`) ?? { pieces: 0, open: 0, declared: 0 };
      return { ...cell, pieces: Math.round(cell.pieces) };
    }),
  }));
  return { weeks, processes: result, maxPieces: Math.max(0, ...result.flatMap((p) => p.cells.map((c) => c.pieces))) };
}

/** Verified member firms in scope, and how many of them declared anything in the last four weeks. */
export async function declarationShare(sql: SqlConnection, scope: KpiScope, now = clock.now()): Promise<{ current: number; total: number }> {
  const [row] = await sql.query<{ current: number; total: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "CapacityDeclaration" d WHERE d."firmId" = f.id AND d."declaredAt" >= $2::timestamptz))::int AS current
       FROM "Firm" f WHERE f.status = 'VERIFIED' AND f."associationId" = ANY($1::uuid[])`,
    [scope.associationIds, freshCutoff(now)],
  );
  return row ?? { current: 0, total: 0 };
}

