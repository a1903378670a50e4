// The monthly scorecard from records on a real database: the demo seed's joint order in production
// gives the Ota machining firm inspected lots (one failed), non-conformances (one closed) and steps;
// every figure is checked against the records read another way (Prisma, not the scorecard's SQL).
// A firm sees only its own scorecard; staff their members'; buyers and other firms only the grade.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { firmScorecard, firmScorecardMonths, firmGrade, scorecardMonthsOf } = await import("@/lib/quality/scorecard");
const { memberScorecards, scorecardAssociations } = await import("@/lib/quality/member-scorecards");
const { NotFoundError, ForbiddenError } = await import("@/lib/authz");

const today = new Date("2026-11-10T03:00:00Z");
afterAll(async () => testDb.current?.close());

const tokyoMonth = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

describe("the monthly quality scorecard", () => {
  const db = () => testDb.current!;
  let firmId: string;
  let own: Viewer;
  let otherFirm: Viewer;
  let buyer: Viewer;
  let federation: Viewer;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 7, today });
    own = await viewerOf(db(), "firm-admin@demo.kyodo.example");
    firmId = own.firmId!;
    otherFirm = await viewerOf(db(), "press-admin@demo.kyodo.example");
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    federation = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
  }, 120_000);

  it("computes every month's figures from the records", async () => {
    const months = await firmScorecardMonths(db(), firmId, today);
    expect(months).toHaveLength(12);
    expect(months.at(-1)!.month).toBe("2026-11");
    const memberIds = (await db().prisma.groupMember.findMany({ where: { firmId }, select: { id: true } })).map((m) => m.id);
    const lots = await db().prisma.inspectionLot.findMany({ where: { assignment: { memberId: { in: memberIds } } }, select: { inspectedAt: true, sampleSize: true, nonconformingUnits: true } });
    const ncs = await db().prisma.nonConformance.findMany({ where: { status: { not: "WITHDRAWN" }, OR: [{ responsibleMemberId: { in: memberIds } }, { responsibleMemberId: null, assignment: { memberId: { in: memberIds } } }] }, select: { createdAt: true, closedAt: true } });
    const steps = await db().prisma.groupStepAssignment.findMany({ where: { memberId: { in: memberIds }, actualEnd: { not: null }, plannedEnd: { not: null } }, select: { actualEnd: true, plannedEnd: true } });
    expect(lots.some((l) => l.nonconformingUnits > 0)).toBe(true);
    for (const m of months) {
      const inMonth = lots.filter((l) => tokyoMonth(l.inspectedAt) === m.month);
      expect(m.unitsInspected).toBe(inMonth.reduce((s, l) => s + l.sampleSize, 0));
      expect(m.unitsNonconforming).toBe(inMonth.reduce((s, l) => s + l.nonconformingUnits, 0));
      expect(m.ncRaised).toBe(ncs.filter((n) => tokyoMonth(n.createdAt) === m.month).length);
      expect(m.closeDays).toHaveLength(ncs.filter((n) => n.closedAt && tokyoMonth(n.closedAt) === m.month).length);
      const done = steps.filter((s) => s.actualEnd!.toISOString().slice(0, 7) === m.month);
      expect(m.stepsDone).toBe(done.length);
      expect(m.stepsOnTime).toBe(done.filter((s) => s.actualEnd! <= s.plannedEnd!).length);
      if (m.unitsInspected) expect(m.ppm).toBe(Math.round((m.unitsNonconforming * 1e6) / m.unitsInspected));
    }
    const failed = months.find((m) => m.unitsNonconforming > 0)!;
    expect(failed.grade).not.toBeNull();
    expect(failed.ppm).toBeGreaterThan(0);
  });

  it("follows a new record: a closed non-conformance changes the month's count and median", async () => {
    const before = (await firmScorecardMonths(db(), firmId, today)).at(-1)!;
    const member = await db().prisma.groupMember.findFirstOrThrow({ where: { firmId, status: "ACCEPTED", group: { status: "IN_PRODUCTION" } } });
    const created = new Date("2026-11-02T01:00:00Z");
    await db().prisma.nonConformance.create({ data: { groupId: member.groupId, status: "CLOSED", description: "テスト", responsibleMemberId: member.id, closedAt: new Date(created.getTime() + 4 * 86_400_000), createdAt: created, updatedAt: created } });
    const after = (await firmScorecardMonths(db(), firmId, today)).at(-1)!;
    expect(after.ncRaised).toBe(before.ncRaised + 1);
    expect(after.closeDays).toHaveLength(before.closeDays.length + 1);
    expect(after.closeDays).toContain(4);
  });

  it("shows the whole scorecard to the firm and to staff, only the grade to buyers and other firms", async () => {
    await expect(firmScorecard(db(), own, firmId, today)).resolves.toMatchObject({ firm: { id: firmId } });
    await expect(firmScorecard(db(), federation, firmId, today)).resolves.toMatchObject({ firm: { id: firmId } });
    await expect(firmScorecard(db(), otherFirm, firmId, today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(firmScorecard(db(), buyer, firmId, today)).rejects.toBeInstanceOf(ForbiddenError);
    const otherAssociationStaff = await db().prisma.user.findFirst({ where: { role: "ASSOCIATION_STAFF", status: "ACTIVE", associationId: { not: own.associationId! } } });
    if (otherAssociationStaff) await expect(firmScorecard(db(), await viewerOf(db(), otherAssociationStaff.email, { twoFactorPending: false }), firmId, today)).rejects.toBeInstanceOf(NotFoundError);
    const shown = await firmGrade(db(), buyer, firmId, today);
    expect(shown?.grade).toMatch(/^[A-D]$/);
    expect(await firmGrade(db(), otherFirm, firmId, today)).toEqual(shown);
  });

  it("gives many firms at once the same figures as one at a time", async () => {
    const firms = (await db().prisma.firm.findMany({ where: { groupMemberships: { some: { status: "ACCEPTED" } } }, select: { id: true }, orderBy: { id: "asc" }, take: 8 })).map((f) => f.id);
    const together = await scorecardMonthsOf(db(), [...firms, firmId], today);
    for (const id of [...firms, firmId]) expect(together.get(id)).toEqual(await firmScorecardMonths(db(), id, today));
  });

  it("lists an association's members for its staff, weakest first, and nothing of another association", async () => {
    const staff = await viewerOf(db(), "ota-staff@demo.kyodo.example", { twoFactorPending: false });
    const { associations, shown } = await scorecardAssociations(db(), staff);
    expect(associations.map((a) => a.id)).toEqual([staff.associationId]);
    const rows = await memberScorecards(db(), staff, shown!.id, today);
    const members = await db().prisma.firm.count({ where: { associationId: staff.associationId!, status: "VERIFIED" } });
    expect(rows).toHaveLength(members);
    expect(rows.find((r) => r.firm.id === firmId)?.latest?.grade).toMatch(/^[A-D]$/);
    const scores = rows.map((r) => r.latest?.score ?? 2);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    // Another association's id gives nothing; federation staff may pick any of the federation's.
    const other = await db().prisma.association.findFirstOrThrow({ where: { id: { not: staff.associationId! } } });
    expect(await memberScorecards(db(), staff, other.id, today)).toEqual([]);
    const fromFederation = await scorecardAssociations(db(), federation, other.id);
    expect(fromFederation.shown?.id).toBe(other.id);
    expect((await memberScorecards(db(), federation, staff.associationId!, today)).map((r) => r.firm.id)).toEqual(rows.map((r) => r.firm.id));
    // Firms and buyers may not list at all.
    await expect(scorecardAssociations(db(), own)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(memberScorecards(db(), buyer, staff.associationId!, today)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
