// The materialised views of firms' delivery records, monthly scorecard figures and past
// partnerships that matching reads (migrations 20261123170000, 20261208050000). Refreshed by the queue every 15 minutes and after
// seeding. No "server-only" marker: the seed script calls it under plain Node.
import type { SqlConnection } from "@/lib/db/sql-connection";

/** Recomputes both views; readers keep reading the previous contents meanwhile (CONCURRENTLY). */
export async function refreshMatchingRecords(sql: SqlConnection): Promise<void> {
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_firm_record`);
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_partner`);
  await sql.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY raw_match_firm_month`);
}
