// A standing group is firms staying together: when declines or departures leave fewer than two,
// there is no group any more, and the platform ends it (cancelled while forming, dissolved after).
import type { Prisma } from "@/lib/generated/prisma/client";
import { moveGroup } from "../move-group";
import { canMove, SYSTEM_COMMENTS } from "../state-machine";

const STAYING = ["INVITED", "ACCEPTED"] as const;

/** Returns true when the group ended in this transaction. */
export async function cancelStandingWithoutPartners(tx: Prisma.TransactionClient, groupId: string): Promise<boolean> {
  const group = await tx.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { kind: true, status: true } });
  if (group.kind !== "STANDING") return false;
  const staying = await tx.groupMember.count({ where: { groupId, status: { in: [...STAYING] } } });
  if (staying >= 2) return false;
  const to = group.status === "APPROVED" ? "DISSOLVED" : "CANCELLED";
  if (!canMove(group.status, to, "system", "STANDING")) return false;
  return moveGroup(tx, { groupId, kind: "STANDING", from: group.status, to, actor: "system", actorId: null, comment: SYSTEM_COMMENTS.tooFewMembers });
}
