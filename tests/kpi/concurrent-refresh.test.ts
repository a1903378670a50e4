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
});
