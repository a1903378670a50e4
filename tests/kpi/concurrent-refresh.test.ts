// Derived tables (KPI funnel and order shares, matching's open load) are refreshed by triggers in
// the same transaction as the change. Two transactions changing one group at once must both commit:
// before the per-key locks, the second failed on a derived table's primary key and its user (a
// member accepting an invitation) got an error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { createTestDatabase } from "../helpers/test-db";

describe("derived tables under concurrent changes", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 40, seed: 9, today: new Date("2026-11-01T00:00:00Z") });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("lets two members of one group change at once, and counts both", async () => {
    const group = await db.prisma.jointOrderGroup.findFirstOrThrow({ where: { kind: "JOB", status: "IN_PRODUCTION", job: { publishedAt: { not: null } }, members: { some: {} } }, select: { id: true, jobId: true, members: { select: { id: true } } } });
    const [first, second] = await db.prisma.firm.findMany({ where: { status: "VERIFIED", groupMemberships: { none: { groupId: group.id } } }, select: { id: true }, take: 2 });
    // Each adds a member and holds its transaction open a moment, as a slow request would.
    const add = (firmId: string) => db.prisma.$transaction(async (tx) => {
      await tx.groupMember.create({ data: { groupId: group.id, firmId, status: "INVITED" } });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }, { timeout: 20_000 });
    const outcomes = await Promise.allSettled([add(first!.id), add(second!.id)]);
    expect(outcomes.map((o) => (o.status === "rejected" ? String(o.reason).slice(-200) : "ok"))).toEqual(["ok", "ok"]);
    // The funnel holds the job once per association, with both new members' associations in it.
    const rows = await db.sql.query<{ association_id: string }>(`SELECT "associationId" AS association_id FROM raw_kpi_job_funnel WHERE "jobId" = $1`, [group.jobId]);
    const associations = await db.prisma.firm.findMany({ where: { id: { in: [first!.id, second!.id] } }, select: { associationId: true } });
    expect(new Set(rows.map((r) => r.association_id)).size).toBe(rows.length);
    for (const a of associations) expect(rows.map((r) => r.association_id)).toContain(a.associationId);
  }, 60_000);

  it("marks a job suggested for a new run's members' associations and keeps its later stages, as a full refresh does", async () => {
    const group = await db.prisma.jointOrderGroup.findFirstOrThrow({ where: { kind: "JOB", status: "IN_PRODUCTION", job: { publishedAt: { not: null } } }, select: { jobId: true } });
    const jobId = group.jobId!;
    const funnel = () => db.sql.query(`SELECT * FROM raw_kpi_job_funnel WHERE "jobId" = $1 ORDER BY "associationId"`, [jobId]);
    const before = await funnel();
    // Firms of associations the job has not reached yet, and one it has.
    const reached = before.map((r) => r.associationId as string);
    const newcomers = await db.prisma.firm.findMany({ where: { status: "VERIFIED", associationId: { notIn: reached } }, select: { id: true, associationId: true }, distinct: ["associationId"], take: 2 });
    const known = await db.prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", associationId: { in: reached } }, select: { id: true } });
    expect(newcomers.length).toBe(2);
    const members = [...newcomers.map((f) => f.id), known.id];
    await db.sql.query(
      `WITH run AS (INSERT INTO "MatchRun" ("jobId", weights, "candidateCount", "durationMs") VALUES ($1, '{}', 3, 1) RETURNING id),
            s AS (INSERT INTO "MatchSuggestion" ("matchRunId", rank, "totalScore", terms, reasons, assignment, "leadFirmId") SELECT id, 1, 1, '{}', '[]', '{}', $2 FROM run RETURNING id)
       INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId") SELECT s.id, m FROM s, unnest($3::uuid[]) AS m`,
      [jobId, members[0], members],
    );
    const after = await funnel();
    for (const { associationId } of newcomers) {
      expect(after.find((r) => r.associationId === associationId)).toMatchObject({ suggested: true, invited: false, awarded: false });
    }
    expect(after.length).toBe(before.length + 2);
    // Rows the job had keep their later stages, now suggested as well where the run reached them.
    for (const row of before) expect(after.find((r) => r.associationId === row.associationId)).toMatchObject({ invited: row.invited, approved: row.approved, awarded: row.awarded, delivered: row.delivered });
    // The same as computing the job's funnel afresh from every record.
    await db.sql.query(`SELECT raw_kpi_refresh_jobs(ARRAY[$1::uuid])`, [jobId]);
    expect(await funnel()).toEqual(after);
  }, 60_000);
});
