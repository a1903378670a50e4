// A buyer turns a suggestion into a proposed group: members are invited (48 h to answer by
// default), the lead is named, each member's steps and share are set, and the member doing a step
// answers for quality at the hand-off after it. The job moves to "groups invited".
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import type { ContractModel } from "@/lib/generated/prisma/enums";
import { transitionJob } from "@/lib/jobs/transitions";
import type { StepAssignment } from "@/lib/matching";
import { announceInvitations } from "./announce";
import { defaultShares } from "./shares";

export const INVITATION_HOURS = 48;

export async function proposeFromSuggestion(db: Database, viewer: Viewer, input: { suggestionId: string; contractModel: ContractModel }, now = new Date()) {
  const suggestion = await db.prisma.matchSuggestion.findUnique({
    where: { id: input.suggestionId },
    select: { id: true, leadFirmId: true, assignment: true, matchRun: { select: { job: { select: { id: true, buyerOrgId: true, status: true } } } } },
  });
  const job = suggestion?.matchRun.job;
  if (!suggestion || !job || job.buyerOrgId !== viewer.buyerOrgId) throw new NotFoundError("job");
  authorize(viewer, "group.propose");
  if (job.status !== "OPEN" && job.status !== "GROUPS_INVITED") throw new DomainError("jobs.errors.notAccepting");
  const already = await db.prisma.jointOrderGroup.findFirst({ where: { sourceSuggestionId: suggestion.id, status: { notIn: ["CANCELLED"] } }, select: { id: true } });
  if (already) return { groupId: already.id, created: false };

  const assignments = suggestion.assignment as unknown as StepAssignment[];
  const steps = await db.prisma.jobStep.findMany({ where: { jobId: job.id }, select: { id: true, processCode: true } });
  const processOf = new Map(steps.map((s) => [s.id, s.processCode]));
  if (assignments.some((a) => !processOf.has(a.stepId))) throw new DomainError("groups.errors.suggestionOutdated");
  const shares = defaultShares(assignments);
  const firmIds = [...shares.keys()];
  const expires = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);

  const groupId = await db.prisma.$transaction(async (tx) => {
    const group = await tx.jointOrderGroup.create({
      data: { kind: "JOB", jobId: job.id, leadFirmId: suggestion.leadFirmId, contractModel: input.contractModel, status: "INVITING", sourceSuggestionId: suggestion.id, proposedById: viewer.userId },
      select: { id: true },
    });
    const memberIdOf = new Map<string, string>();
    for (const firmId of firmIds) {
      const member = await tx.groupMember.create({
        data: { groupId: group.id, firmId, isLead: firmId === suggestion.leadFirmId, status: "INVITED", shareBasisPoints: shares.get(firmId)!, invitedAt: now, inviteExpiresAt: expires },
        select: { id: true },
      });
      memberIdOf.set(firmId, member.id);
    }
    for (const assignment of assignments) {
      for (const part of assignment.parts) {
        const memberId = memberIdOf.get(part.firmId)!;
        await tx.groupStepAssignment.create({ data: { groupId: group.id, memberId, jobStepId: assignment.stepId, processCode: processOf.get(assignment.stepId)!, quantity: part.quantity, qualityOwnerMemberId: memberId } });
      }
    }
    await tx.groupStatusChange.create({ data: { groupId: group.id, fromStatus: null, toStatus: "INVITING", actorId: viewer.userId } });
    // Invited firms must be able to read the job they are invited to, also an invited-only one.
    await tx.jobInvitedFirm.createMany({ data: firmIds.map((firmId) => ({ jobId: job.id, firmId })), skipDuplicates: true });
    return group.id;
  });
  if (job.status === "OPEN") await transitionJob({ jobId: job.id, to: "GROUPS_INVITED", actor: { kind: "buyer", userId: viewer.userId } });
  await announceInvitations(db, groupId, firmIds);
  return { groupId, created: true };
}
