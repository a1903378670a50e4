// The one way a non-conformance's status changes: checked against the lifecycle table, applied only
// if it is still where the caller saw it (status and version: a concurrent change makes it return
// false), and written to its history with who and what they wrote.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NcStatus } from "@/lib/generated/prisma/enums";
import { canMoveNc, type NcActor } from "./nc-lifecycle";

export class IllegalNcMove extends Error {
  constructor(from: NcStatus, to: NcStatus, actors: readonly NcActor[]) {
    super(`a non-conformance cannot move from ${from} to ${to} by ${actors.join("/") || "nobody"}`);
    this.name = "IllegalNcMove";
  }
}

export interface NcMove {
  ncId: string;
  from: NcStatus;
  to: NcStatus;
  /** The parts the user plays for this non-conformance. */
  actors: readonly NcActor[];
  actorId: string | null;
  /** Apply only to this version (the one the user saw). */
  version: number;
  note: string;
  now: Date;
  /** Other columns that change with the status (the stage's text, closedAt). */
  data?: Omit<Prisma.NonConformanceUncheckedUpdateManyInput, "status" | "version" | "updatedAt">;
}

export async function moveNc(tx: Prisma.TransactionClient, move: NcMove): Promise<boolean> {
  if (!canMoveNc(move.from, move.to, move.actors)) throw new IllegalNcMove(move.from, move.to, move.actors);
  const moved = await tx.nonConformance.updateMany({
    where: { id: move.ncId, status: move.from, version: move.version },
    data: { ...move.data, status: move.to, version: { increment: 1 }, updatedAt: move.now },
  });
  if (moved.count !== 1) return false;
  await tx.ncEvent.create({ data: { ncId: move.ncId, fromStatus: move.from, toStatus: move.to, actorId: move.actorId, note: move.note, createdAt: move.now } });
  return true;
}
