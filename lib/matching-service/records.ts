// The materialised views of firms' delivery records, monthly scorecard figures and past
// partnerships that matching reads (migrations 20261123170000, 20261208050000). Refreshed by the queue every 15 minutes and after
// seeding. No "server-only" marker: the seed script calls it under plain Node.
import type { SqlConnection } from "@/lib/db/sql-connection";

/** Recomputes both views; readers keep reading the previous contents meanwhile (CONCURRENTLY). */
export async function refreshMatchingRecords(sql: SqlConnection): Promise<void> {
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_firm_record`);
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_partner`);
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_firm_month`);
  // Fresh statistics for matching's reads: a view never analysed looks empty to the planner, which
  // then tests every scorecard month against the candidates one by one (28 → 4.5 ms per load on the
  // 10,000-firm seed). Tens of milliseconds every refresh.
  await sql.query(`ANALYZE raw_match_firm_record, raw_match_partner, raw_match_firm_month`);
  // Candidates kept by an instance read the views: they change the stamp (after the refresh, so a
  // stamp read before it never labels the new contents), and the stamp's rows are folded into one
  // with the same sum (migration 20261209020000).
  await sql.query(`INSERT INTO raw_match_input_change DEFAULT VALUES`);
  await sql.query(
    `WITH folded AS (DELETE FROM raw_match_input_change RETURNING changes)
     INSERT INTO raw_match_input_change (changes) SELECT sum(changes) FROM folded HAVING count(*) > 0`,
  );
}
