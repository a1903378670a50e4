// A non-conformance on a real database, from raising to closing (issue 16 item 8, issue 22): raised
// by a member, assigned by the lead with the agreement's clause and a cost split, contained, its
// cause found (4M), corrected, parts returned and reworked, verified and closed by whoever raised it.
// Stages cannot be skipped, a second close changes nothing, two moves at once make one, and firms
// and buyers outside the group see nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { raiseNc, assignNc, moveNcStage, acknowledgeNcCost, recordRma, resolveRma } = await import("@/lib/quality/non-conformances");
const { moveNc, IllegalNcMove } = await import("@/lib/quality/move-nc");
const { NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const at = (hours: number) => new Date(today.getTime() + hours * 3_600_000);
afterAll(async () => testDb.current?.close());

describe("a non-conformance worked to closure", () => {
  const db = () => testDb.current!;
  let groupId: string;
  let lead: Viewer;
  let other: Viewer; // admin of a member firm that is not the lead
  let otherMember: Viewer; // a shop-floor user of that firm
  let buyer: Viewer;
  let otherBuyer: Viewer;
  let outsider: Viewer; // admin of a firm outside the group
  let members: { id: string; firmId: string }[];
  let ncId: string;
  const nc = () => db().prisma.nonConformance.findUniqueOrThrow({ where: { id: ncId }, include: { costShares: true, events: { orderBy: { createdAt: "asc" } } } });
  const problem = (key: string) => expect.objectContaining({ messageKey: `quality.nc.problems.${key}` });

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 80, seed: 5, today });
    // A group in production with at least two member firms.
    const [row] = await db().sql.query<{ id: string }>(`
      SELECT g.id FROM "JointOrderGroup" g
       WHERE g.kind = 'JOB' AND g.status = 'IN_PRODUCTION'
         AND (SELECT count(DISTINCT m."firmId") FROM "GroupMember" m WHERE m."groupId" = g.id AND m.status = 'ACCEPTED') >= 2
         -- not the demo group that already has quality records: this test counts its own
         AND NOT EXISTS (SELECT 1 FROM "NonConformance" n WHERE n."groupId" = g.id)
       ORDER BY g.id LIMIT 1`);
    groupId = row!.id;
    const group = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { leadFirmId: true, job: { select: { buyerOrgId: true } }, members: { where: { status: "ACCEPTED" }, select: { id: true, firmId: true } } } });
    members = group.members;
    lead = await firmAdminOf(db(), group.leadFirmId);
    const otherFirmId = members.find((m) => m.firmId !== group.leadFirmId)!.firmId;
    other = await firmAdminOf(db(), otherFirmId);
    const shopFloor = await db().prisma.user.create({ data: { email: "shop-floor@nc.example.jp", name: "現場 太郎", role: "FIRM_MEMBER", status: "ACTIVE", firmId: otherFirmId } });
    otherMember = await viewerOf(db(), shopFloor.email);
    const buyerUser = await db().prisma.user.findFirstOrThrow({ where: { buyerOrgId: group.job!.buyerOrgId, role: "BUYER", status: "ACTIVE" } });
    buyer = await viewerOf(db(), buyerUser.email);
    const otherBuyerUser = await db().prisma.user.findFirstOrThrow({ where: { role: "BUYER", status: "ACTIVE", buyerOrgId: { not: group.job!.buyerOrgId } } });
    otherBuyer = await viewerOf(db(), otherBuyerUser.email);
    const outsiderFirm = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: members.map((m) => m.firmId) }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } });
    outsider = await firmAdminOf(db(), outsiderFirm.id);
  }, 120_000);

  it("is raised by a member's shop floor against a step, and the buyer and the lead firm hear of it", async () => {
    const step = await db().prisma.groupStepAssignment.findFirstOrThrow({ where: { groupId, member: { firmId: other.firmId! } } });
    await expect(raiseNc(db(), outsider, { groupId, description: "外径 φ20.05（公差外れ）", quantityAffected: 12 }, at(1))).rejects.toBeInstanceOf(NotFoundError);
    ({ ncId } = await raiseNc(db(), otherMember, { groupId, assignmentId: step.id, description: "外径 φ20.05（公差外れ）", quantityAffected: 12 }, at(1)));
    const raised = await nc();
    expect(raised).toMatchObject({ status: "RAISED", raisedByFirmId: other.firmId, raisedById: otherMember.userId, closedAt: null, version: 0, quantityAffected: 12 });
    expect(raised.events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "RAISED"]]);
    const told = await db().prisma.notification.findMany({ where: { kind: "quality.nc", linkPath: `/groups/${groupId}/quality/nc/${ncId}` }, select: { userId: true } });
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([buyer.userId, lead.userId]));
  });

  it("cannot skip a stage: neither containment before assignment nor closing before correction", async () => {
    await expect(moveNcStage(db(), other, { ncId, version: 0, to: "CONTAINED", note: "隔離した" }, at(2))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), otherMember, { ncId, version: 0, to: "CLOSED", note: "確認した" }, at(2))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), buyer, { ncId, version: 0, to: "CORRECTED", note: "x" }, at(2))).rejects.toEqual(problem("notYourMove"));
    // Below the checks, the one function that moves refuses what the table does not allow.
    await expect(db().prisma.$transaction((tx) => moveNc(tx, { ncId, from: "RAISED", to: "CLOSED", actors: ["raiser", "lead", "responsible"], actorId: null, version: 0, note: "", now: at(2) }))).rejects.toBeInstanceOf(IllegalNcMove);
    expect((await nc()).status).toBe("RAISED");
  });

  it("is assigned by the lead firm only, with a clause and a cost split that adds up to 100 %", async () => {
    const responsible = members.find((m) => m.firmId === other.firmId)!;
    const leadMember = members.find((m) => m.firmId === lead.firmId)!;
    const assign = { ncId, version: 0, responsibleMemberId: responsible.id, agreementClause: "第7条", costYen: 180_000n, note: "" };
    await expect(assignNc(db(), other, { ...assign, shares: [] }, at(3))).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignNc(db(), lead, { ...assign, shares: [{ memberId: responsible.id, basisPoints: 7_000 }, { memberId: leadMember.id, basisPoints: 2_000 }] }, at(3))).rejects.toEqual(problem("sharesTotal"));
    await assignNc(db(), lead, { ...assign, shares: [{ memberId: responsible.id, basisPoints: 7_000 }, { memberId: leadMember.id, basisPoints: 3_000 }] }, at(3));
    const assigned = await nc();
    expect(assigned).toMatchObject({ status: "ASSIGNED", responsibleMemberId: responsible.id, agreementClause: "第7条", costYen: 180_000n, version: 1 });
    expect(assigned.costShares.map((s) => [s.memberId, s.basisPoints, s.acknowledgedAt]).sort()).toEqual([[leadMember.id, 3_000, null], [responsible.id, 7_000, null]].sort());
  });

  it("is contained, its cause found by 4M and corrected by the responsible member, one stage at a time", async () => {
    await expect(moveNcStage(db(), lead, { ncId, version: 1, to: "CONTAINED", note: "隔離" }, at(4))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), other, { ncId, version: 1, to: "CONTAINED", note: " " }, at(4))).rejects.toEqual(problem("containmentRequired"));
    await moveNcStage(db(), otherMember, { ncId, version: 1, to: "CONTAINED", note: "仕掛品 300 個を隔離し全数選別" }, at(4));
    await expect(moveNcStage(db(), other, { ncId, version: 2, to: "CORRECTED", note: "治具修正" }, at(5))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), other, { ncId, version: 2, to: "CAUSE_FOUND", note: "位置決めピン摩耗" }, at(5))).rejects.toEqual(problem("causeRequired"));
    await moveNcStage(db(), other, { ncId, version: 2, to: "CAUSE_FOUND", note: "位置決めピン摩耗", cause: "MACHINE" }, at(5));
    await moveNcStage(db(), other, { ncId, version: 3, to: "CORRECTED", note: "治具を修正し、初品を三次元測定で確認" }, at(6));
    const corrected = await nc();
    expect(corrected).toMatchObject({ status: "CORRECTED", containment: "仕掛品 300 個を隔離し全数選別", cause: "MACHINE", rootCause: "位置決めピン摩耗", correctiveAction: "治具を修正し、初品を三次元測定で確認", closedAt: null });
  });

  it("tracks returned parts to their rework, and closes only when every part of the cost is acknowledged and the parts are back", async () => {
    // The buyer did not raise it and is not the lead: returning parts is for the raiser or the lead.
    await expect(recordRma(db(), buyer, { ncId, version: 4, quantity: 12, disposition: "REWORK" }, at(7))).rejects.toEqual(problem("notYourMove"));
    expect((await nc()).rmaQuantity).toBeNull();
    await recordRma(db(), lead, { ncId, version: 4, quantity: 12, disposition: "REWORK" }, at(7));
    await expect(moveNcStage(db(), other, { ncId, version: 5, to: "CLOSED", note: "再測定で合格" }, at(8))).rejects.toEqual(problem("notAcknowledged"));
    await expect(acknowledgeNcCost(db(), outsider, { ncId }, at(8))).rejects.toBeInstanceOf(NotFoundError);
    await acknowledgeNcCost(db(), other, { ncId }, at(8));
    await expect(acknowledgeNcCost(db(), other, { ncId }, at(8))).rejects.toEqual(problem("nothingToAcknowledge"));
    await acknowledgeNcCost(db(), lead, { ncId }, at(8));
    await expect(moveNcStage(db(), other, { ncId, version: 5, to: "CLOSED", note: "再測定で合格" }, at(9))).rejects.toEqual(problem("rmaOpen"));
    await expect(resolveRma(db(), lead, { ncId, version: 5 }, at(9))).rejects.toEqual(problem("notYourMove"));
    await resolveRma(db(), other, { ncId, version: 5 }, at(9));
    const back = await nc();
    expect(back).toMatchObject({ rmaQuantity: 12, rmaDisposition: "REWORK", rmaReturnedAt: at(7), rmaResolvedAt: at(9), version: 6 });
  });

  it("is verified and closed by the organisation that raised it: closedAt is set, once", async () => {
    await expect(moveNcStage(db(), lead, { ncId, version: 6, to: "CLOSED", note: "確認" }, at(10))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), otherMember, { ncId, version: 6, to: "CLOSED", note: "" }, at(10))).rejects.toEqual(problem("verificationRequired"));
    await moveNcStage(db(), otherMember, { ncId, version: 6, to: "CLOSED", note: "手直し品 12 個を再測定し全数合格" }, at(10));
    const closed = await nc();
    expect(closed).toMatchObject({ status: "CLOSED", closedAt: at(10), verifiedById: otherMember.userId, verification: "手直し品 12 個を再測定し全数合格", version: 7 });
    expect(closed.events.map((e) => e.toStatus)).toEqual(["RAISED", "ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED", "CLOSED"]);
    // A second close (a double tap, or a stale page) changes nothing.
    await expect(moveNcStage(db(), otherMember, { ncId, version: 7, to: "CLOSED", note: "再度" }, at(11))).rejects.toEqual(problem("notYourMove"));
    await expect(moveNcStage(db(), otherMember, { ncId, version: 6, to: "CLOSED", note: "再度" }, at(11))).rejects.toEqual(problem("changed"));
    expect((await nc()).closedAt).toEqual(at(10));
    expect((await nc()).events).toHaveLength(6);
  });

  it("lets two people acting on one stage at once make one move; the other hears it changed", async () => {
    const { ncId: second } = await raiseNc(db(), buyer, { groupId, description: "バリ残り" }, at(20));
    const responsible = members.find((m) => m.firmId === other.firmId)!;
    await assignNc(db(), lead, { ncId: second, version: 0, responsibleMemberId: responsible.id, agreementClause: "第7条", note: "", shares: [] }, at(21));
    const results = await Promise.allSettled([
      moveNcStage(db(), other, { ncId: second, version: 1, to: "CONTAINED", note: "選別A" }, at(22)),
      moveNcStage(db(), otherMember, { ncId: second, version: 1, to: "CONTAINED", note: "選別B" }, at(22)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toEqual(problem("changed"));
    const row = await db().prisma.nonConformance.findUniqueOrThrow({ where: { id: second }, include: { events: true } });
    expect(row).toMatchObject({ status: "CONTAINED", version: 2 });
    expect(row.events.filter((e) => e.toStatus === "CONTAINED")).toHaveLength(1);
  });

  it("goes back to containment when the raiser's verification fails, and the buyer who raised it closes it", async () => {
    const ncs = await db().prisma.nonConformance.findMany({ where: { groupId, raisedByBuyerOrgId: buyer.buyerOrgId }, orderBy: { createdAt: "desc" } });
    const second = ncs[0]!.id;
    await moveNcStage(db(), other, { ncId: second, version: 2, to: "CAUSE_FOUND", note: "バリ取り工程の抜け", cause: "METHOD" }, at(23));
    await moveNcStage(db(), other, { ncId: second, version: 3, to: "CORRECTED", note: "作業手順書を改訂" }, at(24));
    await moveNcStage(db(), buyer, { ncId: second, version: 4, to: "CONTAINED", note: "再発あり：是正不十分" }, at(25));
    expect(await db().prisma.nonConformance.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "CONTAINED", closedAt: null, verification: "再発あり：是正不十分" });
    await moveNcStage(db(), other, { ncId: second, version: 5, to: "CAUSE_FOUND", note: "刃具の摩耗も原因", cause: "MACHINE" }, at(26));
    await moveNcStage(db(), other, { ncId: second, version: 6, to: "CORRECTED", note: "刃具交換周期を短縮" }, at(27));
    await acknowledgeNcCost(db(), other, { ncId: second }, at(27));
    await expect(moveNcStage(db(), otherBuyer, { ncId: second, version: 7, to: "CLOSED", note: "確認" }, at(28))).rejects.toBeInstanceOf(NotFoundError);
    await moveNcStage(db(), buyer, { ncId: second, version: 7, to: "CLOSED", note: "再検査で合格" }, at(28));
    expect(await db().prisma.nonConformance.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "CLOSED", closedAt: at(28), verifiedById: buyer.userId });
  });

  it("may be withdrawn by its raiser before it is assigned, by no one else", async () => {
    const { ncId: mistaken } = await raiseNc(db(), lead, { groupId, description: "入力ミス" }, at(30));
    await expect(moveNcStage(db(), other, { ncId: mistaken, version: 0, to: "WITHDRAWN", note: "" }, at(31))).rejects.toEqual(problem("notYourMove"));
    await moveNcStage(db(), lead, { ncId: mistaken, version: 0, to: "WITHDRAWN", note: "測定値の入力ミス" }, at(31));
    expect((await db().prisma.nonConformance.findUniqueOrThrow({ where: { id: mistaken } })).status).toBe("WITHDRAWN");
  });
});
