// Quotes on a real database, from a member's price to the order: pricing one's own steps only,
// who sees which prices, sending an offer (figures fixed for good), a change after sending making
// a new version, the buyer's revision request and decline, award from the offer (stale, lapsed and
// concurrent awards), the shares in yen, and the queue's reminder and lapse.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { saveQuoteLine } = await import("@/lib/quotes/quote-lines");
const { saveOfferDraft, sendOffer } = await import("@/lib/quotes/offers");
const { requestRevision, declineOffer } = await import("@/lib/quotes/buyer-decisions");
const { groupQuotes } = await import("@/lib/quotes/quote-view");
const { compareOffers } = await import("@/lib/quotes/comparison");
const { lapseOffers, remindLapsingOffers } = await import("@/lib/quotes/expiry");
const { awardGroup } = await import("@/lib/groups/orders");
const { latestAgreement } = await import("@/lib/groups/agreement");
const { NotFoundError } = await import("@/lib/authz");
const { quoteLineSchema } = await import("@/lib/quotes/schemas");
const { quotationFor } = await import("@/lib/quotes/quotation");

const today = new Date("2026-12-01T01:00:00Z"); // Tuesday 10:00 in Tokyo
const at = (days: number) => new Date(today.getTime() + days * 86_400_000);
const plus = (days: number) => at(days).toISOString().slice(0, 10);
afterAll(async () => testDb.current?.close());

describe("quotes from a member's price to the order", () => {
  const db = () => testDb.current!;
  let buyer: Viewer;
  let otherBuyer: Viewer;
  let jobId: string;
  const groups: { id: string; leadFirmId: string; memberFirmId: string; assignments: [string, string] }[] = [];
  const line = (assignmentId: string, unitPriceYen: bigint, version = -1) => ({ assignmentId, unitPriceYen, setupYen: 20_000n, toolingYen: 5_000n, materialSupply: "BUYER" as const, materialYen: 0n, leadTimeDays: 5, earliestStart: plus(0), validUntil: plus(40), conditions: "", version });
  const offerOf = (groupId: string) => db().prisma.groupOffer.findFirstOrThrow({ where: { groupId, sentAt: { not: null } }, orderBy: { version: "desc" } });
  async function send(groupId: string, now = today, validDays = 20) {
    const g = groups.find((x) => x.id === groupId)!;
    const lead = await firmAdminOf(db(), g.leadFirmId);
    const { offerId } = await saveOfferDraft(db(), lead, { groupId, coordinationFeeYen: 50_000n, transportYen: 12_000n, showBreakdown: true, validUntil: plus(validDays), paymentTerms: "月末締め翌月末払い", deliveryPlace: "", conditions: "" }, now);
    const draft = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: offerId } });
    return sendOffer(db(), lead, { groupId, offerId, rowVersion: draft.rowVersion }, now);
  }

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 7, today });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    otherBuyer = await viewerOf(db(), "buyer2@demo.kyodo.example");
    const ota = (await viewerOf(db(), "firm-admin@demo.kyodo.example")).firmId!;
    const sumida = (await viewerOf(db(), "press-admin@demo.kyodo.example")).firmId!;
    const others = await db().prisma.firm.findMany({ where: { status: "VERIFIED", id: { notIn: [ota, sumida] }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    const municipality = await db().prisma.municipality.findFirstOrThrow({ where: { code: "13111" } });
    const job = await db().prisma.job.create({
      data: {
        buyerOrgId: buyer.buyerOrgId!, createdById: buyer.userId, titleJa: "見積テスト案件", quantity: 500, deadline: new Date(`${plus(60)}T00:00:00Z`), deliveryPlace: "本社工場", deliveryMunicipalityCode: municipality.code,
        budgetMinYen: 1_000_000n, budgetMaxYen: 2_000_000n, status: "GROUPS_INVITED", publishedAt: at(-5),
        steps: { create: [{ position: 1, processCode: "turning", materialCode: "s45c", quantity: 500 }, { position: 2, processCode: "press", quantity: 500 }] },
      },
      select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true, processCode: true } } },
    });
    jobId = job.id;
    for (const [lead, member] of [[ota, sumida], [others[0]!.id, others[1]!.id]] as const) {
      const group = await db().prisma.jointOrderGroup.create({ data: { kind: "JOB", jobId, leadFirmId: lead, status: "APPROVED", formedAt: at(-1), contractModel: "MEDIATION" }, select: { id: true } });
      const ids: string[] = [];
      for (const [i, firmId] of [lead, member].entries()) {
        const m = await db().prisma.groupMember.create({ data: { groupId: group.id, firmId, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: 5_000 } });
        const a = await db().prisma.groupStepAssignment.create({ data: { groupId: group.id, memberId: m.id, jobStepId: job.steps[i]!.id, processCode: job.steps[i]!.processCode, quantity: 500 } });
        ids.push(a.id);
      }
      groups.push({ id: group.id, leadFirmId: lead, memberFirmId: member, assignments: [ids[0]!, ids[1]!] });
    }
  }, 180_000);

  it("lets a member price its own step only, and says why next to the field", async () => {
    const [a] = groups;
    const member = await firmAdminOf(db(), a!.memberFirmId);
    // The lead's step is not the member's to price: a message on the step, not a silent 404.
    await expect(saveQuoteLine(db(), member, line(a!.assignments[0], 800n), today)).rejects.toMatchObject({ messageKey: "quotes.problems.notYourStep", field: "assignmentId" });
    await expect(saveQuoteLine(db(), member, { ...line(a!.assignments[1], 800n), validUntil: plus(-1), earliestStart: plus(-3) }, today)).rejects.toMatchObject({ messageKey: "quotes.problems.validityPast", field: "validUntil" });
    // A firm outside the group does not learn the step exists.
    const outsider = await firmAdminOf(db(), groups[1]!.leadFirmId);
    await expect(saveQuoteLine(db(), outsider, line(a!.assignments[1], 800n), today)).rejects.toBeInstanceOf(NotFoundError);
    await saveQuoteLine(db(), member, line(a!.assignments[1], 800n), today);
    // Saving from a stale form (version -1 again) does not overwrite a colleague's save.
    await expect(saveQuoteLine(db(), member, line(a!.assignments[1], 900n), today)).rejects.toMatchObject({ messageKey: "quotes.errors.lineChanged" });
  });

  it("refuses bad amounts, lead times and dates in the form's schema, field by field", () => {
    const parsed = quoteLineSchema.safeParse({ assignmentId: groups[0]!.assignments[1], unitPriceYen: "-5", setupYen: "12.5", toolingYen: "100000000001", materialSupply: "BUYER", materialYen: "100", leadTimeDays: "366", earliestStart: "2026-12-01", validUntil: "2026-13-45", conditions: "", version: "-1" });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ unitPriceYen: "money.problems.negative", setupYen: "money.problems.notInteger", toolingYen: "money.problems.tooBig", leadTimeDays: "quotes.problems.leadTimeTooLong", validUntil: "quotes.problems.date" });
  });

  it("shows each firm only the prices it may see", async () => {
    const [a, b] = groups;
    await saveQuoteLine(db(), await firmAdminOf(db(), a!.leadFirmId), line(a!.assignments[0], 1_500n), today);
    const asLead = await groupQuotes(db(), await firmAdminOf(db(), a!.leadFirmId), a!.id, today);
    expect(asLead!.role).toBe("lead");
    expect(asLead!.steps.map((s) => s.line?.unitPriceYen)).toEqual([1_500n, 800n]);
    const asMember = await groupQuotes(db(), await firmAdminOf(db(), a!.memberFirmId), a!.id, today);
    expect(asMember!.steps.map((s) => s.assignmentId)).toEqual([a!.assignments[1]]);
    expect(asMember!.preview).toBeNull();
    // Shop-floor members see no prices until their firm's admin allows it.
    const floor = await viewerOf(db(), "firm-member@demo.kyodo.example");
    expect(floor.firmId).toBe(a!.leadFirmId);
    expect(await groupQuotes(db(), floor, a!.id, today)).toBeNull();
    await db().prisma.firm.update({ where: { id: a!.leadFirmId }, data: { showPricesToMembers: true } });
    expect((await groupQuotes(db(), await viewerOf(db(), "firm-member@demo.kyodo.example"), a!.id, today))!.steps).toHaveLength(2);
    await db().prisma.firm.update({ where: { id: a!.leadFirmId }, data: { showPricesToMembers: false } });
    // Another group's lead sees nothing of this group.
    await expect(groupQuotes(db(), await firmAdminOf(db(), b!.leadFirmId), a!.id, today)).rejects.toBeInstanceOf(NotFoundError);
    // The buyer sees no unsent prices at all.
    const asBuyer = await groupQuotes(db(), buyer, a!.id, today);
    expect(asBuyer!.steps).toEqual([]);
    expect(asBuyer!.offers).toEqual([]);
  });

  it("sends an offer only when every step is priced, with totals, tax once and the route's delivery date fixed for good", async () => {
    const [a, b] = groups;
    await saveQuoteLine(db(), await firmAdminOf(db(), b!.leadFirmId), line(b!.assignments[0], 1_300n), today);
    await expect(send(b!.id)).rejects.toMatchObject({ messageKey: "quotes.errors.unpriced", params: { count: 1 } });
    await saveQuoteLine(db(), await firmAdminOf(db(), b!.memberFirmId), line(b!.assignments[1], 700n), today);
    await send(b!.id);

    const sent = await send(a!.id);
    const offer = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: sent.offerId }, include: { lines: { orderBy: { position: "asc" } } } });
    // (1,500 + 800) × 500 + 2 × (20,000 + 5,000) + fee 50,000 + transport 12,000 = 1,262,000; tax 126,200.
    expect(offer).toMatchObject({ status: "SENT", version: 1, subtotalYen: 1_262_000n, taxYen: 126_200n, totalYen: 1_388_200n });
    expect(offer.lines.map((l) => l.kind)).toEqual(["STEP", "STEP", "COORDINATION", "TRANSPORT"]);
    expect(offer.lines[1]!.plannedStart! > offer.lines[0]!.plannedEnd!).toBe(true);
    expect(offer.committedDelivery!.toISOString().slice(0, 10) >= offer.lines[1]!.plannedEnd!.toISOString().slice(0, 10)).toBe(true);
    // A sent offer is a document: the database refuses to change its figures or lines.
    await expect(db().prisma.groupOffer.update({ where: { id: offer.id }, data: { totalYen: 1n } })).rejects.toThrow();
    await expect(db().prisma.offerLine.update({ where: { id: offer.lines[0]!.id }, data: { amountYen: 1n } })).rejects.toThrow();
  });

  it("lets the buyer compare the offers on its own job only, cheapest first, against budget and deadline", async () => {
    const comparison = await compareOffers(db(), buyer, jobId, today);
    expect(comparison.columns).toHaveLength(2);
    const totals = comparison.columns.map((c) => c.offer.totalYen!);
    expect(totals[0]! <= totals[1]!).toBe(true);
    const a = comparison.columns.find((c) => c.group.id === groups[0]!.id)!;
    expect(a).toMatchObject({ budget: "within", lapsed: false, group: { approved: true } });
    expect(a.members.find((m) => m.isLead)!.firmId).toBe(groups[0]!.leadFirmId);
    expect(a.slackDays).toBeGreaterThan(0);
    await expect(compareOffers(db(), otherBuyer, jobId, today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(compareOffers(db(), await firmAdminOf(db(), groups[0]!.leadFirmId), jobId, today)).rejects.toThrow();
  });

  it("makes a new draft version when a member changes its price after sending; the buyer keeps seeing the last one sent", async () => {
    const [a] = groups;
    const member = await firmAdminOf(db(), a!.memberFirmId);
    const current = await db().prisma.quoteLine.findUniqueOrThrow({ where: { assignmentId: a!.assignments[1] } });
    await saveQuoteLine(db(), member, line(a!.assignments[1], 760n, current.version), at(1));
    const versions = await db().prisma.groupOffer.findMany({ where: { groupId: a!.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "SENT"], [2, "DRAFT"]]);
    expect(versions[1]!.replacesId).toBe(versions[0]!.id);
    expect((await compareOffers(db(), buyer, jobId, at(1))).columns.find((c) => c.group.id === a!.id)!.offer.version).toBe(1);
  });

  it("takes the buyer's request for a revision to the lead, with the comment kept in the history", async () => {
    const [a] = groups;
    const v1 = await offerOf(a!.id);
    await requestRevision(db(), buyer, { offerId: v1.id, rowVersion: v1.rowVersion, comment: "単価をもう少し下げられますか" }, at(1));
    await expect(requestRevision(db(), otherBuyer, { offerId: v1.id, rowVersion: v1.rowVersion + 1, comment: "x" }, at(1))).rejects.toBeInstanceOf(NotFoundError);
    const history = await db().prisma.offerStatusChange.findMany({ where: { offerId: v1.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.toStatus, h.comment])).toEqual([["SENT", null], ["REVISION_REQUESTED", "単価をもう少し下げられますか"]]);
    const leadAdmins = await db().prisma.user.findMany({ where: { firmId: a!.leadFirmId, role: "FIRM_ADMIN" }, select: { id: true } });
    expect(await db().prisma.notification.count({ where: { kind: "offer.revisionRequested", userId: { in: leadAdmins.map((u) => u.id) } } })).toBeGreaterThan(0);
  });

  it("refuses to award an older version than the last sent, and awards the last one once, even from two tabs at once", async () => {
    const [a, b] = groups;
    const v1 = await offerOf(a!.id);
    const v2 = await send(a!.id, at(2));
    expect((await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("SUPERSEDED");
    await expect(awardGroup(db(), buyer, { groupId: a!.id, offerId: v1.id, rowVersion: v1.rowVersion + 1 }, at(2))).rejects.toMatchObject({ messageKey: "quotes.errors.newerVersion" });
    const latest = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: v2.offerId } });
    await expect(awardGroup(db(), otherBuyer, { groupId: a!.id, offerId: latest.id, rowVersion: latest.rowVersion }, at(2))).rejects.toBeInstanceOf(NotFoundError);

    const clicks = await Promise.allSettled([0, 1].map(() => awardGroup(db(), buyer, { groupId: a!.id, offerId: latest.id, rowVersion: latest.rowVersion }, at(2))));
    expect(clicks.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    expect((clicks.find((c) => c.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ messageKey: expect.stringMatching(/alreadyDecided|changedSinceShown/) });
    const orders = await db().prisma.order.findMany({ where: { jobId } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ offerId: latest.id, contractedValueYen: latest.totalYen, dueOn: latest.committedDelivery });
    expect((await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: latest.id } })).status).toBe("ACCEPTED");

    // Shares in yen from the lines: the member its step, the lead its step, fee and transport.
    const members = await db().prisma.groupMember.findMany({ where: { groupId: a!.id }, select: { firmId: true, shareYen: true, shareBasisPoints: true } });
    const member = members.find((m) => m.firmId === a!.memberFirmId)!;
    expect(member.shareYen).toBe(760n * 500n + 25_000n);
    expect(members.reduce((s, m) => s + m.shareBasisPoints, 0)).toBe(10_000);
    expect(members.reduce((s, m) => s + m.shareYen!, 0n)).toBe(latest.subtotalYen);
    const agreement = await latestAgreement(db(), buyer, a!.id);
    expect(agreement.contentJa).toContain("¥405,000");

    // The quotation PDF: the buyer and the lead have it; a member that does not lead, and another buyer, do not.
    await expect(quotationFor(db(), buyer, latest.id)).resolves.toMatchObject({ number: latest.number });
    await expect(quotationFor(db(), await firmAdminOf(db(), a!.leadFirmId), latest.id)).resolves.toBeTruthy();
    await expect(quotationFor(db(), await firmAdminOf(db(), a!.memberFirmId), latest.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(quotationFor(db(), otherBuyer, latest.id)).rejects.toBeInstanceOf(NotFoundError);

    // The other group lost: its offer is declined as "another group was awarded".
    const lost = await offerOf(b!.id);
    expect(lost).toMatchObject({ status: "DECLINED", declineReason: "AWARDED_ELSEWHERE" });
  });
});

describe("the buyer's decline and the queue's reminders and lapses", () => {
  const db = () => testDb.current!;

  it("declines with a reason, reminds the lead two working days before the validity ends, and marks the offer lapsed after", async () => {
    const buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    // A second job with one approved group, priced and sent, valid until Friday 11 December.
    const source = await makeApprovedGroup(db(), buyer);
    const { priceEveryStep, sendGroupOffer } = await import("../helpers/quotes");
    await priceEveryStep(db(), source.id, today);
    const first = await sendGroupOffer(db(), source.id, today, { validDays: 10 });
    const offer = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: first.offerId } });
    expect(offer.validUntil!.toISOString().slice(0, 10)).toBe("2026-12-11");
    // Wednesday 9th: two working days before Friday → reminded once, however often the task runs.
    expect((await remindLapsingOffers(db(), new Date("2026-12-08T10:00:00Z"))).reminded).toEqual([]);
    expect((await remindLapsingOffers(db(), new Date("2026-12-09T00:00:00Z"))).reminded).toEqual([offer.id]);
    expect((await remindLapsingOffers(db(), new Date("2026-12-09T01:00:00Z"))).reminded).toEqual([]);
    // Friday is still valid; Saturday in Tokyo it lapses, once.
    expect((await lapseOffers(db(), new Date("2026-12-11T14:00:00Z"))).lapsed).toEqual([]);
    expect((await lapseOffers(db(), new Date("2026-12-11T15:30:00Z"))).lapsed).toEqual([offer.id]);
    expect((await lapseOffers(db(), new Date("2026-12-11T16:00:00Z"))).lapsed).toEqual([]);
    const lapsed = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(lapsed.status).toBe("LAPSED");
    await expect(awardGroup(db(), buyer, { groupId: source.id, offerId: offer.id, rowVersion: lapsed.rowVersion }, new Date("2026-12-12T01:00:00Z"))).rejects.toMatchObject({ messageKey: "quotes.errors.lapsed" });
    const comparison = await compareOffers(db(), buyer, lapsed.jobId, new Date("2026-12-12T01:00:00Z"));
    expect(comparison.columns.find((c) => c.group.id === source.id)!.lapsed).toBe(true);

    // A new version after the lapse; the buyer declines it for its price.
    const second = await sendGroupOffer(db(), source.id, new Date("2026-12-14T01:00:00Z"), { validDays: 10 });
    const v2 = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: second.offerId } });
    expect(v2).toMatchObject({ version: 2, replacesId: offer.id });
    await expect(declineOffer(db(), buyer, { offerId: v2.id, rowVersion: v2.rowVersion, reason: "PRICE", comment: "" }, new Date("2026-12-14T02:00:00Z"))).resolves.toBeUndefined();
    expect(await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: v2.id } })).toMatchObject({ status: "DECLINED", declineReason: "PRICE" });
  });
});

/** An approved two-member group on a new job of the buyer. */
async function makeApprovedGroup(db: NonNullable<typeof testDb.current>, buyer: Viewer) {
  const firms = await db.prisma.firm.findMany({ where: { status: "VERIFIED", users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, orderBy: { id: "desc" }, take: 2, select: { id: true } });
  const job = await db.prisma.job.create({ data: { buyerOrgId: buyer.buyerOrgId!, titleJa: "期限切れテスト", quantity: 100, deadline: new Date("2027-03-01T00:00:00Z"), status: "GROUPS_INVITED", publishedAt: today, steps: { create: [{ position: 1, processCode: "milling", quantity: 100 }, { position: 2, processCode: "plating", quantity: 100 }] } }, select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true, processCode: true } } } });
  const group = await db.prisma.jointOrderGroup.create({ data: { kind: "JOB", jobId: job.id, leadFirmId: firms[0]!.id, status: "APPROVED", formedAt: today }, select: { id: true } });
  for (const [i, firm] of firms.entries()) {
    const m = await db.prisma.groupMember.create({ data: { groupId: group.id, firmId: firm.id, isLead: i === 0, status: "ACCEPTED" } });
    await db.prisma.groupStepAssignment.create({ data: { groupId: group.id, memberId: m.id, jobStepId: job.steps[i]!.id, processCode: job.steps[i]!.processCode, quantity: 100 } });
  }
  return group;
}
