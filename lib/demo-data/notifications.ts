// A few realistic notifications for the demo accounts, so the bell shows something on first
// sign-in: buyers hear about hand raises and questions on their open jobs, firm users about new
// fitting jobs. Written after the jobs exist; texts are rendered from the catalogues when read.
import type { SqlConnection } from "@/lib/db/sql-connection";

const BUYERS = ["buyer@demo.kyodo.example", "buyer2@demo.kyodo.example"];
const FIRM_USERS = ["firm-admin@demo.kyodo.example", "firm-member@demo.kyodo.example", "press-admin@demo.kyodo.example"];

export async function addDemoNotifications(sql: SqlConnection, today: Date): Promise<number> {
  const at = (hoursBefore: number) => new Date(today.getTime() - hoursBefore * 3600_000);
  const buyerRows = await sql.query(
    `WITH latest AS (
       SELECT u.id AS "userId", j.id AS "jobId", j."titleJa", j."titleEn"
       FROM "User" u
       JOIN LATERAL (
         SELECT id, "titleJa", "titleEn" FROM "Job"
         WHERE "buyerOrgId" = u."buyerOrgId" AND "publishedAt" IS NOT NULL
         ORDER BY (status IN ('OPEN', 'GROUPS_INVITED')) DESC, "publishedAt" DESC, id LIMIT 1
       ) j ON true
       WHERE u.email = ANY($1::text[])
     ), firm AS (SELECT "nameJa" FROM "Firm" WHERE status = 'VERIFIED' ORDER BY "createdAt", id LIMIT 1)
     INSERT INTO "Notification" ("userId", kind, params, "linkPath", "readAt", "emailedAt", "createdAt")
     SELECT l."userId", k.kind,
            jsonb_build_object('title', l."titleJa", 'titleEn', l."titleEn", 'firm', (SELECT "nameJa" FROM firm)),
            '/jobs/' || l."jobId", k."readAt", k."createdAt", k."createdAt"
     FROM latest l
     CROSS JOIN (VALUES ('job.handRaised', NULL::timestamptz, $2::timestamptz),
                        ('job.questionAsked', NULL::timestamptz, $3::timestamptz),
                        ('job.published', $4::timestamptz, $5::timestamptz)) AS k(kind, "readAt", "createdAt")
     RETURNING id`,
    [BUYERS, at(3), at(20), at(40), at(50)],
  );
  const firmRows = await sql.query(
    `INSERT INTO "Notification" ("userId", kind, params, "linkPath", "readAt", "emailedAt", "createdAt")
     SELECT u.id, 'jobs.fitting', jsonb_build_object('count', 3), '/jobs', NULL, $2::timestamptz, $2::timestamptz
     FROM "User" u WHERE u.email = ANY($1::text[])
     RETURNING id`,
    [FIRM_USERS, at(16)],
  );
  return buyerRows.length + firmRows.length;
}
