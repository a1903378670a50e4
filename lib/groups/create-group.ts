// Creates a proposed group the one way, whoever composed it (a buyer from a suggestion, a buyer or a
// lead firm by hand): the members (invited for 48 hours, or accepted at once for the composing
// lead's own firm), each one's share, the step assignments with who answers for quality at each
// hand-off, the status history, the invited-firm rows that let members read the job, the job's
// move to "groups invited", the invitations' notifications and the audit entry.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import type { Database } from "@/lib/db/client";
import type { ContractModel, JobStatus } from "@/lib/generated/prisma/enums";
import { transitionJob, type TransitionRequest } from "@/lib/jobs/transitions";
import { announceInvitations, announceReadyForApproval } from "./announce";
import { isFederationApprovalOnly, requestApprovalsWhenAllAccepted } from "./request-approvals";
import { clock } from "@/lib/clock";

export const INVITATION_HOURS = 48;

export interface NewGroup {
  job: { id: string; status: JobStatus };
  leadFirmId: string;
  contractModel: ContractModel;
  /** Every step of the job, in order, with the firms doing it and who answers for quality after each part. */
  steps: readonly { stepId: string; processCode: string; parts: readonly { firmId: string; quantity: number; qualityFirmId: string }[] }[];
  /** Basis points per member firm; they sum to 10,000. */
  shares: ReadonlyMap<string, number>;
  sourceSuggestionId: string | null;
  /** Firms whose membership is accepted at once (the lead firm composing its own group). */
  acceptedFirmIds?: readonly string[];
  /** How the group came about, for the audit log. */
  origin: "suggestion" | "composed";
}

export async function createProposedGroup(db: Database, viewer: Viewer, group: NewGroup, now = clock.now()): Promise<string> {
  const firmIds = [...group.shares.keys()];
  const accepted = new Set(group.acceptedFirmIds ?? []);
  const expires = new Date(now.getTime() + INVITATION_HOURS * 3_600_000);
  const federationOnly = accepted.size > 0 && (await isFederationApprovalOnly(db));

  const { groupId, complete } = await db.prisma.$transaction(async (tx) => {
    const created = await tx.jointOrderGroup.create({
      data: { kind: "JOB", jobId: group.job.id, leadFirmId: group.leadFirmId, contractModel: group.contractModel, status: "INVITING", sourceSuggestionId: group.sourceSuggestionId, proposedById: viewer.userId, createdAt: now },
      select: { id: true },
    });
    const memberIdOf = new Map<string, string>();
    for (const firmId of firmIds) {
      const answered = accepted.has(firmId) ? { status: "ACCEPTED" as const, respondedAt: now, respondedById: viewer.userId } : { status: "INVITED" as const };
      const member = await tx.groupMember.create({
        data: { groupId: created.id, firmId, isLead: firmId === group.leadFirmId, shareBasisPoints: group.shares.get(firmId)!, invitedAt: now, inviteExpiresAt: expires, ...answered },
        select: { id: true },
      });
      memberIdOf.set(firmId, member.id);
    }
    for (const step of group.steps) {
      for (const part of step.parts) {
        await tx.groupStepAssignment.create({
          data: { groupId: created.id, memberId: memberIdOf.get(part.firmId)!, jobStepId: step.stepId, processCode: step.processCode, quantity: part.quantity, qualityOwnerMemberId: memberIdOf.get(part.qualityFirmId)! },
        });
      }
    }
    await tx.groupStatusChange.create({ data: { groupId: created.id, fromStatus: null, toStatus: "INVITING", actorId: viewer.userId } });
    // Invited firms must be able to read the job they are invited to, also an invited-only one.
    await tx.jobInvitedFirm.createMany({ data: firmIds.map((firmId) => ({ jobId: group.job.id, firmId })), skipDuplicates: true });
    // A lead firm that does every step alone has nobody to wait for.
    const done = accepted.size > 0 && (await requestApprovalsWhenAllAccepted(tx, created.id, federationOnly));
    return { groupId: created.id, complete: done };
  });
  if (group.job.status === "OPEN") {
    const actor: TransitionRequest["actor"] = viewer.role === "BUYER" ? { kind: "buyer", userId: viewer.userId } : { kind: "system", userId: viewer.userId };
    await transitionJob({ jobId: group.job.id, to: "GROUPS_INVITED", actor });
  }
  await announceInvitations(db, groupId, firmIds.filter((id) => !accepted.has(id)));
  if (complete) await announceReadyForApproval(db, groupId);
  await audit({
    action: "group.propose",
    actor: { userId: viewer.userId, role: viewer.role },
    targetType: "group",
    targetId: groupId,
    details: { jobId: group.job.id, origin: group.origin, sourceSuggestionId: group.sourceSuggestionId ?? undefined, leadFirmId: group.leadFirmId, members: firmIds.length },
  });
  return groupId;
}
