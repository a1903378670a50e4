// "Jobs that fit us": the open jobs a firm may see, ranked by the share of the route it can do
// (process, and tolerance and size where stated), then by deadline. Filtering and ranking happen
// in SQL; a firm never sees a job that is invited-only unless it was invited.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { BoardFilters } from "./board-filters";

export const BOARD_PAGE_SIZE = 20;

export type BoardRow = {
  id: string;
  title_ja: string;
  title_en: string;
  buyer_org_id: string;
  buyer_name: string;
  deadline: string;
  quantity: number;
  budget_min_yen: string | null;
  budget_max_yen: string | null;
  delivery_municipality_code: string | null;
  processes: string[];
  steps: number;
  fitting: number;
  raised: boolean;
  published_at: string | null;
};

export async function listJobsForFirm(sql: SqlConnection, viewer: Viewer, filters: BoardFilters): Promise<{ rows: BoardRow[]; total: number }> {
  authorize(viewer, "job.view");
  const firmId = viewer.firmId ?? "00000000-0000-0000-0000-000000000000";
  const params: unknown[] = [firmId];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where = [
    `j.status IN ('OPEN', 'GROUPS_INVITED')`,
    `(j.visibility = 'ALL_VERIFIED' OR EXISTS (SELECT 1 FROM "JobInvitedFirm" i WHERE i."jobId" = j.id AND i."firmId" = $1))`,
  ];
  if (filters.q) where.push(`raw_search_fold(j."titleJa" || ' ' || j."titleEn" || ' ' || j."descriptionJa" || ' ' || j."descriptionEn" || ' ' || j."partName") LIKE '%' || raw_search_fold(${add(filters.q)}) || '%'`);
  if (filters.process) where.push(`EXISTS (SELECT 1 FROM "JobStep" x WHERE x."jobId" = j.id AND x."processCode" = ${add(filters.process)})`);
  if (filters.material) where.push(`EXISTS (SELECT 1 FROM "JobStep" x WHERE x."jobId" = j.id AND x."materialCode" = ${add(filters.material)})`);
  if (filters.area) where.push(`j."deliveryMunicipalityCode" = ${add(filters.area)}`);
  if (filters.deadlineBefore) where.push(`j.deadline <= ${add(filters.deadlineBefore)}::date`);
  if (filters.budgetMin !== undefined) where.push(`coalesce(j."budgetMaxYen", j."budgetMinYen") >= ${add(String(filters.budgetMin))}::bigint`);
  const having = filters.show === "fit" ? "HAVING count(*) FILTER (WHERE fits.ok) > 0" : "";
  const base = `
    FROM "Job" j
    JOIN "BuyerOrganization" b ON b.id = j."buyerOrgId"
    JOIN "JobStep" s ON s."jobId" = j.id
    CROSS JOIN LATERAL (SELECT EXISTS (
      SELECT 1 FROM "Capability" c WHERE c."firmId" = $1 AND c."processCode" = s."processCode"
        AND (s."toleranceUm" IS NULL OR c."bestToleranceUm" <= s."toleranceUm")
        AND (s."sizeMm" IS NULL OR c."maxWorkpieceMm" >= s."sizeMm")) AS ok) fits
    WHERE ${where.join(" AND ")}
    GROUP BY j.id, b.name ${having}`;
  const [count] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT j.id ${base}) t`, params);
  const rows = await sql.query<BoardRow>(
    `SELECT j.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, j."buyerOrgId" AS buyer_org_id, b.name AS buyer_name,
            to_char(j.deadline, 'YYYY-MM-DD') AS deadline, j.quantity, j."budgetMinYen"::text AS budget_min_yen, j."budgetMaxYen"::text AS budget_max_yen,
            j."deliveryMunicipalityCode" AS delivery_municipality_code, array_agg(s."processCode" ORDER BY s.position) AS processes,
            count(*)::int AS steps, (count(*) FILTER (WHERE fits.ok))::int AS fitting,
            EXISTS (SELECT 1 FROM "HandRaise" h WHERE h."jobId" = j.id AND h."firmId" = $1) AS raised,
            j."publishedAt"::text AS published_at
     ${base}
     ORDER BY (count(*) FILTER (WHERE fits.ok))::float / count(*) DESC, j.deadline ASC, j.id
     LIMIT ${BOARD_PAGE_SIZE} OFFSET ${(filters.page - 1) * BOARD_PAGE_SIZE}`,
    params,
  );
  return { rows, total: count?.n ?? 0 };
}
