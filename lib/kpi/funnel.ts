// The job funnel for jobs published in a period: posted → groups suggested → invited → approved →
// awarded → delivered. Each later stage counts the jobs that reached it with member firms of the
// scope involved (for the federation: any member firm). "Posted" is every published job: buyers
// post to the whole federation, not to one association. Stages are read from raw_kpi_job_funnel,
// which triggers keep per job and association (prisma/migrations/20261123180000_kpi_summaries).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";
import { inJapanRange } from "./sql-parts";

export const FUNNEL_STAGES = ["posted", "suggested", "invited", "approved", "awarded", "delivered"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export interface FunnelStep {
  stage: FunnelStage;
  jobs: number;
}

/** The summary's key for "any member firm" (the federation's view). */
const ANY_FIRM = "00000000-0000-0000-0000-000000000000";

export async function jobFunnel(sql: SqlConnection, scope: KpiScope, range: PeriodRange): Promise<FunnelStep[]> {
  const keys = scope.associationId === null ? [ANY_FIRM] : scope.associationIds;
  const [row] = await sql.query<Record<FunnelStage, number>>(
    `SELECT (SELECT count(*) FROM "Job" j WHERE ${inJapanRange(`j."publishedAt"`)})::int AS posted,
            (count(DISTINCT f."jobId") FILTER (WHERE f.suggested))::int AS suggested,
            (count(DISTINCT f."jobId") FILTER (WHERE f.invited))::int AS invited,
            (count(DISTINCT f."jobId") FILTER (WHERE f.approved))::int AS approved,
            (count(DISTINCT f."jobId") FILTER (WHERE f.awarded))::int AS awarded,
            (count(DISTINCT f."jobId") FILTER (WHERE f.delivered))::int AS delivered
     FROM raw_kpi_job_funnel f
     WHERE f."associationId" = ANY($1::uuid[]) AND ${inJapanRange(`f."publishedAt"`)}`,
    [keys, range.start, range.end],
  );
  return FUNNEL_STAGES.map((stage) => ({ stage, jobs: row?.[stage] ?? 0 }));
}
