// The seed's history is written with the KPI summary triggers off and the summaries brought up to
// date afterwards, in the same transaction (issue 23 item 5, decision 025). Per statement, the
// triggers refreshed each job's funnel row five times (after its job, suggestion members, group,
// members and order were written) and re-read the growing summaries after every 2,000 orders, which
// also needed fresh statistics as the tables grew. Caught up afterwards, each summary is written
// once from the finished rows, with the same functions the triggers call.
//
// The result is the triggers' result: the history only inserts, and in each batch a job's steps
// come before its groups and members, and those before its order (TABLE_COLUMNS order), so when
// the triggers ran, a group member found no order of its group to re-split and new steps found no
// share or group of their job to recount. What was left is replayed here: each job's (job, process)
// pairs, each formed group's process facts, each order's shares (whose own triggers, left on, add
// to the firm periods, first buyers and process facts) and each job's funnel. The sums are
// additive and the rest is recomputed from the finished rows, so neither order nor chunking
// changes them; tests/demo-data/deferred-summaries.test.ts compares every summary table with a
// seed written with the triggers on.
//
// Disabling a trigger is transactional: if the seed fails, the rollback takes the rows and the
// switch with it, and no other session ever sees the triggers off (the ALTER locks the tables).
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { TableName } from "./table-rows";

/** The KPI triggers that fire on the history's inserts, all replayed by catchUp. */
const DEFERRED: readonly (readonly [TableName, string])[] = [
  ["Job", "raw_kpi_job_inserted"],
  ["JobStep", "raw_kpi_process_steps_inserted"],
  ["MatchSuggestionMember", "raw_kpi_suggestion_member_inserted"],
  ["JointOrderGroup", "raw_kpi_group_inserted"],
  ["JointOrderGroup", "raw_kpi_process_groups_inserted"],
  ["GroupMember", "raw_kpi_member_changed"],
  ["GroupMember", "raw_kpi_group_member_inserted"],
  ["Order", "raw_kpi_order_shares_inserted"],
  ["Order", "raw_kpi_order_inserted"],
];

/** Jobs per catch-up statement: large enough for set-based plans, small enough for plain index lookups. */
const CHUNK = 20_000;

/** What the history wrote, in the order it wrote it. */
export interface HistoryIds {
  jobs: string[];
  groups: string[];
  orders: string[];
}

/** Turns the summary triggers off for this transaction; refuses if a KPI trigger on insert is not one
 *  catchUp knows how to replay (a new one would otherwise leave its summary silently short). */
export async function deferSummaryTriggers(tx: SqlConnection): Promise<void> {
  const tables = [...new Set(DEFERRED.map(([table]) => table))];
  const found = await tx.query<{ tablename: string; name: string }>(
    `SELECT c.relname AS tablename, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relname = ANY($1::text[]) AND NOT t.tgisinternal AND t.tgname LIKE 'raw_kpi%' AND (t.tgtype & 4) <> 0`,
    [tables],
  );
  const known = new Set(DEFERRED.map(([table, name]) => `${table}.${name}`));
  const unknown = found.map((t) => `${t.tablename}.${t.name}`).filter((key) => !known.has(key));
  if (unknown.length) throw new Error(`summary triggers the seed cannot replay: ${unknown.join(", ")} (lib/demo-data/deferred-summaries.ts)`);
  for (const [table, name] of DEFERRED) await tx.query(`ALTER TABLE "${table}" DISABLE TRIGGER ${name}`);
}

/** Replays what the deferred triggers would have written, then turns them back on. */
export async function catchUp(tx: SqlConnection, ids: HistoryIds): Promise<void> {
  // Statistics first: the catch-up joins tables that were nearly empty when last analysed.
  await tx.query(`ANALYZE "Job", "JobStep", "MatchRun", "MatchSuggestion", "MatchSuggestionMember", "JointOrderGroup", "GroupMember", "Order"`);
  for (let start = 0; start < ids.jobs.length; start += CHUNK) {
    const jobs = ids.jobs.slice(start, start + CHUNK);
    await tx.query(`SELECT raw_kpi_add_process_steps(array_agg("jobId"), array_agg("processCode"), array_agg(1)) FROM "JobStep" WHERE "jobId" = ANY($1::uuid[])`, [jobs]);
  }
  for (let start = 0; start < ids.groups.length; start += CHUNK) {
    const groups = ids.groups.slice(start, start + CHUNK);
    await tx.query(
      `SELECT raw_kpi_add_process_facts(array_agg(f."associationId"), array_agg(g."jobId"), array_agg(raw_kpi_japan_month(g."formedAt")), array_agg(0::numeric), array_agg(0), array_agg(1))
       FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId"
       WHERE g.id = ANY($1::uuid[]) AND g."formedAt" IS NOT NULL AND g."jobId" IS NOT NULL HAVING count(*) > 0`,
      [groups],
    );
  }
  for (let start = 0; start < ids.orders.length; start += CHUNK) {
    await tx.query(`SELECT raw_kpi_refresh_orders($1::uuid[])`, [ids.orders.slice(start, start + CHUNK)]);
  }
  await tx.query(`ANALYZE raw_kpi_order_share, raw_kpi_firm_buyer, raw_kpi_firm_period, raw_kpi_process_month, raw_kpi_process_jobs`);
  for (let start = 0; start < ids.jobs.length; start += CHUNK) {
    await tx.query(`SELECT raw_kpi_refresh_jobs($1::uuid[])`, [ids.jobs.slice(start, start + CHUNK)]);
  }
  for (const [table, name] of DEFERRED) await tx.query(`ALTER TABLE "${table}" ENABLE TRIGGER ${name}`);
}
