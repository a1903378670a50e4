// Capability gaps worth recruiting for: the processes that jobs published in the period ask for,
// ranked by how many such jobs there were per verified member firm (of the scope) able to do the
// process. A process no verified firm offers ranks first.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";
import { inJapanRange } from "./sql-parts";

export interface CapabilityGap {
  processCode: string;
  /** Jobs published in the period with at least one step of the process. */
  jobs: number;
  /** Verified member firms (of the scope) offering the process today. */
  capableFirms: number;
  jobsPerFirm: number;
}

export const GAP_ROWS = 10;

export async function capabilityGaps(sql: SqlConnection, scope: KpiScope, range: PeriodRange, limit = GAP_ROWS): Promise<CapabilityGap[]> {
  return sql.query<CapabilityGap & Record<string, unknown>>(
    `WITH demand AS (
       SELECT s."processCode" AS process_code, count(DISTINCT s."jobId") AS jobs
       FROM "JobStep" s JOIN "Job" j ON j.id = s."jobId"
       WHERE ${inJapanRange(`j."publishedAt"`)}
       GROUP BY 1),
     supply AS (
       SELECT c."processCode" AS process_code, count(*) AS firms
       FROM "Capability" c JOIN "Firm" f ON f.id = c."firmId"
       WHERE f.status = 'VERIFIED' AND f."associationId" = ANY($1::uuid[])
       GROUP BY 1)
     SELECT d.process_code AS "processCode", d.jobs::int AS jobs, coalesce(s.firms, 0)::int AS "capableFirms",
            round(d.jobs::numeric / greatest(coalesce(s.firms, 0), 1), 2)::float8 AS "jobsPerFirm"
     FROM demand d LEFT JOIN supply s ON s.process_code = d.process_code
     ORDER BY coalesce(s.firms, 0) = 0 DESC, d.jobs::numeric / greatest(coalesce(s.firms, 0), 1) DESC, d.jobs DESC, d.process_code
     LIMIT $4`,
    [scope.associationIds, range.start, range.end, limit],
  );
}
