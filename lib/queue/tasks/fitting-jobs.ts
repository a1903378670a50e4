// Which recently published jobs fit which firms: an OPEN job published in the window with at least
// one step whose process a verified firm offers, within the step's tolerance and size where the
// step states them (the same test as lib/jobs/fit-score.ts), and visible to the firm (open to all
// verified firms, or the firm is invited).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { isoDate } from "./dates";

export interface FittingJob {
  id: string;
  titleJa: string;
  titleEn: string;
  deadline: string;
  stepsJa: string;
  stepsEn: string;
}

export interface FittingJobs {
  /** firm id → ids of the jobs that fit it, newest first */
  byFirm: Map<string, string[]>;
  jobs: Map<string, FittingJob>;
}

export async function fittingJobs(sql: SqlConnection, window: { from: Date; to: Date }, firmIds?: readonly string[]): Promise<FittingJobs> {
  const pairs = await sql.query<{ firmId: string; jobId: string }>(
    `SELECT DISTINCT c."firmId", j.id AS "jobId", j."publishedAt"
     FROM "Job" j
     JOIN "JobStep" s ON s."jobId" = j.id
     JOIN "Capability" c ON c."processCode" = s."processCode"
       AND (s."toleranceUm" IS NULL OR c."bestToleranceUm" <= s."toleranceUm")
       AND (s."sizeMm" IS NULL OR c."maxWorkpieceMm" >= s."sizeMm")
     JOIN "Firm" f ON f.id = c."firmId" AND f.status = 'VERIFIED'
     WHERE j.status = 'OPEN' AND j."publishedAt" > $1 AND j."publishedAt" <= $2
       AND ($3::uuid[] IS NULL OR c."firmId" = ANY($3::uuid[]))
       AND (j.visibility = 'ALL_VERIFIED'
            OR EXISTS (SELECT 1 FROM "JobInvitedFirm" i WHERE i."jobId" = j.id AND i."firmId" = c."firmId"))
     ORDER BY j."publishedAt" DESC, j.id`,
    [window.from, window.to, firmIds ? [...firmIds] : null],
  );
  const byFirm = new Map<string, string[]>();
  for (const { firmId, jobId } of pairs) byFirm.set(firmId, [...(byFirm.get(firmId) ?? []), jobId]);
  const jobIds = [...new Set(pairs.map((p) => p.jobId))];
  const jobs = new Map<string, FittingJob>();
  if (jobIds.length === 0) return { byFirm, jobs };
  const details = await sql.query<{ id: string; titleJa: string; titleEn: string; deadline: Date | string; stepsJa: string; stepsEn: string }>(
    `SELECT j.id, j."titleJa", j."titleEn", j.deadline,
            string_agg(p."nameJa", ' → ' ORDER BY s.position) AS "stepsJa",
            string_agg(p."nameEn", ' → ' ORDER BY s.position) AS "stepsEn"
     FROM "Job" j JOIN "JobStep" s ON s."jobId" = j.id JOIN "Process" p ON p.code = s."processCode"
     WHERE j.id = ANY($1::uuid[])
     GROUP BY j.id`,
    [jobIds],
  );
  for (const d of details) jobs.set(d.id, { ...d, deadline: isoDate(d.deadline) });
  return { byFirm, jobs };
}
