// A job's date columns follow its history, as lib/jobs/transitions.ts stamps them in real use:
// awardedAt when it was awarded, closedAt when it closed, was cancelled or expired. The bulk
// history writes only the status changes; this derives the columns from them, so figures read
// from the columns (a buyer's award rate, days to award) agree with the history. The past orders'
// jobs have theirs stamped as they are generated (history.ts jobHistory): this fills the rest.
import type { SqlConnection } from "@/lib/db/sql-connection";

export async function stampJobDatesFromHistory(sql: SqlConnection): Promise<void> {
  // A past order whose route no verified firm of a small seed can do is abandoned after its job row
  // was written (lib/demo-data/history.ts addOrder): such a job has no history at all and never
  // happened. Every other job starts with its DRAFT status change.
  await sql.query(`DELETE FROM "Job" j WHERE NOT EXISTS (SELECT 1 FROM "JobStatusChange" c WHERE c."jobId" = j.id)`);
  await sql.query(
    `UPDATE "Job" j SET "awardedAt" = c.at
     FROM (SELECT "jobId", min("createdAt") AS at FROM "JobStatusChange" WHERE "toStatus" = 'AWARDED' GROUP BY "jobId") c
     WHERE c."jobId" = j.id AND j."awardedAt" IS NULL`,
  );
  await sql.query(
    `UPDATE "Job" j SET "closedAt" = c.at
     FROM (SELECT "jobId", max("createdAt") AS at FROM "JobStatusChange" WHERE "toStatus" IN ('CLOSED', 'CANCELLED', 'EXPIRED') GROUP BY "jobId") c
     WHERE c."jobId" = j.id AND j."closedAt" IS NULL AND j.status IN ('CLOSED', 'CANCELLED', 'EXPIRED')`,
  );
}
