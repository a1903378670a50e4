// The lead (or staff for the group) asks a substitute firm to take over a down member's unfinished
// steps; the substitute's admin accepts or declines. On acceptance, in one transaction, the steps
// move to the substitute (a member of the group from then on) and the down member leaves those
// steps, keeping the ones it finished. Approvals: after the order there is no group approval to
// reopen (lib/groups/state-machine.ts: no move back from AWARDED); before it, the buyer's
// replacement and staff's send-back apply instead, so a changed group is always approved again.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { loadGroupRef } from "@/lib/groups/group-access";
import { recordNotifications, sendPendingMails } from "@/lib/notifications";
import { downMembers, SUBSTITUTABLE_STATUSES } from "./substitutes";
import { moveSubstitution } from "./substitution-lifecycle";

const isSubstitutable = (status: string) => (SUBSTITUTABLE_STATUSES as readonly string[]).includes(status);

export async function proposeSubstitution(db: Database, viewer: Viewer, input: { groupId: string; memberId: string; firmId: string }, now = clock.now()) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "substitution.propose");
  if (!isSubstitutable(group.status)) throw new DomainError("outages.errors.beforeOrder");
  const existing = await db.prisma.stepSubstitution.findFirst({ where: { fromMemberId: input.memberId, groupId: group.id, status: "PROPOSED" }, select: { id: true, firmId: true } });
  // The same request again (a second tap) is the one already out.
  if (existing?.firmId === input.firmId) return { substitutionId: existing.id };
  if (existing) throw new DomainError("outages.errors.alreadyProposed");
  const down = (await downMembers(db, viewer, group.id, now)).members.find((m) => m.memberId === input.memberId);
  if (!down) throw new DomainError("outages.errors.notDown");
  if (!down.options.some((o) => o.firmId === input.firmId)) throw new DomainError("groups.errors.notACandidate", {}, "firmId");
  try {
    const { id, pending } = await db.prisma.$transaction(async (tx) => {
      const created = await tx.stepSubstitution.create({
        data: { groupId: group.id, outageId: down.outage.id, fromMemberId: down.memberId, firmId: input.firmId, assignmentIds: down.openSteps.map((s) => s.assignmentId), proposedAt: now, proposedById: viewer.userId },
        select: { id: true, group: { select: { job: { select: { titleJa: true, titleEn: true } } } } },
      });
      const admins = await tx.user.findMany({ where: { firmId: input.firmId, role: "FIRM_ADMIN", status: "ACTIVE" }, select: { id: true } });
      const job = created.group.job;
      const pending = await recordNotifications(tx, {
        kind: "substitution.requested",
        params: { title: job?.titleJa ?? "", titleEn: job?.titleEn || job?.titleJa || "", firm: down.name, steps: down.openSteps.map((s) => s.position).join(", ") },
        linkPath: `/substitutions/${created.id}`,
        userIds: admins.map((u) => u.id),
        at: now,
      });
      return { id: created.id, pending };
    });
    await sendPendingMails(db.prisma, pending);
    return { substitutionId: id };
  } catch (error) {
    // Two people asking at once: the one open request per member (a unique index) keeps the first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("outages.errors.alreadyProposed");
    throw error;
  }
}

/** A request as its substitute firm sees it (another firm: 404). */
export async function loadSubstitution(db: Database, viewer: Viewer, substitutionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(substitutionId)) throw new NotFoundError("substitution");
  const s = await db.prisma.stepSubstitution.findUnique({
    where: { id: substitutionId },
    select: {
      id: true, status: true, version: true, firmId: true, assignmentIds: true, proposedAt: true, reason: true,
      firm: { select: { associationId: true, status: true, association: { select: { federationId: true } } } },
      fromMember: { select: { firm: { select: { nameJa: true, nameEn: true } } } },
      outage: { select: { kind: true, startsOn: true, endsOn: true } },
      group: { select: { id: true, status: true, leadFirmId: true, job: { select: { titleJa: true, titleEn: true, deadline: true } } } },
    },
  });
  if (!s) throw new NotFoundError("substitution");
  authorize(viewer, "substitution.answer", { type: "firm", id: s.firmId, associationId: s.firm.associationId, federationId: s.firm.association.federationId, status: s.firm.status });
  const steps = await db.prisma.groupStepAssignment.findMany({ where: { id: { in: s.assignmentIds } }, orderBy: { jobStep: { position: "asc" } }, select: { id: true, processCode: true, quantity: true, percentComplete: true, plannedEnd: true, jobStep: { select: { position: true } } } });
  return { ...s, steps };
}

export async function answerSubstitution(db: Database, viewer: Viewer, input: { substitutionId: string; version: number; decision: "accept" | "decline"; reason: string }, now = clock.now()) {
  const s = await loadSubstitution(db, viewer, input.substitutionId);
  if (input.decision === "accept" && !isSubstitutable(s.group.status)) throw new DomainError("outages.errors.beforeOrder");
  const pending = await db.prisma.$transaction(async (tx) => {
    const moved = await moveSubstitution(tx, { id: s.id, from: "PROPOSED", to: input.decision === "accept" ? "ACCEPTED" : "DECLINED", actor: "substitute", userId: viewer.userId, now, version: input.version, reason: input.reason.trim() || null });
    if (!moved) throw new DomainError("groups.errors.alreadyAnswered");
    if (input.decision === "accept") await takeOver(tx, s, viewer.userId, now);
    const lead = await tx.user.findMany({ where: { firmId: s.group.leadFirmId, role: "FIRM_ADMIN", status: "ACTIVE" }, select: { id: true } });
    const firm = await tx.firm.findUniqueOrThrow({ where: { id: s.firmId }, select: { nameJa: true } });
    const job = s.group.job;
    return recordNotifications(tx, {
      kind: "substitution.answered",
      params: { title: job?.titleJa ?? "", titleEn: job?.titleEn || job?.titleJa || "", firm: firm.nameJa, answer: input.decision === "accept" ? "引き受け" : "辞退", answerEn: input.decision === "accept" ? "accepted" : "declined" },
      linkPath: `/groups/${s.group.id}`,
      userIds: lead.map((u) => u.id),
      at: now,
    });
  });
  await sendPendingMails(db.prisma, pending);
  return { groupId: s.group.id };
}

/** The steps move to the substitute; the down member keeps what it finished. */
async function takeOver(tx: Prisma.TransactionClient, s: { id: string; firmId: string; assignmentIds: string[]; group: { id: string } }, userId: string, now: Date) {
  // Holds the group (and its row) while members change; a group delivered meanwhile is left as it is.
  const held = await tx.jointOrderGroup.updateMany({ where: { id: s.group.id, status: { in: [...SUBSTITUTABLE_STATUSES] } }, data: { version: { increment: 1 } } });
  if (held.count !== 1) throw new DomainError("groups.errors.changedMeanwhile");
  const member = await tx.groupMember.upsert({
    where: { groupId_firmId: { groupId: s.group.id, firmId: s.firmId } },
    create: { groupId: s.group.id, firmId: s.firmId, status: "ACCEPTED", invitedAt: now, respondedAt: now, respondedById: userId },
    update: { status: "ACCEPTED", respondedAt: now, respondedById: userId, declineReason: null, version: { increment: 1 } },
    select: { id: true },
  });
  const steps = await tx.groupStepAssignment.findMany({ where: { id: { in: s.assignmentIds }, status: { not: "DONE" } }, select: { id: true, memberId: true } });
  if (steps.length === 0) throw new DomainError("outages.errors.nothingToTake");
  await tx.groupStepAssignment.updateMany({ where: { id: { in: steps.map((a) => a.id) } }, data: { memberId: member.id } });
  // Quality answers at the hand-off after a moved step follow the work, as in a replacement.
  await tx.groupStepAssignment.updateMany({ where: { id: { in: steps.map((a) => a.id) }, qualityOwnerMemberId: { in: [...new Set(steps.map((a) => a.memberId))] } }, data: { qualityOwnerMemberId: member.id } });
  const job = await tx.jointOrderGroup.findUniqueOrThrow({ where: { id: s.group.id }, select: { jobId: true } });
  if (job.jobId) await tx.jobInvitedFirm.createMany({ data: [{ jobId: job.jobId, firmId: s.firmId }], skipDuplicates: true });
}
