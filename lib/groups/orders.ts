// From an approved group to a closed order: the buyer awards (the order records the contracted
// value in yen and each step gets planned dates), members report progress on their own steps,
// hand-offs are confirmed by both sides, quality records attach to steps, the lead marks the
// delivery, and the buyer accepts it with a short rating that feeds the firms' records.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InspectionResult, QualityRecordKind } from "@/lib/generated/prisma/enums";
import { transitionJob } from "@/lib/jobs/transitions";
import { IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { storeUpload } from "@/lib/uploads/storage";
import { announceAwarded, announceDelivered } from "./announce";
import { loadGroupRef } from "./group-access";
import { moveGroup } from "./move-group";
import { moveOrder } from "./order-lifecycle";
import { OPEN_GROUP_STATUSES, SYSTEM_COMMENTS } from "./state-machine";
import { clock } from "@/lib/clock";
import { formatYen } from "@/lib/money/yen";
import { sharesFromAmounts } from "@/lib/quotes/offer-totals";
import { staleOfferProblem } from "@/lib/quotes/buyer-decisions";
import { moveOffer } from "@/lib/quotes/offer-lifecycle";
import { isoDay, tokyoDay } from "@/lib/quotes/working-days";
import { generateAgreement } from "./agreement";
import { acceptedContractor } from "@/lib/orders/contractor";
import { issueAwardDocuments, issueStageDocument } from "@/lib/orders/documents";
import { memberRatingProblem, recordMemberRatings } from "@/lib/ratings/member-ratings";
import type { AcceptDeliveryInput } from "@/lib/ratings/schemas";

const day = (d: Date) => d.toISOString().slice(0, 10);
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The buyer awards the job to a group by accepting one of its offers (the version the buyer's screen
 * showed). The order's value is that offer's total with tax, each member's share is its priced
 * lines (the lead's also its fee and transport), and each step's planned dates are the offer's
 * schedule. Two awards at once make one order: the group moves only from APPROVED, once.
 */
export async function awardGroup(db: Database, viewer: Viewer, input: { groupId: string; offerId: string; rowVersion: number }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.award");
  const offer = await db.prisma.groupOffer.findFirst({
    where: { id: input.offerId, groupId: group.id, sentAt: { not: null } },
    select: { id: true, version: true, status: true, rowVersion: true, validUntil: true, totalYen: true, coordinationFeeYen: true, transportYen: true, committedDelivery: true, lines: { select: { kind: true, memberId: true, assignmentId: true, amountYen: true, plannedStart: true, plannedEnd: true } } },
  });
  if (!offer) throw new NotFoundError("group");
  if (group.status !== "APPROVED" || !group.jobId || !group.job) throw new DomainError("groups.errors.notApproved");
  const stale = staleOfferProblem(offer, input.rowVersion);
  if (stale) throw new DomainError(stale);
  if (!offer.validUntil || isoDay(offer.validUntil) < tokyoDay(now)) throw new DomainError("quotes.errors.lapsed");
  const job = await db.prisma.job.findUniqueOrThrow({ where: { id: group.jobId }, select: { id: true, deadline: true, buyerOrgId: true, status: true } });
  // Under 共同受注 the cooperative must have agreed to contract before there can be an order.
  if (group.contractModel === "JOINT_ORDER" && !(await acceptedContractor(db.prisma, group.id))) throw new DomainError("orders.errors.contractorNotAccepted");
  const members = group.members.filter((m) => m.status === "ACCEPTED");
  const lead = members.find((m) => m.firmId === group.leadFirmId)!;
  const shares = sharesFromLines(offer.lines, lead.id, members.map((m) => m.id));

  await db.prisma.$transaction(async (tx) => {
    if (!(await moveGroup(tx, { groupId: group.id, from: "APPROVED", to: "AWARDED", actor: "buyer", actorId: viewer.userId, now }))) throw new DomainError("groups.errors.alreadyDecided");
    if (!(await moveOffer(tx, { offerId: offer.id, from: offer.status, to: "ACCEPTED", actor: "buyer", actorId: viewer.userId, now, rowVersion: input.rowVersion }))) throw new DomainError("quotes.errors.changedSinceShown");
    const order = await tx.order.create({ data: { jobId: job.id, groupId: group.id, buyerOrgId: job.buyerOrgId, offerId: offer.id, contractedValueYen: offer.totalYen!, contractedOn: asDate(tokyoDay(now)), dueOn: offer.committedDelivery ?? job.deadline, createdAt: now }, select: { id: true } });
    for (const [memberId, share] of shares) await tx.groupMember.update({ where: { id: memberId }, data: { shareYen: share.yen, shareBasisPoints: share.basisPoints } });
    for (const line of offer.lines) {
      if (line.kind === "STEP" && line.assignmentId) await tx.groupStepAssignment.update({ where: { id: line.assignmentId }, data: { plannedStart: line.plannedStart, plannedEnd: line.plannedEnd } });
    }
    // 注文書, 注文請書 and the members' 発注書: issued with the order, or not at all.
    await issueAwardDocuments(tx, order.id, viewer.userId, now);
    // The other groups proposed for this job end here (their open offers are declined with them).
    const others = await tx.jointOrderGroup.findMany({ where: { jobId: job.id, id: { not: group.id }, status: { in: [...OPEN_GROUP_STATUSES] } }, select: { id: true, status: true } });
    for (const other of others) await moveGroup(tx, { groupId: other.id, from: other.status, to: "CANCELLED", actor: "system", actorId: viewer.userId, comment: SYSTEM_COMMENTS.awardedElsewhere, now });
  });
  await transitionJob({ jobId: job.id, to: "AWARDED", actor: { kind: "buyer", userId: viewer.userId } });
  // The agreement now states each member's share in yen: a new version, the earlier one kept.
  await generateAgreement(db, group.id);
  await announceAwarded(db, group.id, formatYen(offer.totalYen!));
}

/** Each member's share of the order from the offer's lines (before tax); basis points follow. */
function sharesFromLines(lines: readonly { kind: string; memberId: string | null; amountYen: bigint }[], leadMemberId: string, memberIds: readonly string[]) {
  const yen = new Map(memberIds.map((id) => [id, 0n]));
  for (const line of lines) {
    const memberId = line.kind === "STEP" ? line.memberId : leadMemberId;
    if (memberId) yen.set(memberId, (yen.get(memberId) ?? 0n) + line.amountYen);
  }
  return sharesFromAmounts(yen);
}

/** The viewer's firm's own assignment in the group; another member's step is not found. */
async function ownAssignment(db: Database, viewer: Viewer, assignmentId: string) {
  const assignment = await db.prisma.groupStepAssignment.findUnique({ where: { id: assignmentId }, select: { id: true, groupId: true, status: true, actualStart: true, member: { select: { firmId: true } } } });
  if (!assignment) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, assignment.groupId, "progress.report");
  if (assignment.member.firmId !== viewer.firmId) throw new NotFoundError("group");
  if (group.status !== "AWARDED" && group.status !== "IN_PRODUCTION") throw new DomainError("groups.errors.notInProduction");
  return { assignment, group };
}

export const PROGRESS_PHOTO_MAX_BYTES = 5 * 1024 * 1024;

export async function reportProgress(db: Database, viewer: Viewer, input: { assignmentId: string; percent: number; note: string; photo?: { bytes: Uint8Array; name: string } }, now = clock.now()) {
  const { assignment, group } = await ownAssignment(db, viewer, input.assignmentId);
  const done = input.percent >= 100;
  const photo = input.photo ? await storeUpload(input.photo.bytes, input.photo.name, { allowed: IMAGE_KINDS, maxBytes: PROGRESS_PHOTO_MAX_BYTES }) : null;
  await db.prisma.$transaction(async (tx) => {
    await tx.progressUpdate.create({
      data: {
        assignmentId: assignment.id, authorId: viewer.userId, percent: input.percent, note: input.note,
        ...(photo ? { photos: { create: { kind: "PROGRESS_PHOTO", fileName: photo.fileName, mimeType: photo.mimeType, sizeBytes: photo.sizeBytes, sha256: photo.sha256, storageKey: photo.storageKey, uploadedById: viewer.userId, groupId: group.id } } } : {}),
      },
    });
    await tx.groupStepAssignment.update({
      where: { id: assignment.id },
      data: { percentComplete: input.percent, status: done ? "DONE" : input.percent > 0 ? "IN_PROGRESS" : "PLANNED", actualStart: assignment.actualStart ?? (input.percent > 0 ? asDate(day(now)) : null), actualEnd: done ? asDate(day(now)) : null },
    });
    if (group.status === "AWARDED" && input.percent > 0) {
      // Two members reporting their first progress at once: the second finds it already moved.
      await moveGroup(tx, { groupId: group.id, from: "AWARDED", to: "IN_PRODUCTION", actor: "member", actorId: viewer.userId });
      await moveOrder(tx, { groupId: group.id, from: "CONTRACTED", to: "IN_PRODUCTION" });
    }
  });
  if (group.status === "AWARDED" && input.percent > 0 && group.jobId) await transitionJob({ jobId: group.jobId, to: "IN_PRODUCTION", actor: { kind: "system", userId: viewer.userId } });
}

/** A hand-off from one step to the next: the sender confirms it left, the receiver that it arrived. */
export async function confirmHandoff(db: Database, viewer: Viewer, input: { fromAssignmentId: string; toAssignmentId: string; side: "send" | "receive"; quantity: number }, now = clock.now()) {
  const [from, to] = await Promise.all([
    db.prisma.groupStepAssignment.findUnique({ where: { id: input.fromAssignmentId }, select: { id: true, groupId: true, member: { select: { firmId: true } } } }),
    db.prisma.groupStepAssignment.findUnique({ where: { id: input.toAssignmentId }, select: { id: true, groupId: true, member: { select: { firmId: true } } } }),
  ]);
  if (!from || !to || from.groupId !== to.groupId) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, from.groupId, "progress.report");
  const mine = input.side === "send" ? from : to;
  if (mine.member.firmId !== viewer.firmId) throw new NotFoundError("group");
  // Parts move between members only while the order is being made: not before the award, not
  // after delivery (the page hides the button then; a stale page or a direct request must not).
  if (group.status !== "AWARDED" && group.status !== "IN_PRODUCTION") throw new DomainError("groups.errors.notInProduction");
  // One statement on the pair's unique key: the two sides confirming at the same moment meet in one
  // row, and a side confirmed again keeps its first stamp (a double tap changes nothing).
  const [at, by] = input.side === "send" ? [Prisma.sql`"sentAt"`, Prisma.sql`"sentById"`] : [Prisma.sql`"receivedAt"`, Prisma.sql`"receivedById"`];
  await db.prisma.$executeRaw`
    INSERT INTO "Handoff" ("groupId", "fromAssignmentId", "toAssignmentId", "quantity", "createdAt", ${at}, ${by})
    VALUES (${from.groupId}::uuid, ${from.id}::uuid, ${to.id}::uuid, ${input.quantity}, ${now}, ${now}, ${viewer.userId}::uuid)
    ON CONFLICT ("fromAssignmentId", "toAssignmentId") DO UPDATE
      SET ${at} = COALESCE("Handoff".${at}, EXCLUDED.${at}), ${by} = CASE WHEN "Handoff".${at} IS NULL THEN EXCLUDED.${by} ELSE "Handoff".${by} END`;
}

export async function recordQuality(
  db: Database,
  viewer: Viewer,
  input: { assignmentId: string; kind: QualityRecordKind; result?: InspectionResult; description: string; responsibleMemberId?: string; correctiveAction?: string },
) {
  const assignment = await db.prisma.groupStepAssignment.findUnique({ where: { id: input.assignmentId }, select: { id: true, groupId: true } });
  if (!assignment) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, assignment.groupId, "quality.report");
  if (input.responsibleMemberId && !group.members.some((m) => m.id === input.responsibleMemberId)) throw new DomainError("validation.invalid", {}, "responsibleMemberId");
  return db.prisma.qualityRecord.create({
    data: { groupId: group.id, assignmentId: assignment.id, kind: input.kind, result: input.result ?? null, description: input.description, responsibleMemberId: input.responsibleMemberId ?? null, correctiveAction: input.correctiveAction ?? null, recordedById: viewer.userId },
    select: { id: true },
  });
}

/** The lead firm marks the order delivered once every step is done. */
export async function markDelivered(db: Database, viewer: Viewer, input: { groupId: string }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "progress.report");
  if (viewer.firmId !== group.leadFirmId) throw new DomainError("groups.errors.leadOnly");
  if (group.status !== "IN_PRODUCTION") throw new DomainError("groups.errors.notInProduction");
  const open = await db.prisma.groupStepAssignment.count({ where: { groupId: group.id, status: { not: "DONE" } } });
  if (open > 0) throw new DomainError("groups.errors.stepsOpen", { count: open });
  await db.prisma.$transaction(async (tx) => {
    if (!(await moveGroup(tx, { groupId: group.id, from: "IN_PRODUCTION", to: "DELIVERED", actor: "member", actorId: viewer.userId }))) throw new DomainError("groups.errors.notInProduction");
    if (!(await moveOrder(tx, { groupId: group.id, from: "IN_PRODUCTION", to: "DELIVERED", data: { deliveredOn: asDate(day(now)) } }))) throw new DomainError("groups.errors.notInProduction");
    const order = await tx.order.findUniqueOrThrow({ where: { groupId: group.id }, select: { id: true } });
    await issueStageDocument(tx, order.id, "DELIVERY_NOTE", viewer.userId, now);
  });
  if (group.jobId) await transitionJob({ jobId: group.jobId, to: "DELIVERED", actor: { kind: "system", userId: viewer.userId } });
  await announceDelivered(db, group.id);
}

/** The buyer accepts the delivery and rates each member's work (1–5 each); the order and the group close. */
export async function acceptDelivery(db: Database, viewer: Viewer, input: AcceptDeliveryInput, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.award");
  if (group.status !== "DELIVERED") throw new DomainError("groups.errors.notDelivered");
  const unrated = memberRatingProblem(group.members.filter((m) => m.status === "ACCEPTED").map((m) => m.id), input.ratings);
  if (unrated) throw unrated;
  const order = await db.prisma.order.findUniqueOrThrow({ where: { groupId: group.id }, select: { id: true } });
  await db.prisma.$transaction(async (tx) => {
    if (!(await moveGroup(tx, { groupId: group.id, from: "DELIVERED", to: "CLOSED", actor: "buyer", actorId: viewer.userId }))) throw new DomainError("groups.errors.notDelivered");
    if (!(await moveOrder(tx, { groupId: group.id, from: "DELIVERED", to: "ACCEPTED", data: { acceptedOn: asDate(day(now)) } }))) throw new DomainError("groups.errors.notDelivered");
    await recordMemberRatings(tx, { orderId: order.id, ratings: input.ratings, comment: input.comment, ratedById: viewer.userId, now });
    await issueStageDocument(tx, order.id, "ACCEPTANCE_NOTE", viewer.userId, now);
  });
  if (group.jobId) await transitionJob({ jobId: group.jobId, to: "CLOSED", actor: { kind: "buyer", userId: viewer.userId } });
}
