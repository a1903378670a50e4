// The lead firm turns its members' priced lines into the group's offer: it sets its coordination
// fee, the transport between steps, whether the buyer sees each step or the total only, the
// validity and terms, and sends it. Sending copies the lines, the schedule and the totals into
// the offer, which from then on never changes; the version it replaces is marked superseded.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import { STANDARD_TAX_RATE_PERCENT } from "@/lib/money/tax";
import { formatYen } from "@/lib/money/yen";
import { notifyBuyerOrg } from "@/lib/notifications";
import { ensureDraft } from "./drafts";
import { LIVE_OFFER_STATUSES, moveOffer } from "./offer-lifecycle";
import { stepAmount } from "./offer-totals";
import { PRICING_STATUSES } from "./quote-lines";
import { loadRoute, priceRoute } from "./route-data";
import type { OfferDraftInput } from "./schemas";
import { isoDay, tokyoDay } from "./working-days";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function saveOfferDraft(db: Database, viewer: Viewer, input: OfferDraftInput, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "offer.send");
  if (!PRICING_STATUSES.includes(group.status) || !group.jobId) throw new DomainError("quotes.errors.closed");
  if (input.validUntil < tokyoDay(now)) throw new DomainError("quotes.problems.validityPast", {}, "validUntil");
  const job = await db.prisma.job.findUniqueOrThrow({ where: { id: group.jobId }, select: { deliveryPlace: true } });
  return db.prisma.$transaction(async (tx) => {
    const draft = await ensureDraft(tx, { id: group.id, jobId: group.jobId!, deliveryPlace: job.deliveryPlace }, now);
    const saved = await tx.groupOffer.updateMany({
      where: { id: draft.id, status: "DRAFT" },
      data: { coordinationFeeYen: input.coordinationFeeYen, transportYen: input.transportYen, showBreakdown: input.showBreakdown, validUntil: asDate(input.validUntil), paymentTerms: input.paymentTerms, deliveryPlace: input.deliveryPlace, conditions: input.conditions, rowVersion: { increment: 1 } },
    });
    if (saved.count !== 1) throw new DomainError("quotes.errors.offerChanged");
    return { offerId: draft.id };
  });
}

export async function sendOffer(db: Database, viewer: Viewer, input: { groupId: string; offerId: string; rowVersion: number }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "offer.send");
  // The buyer gets an offer from a complete group: every member has accepted its place.
  if (group.status !== "PENDING_APPROVAL" && group.status !== "APPROVED") throw new DomainError("quotes.errors.membersNotReady");
  const draft = await db.prisma.groupOffer.findFirst({ where: { id: input.offerId, groupId: group.id }, select: { id: true, status: true, rowVersion: true, version: true, replacesId: true, validUntil: true, coordinationFeeYen: true, transportYen: true } });
  if (!draft) throw new NotFoundError("group");
  if (draft.status !== "DRAFT" || draft.rowVersion !== input.rowVersion) throw new DomainError("quotes.errors.offerChanged");
  const today = tokyoDay(now);
  if (!draft.validUntil || isoDay(draft.validUntil) < today) throw new DomainError("quotes.problems.validityPast", {}, "validUntil");

  const route = await loadRoute(db.prisma, group.id);
  const unpriced = route.assignments.filter((a) => !a.quoteLine).length;
  if (unpriced > 0) throw new DomainError("quotes.errors.unpriced", { count: unpriced });
  // The offer cannot promise longer than its members' prices hold.
  const linesHoldUntil = route.assignments.map((a) => isoDay(a.quoteLine!.validUntil)).sort()[0]!;
  if (linesHoldUntil < today) throw new DomainError("quotes.errors.lineLapsed");
  if (isoDay(draft.validUntil) > linesHoldUntil) throw new DomainError("quotes.problems.validityAfterLines", { date: linesHoldUntil }, "validUntil");

  const priced = priceRoute(route, { from: today, coordinationFeeYen: draft.coordinationFeeYen, transportYen: draft.transportYen })!;
  const memberById = new Map(route.members.map((m) => [m.id, m]));
  const lead = route.members.find((m) => m.isLead) ?? route.members.find((m) => m.firmId === route.leadFirmId)!;
  const stepLines = route.assignments.map((a, i) => {
    const line = a.quoteLine!;
    const plan = priced.schedule.parts.get(a.id)!;
    return {
      offerId: draft.id, position: i + 1, kind: "STEP" as const, assignmentId: a.id, memberId: a.memberId, firmId: memberById.get(a.memberId)!.firmId,
      stepPosition: a.jobStep?.position ?? null, processCode: a.processCode, materialCode: a.jobStep?.materialCode ?? null, materialCategory: a.jobStep?.material?.category ?? null,
      quantity: a.quantity, unitPriceYen: line.unitPriceYen, setupYen: line.setupYen, toolingYen: line.toolingYen, materialSupply: line.materialSupply, materialYen: line.materialYen,
      amountYen: stepAmount({ ...line, quantity: a.quantity }), taxRatePercent: STANDARD_TAX_RATE_PERCENT,
      leadTimeDays: line.leadTimeDays, earliestStart: line.earliestStart, validUntil: line.validUntil, conditions: line.conditions,
      plannedStart: asDate(plan.start), plannedEnd: asDate(plan.end), transitDaysIn: plan.transitDaysIn, critical: plan.critical,
    };
  });
  const leadLine = (kind: "COORDINATION" | "TRANSPORT", amountYen: bigint, position: number) => ({ offerId: draft.id, position, kind, memberId: lead.id, firmId: lead.firmId, quantity: 1, unitPriceYen: amountYen, amountYen, taxRatePercent: STANDARD_TAX_RATE_PERCENT });
  const extra = [
    ...(draft.coordinationFeeYen > 0n ? [leadLine("COORDINATION", draft.coordinationFeeYen, stepLines.length + 1)] : []),
    ...(draft.transportYen > 0n ? [leadLine("TRANSPORT", draft.transportYen, stepLines.length + 2)] : []),
  ];

  await db.prisma.$transaction(async (tx) => {
    await tx.offerLine.createMany({ data: [...stepLines, ...extra] });
    const sent = await moveOffer(tx, {
      offerId: draft.id, from: "DRAFT", to: "SENT", actor: "lead", actorId: viewer.userId, now, rowVersion: input.rowVersion,
      data: { sentAt: now, sentById: viewer.userId, subtotalYen: priced.figures.subtotalYen, taxYen: priced.figures.taxYen, totalYen: priced.figures.totalYen, committedDelivery: asDate(priced.schedule.delivery) },
    });
    if (!sent) throw new DomainError("quotes.errors.offerChanged");
    // The buyer always sees the last version sent: the ones before it that were still open end here.
    const earlier = await tx.groupOffer.findMany({ where: { groupId: group.id, id: { not: draft.id }, status: { in: [...LIVE_OFFER_STATUSES] } }, select: { id: true, status: true } });
    for (const offer of earlier) await moveOffer(tx, { offerId: offer.id, from: offer.status, to: "SUPERSEDED", actor: "lead", actorId: viewer.userId, now });
  });
  const job = await db.prisma.job.findUniqueOrThrow({ where: { id: route.job!.id }, select: { buyerOrgId: true, titleJa: true, titleEn: true } });
  await notifyBuyerOrg(db.prisma, job.buyerOrgId, { kind: "offer.sent", params: { title: job.titleJa, titleEn: job.titleEn || job.titleJa, version: draft.version, total: formatYen(priced.figures.totalYen) }, linkPath: `/jobs/${route.job!.id}/offers`, at: now });
  return { offerId: draft.id, totalYen: priced.figures.totalYen, committedDelivery: priced.schedule.delivery };
}
