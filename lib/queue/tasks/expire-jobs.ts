// Jobs whose answer date has passed without an award expire: one statement moves them (and only
// jobs still OPEN or GROUPS_INVITED, so a job awarded meanwhile is left alone), records the change
// with no actor, then the buyer's users are told. Safe to run twice: a second run finds nothing.
import "server-only";
import type { Database } from "@/lib/db/client";
import { notifyBuyerOrg } from "@/lib/notifications/notify";
import { isoDate, tokyoDate } from "./dates";
import { clock } from "@/lib/clock";

export const EXPIRY_REASON = "answer date passed";

interface ExpiredRow extends Record<string, unknown> {
  id: string;
  buyerOrgId: string;
  titleJa: string;
  titleEn: string;
  answerBy: Date | string;
}

export async function expireJobs(db: Pick<Database, "prisma" | "sql">, now = clock.now()): Promise<{ expired: string[] }> {
  const rows = await db.sql.query<ExpiredRow>(
    `WITH due AS (
       SELECT id, status FROM "Job"
       WHERE status IN ('OPEN', 'GROUPS_INVITED') AND "answerBy" < $1::date
       FOR UPDATE SKIP LOCKED
     ), moved AS (
       UPDATE "Job" j SET status = 'EXPIRED', "closedAt" = $2, "updatedAt" = $2
       FROM due WHERE j.id = due.id AND j.status = due.status
       RETURNING j.id, due.status AS "fromStatus", j."buyerOrgId", j."titleJa", j."titleEn", j."answerBy"
     ), logged AS (
       INSERT INTO "JobStatusChange" ("jobId", "fromStatus", "toStatus", "actorId", reason, "createdAt")
       SELECT id, "fromStatus", 'EXPIRED', NULL, $3, $2 FROM moved
     )
     SELECT id, "buyerOrgId", "titleJa", "titleEn", "answerBy" FROM moved`,
    [tokyoDate(now), now, EXPIRY_REASON],
  );
  for (const job of rows) {
    try {
      await notifyBuyerOrg(db.prisma, job.buyerOrgId, {
        kind: "job.expired",
        params: { title: job.titleJa, titleEn: job.titleEn, answerBy: isoDate(job.answerBy) },
        linkPath: `/jobs/${job.id}`,
      });
    } catch (error) {
      // The job has expired either way; one failed notification must not stop the others.
      console.warn(`[queue] could not notify the buyer of expired job ${job.id}: ${(error as Error).message}`);
    }
  }
  return { expired: rows.map((r) => r.id) };
}
