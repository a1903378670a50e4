// Looking after a standing group: its lead firm (or staff covering a member) edits the profile,
// asks for approval again after a send-back, withdraws an invitation nobody answers, or ends the
// group; a member firm may leave it. Fewer than two firms left ends the group by itself.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError, type Action } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceCancelled, announceDeclined, announceReadyForApproval } from "../announce";
import { loadGroupRef } from "../group-access";
import { moveGroup } from "../move-group";
import { isFederationApprovalOnly, openApprovals, requestApprovalsWhenAllAccepted } from "../request-approvals";
import { canMove, groupActorFor } from "../state-machine";
import { LIVE_STANDING_STATUSES, type StandingProfileInput } from "./form";
import { cancelStandingWithoutPartners } from "./partners";
import { clock } from "@/lib/clock";

async function loadStanding(db: Database, viewer: Viewer, groupId: string, action: Action) {
  const ref = await loadGroupRef(db.prisma, viewer, groupId, action);
  if (ref.group.kind !== "STANDING") throw new DomainError("groups.standing.errors.notStanding");
  return ref;
}

const isLive = (status: string) => (LIVE_STANDING_STATUSES as readonly string[]).includes(status);

export async function updateStandingProfile(db: Database, viewer: Viewer, input: StandingProfileInput & { groupId: string; version: number }) {
  const { group } = await loadStanding(db, viewer, input.groupId, "group.update");
  if (!isLive(group.status)) throw new DomainError("groups.standing.errors.ended");
  const updated = await db.prisma.jointOrderGroup.updateMany({
    where: { id: group.id, version: input.version },
    data: { name: input.name, descriptionJa: input.descriptionJa, descriptionEn: input.descriptionEn, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new DomainError("groups.errors.changedMeanwhile");
  await audit({ action: "group.standing.update", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id });
}

/** After a send-back the lead firm revises the profile and asks again; the members agreed already. */
export async function askApprovalAgain(db: Database, viewer: Viewer, input: { groupId: string; version: number }) {
  const { group } = await loadStanding(db, viewer, input.groupId, "group.update");
  if (group.status !== "SENT_BACK") throw new DomainError("groups.errors.notSentBack");
  if (viewer.firmId !== group.leadFirmId) throw new DomainError("groups.standing.errors.leadOnly");
  const federationOnly = await isFederationApprovalOnly(db);
  await db.prisma.$transaction(async (tx) => {
    if (!(await moveGroup(tx, { groupId: group.id, kind: "STANDING", from: "SENT_BACK", to: "PENDING_APPROVAL", actor: "member", actorId: viewer.userId, version: input.version }))) throw new DomainError("groups.errors.changedMeanwhile");
    const staying = group.members.filter((m) => m.status === "ACCEPTED");
    await openApprovals(tx, group.id, staying.map((m) => m.firm.associationId), federationOnly);
  });
  await audit({ action: "group.resubmit", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id });
  await announceReadyForApproval(db, group.id);
}

/** The lead firm or staff end the group: cancelled while it is being formed, dissolved after. */
export async function endStandingGroup(db: Database, viewer: Viewer, input: { groupId: string; version: number; reason: string }) {
  const { group } = await loadStanding(db, viewer, input.groupId, "group.update");
  const actor = groupActorFor(viewer.role);
  const to = group.status === "APPROVED" ? "DISSOLVED" : "CANCELLED";
  if (!canMove(group.status, to, actor, "STANDING")) throw new DomainError("groups.standing.errors.ended");
  const moved = await db.prisma.$transaction((tx) => moveGroup(tx, { groupId: group.id, kind: "STANDING", from: group.status, to, actor, actorId: viewer.userId, version: input.version, comment: input.reason }));
  if (!moved) throw new DomainError("groups.errors.changedMeanwhile");
  await audit({ action: to === "DISSOLVED" ? "group.dissolve" : "group.cancel", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { reason: input.reason } });
  await announceCancelled(db, group.id, input.reason, { toBuyer: false });
}

/** A member firm (not the lead) leaves; an invited firm nobody hears from is withdrawn by the lead. */
export async function removeStandingMember(db: Database, viewer: Viewer, input: { groupId: string; memberId: string; reason: string }, now = clock.now()) {
  const leaving = await db.prisma.groupMember.findUnique({ where: { id: input.memberId }, select: { firmId: true } });
  const ownFirm = leaving !== null && leaving.firmId === viewer.firmId;
  const { group } = await loadStanding(db, viewer, input.groupId, ownFirm ? "group.respond" : "group.update");
  const member = group.members.find((m) => m.id === input.memberId);
  if (!member || !isLive(group.status)) throw new DomainError("groups.standing.errors.ended");
  if (member.firmId === group.leadFirmId) throw new DomainError("groups.standing.errors.leadCannotLeave");
  // Another firm's membership: only an invitation still unanswered can be withdrawn, by the lead or staff.
  if (!ownFirm && member.status !== "INVITED") throw new DomainError("groups.standing.errors.onlyUnanswered");
  if (member.status !== "INVITED" && member.status !== "ACCEPTED") throw new DomainError("groups.errors.alreadyAnswered");

  const federationOnly = await isFederationApprovalOnly(db);
  const outcome = await db.prisma.$transaction(async (tx) => {
    const removed = await tx.groupMember.updateMany({ where: { id: member.id, version: member.version }, data: { status: "REMOVED", respondedAt: now, respondedById: viewer.userId, declineReason: input.reason || null, version: { increment: 1 } } });
    if (removed.count !== 1) throw new DomainError("groups.errors.changedMeanwhile");
    if (await cancelStandingWithoutPartners(tx, group.id)) return "ended" as const;
    if (group.status === "INVITING" && (await requestApprovalsWhenAllAccepted(tx, group.id, federationOnly))) return "complete" as const;
    return "removed" as const;
  });
  await audit({ action: ownFirm ? "group.standing.leave" : "group.standing.withdraw", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { memberId: member.id } });
  if (ownFirm) await announceDeclined(db, group.id, member.id);
  if (outcome === "complete") await announceReadyForApproval(db, group.id);
  return { outcome };
}
