// Hand-offs between two steps of a group in production, on a real database: the sending firm
// confirms the parts left, the receiving firm that they arrived, and the two confirmations make one
// hand-off record with both stamps, whatever their order and even when both arrive at once. Only the
// firm of each side can confirm that side; other firms and the buyer get "not found".
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { confirmHandoff } = await import("@/lib/groups/orders");
const { getGroupDetail } = await import("@/lib/groups/group-detail");
const { NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const later = (minutes: number) => new Date(today.getTime() + minutes * 60_000);
const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

describe("hand-offs confirmed by both sides", () => {
  let groupId: string;
  let from: { id: string; quantity: number };
  let to: { id: string };
  let sender: Viewer;
  let receiver: Viewer;
  let outsider: Viewer;
  let buyer: Viewer;
  const handoffs = () => db().prisma.handoff.findMany({ where: { fromAssignmentId: from.id, toAssignmentId: to.id } });

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 11, today });
    // A group in production with two consecutive steps done by different firms.
    const groups = await db().prisma.jointOrderGroup.findMany({
      where: { status: "IN_PRODUCTION" },
      orderBy: { id: "asc" },
      select: { id: true, job: { select: { buyerOrgId: true } }, assignments: { orderBy: [{ plannedStart: "asc" }, { id: "asc" }], select: { id: true, quantity: true, member: { select: { firmId: true } } } } },
    });
    const group = groups.find((g) => g.job && g.assignments.some((a, i) => i > 0 && g.assignments[i - 1]!.member.firmId !== a.member.firmId));
    expect(group, "the demo data has a group in production with a hand-off between two firms").toBeDefined();
    const index = group!.assignments.findIndex((a, i) => i > 0 && group!.assignments[i - 1]!.member.firmId !== a.member.firmId);
    const [a, b] = [group!.assignments[index - 1]!, group!.assignments[index]!];
    groupId = group!.id;
    from = a;
    to = b;
    sender = await firmAdminOf(db(), a.member.firmId);
    receiver = await firmAdminOf(db(), b.member.firmId);
    const memberFirms = new Set(group!.assignments.map((x) => x.member.firmId));
    const other = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [...memberFirms] }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, select: { id: true } });
    outsider = await firmAdminOf(db(), other.id);
    const buyerUser = await db().prisma.user.findFirstOrThrow({ where: { buyerOrgId: group!.job!.buyerOrgId, role: "BUYER", status: "ACTIVE" } });
    buyer = await viewerOf(db(), buyerUser.email);
    await db().prisma.handoff.deleteMany({ where: { groupId } });
  }, 180_000);

  it("makes one record with the sender's and the receiver's stamps, shown on the group page", async () => {
    await confirmHandoff(db(), sender, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "send", quantity: from.quantity }, later(1));
    await confirmHandoff(db(), receiver, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "receive", quantity: from.quantity }, later(30));
    const rows = await handoffs();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ groupId, quantity: from.quantity, sentAt: later(1), sentById: sender.userId, receivedAt: later(30), receivedById: receiver.userId });

    const detail = await getGroupDetail(db(), buyer, groupId, today);
    const step = detail.group.assignments.find((x) => x.id === from.id)!;
    expect(step.handoffsOut).toEqual([{ toAssignmentId: to.id, sentAt: later(1), receivedAt: later(30) }]);
  });

  it("keeps the first confirmation of a side when it is sent again (a double tap)", async () => {
    await confirmHandoff(db(), sender, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "send", quantity: from.quantity }, later(90));
    const rows = await handoffs();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sentAt).toEqual(later(1));
  });

  it("makes one record when both sides confirm at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      await db().prisma.handoff.deleteMany({ where: { groupId } });
      await Promise.all([
        confirmHandoff(db(), sender, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "send", quantity: from.quantity }, later(200 + round)),
        confirmHandoff(db(), receiver, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "receive", quantity: from.quantity }, later(200 + round)),
      ]);
      const rows = await handoffs();
      expect(rows, `round ${round}`).toHaveLength(1);
      expect(rows[0]).toMatchObject({ sentById: sender.userId, receivedById: receiver.userId });
    }
  });

  it("lets only each side's firm confirm that side", async () => {
    const send = (viewer: Viewer) => confirmHandoff(db(), viewer, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "send", quantity: 1 }, later(500));
    const receive = (viewer: Viewer) => confirmHandoff(db(), viewer, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "receive", quantity: 1 }, later(500));
    await expect(send(receiver)).rejects.toBeInstanceOf(NotFoundError);
    await expect(receive(sender)).rejects.toBeInstanceOf(NotFoundError);
    await expect(send(outsider)).rejects.toBeInstanceOf(NotFoundError);
    await expect(receive(outsider)).rejects.toBeInstanceOf(NotFoundError);
    await expect(send(buyer)).rejects.toThrow();
    const rows = await handoffs();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sentAt).toEqual(later(200 + 7));
  });

  it("refuses a hand-off once the group has delivered, and changes nothing", async () => {
    await db().prisma.handoff.deleteMany({ where: { groupId } });
    await db().sql.query(`UPDATE "JointOrderGroup" SET status = 'DELIVERED' WHERE id = $1::uuid`, [groupId]);
    try {
      await expect(confirmHandoff(db(), sender, { fromAssignmentId: from.id, toAssignmentId: to.id, side: "send", quantity: 1 }, later(600))).rejects.toMatchObject({ messageKey: "groups.errors.notInProduction" });
      expect(await handoffs()).toHaveLength(0);
    } finally {
      await db().sql.query(`UPDATE "JointOrderGroup" SET status = 'IN_PRODUCTION' WHERE id = $1::uuid`, [groupId]);
    }
  });
});
