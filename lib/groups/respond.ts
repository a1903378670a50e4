// A member firm accepts or declines its invitation. Two admins of the firm answering at once
// cannot both win: the answer applies only to the version of the invitation they saw. When the
// last member accepts, the group goes to the staff of every association involved.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { SETTING_KEYS } from "@/lib/auth/user-admin";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceDeclined, announceReadyForApproval } from "./announce";
import { loadGroupRef } from "./group-access";

export async function respondToInvitation(
  db: Database,
  viewer: Viewer,
  input: { groupId: string; decision: "accept" | "decline"; reason: string; version: number },
  now = new Date(),
) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.respond");
  const member = group.members.find((m) => m.firmId === viewer.firmId);
  if (!member) throw new DomainError("groups.errors.notMember");
  if (group.status !== "INVITING") throw new DomainError("groups.errors.notInviting");
  if (input.decision === "decline" && input.reason.trim() === "") throw new DomainError("groups.errors.reasonRequired", {}, "reason");

  const federationOnly = (await db.prisma.setting.findUnique({ where: { key: SETTING_KEYS.federationApprovalOnly }, select: { value: true } }))?.value === true;
  const outcome = await db.prisma.$transaction(async (tx) => {
    const updated = await tx.groupMember.updateMany({
      where: { id: member.id, status: "INVITED", version: input.version, OR: [{ inviteExpiresAt: null }, { inviteExpiresAt: { gt: now } }] },
      data: { status: input.decision === "accept" ? "ACCEPTED" : "DECLINED", respondedAt: now, respondedById: viewer.userId, declineReason: input.decision === "decline" ? input.reason.trim() : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainError("groups.errors.alreadyAnswered");
    if (input.decision === "decline") return "declined" as const;
    const members = await tx.groupMember.findMany({ where: { groupId: group.id, status: { notIn: ["REPLACED", "REMOVED"] } }, select: { status: true, firm: { select: { associationId: true } } } });
    if (!members.every((m) => m.status === "ACCEPTED")) return "waiting" as const;
    const moved = await tx.jointOrderGroup.updateMany({ where: { id: group.id, status: "INVITING" }, data: { status: "PENDING_APPROVAL", version: { increment: 1 } } });
    if (moved.count !== 1) return "waiting" as const;
    await tx.groupStatusChange.create({ data: { groupId: group.id, fromStatus: "INVITING", toStatus: "PENDING_APPROVAL", actorId: null } });
    // One approval per association involved, or one for federation staff (associationId null)
    // when the installation is set so. A group sent back and proposed again reopens its approvals.
    const approvers = federationOnly ? [null] : [...new Set(members.map((m) => m.firm.associationId))];
    await tx.groupApproval.deleteMany({ where: { groupId: group.id, status: "PENDING", associationId: federationOnly ? { not: null } : null } });
    for (const associationId of approvers) {
      const reopened = await tx.groupApproval.updateMany({
        where: { groupId: group.id, associationId },
        data: { status: "PENDING", decidedAt: null, decidedById: null, comment: null, version: { increment: 1 } },
      });
      if (reopened.count === 0) await tx.groupApproval.create({ data: { groupId: group.id, associationId } });
    }
    return "complete" as const;
  });
  if (outcome === "declined") await announceDeclined(db, group.id, member.id);
  if (outcome === "complete") await announceReadyForApproval(db, group.id);
  return { outcome };
}
