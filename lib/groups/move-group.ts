// The one way a group's status changes: checked against the lifecycle table, applied only if the
// group is still where the caller saw it (a concurrent change makes it return false), and recorded
// in the group's status history with who and why.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupKind, GroupStatus } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/clock";
import { withdrawNominations } from "@/lib/orders/contractor-lifecycle";
import { closeOpenOffers } from "@/lib/quotes/offer-lifecycle";
import { canMove, SYSTEM_COMMENTS, type GroupActor } from "./state-machine";

export class IllegalGroupMove extends Error {
  constructor(from: GroupStatus, to: GroupStatus, actor: GroupActor, kind: GroupKind) {
    super(`a ${kind.toLowerCase()} group cannot move from ${from} to ${to} by ${actor}`);
    this.name = "IllegalGroupMove";
  }
}

export interface GroupMove {
  groupId: string;
  /** Which lifecycle table applies; a job group unless said otherwise. */
  kind?: GroupKind;
  from: GroupStatus;
  to: GroupStatus;
  actor: GroupActor;
  /** The signed-in user who caused it; null for the platform's own moves. */
  actorId: string | null;
  comment?: string | null;
  /** Apply only to this version of the group (the one the user saw). */
  version?: number;
  /** Other columns that change with the status (formedAt on approval). */
  data?: Omit<Prisma.JointOrderGroupUpdateManyMutationInput, "status" | "version">;
  /** When it happened (the offers' history is stamped with it). */
  now?: Date;
}

export async function moveGroup(tx: Prisma.TransactionClient, move: GroupMove): Promise<boolean> {
  const kind = move.kind ?? "JOB";
  if (!canMove(move.from, move.to, move.actor, kind)) throw new IllegalGroupMove(move.from, move.to, move.actor, kind);
  const moved = await tx.jointOrderGroup.updateMany({
    where: { id: move.groupId, kind, status: move.from, ...(move.version === undefined ? {} : { version: move.version }) },
    data: { ...move.data, status: move.to, version: { increment: 1 } },
  });
  if (moved.count !== 1) return false;
  await tx.groupStatusChange.create({ data: { groupId: move.groupId, fromStatus: move.from, toStatus: move.to, actorId: move.actorId, comment: move.comment ?? null } });
  // A cancelled group's offers end with it: declined when another group won the job, else withdrawn.
  if (move.to === "CANCELLED") {
    await closeOpenOffers(tx, { groupId: move.groupId, now: move.now ?? clock.now(), actorId: move.actorId, awardedElsewhere: move.comment === SYSTEM_COMMENTS.awardedElsewhere });
    // So does its request to a cooperative to contract: it leaves the cooperative's queue.
    await withdrawNominations(tx, { groupId: move.groupId, now: move.now ?? clock.now() });
  }
  return true;
}
