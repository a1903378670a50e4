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

/** Returns true when the group moved to PENDING_APPROVAL in this transaction. */
export async function requestApprovalsWhenAllAccepted(tx: Prisma.TransactionClient, groupId: string, federationOnly: boolean): Promise<boolean> {
  const members = await tx.groupMember.findMany({ where: { groupId, status: { notIn: ["REPLACED", "REMOVED"] } }, select: { status: true, firm: { select: { associationId: true } } } });
  if (members.length === 0 || !members.every((m) => m.status === "ACCEPTED")) return false;
  if (!(await moveGroup(tx, { groupId, from: "INVITING", to: "PENDING_APPROVAL", actor: "system", actorId: null }))) return false;
  const associations = [...new Set(members.map((m) => m.firm.associationId))];
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
  return true;
}
