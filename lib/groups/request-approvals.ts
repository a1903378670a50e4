// When every member of an inviting group has accepted, the group goes to staff for approval: one
// approval per association whose firms are in it, or a single one for federation staff when the
// installation is set so. A group sent back and proposed again reopens its earlier approvals.
import "server-only";
import { SETTING_KEYS } from "@/lib/auth/user-admin";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { moveGroup } from "./move-group";

export async function isFederationApprovalOnly(db: Database): Promise<boolean> {
  return (await db.prisma.setting.findUnique({ where: { key: SETTING_KEYS.federationApprovalOnly }, select: { value: true } }))?.value === true;
}

/** Returns true when the group moved to PENDING_APPROVAL in this transaction. A job group needs
 *  every member (a firm that declined is replaced first); a standing group goes on without the
 *  firms that declined, as long as at least two firms stay together. */
export async function requestApprovalsWhenAllAccepted(tx: Prisma.TransactionClient, groupId: string, federationOnly: boolean): Promise<boolean> {
  const { kind } = await tx.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { kind: true } });
  const gone = kind === "STANDING" ? (["REPLACED", "REMOVED", "DECLINED"] as const) : (["REPLACED", "REMOVED"] as const);
  const members = await tx.groupMember.findMany({ where: { groupId, status: { notIn: [...gone] } }, select: { status: true, firm: { select: { associationId: true } } } });
  if (members.length < (kind === "STANDING" ? 2 : 1) || !members.every((m) => m.status === "ACCEPTED")) return false;
  if (!(await moveGroup(tx, { groupId, kind, from: "INVITING", to: "PENDING_APPROVAL", actor: "system", actorId: null }))) return false;
  await openApprovals(tx, groupId, members.map((m) => m.firm.associationId), federationOnly);
  return true;
}

/** One pending approval per association of the members (or one for federation staff); approvals
 *  of an earlier round reopen, those no longer needed go. */
export async function openApprovals(tx: Prisma.TransactionClient, groupId: string, memberAssociationIds: readonly string[], federationOnly: boolean): Promise<void> {
  const associations = [...new Set(memberAssociationIds)];
  const approvers: (string | null)[] = federationOnly ? [null] : associations;
  // Approvals no longer needed (a member replaced, the setting changed) go; the rest reopen.
  await tx.groupApproval.deleteMany({ where: federationOnly ? { groupId, associationId: { not: null } } : { groupId, OR: [{ associationId: null }, { associationId: { notIn: associations } }] } });
  for (const associationId of approvers) {
    const reopened = await tx.groupApproval.updateMany({
      where: { groupId, associationId },
      data: { status: "PENDING", decidedAt: null, decidedById: null, comment: null, version: { increment: 1 } },
    });
    if (reopened.count === 0) await tx.groupApproval.create({ data: { groupId, associationId } });
  }
}
