// A group staff sent back is proposed again by the buyer (or by staff for the buyer), usually after
// replacing the member the staff questioned. Invitations still open get a fresh deadline and are
// announced again; if every member has already accepted, the group goes straight back to staff.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceInvitations, announceReadyForApproval } from "./announce";
import { loadGroupRef } from "./group-access";
import { moveGroup } from "./move-group";
import { INVITATION_HOURS } from "./propose";
import { isFederationApprovalOnly, requestApprovalsWhenAllAccepted } from "./request-approvals";
import { groupActorFor } from "./state-machine";
import { clock } from "@/lib/clock";

export async function resubmitGroup(db: Database, viewer: Viewer, input: { groupId: string; version: number; note: string }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.resubmit");
  if (group.status !== "SENT_BACK" || group.kind !== "JOB") throw new DomainError("groups.errors.notSentBack");
  const federationOnly = await isFederationApprovalOnly(db);
  const outcome = await db.prisma.$transaction(async (tx) => {
    const moved = await moveGroup(tx, { groupId: group.id, from: "SENT_BACK", to: "INVITING", actor: groupActorFor(viewer.role), actorId: viewer.userId, version: input.version, comment: input.note.trim() || null });
    if (!moved) throw new DomainError("groups.errors.changedMeanwhile");
    await tx.groupMember.updateMany({ where: { groupId: group.id, status: "INVITED" }, data: { invitedAt: now, inviteExpiresAt: new Date(now.getTime() + INVITATION_HOURS * 3_600_000) } });
    return (await requestApprovalsWhenAllAccepted(tx, group.id, federationOnly)) ? ("toApproval" as const) : ("inviting" as const);
  });
  await audit({ action: "group.resubmit", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { note: input.note.trim() || undefined } });
  if (outcome === "toApproval") await announceReadyForApproval(db, group.id);
  else {
    const invited = await db.prisma.groupMember.findMany({ where: { groupId: group.id, status: "INVITED" }, select: { firmId: true } });
    await announceInvitations(db, group.id, invited.map((m) => m.firmId));
  }
  return { outcome };
}
