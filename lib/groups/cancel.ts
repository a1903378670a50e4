// The buyer, or staff covering a member firm, cancel a group before the order (the buyer chose
// another route, staff found a problem that cannot be fixed). A reason is required; the member
// firms are told, and the buyer too when staff cancelled.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceCancelled } from "./announce";
import { loadGroupRef } from "./group-access";
import { moveGroup } from "./move-group";
import { canMove, groupActorFor, OPEN_GROUP_STATUSES } from "./state-machine";

export async function cancelGroup(db: Database, viewer: Viewer, input: { groupId: string; version: number; reason: string }) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.cancel");
  const actor = groupActorFor(viewer.role);
  if (!OPEN_GROUP_STATUSES.includes(group.status) || !canMove(group.status, "CANCELLED", actor, group.kind)) throw new DomainError("groups.errors.notCancellable");
  const reason = input.reason.trim();
  if (reason === "") throw new DomainError("groups.errors.cancelReasonRequired", {}, "reason");
  const moved = await db.prisma.$transaction((tx) =>
    moveGroup(tx, { groupId: group.id, kind: group.kind, from: group.status, to: "CANCELLED", actor, actorId: viewer.userId, version: input.version, comment: reason }),
  );
  if (!moved) throw new DomainError("groups.errors.changedMeanwhile");
  await audit({ action: "group.cancel", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { from: group.status, reason } });
  await announceCancelled(db, group.id, reason, { toBuyer: viewer.role !== "BUYER" });
}
