// How reliable a buyer is, from its records over the last 24 months, so firms can judge whether a
// job is worth their effort: jobs published, the share that ended in an award, and the average
// days from publication to award.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { clock } from "@/lib/clock";

export interface BuyerReliability {
  published: number;
  decided: number;
  awarded: number;
  /** awarded / decided (jobs that reached an outcome), null when none decided yet */
  awardShare: number | null;
  averageDaysToAward: number | null;
}

export async function buyerReliability(sql: SqlConnection, buyerOrgId: string, today = clock.now()): Promise<BuyerReliability> {
  const [row] = await sql.query<{ published: number; decided: number; awarded: number; avg_days: number | null }>(
    `SELECT count(*)::int AS published,
            count(*) FILTER (WHERE status IN ('AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED', 'CANCELLED', 'EXPIRED'))::int AS decided,
            count(*) FILTER (WHERE "awardedAt" IS NOT NULL)::int AS awarded,
            avg(EXTRACT(EPOCH FROM ("awardedAt" - "publishedAt")) / 86400.0) FILTER (WHERE "awardedAt" IS NOT NULL)::float AS avg_days
     FROM "Job"
     WHERE "buyerOrgId" = $1 AND "publishedAt" IS NOT NULL AND "publishedAt" >= $2::timestamptz - interval '24 months'`,
    [buyerOrgId, today.toISOString()],
  );
  const r = row ?? { published: 0, decided: 0, awarded: 0, avg_days: null };
  return {
    published: r.published,
    decided: r.decided,
    awarded: r.awarded,
    awardShare: r.decided > 0 ? r.awarded / r.decided : null,
    averageDaysToAward: r.avg_days === null ? null : Math.round(r.avg_days * 10) / 10,
  };
}
