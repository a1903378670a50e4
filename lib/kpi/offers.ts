// How quoting goes, from the offers themselves: why offers lose (the reasons declined offers were
// given, in aggregate — never which firm), the median days from a job's posting to its first
// offer, and how many groups sent an offer per job. Offers count for the scope whose member firm
// leads the group; jobs are those published in the period, declines those decided in it.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { OfferDeclineReason } from "@/lib/generated/prisma/enums";
import type { PeriodRange } from "./period";
import type { KpiScope } from "./scope";
import { inJapanRange } from "./sql-parts";

export interface OfferInsights {
  lossReasons: { reason: OfferDeclineReason; offers: number }[];
  /** Jobs published in the period that received at least one offer. */
  jobsWithOffers: number;
  medianDaysToFirstOffer: number | null;
  offersPerJob: number | null;
}

export async function offerInsights(sql: SqlConnection, scope: KpiScope, range: PeriodRange): Promise<OfferInsights> {
  const params = [scope.associationIds, range.start, range.end];
  const [reasons, [timing]] = await Promise.all([
    sql.query<{ reason: OfferDeclineReason; offers: number }>(
      `SELECT o."declineReason"::text AS reason, count(*)::int AS offers
       FROM "GroupOffer" o JOIN "JointOrderGroup" g ON g.id = o."groupId" JOIN "Firm" f ON f.id = g."leadFirmId"
       WHERE o.status = 'DECLINED' AND o."declineReason" IS NOT NULL AND f."associationId" = ANY($1::uuid[]) AND ${inJapanRange(`o."decidedAt"`)}
       GROUP BY 1 ORDER BY 2 DESC, 1`,
      params,
    ),
    sql.query<{ jobs: number; median: number | null; perJob: number | null }>(
      `WITH offered AS (
         SELECT o."jobId", o."groupId", min(o."sentAt") AS first_sent
         FROM "GroupOffer" o JOIN "JointOrderGroup" g ON g.id = o."groupId" JOIN "Firm" f ON f.id = g."leadFirmId"
         WHERE o."sentAt" IS NOT NULL AND f."associationId" = ANY($1::uuid[])
         GROUP BY o."jobId", o."groupId"
       ), per_job AS (
         SELECT j.id, j."publishedAt", min(x.first_sent) AS first_offer, count(*) AS groups
         FROM "Job" j JOIN offered x ON x."jobId" = j.id
         WHERE ${inJapanRange(`j."publishedAt"`)}
         GROUP BY j.id, j."publishedAt"
       )
       SELECT count(*)::int AS jobs,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_offer - "publishedAt") / 86400))::numeric, 1)::float8 AS median,
              round(avg(groups)::numeric, 2)::float8 AS "perJob"
       FROM per_job`,
      params,
    ),
  ]);
  return { lossReasons: reasons, jobsWithOffers: timing?.jobs ?? 0, medianDaysToFirstOffer: timing?.median ?? null, offersPerJob: timing?.perJob ?? null };
}
