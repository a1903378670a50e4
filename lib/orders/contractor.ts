// Who contracts with the buyer. Under 受注斡旋 the lead firm. Under 共同受注 an association that one
// of the members belongs to (a 事業協同組合 where there is one) — named by the lead firm (or staff for
// the group) and accepted by that association's own staff before the group can be awarded. The
// cooperative's fee rate is fixed on the nomination when its staff accept.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContractorStatus } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import { OPEN_GROUP_STATUSES } from "@/lib/groups/state-machine";
import { notify, notifyFirm } from "@/lib/notifications";
import { LIVE_NOMINATION_STATUSES, moveNomination } from "./contractor-lifecycle";

/** Staff users of an association, to tell them something. */
async function associationStaffIds(db: Database, associationId: string): Promise<string[]> {
  const users = await db.prisma.user.findMany({ where: { associationId, role: "ASSOCIATION_STAFF", status: "ACTIVE" }, select: { id: true } });
  return users.map((u) => u.id);
}

export async function notifyAssociationStaff(db: Database, associationId: string, input: Omit<Parameters<typeof notify>[1], "userIds">) {
  await notify(db.prisma, { ...input, userIds: await associationStaffIds(db, associationId) });
}

/** The group names an association of its members as the contracting party (replacing any earlier one). */
export async function nominateContractor(db: Database, viewer: Viewer, input: { groupId: string; associationId: string }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "contractor.nominate");
  if (group.kind !== "JOB" || group.contractModel !== "JOINT_ORDER") throw new DomainError("orders.errors.notJointOrder");
  if (!OPEN_GROUP_STATUSES.includes(group.status)) throw new DomainError("orders.errors.afterOrder");
  const memberAssociations = new Set(group.members.filter((m) => m.status !== "DECLINED" && m.status !== "REPLACED" && m.status !== "REMOVED").map((m) => m.firm.associationId));
  if (!memberAssociations.has(input.associationId)) throw new DomainError("orders.problems.notMembersAssociation", {}, "associationId");
  const nominationId = await db.prisma.$transaction(async (tx) => {
    const live = await tx.contractorNomination.findFirst({ where: { groupId: group.id, status: { in: [...LIVE_NOMINATION_STATUSES] } }, select: { id: true, status: true, associationId: true } });
    if (live?.associationId === input.associationId) throw new DomainError("orders.errors.alreadyNominated", {}, "associationId");
    if (live) await withdraw(tx, group.id, live, viewer.userId, now);
    const created = await tx.contractorNomination.create({ data: { groupId: group.id, associationId: input.associationId, requestedById: viewer.userId, requestedAt: now }, select: { id: true } });
    return created.id;
  });
  await audit({ action: "contractor.nominate", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { associationId: input.associationId } });
  await notifyAssociationStaff(db, input.associationId, { kind: "contractor.requested", params: { group: group.name }, linkPath: `/groups/${group.id}`, at: now });
  return { nominationId };
}

async function withdraw(tx: Prisma.TransactionClient, groupId: string, live: { id: string; status: ContractorStatus }, actorId: string | null, now: Date) {
  await moveNomination(tx, { nominationId: live.id, from: live.status, to: "WITHDRAWN", actor: "group", actorId, now });
  await tx.jointOrderGroup.update({ where: { id: groupId }, data: { contractingAssociationId: null } });
}

/** The nominated association's staff accept (the fee rate in force is fixed) or decline the role. */
export async function decideContractor(db: Database, viewer: Viewer, input: { nominationId: string; accept: boolean; rowVersion: number; comment: string }, now = clock.now()) {
  if (!/^[0-9a-f-]{36}$/i.test(input.nominationId)) throw new NotFoundError("group");
  const nomination = await db.prisma.contractorNomination.findUnique({
    where: { id: input.nominationId },
    select: { id: true, status: true, groupId: true, association: { select: { id: true, federationId: true, feeRateBasisPoints: true, invoiceRegistrationNumber: true } }, group: { select: { leadFirmId: true, status: true } } },
  });
  if (!nomination) throw new NotFoundError("group");
  authorize(viewer, "contractor.decide", { type: "association", id: nomination.association.id, federationId: nomination.association.federationId });
  if (nomination.status !== "REQUESTED") throw new DomainError("orders.errors.alreadyDecided");
  if (!OPEN_GROUP_STATUSES.includes(nomination.group.status)) throw new DomainError("orders.errors.afterOrder");
  // A contractor issues qualified invoices: it needs its registration number before it agrees.
  if (input.accept && !nomination.association.invoiceRegistrationNumber) throw new DomainError("orders.errors.contractorNeedsRegistration");
  await db.prisma.$transaction(async (tx) => {
    const moved = await moveNomination(tx, {
      nominationId: nomination.id, from: "REQUESTED", to: input.accept ? "ACCEPTED" : "DECLINED", actor: "contractor", actorId: viewer.userId, now, rowVersion: input.rowVersion,
      data: { comment: input.comment || null, ...(input.accept ? { feeRateBasisPoints: nomination.association.feeRateBasisPoints } : {}) },
    });
    if (!moved) throw new DomainError("orders.errors.alreadyDecided");
    if (input.accept) await tx.jointOrderGroup.update({ where: { id: nomination.groupId }, data: { contractingAssociationId: nomination.association.id } });
  });
  await audit({ action: input.accept ? "contractor.accept" : "contractor.decline", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: nomination.groupId, details: { nominationId: nomination.id } });
  await notifyFirm(db.prisma, nomination.group.leadFirmId, { kind: input.accept ? "contractor.accepted" : "contractor.declined", params: {}, linkPath: `/groups/${nomination.groupId}`, at: now }, { onlyAdmins: true });
}

/** The contracting party of an awarded or awardable group, or why there is none yet. */
export async function acceptedContractor(tx: Prisma.TransactionClient, groupId: string) {
  return tx.contractorNomination.findFirst({ where: { groupId, status: "ACCEPTED" }, select: { id: true, associationId: true, feeRateBasisPoints: true } });
}

/** The nominations of a group, newest first, with what the viewer may do (for the group page). */
export async function groupNominations(db: Database, viewer: Viewer, groupId: string) {
  const { group, resource } = await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  if (group.contractModel !== "JOINT_ORDER" || group.kind !== "JOB") return null;
  const [nominations, associations] = await Promise.all([
    db.prisma.contractorNomination.findMany({
      where: { groupId: group.id },
      orderBy: { requestedAt: "desc" },
      select: { id: true, status: true, rowVersion: true, feeRateBasisPoints: true, requestedAt: true, decidedAt: true, comment: true, association: { select: { id: true, nameJa: true, nameEn: true, isCooperative: true, feeRateBasisPoints: true, invoiceRegistrationNumber: true } } },
    }),
    db.prisma.association.findMany({
      where: { id: { in: [...resource.associationIds] } },
      orderBy: [{ isCooperative: "desc" }, { nameJa: "asc" }],
      select: { id: true, nameJa: true, nameEn: true, isCooperative: true, feeRateBasisPoints: true },
    }),
  ]);
  const live = nominations.find((n) => n.status === "REQUESTED" || n.status === "ACCEPTED") ?? null;
  return { nominations, live, associations, open: OPEN_GROUP_STATUSES.includes(group.status) };
}

/** An association's own staff set its fee rate (0–20 %) and its registration number. */
export async function saveCooperativeTerms(db: Database, viewer: Viewer, input: { feeRateBasisPoints: number; invoiceRegistrationNumber: string | null }) {
  if (!viewer.associationId) throw new NotFoundError("association");
  const association = await db.prisma.association.findUniqueOrThrow({ where: { id: viewer.associationId }, select: { id: true, federationId: true } });
  authorize(viewer, "cooperative.manage", { type: "association", id: association.id, federationId: association.federationId });
  await db.prisma.association.update({ where: { id: association.id }, data: { feeRateBasisPoints: input.feeRateBasisPoints, invoiceRegistrationNumber: input.invoiceRegistrationNumber } });
  await audit({ action: "cooperative.terms", actor: { userId: viewer.userId, role: viewer.role }, targetType: "association", targetId: association.id, details: { feeRateBasisPoints: input.feeRateBasisPoints } });
}

/** The association's terms and the nominations waiting for its staff (the cooperative's page). */
export async function cooperativeOverview(db: Database, viewer: Viewer) {
  if (!viewer.associationId) throw new NotFoundError("association");
  const association = await db.prisma.association.findUniqueOrThrow({ where: { id: viewer.associationId }, select: { id: true, federationId: true, nameJa: true, nameEn: true, isCooperative: true, feeRateBasisPoints: true, invoiceRegistrationNumber: true } });
  authorize(viewer, "cooperative.manage", { type: "association", id: association.id, federationId: association.federationId });
  const pending = await db.prisma.contractorNomination.findMany({
    where: { associationId: association.id, status: "REQUESTED" },
    orderBy: { requestedAt: "asc" },
    select: { id: true, requestedAt: true, group: { select: { id: true, name: true, job: { select: { titleJa: true, titleEn: true } }, leadFirm: { select: { nameJa: true, nameEn: true } } } } },
  });
  return { association, pending };
}
