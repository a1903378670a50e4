// For the benchmarks' `--declare-all`: gives every verified firm a current capacity declaration for
// each process it offers and each of the twelve weeks (issue 21 item 8: "with declarations for every
// firm"). Levels are spread by a hash of the row, so every run writes the same data; rows already
// there are made current with the same levels. Bench databases only: it rewrites declarations.
import type { SqlConnection } from "@/lib/db/sql-connection";
import { declarationWeeks } from "@/lib/capacity/weeks";

export async function declareForEveryFirm(sql: SqlConnection, now: Date): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `WITH written AS (
       INSERT INTO "CapacityDeclaration" ("firmId", "processCode", "weekStart", level, pieces, "declaredAt")
       SELECT c."firmId", c."processCode", w.week,
              (ARRAY['OPEN', 'SOME', 'NONE', 'OPEN', 'SOME'])[1 + abs(hashtext(c.id::text || w.week::text)) % 5]::"CapacityLevel", NULL, $2::timestamptz
         FROM "Capability" c JOIN "Firm" f ON f.id = c."firmId" AND f.status = 'VERIFIED'
        CROSS JOIN unnest($1::date[]) AS w(week)
       ON CONFLICT ("firmId", "processCode", "weekStart") DO UPDATE SET level = EXCLUDED.level, pieces = NULL, "declaredAt" = EXCLUDED."declaredAt"
       RETURNING 1)
     SELECT count(*)::int AS n FROM written`,
    [declarationWeeks(now), now.toISOString()],
  );
  // Every run rewrites ~200,000 rows: without VACUUM the figures measured the dead versions the
  // upsert leaves (more dead rows than live ones after a second run) rather than the table as
  // autovacuum keeps it.
  await sql.query(`VACUUM ANALYZE "CapacityDeclaration"`);
  return row?.n ?? 0;
}
