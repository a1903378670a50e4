// The contracting party's nomination under 共同受注, as data (like lib/quotes/offer-lifecycle.ts):
//   REQUESTED (the group named an association of its members) → ACCEPTED | DECLINED (that
//   association's staff) ; REQUESTED / ACCEPTED → WITHDRAWN (the group names another or switches to
//   受注斡旋, before the order; or the group ends). moveNomination compares-and-sets on status and
//   rowVersion, so a second acceptance finds the nomination already decided.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContractorStatus } from "@/lib/generated/prisma/enums";

/** The group's side (lead firm or staff for it), the nominated association's staff, or the platform. */
export type NominationActor = "group" | "contractor" | "system";

export const CONTRACTOR_TRANSITIONS: Partial<Record<ContractorStatus, Partial<Record<ContractorStatus, readonly NominationActor[]>>>> = {
  REQUESTED: { ACCEPTED: ["contractor"], DECLINED: ["contractor"], WITHDRAWN: ["group", "system"] },
  ACCEPTED: { WITHDRAWN: ["group", "system"] },
};

/** A nomination that holds the group's one place (the partial unique index in the migration). */
export const LIVE_NOMINATION_STATUSES = ["REQUESTED", "ACCEPTED"] as const satisfies readonly ContractorStatus[];

export function canMoveNomination(from: ContractorStatus, to: ContractorStatus, actor: NominationActor): boolean {
  return CONTRACTOR_TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

export class IllegalNominationMove extends Error {
  constructor(from: ContractorStatus, to: ContractorStatus, actor: NominationActor) {
    super(`a contractor nomination cannot move from ${from} to ${to} by ${actor}`);
    this.name = "IllegalNominationMove";
  }
}

export interface NominationMove {
  nominationId: string;
  from: ContractorStatus;
  to: ContractorStatus;
  actor: NominationActor;
  actorId: string | null;
  now: Date;
  rowVersion?: number;
  data?: Omit<Prisma.ContractorNominationUpdateManyMutationInput, "status" | "rowVersion">;
}

export async function moveNomination(tx: Prisma.TransactionClient, move: NominationMove): Promise<boolean> {
  if (!canMoveNomination(move.from, move.to, move.actor)) throw new IllegalNominationMove(move.from, move.to, move.actor);
  const moved = await tx.contractorNomination.updateMany({
    where: { id: move.nominationId, status: move.from, ...(move.rowVersion === undefined ? {} : { rowVersion: move.rowVersion }) },
    data: { ...move.data, status: move.to, rowVersion: { increment: 1 }, ...(move.actor === "contractor" ? { decidedAt: move.now, decidedById: move.actorId } : {}) },
  });
  return moved.count === 1;
}

/** A cancelled group's live nomination ends with it (the platform's move). */
export async function withdrawNominations(tx: Prisma.TransactionClient, input: { groupId: string; now: Date }): Promise<void> {
  const live = await tx.contractorNomination.findMany({ where: { groupId: input.groupId, status: { in: [...LIVE_NOMINATION_STATUSES] } }, select: { id: true, status: true } });
  for (const n of live) await moveNomination(tx, { nominationId: n.id, from: n.status, to: "WITHDRAWN", actor: "system", actorId: null, now: input.now });
}
