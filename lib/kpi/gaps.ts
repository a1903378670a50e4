// Capability gaps worth recruiting for: the processes that jobs published in the period ask for,
// ranked by how many such jobs there were per verified member firm (of the scope) able to do the
// process. A process no verified firm offers ranks first. Jobs per process and month of publication
// are read from raw_kpi_process_jobs (prisma/migrations/20261124130000_kpi_process_summaries), which
// triggers keep in step with jobs and their steps.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";

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
       SELECT "processCode" AS process_code, sum(jobs) AS jobs
       FROM raw_kpi_process_jobs
       WHERE month >= $2::date AND month < $3::date
       GROUP BY 1 HAVING sum(jobs) > 0),
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
