// raw_kpi_process_month (the breakdown by process) must always equal what it summarises: order
// shares and approved groups, each under every distinct process of its job, per association and
// month. After each kind of write that feeds it, the summary is compared with the same figures
// computed from the records on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { kpiBreakdown } from "@/lib/kpi/breakdown";
import { periodRange } from "@/lib/kpi/period";
import { resolveKpiScope } from "@/lib/kpi/scope";
import { createTestDatabase } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewer-of";
import { EMAILS, IDS, insertKpiFixture, TODAY } from "./fixture";

const M = 1_000_000;

/** The summary's figures computed from the records themselves. */
const FROM_RECORDS = `
  SELECT association_id, process, month, sum(value_yen) AS value_yen, sum(shares)::int AS shares, sum(groups)::int AS groups FROM (
    SELECT s."associationId" AS association_id, p.process, date_trunc('month', s."contractedOn")::date AS month, s."valueYen" AS value_yen, 1 AS shares, 0 AS groups
    FROM raw_kpi_order_share s CROSS JOIN LATERAL (SELECT DISTINCT "processCode" AS process FROM "JobStep" WHERE "jobId" = s."jobId") p
    UNION ALL
    SELECT f."associationId", p.process, date_trunc('month', g."formedAt" AT TIME ZONE 'Asia/Tokyo')::date, 0, 0, 1
    FROM "JointOrderGroup" g JOIN "Firm" f ON f.id = g."leadFirmId"
    CROSS JOIN LATERAL (SELECT DISTINCT "processCode" AS process FROM "JobStep" WHERE "jobId" = g."jobId") p
    WHERE g."formedAt" IS NOT NULL) x
  GROUP BY 1, 2, 3`;
/** Jobs published per process and month (capability gaps' demand), from the records. */
const JOBS_FROM_RECORDS = `
  SELECT s."processCode", date_trunc('month', j."publishedAt" AT TIME ZONE 'Asia/Tokyo')::date AS month, count(*)::int AS jobs
  FROM (SELECT DISTINCT "jobId", "processCode" FROM "JobStep") s JOIN "Job" j ON j.id = s."jobId" WHERE j."publishedAt" IS NOT NULL
  GROUP BY 1, 2`;
const JOBS_SUMMARY = `SELECT "processCode", month, jobs FROM raw_kpi_process_jobs WHERE jobs <> 0`;
/** The summary's rows that count (rows left at zero by taking facts away are harmless). */
const SUMMARY = `SELECT "associationId", "processCode", month, "valueYen", shares, groups FROM raw_kpi_process_month WHERE shares <> 0 OR groups <> 0 OR "valueYen" <> 0`;

describe("the per-process summaries follow every write that feeds them", () => {
  let db: Database;
  const q = (text: string, params: unknown[] = []) => db.sql.query(text, params);
  /** Rows in one and not the other, both ways (none when the summary is right). */
  const differences = async () => [
    ...(await q(`(${SUMMARY} EXCEPT ${FROM_RECORDS}) UNION ALL (${FROM_RECORDS} EXCEPT ${SUMMARY})`)),
    ...(await q(`(${JOBS_SUMMARY} EXCEPT ${JOBS_FROM_RECORDS}) UNION ALL (${JOBS_FROM_RECORDS} EXCEPT ${JOBS_SUMMARY})`)),
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertKpiFixture(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("is filled by the fixture's inserts and gives the breakdown by process", async () => {
    expect(await differences()).toEqual([]);
    expect((await q(`SELECT count(*)::int AS n FROM raw_kpi_process_month`))[0]?.n).toBeGreaterThan(0);
    expect((await q(`SELECT count(*)::int AS n FROM raw_kpi_process_jobs`))[0]?.n).toBeGreaterThan(0);
    const fed = await viewerOf(db, EMAILS.fedStaff, { twoFactorPending: false });
    const all = await resolveKpiScope(db.sql, fed);
    expect((await kpiBreakdown(db.sql, fed, all, periodRange({ kind: "fy", fiscalYear: 2026 }), "process", TODAY)).map((r) => [r.key, r.orderValueYen, r.groupsFormed])).toEqual([
      ["turning", 28 * M, 2],
      ["grinding", 20 * M, 1],
      ["plating", 8 * M, 1],
    ]);
  });

  it.each([
    ["a group approved", `UPDATE "JointOrderGroup" SET "formedAt" = '2026-09-30T16:00:00Z', status = 'APPROVED' WHERE id = '${IDS.g4}'`],
    ["an order for it", `INSERT INTO "Order" ("jobId", "groupId", "buyerOrgId", "contractedValueYen", "contractedOn", "dueOn", status) VALUES ('${IDS.j4}', '${IDS.g4}', '${IDS.buyerY}', 3000000, '2026-10-02', '2027-03-31', 'IN_PRODUCTION')`],
    ["a member accepting", `UPDATE "GroupMember" SET status = 'ACCEPTED', "shareBasisPoints" = 10000 WHERE "groupId" = '${IDS.g4}'`],
    ["a step added to a job with orders and groups", `INSERT INTO "JobStep" ("jobId", position, "processCode", quantity) VALUES ('${IDS.j2}', 3, 'plating', 10)`],
    ["a step asking for another process", `UPDATE "JobStep" SET "processCode" = 'grinding' WHERE "jobId" = '${IDS.j3}' AND "processCode" = 'turning'`],
    ["a step removed", `DELETE FROM "JobStep" WHERE "jobId" = '${IDS.j2}' AND position = 3`],
    ["a second step of a process the job already asks for", `INSERT INTO "JobStep" ("jobId", position, "processCode", quantity) VALUES ('${IDS.j2}', 3, 'turning', 10)`],
    ["an order's value changed", `UPDATE "Order" SET "contractedValueYen" = 24000000 WHERE "groupId" = '${IDS.g2}'`],
    ["a contract moved to another month", `UPDATE "Order" SET "contractedOn" = '2026-08-31' WHERE "groupId" = '${IDS.g3}'`],
    ["shares renegotiated", `UPDATE "GroupMember" SET "shareBasisPoints" = 7000 WHERE "groupId" = '${IDS.g2}' AND "firmId" = '${IDS.a1}'`],
    ["a lead firm moving to another association", `UPDATE "Firm" SET "associationId" = '${IDS.assocB}' WHERE id = '${IDS.a1}'`],
    ["a group's lead changed", `UPDATE "JointOrderGroup" SET "leadFirmId" = '${IDS.a2}' WHERE id = '${IDS.g2}'`],
    ["an approval moved to another month", `UPDATE "JointOrderGroup" SET "formedAt" = '2026-05-31T15:30:00Z' WHERE id = '${IDS.g3}'`],
    ["an order cancelled", `UPDATE "Order" SET status = 'CANCELLED' WHERE "groupId" = '${IDS.g1}'`],
    ["an order deleted", `DELETE FROM "Order" WHERE "groupId" = '${IDS.g4}'`],
    ["a group deleted", `DELETE FROM "JointOrderGroup" WHERE id = '${IDS.g4}'`],
    ["a job published later", `UPDATE "Job" SET "publishedAt" = '2026-10-31T15:30:00Z' WHERE id = '${IDS.j5}'`],
    ["a job withdrawn from publication", `UPDATE "Job" SET "publishedAt" = NULL WHERE id = '${IDS.j4}'`],
    ["a new job with its steps", `INSERT INTO "Job" (id, "buyerOrgId", "titleJa", quantity, deadline, status, "publishedAt", "updatedAt") VALUES ('00000000-0000-4000-8000-000000000046', '${IDS.buyerX}', '部品', 5, '2027-03-31', 'OPEN', '2026-11-01T00:00:00Z', now());
      INSERT INTO "JobStep" ("jobId", position, "processCode", quantity) VALUES ('00000000-0000-4000-8000-000000000046', 1, 'turning', 5), ('00000000-0000-4000-8000-000000000046', 2, 'turning', 5), ('00000000-0000-4000-8000-000000000046', 3, 'plating', 5)`],
    ["a job deleted with its steps, groups and orders", `DELETE FROM "Order" WHERE "jobId" = '${IDS.j3}'; DELETE FROM "Job" WHERE id = '${IDS.j3}'`],
  ])("stays equal to the records after %s", async (_, write) => {
    await db.sql.exec(write);
    expect(await differences()).toEqual([]);
  });
});
