// Ratings both ways, per firm, on a real database (issue 22 item 6): on acceptance the buyer rates
// each member's own work, which feeds that firm's scorecard; each member firm rates the buyer once
// the order is accepted; a buyer's standing is shown to firms only from three ratings on.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { acceptDelivery, markDelivered } = await import("@/lib/groups/orders");
const { rateBuyer, buyerRatingState, buyerStanding } = await import("@/lib/ratings/buyer-ratings");
const { acceptDeliverySchema, buyerRatingSchema } = await import("@/lib/ratings/schemas");
const { firmScorecardMonths } = await import("@/lib/quality/scorecard");
const { NotFoundError, ForbiddenError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const at = (days: number) => new Date(today.getTime() + days * 86_400_000);
afterAll(async () => testDb.current?.close());

describe("ratings both ways, per firm", () => {
  const db = () => testDb.current!;
  let groupId: string;
  let buyer: Viewer;
  let lead: Viewer;
  let members: { id: string; firmId: string }[];
  const problem = (key: string) => expect.objectContaining({ messageKey: key });

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 80, seed: 5, today });
    // A group in production with at least two member firms; its steps are finished and it is delivered.
    const [row] = await db().sql.query<{ id: string }>(`
      SELECT g.id FROM "JointOrderGroup" g JOIN "Order" o ON o."groupId" = g.id
       WHERE g.kind = 'JOB' AND g.status = 'IN_PRODUCTION'
         AND (SELECT count(DISTINCT m."firmId") FROM "GroupMember" m WHERE m."groupId" = g.id AND m.status = 'ACCEPTED') >= 2
       ORDER BY g.id LIMIT 1`);
    groupId = row!.id;
    const group = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { leadFirmId: true, job: { select: { buyerOrgId: true } }, members: { where: { status: "ACCEPTED" }, select: { id: true, firmId: true } } } });
    members = group.members;
    lead = await firmAdminOf(db(), group.leadFirmId);
    buyer = await viewerOf(db(), (await db().prisma.user.findFirstOrThrow({ where: { buyerOrgId: group.job!.buyerOrgId, role: "BUYER", status: "ACTIVE" } })).email);
    await db().prisma.groupStepAssignment.updateMany({ where: { groupId }, data: { status: "DONE", percentComplete: 100, actualEnd: at(1) } });
    await markDelivered(db(), lead, { groupId }, at(2));
  }, 120_000);

  it("takes four stars for each accepted member from the acceptance form, and refuses a form that leaves one out", () => {
    const form = { groupId: members[0]!.id, comment: " 良好 ", [`rate:${members[0]!.id}:delivery`]: "5", [`rate:${members[0]!.id}:quality`]: "４", [`rate:${members[0]!.id}:communication`]: "3", [`rate:${members[0]!.id}:price`]: "2" };
    expect(acceptDeliverySchema.parse(form)).toEqual({ groupId: members[0]!.id, comment: "良好", ratings: [{ memberId: members[0]!.id, delivery: 5, quality: 4, communication: 3, price: 2 }] });
    const noStars = acceptDeliverySchema.safeParse({ groupId: members[0]!.id, comment: "" });
    expect(noStars.success).toBe(false);
    const outOfRange = acceptDeliverySchema.safeParse({ ...form, [`rate:${members[0]!.id}:price`]: "6" });
    expect(outOfRange.error?.issues[0]?.message).toBe("ratings.errors.star");
  });

  it("is accepted with a rating of each member's own work; the group's rating is their mean", async () => {
    const [first, second, ...rest] = members;
    const rating = (memberId: string, stars: number) => ({ memberId, delivery: stars, quality: stars, communication: stars, price: stars });
    // One member left out, or a firm outside the group rated: refused, nothing changes.
    await expect(acceptDelivery(db(), buyer, { groupId, comment: "", ratings: [rating(first!.id, 5)] }, at(3))).rejects.toEqual(problem("ratings.errors.eachMember"));
    const outsider = await db().prisma.groupMember.findFirstOrThrow({ where: { groupId: { not: groupId } }, select: { id: true } });
    await expect(acceptDelivery(db(), buyer, { groupId, comment: "", ratings: [...members.map((m) => rating(m.id, 4)), rating(outsider.id, 1)] }, at(3))).rejects.toEqual(problem("ratings.errors.eachMember"));
    expect((await db().prisma.order.findUniqueOrThrow({ where: { groupId } })).status).toBe("DELIVERED");
    // A member of the group may not accept for the buyer.
    await expect(acceptDelivery(db(), lead, { groupId, comment: "", ratings: members.map((m) => rating(m.id, 5)) }, at(3))).rejects.toBeInstanceOf(ForbiddenError);

    await acceptDelivery(db(), buyer, { groupId, comment: "", ratings: [rating(first!.id, 5), rating(second!.id, 2), ...rest.map((m) => rating(m.id, 5))] }, at(3));
    const order = await db().prisma.order.findUniqueOrThrow({ where: { groupId }, include: { rating: true, memberRatings: true } });
    expect(order.status).toBe("ACCEPTED");
    expect(order.memberRatings).toHaveLength(members.length);
    expect(order.memberRatings.find((r) => r.memberId === second!.id)).toMatchObject({ delivery: 2, quality: 2, communication: 2, price: 2 });
    const mean = Math.round((5 + 2 + rest.length * 5) / members.length);
    expect(order.rating).toMatchObject({ delivery: mean, quality: mean, communication: mean });
  });

  it("puts each firm's own rating, price included, into its scorecard", async () => {
    const [first, second] = members;
    const month = (await firmScorecardMonths(db(), second!.firmId, at(3))).at(-1)!;
    const accepted = await db().prisma.memberRating.findMany({ where: { member: { firmId: second!.firmId }, order: { acceptedOn: { gte: new Date("2026-11-01") } } } });
    expect(accepted.length).toBeGreaterThan(0);
    expect(month.ratings.price).not.toBeNull();
    expect(month.ratings.quality).toBeLessThan((await firmScorecardMonths(db(), first!.firmId, at(3))).at(-1)!.ratings.quality ?? 6);
  });

  it("lets each member firm's admin rate the buyer once, after acceptance only, and no one else", async () => {
    const [first, second] = members;
    const admin = await firmAdminOf(db(), second!.firmId);
    const input = buyerRatingSchema.parse({ groupId, paymentOnTime: "5", specChanges: "2", communication: "4", comment: "仕様変更が多かった" });
    expect(await buyerRatingState(db(), admin, groupId)).toBe("rate");
    expect(await rateBuyer(db(), admin, input, at(4))).toEqual({ recorded: true });
    // The same submission again keeps the first rating.
    expect(await rateBuyer(db(), admin, { ...input, paymentOnTime: 1 }, at(4))).toEqual({ recorded: false });
    expect(await db().prisma.buyerRating.findMany({ where: { member: { groupId } } })).toEqual([expect.objectContaining({ memberId: second!.id, paymentOnTime: 5, specChanges: 2 })]);
    expect(await buyerRatingState(db(), admin, groupId)).toBe("rated");

    // The buyer, a shop-floor user, and a firm outside the group may not.
    await expect(rateBuyer(db(), buyer, input, at(4))).rejects.toBeInstanceOf(ForbiddenError);
    const shopFloor = await db().prisma.user.findFirst({ where: { firmId: first!.firmId, role: "FIRM_MEMBER", status: "ACTIVE" } });
    if (shopFloor) await expect(rateBuyer(db(), await viewerOf(db(), shopFloor.email), input, at(4))).rejects.toBeInstanceOf(ForbiddenError);
    const outsiderFirm = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: members.map((m) => m.firmId) }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } });
    await expect(rateBuyer(db(), await firmAdminOf(db(), outsiderFirm.id), input, at(4))).rejects.toBeInstanceOf(NotFoundError);

    // A member of an order not yet accepted cannot rate its buyer yet.
    const running = await db().prisma.jointOrderGroup.findFirstOrThrow({ where: { status: "IN_PRODUCTION", id: { not: groupId }, members: { some: { status: "ACCEPTED" } } }, select: { id: true, leadFirmId: true } });
    await expect(rateBuyer(db(), await firmAdminOf(db(), running.leadFirmId), { ...input, groupId: running.id }, at(4))).rejects.toEqual(problem("ratings.errors.notAccepted"));
  });

  it("shows a buyer's standing to firms only once three ratings exist", async () => {
    // The demo firms have rated this buyer already: start over from the one rating above.
    await db().prisma.buyerRating.deleteMany({ where: { order: { buyerOrgId: buyer.buyerOrgId!, groupId: { not: groupId } } } });
    expect(await buyerStanding(db().sql, buyer.buyerOrgId!)).toEqual({ count: 1, averages: null });
    // Two more member firms of this buyer's other accepted orders rate it.
    const closed = await db().prisma.groupMember.findMany({
      where: { status: "ACCEPTED", group: { status: "CLOSED", id: { not: groupId }, job: { buyerOrgId: buyer.buyerOrgId! }, order: { status: "ACCEPTED" } }, firm: { users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } },
      select: { groupId: true, firmId: true }, orderBy: { id: "asc" }, take: 2,
    });
    expect(closed).toHaveLength(2);
    await rateBuyer(db(), await firmAdminOf(db(), closed[0]!.firmId), { groupId: closed[0]!.groupId, paymentOnTime: 4, specChanges: 4, communication: 4, comment: "" }, at(5));
    expect((await buyerStanding(db().sql, buyer.buyerOrgId!)).averages).toBeNull();
    await rateBuyer(db(), await firmAdminOf(db(), closed[1]!.firmId), { groupId: closed[1]!.groupId, paymentOnTime: 3, specChanges: 3, communication: 5, comment: "" }, at(5));
    expect(await buyerStanding(db().sql, buyer.buyerOrgId!)).toEqual({ count: 3, averages: { paymentOnTime: 4, specChanges: 3, communication: 4.3 } });
  });
});
