// One silent or declining firm must not stall a job: for the steps of a member who declined or
// let the invitation expire, the matching service offers the buyer the next best firms (not
// already in the group), and the buyer invites one in the member's place.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { runOnComposer } from "@/lib/matching-pool/pool";
import { exposureReference, loadCandidates, withPartners } from "@/lib/matching-service/load-candidates";
import { loadJobForMatching } from "@/lib/matching-service/load-job";
import { announceDeclined, announceInvitations } from "./announce";
import { loadGroupRef } from "./group-access";
import { INVITATION_HOURS } from "./propose";

import type { GroupStatus, MemberStatus } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/clock";

/** While inviting, the buyer replaces a firm that declined or stayed silent; after staff sent the
 *  group back, any firm still in it (staff may have questioned one that accepted). */
export function isReplaceable(groupStatus: GroupStatus, memberStatus: MemberStatus): boolean {
  if (groupStatus === "INVITING") return memberStatus === "DECLINED" || memberStatus === "EXPIRED";
  if (groupStatus === "SENT_BACK") return memberStatus !== "REPLACED" && memberStatus !== "REMOVED";
  return false;
}

export async function replacementCandidates(db: Database, viewer: Viewer, input: { groupId: string; memberId: string }, today = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.award");
  const member = group.members.find((m) => m.id === input.memberId);
  if (!member || !group.jobId) throw new NotFoundError("group");
  if (!isReplaceable(group.status, member.status)) throw new DomainError("groups.errors.notReplaceable");
  const stepIds = (await db.prisma.groupStepAssignment.findMany({ where: { memberId: member.id }, select: { jobStepId: true } })).map((a) => a.jobStepId);
  const { job, input: jobInput } = await loadJobForMatching(db.prisma, viewer, group.jobId, "match.view", today);
  const subJob = { ...jobInput, steps: jobInput.steps.filter((s) => stepIds.includes(s.id)) };
  const taken = new Set(group.members.filter((m) => m.status !== "REPLACED" && m.status !== "REMOVED").map((m) => m.firmId));
  const loaded = (await loadCandidates(db.sql, jobInput, job.deadline, today)).filter((c) => !taken.has(c.id));
  const replacementJob = { ...subJob, leadCertificationCode: member.firmId === group.leadFirmId ? jobInput.leadCertificationCode : null };
  const composerOptions = { k: 3, exposureReference: await exposureReference(db.sql, today) };
  const { candidates, set } = await withPartners(db.sql, replacementJob, loaded, composerOptions);
  const { result } = await runOnComposer({ kind: "suggest", job: replacementJob, candidates: set, options: composerOptions, standing: [] });
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  return { options: result.groups.filter((g) => g.memberIds.length === 1).map((g) => ({ firmId: g.memberIds[0]!, name: names.get(g.memberIds[0]!) ?? "", score: g.score })), infeasible: result.infeasible };
}

export async function replaceMember(db: Database, viewer: Viewer, input: { groupId: string; memberId: string; firmId: string }, now = clock.now()) {
  const { options } = await replacementCandidates(db, viewer, input, now);
  if (!options.some((o) => o.firmId === input.firmId)) throw new DomainError("groups.errors.notACandidate", {}, "firmId");
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.award");
  await db.prisma.$transaction(async (tx) => {
    // Holds the group where the buyer saw it (and locks its row) while the member changes; a group
    // moved meanwhile (staff cancelled it, say) is left as it is.
    const held = await tx.jointOrderGroup.updateMany({ where: { id: group.id, status: group.status }, data: { version: { increment: 1 } } });
    if (held.count !== 1) throw new DomainError("groups.errors.changedMeanwhile");
    const old = await tx.groupMember.findUniqueOrThrow({ where: { id: input.memberId }, select: { id: true, isLead: true, shareBasisPoints: true, status: true } });
    if (!isReplaceable(group.status, old.status)) throw new DomainError("groups.errors.notReplaceable");
    const marked = await tx.groupMember.updateMany({ where: { id: old.id, status: old.status }, data: { status: "REPLACED", version: { increment: 1 } } });
    if (marked.count !== 1) throw new DomainError("groups.errors.alreadyAnswered");
    const fresh = await tx.groupMember.create({
      data: { groupId: input.groupId, firmId: input.firmId, isLead: old.isLead, status: "INVITED", shareBasisPoints: old.shareBasisPoints, invitedAt: now, inviteExpiresAt: new Date(now.getTime() + INVITATION_HOURS * 3_600_000) },
      select: { id: true },
    });
    await tx.groupStepAssignment.updateMany({ where: { memberId: old.id }, data: { memberId: fresh.id } });
    // Quality answers follow the firm: the new firm answers wherever the old one did, also at a
    // hand-off of another member's step; steps whose answer lies with someone else keep it.
    await tx.groupStepAssignment.updateMany({ where: { groupId: input.groupId, qualityOwnerMemberId: old.id }, data: { qualityOwnerMemberId: fresh.id } });
    if (old.isLead) await tx.jointOrderGroup.update({ where: { id: input.groupId }, data: { leadFirmId: input.firmId } });
    if (group.jobId) await tx.jobInvitedFirm.createMany({ data: [{ jobId: group.jobId, firmId: input.firmId }], skipDuplicates: true });
  });
  // A sent-back group's new firm is invited when the group is proposed again (lib/groups/resubmit.ts).
  if (group.status === "INVITING") await announceInvitations(db, input.groupId, [input.firmId]);
}

/** Scheduled: invitations past their time expire, so the buyer can replace the silent firm. */
export async function expireInvitations(db: Database, now = clock.now()): Promise<number> {
  const expired = await db.prisma.groupMember.findMany({ where: { status: "INVITED", inviteExpiresAt: { lt: now }, group: { status: "INVITING" } }, select: { id: true, groupId: true } });
  for (const member of expired) {
    const moved = await db.prisma.groupMember.updateMany({ where: { id: member.id, status: "INVITED" }, data: { status: "EXPIRED", declineReason: "invitation expired", version: { increment: 1 } } });
    if (moved.count === 1) await announceDeclined(db, member.groupId, member.id);
  }
  return expired.length;
}
