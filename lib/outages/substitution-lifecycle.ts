// A substitution's lifecycle as data, like the group's (lib/groups/state-machine.ts): the lead
// (or staff for the group) proposes; the substitute firm accepts or declines; the proposer may
// withdraw it while unanswered; the platform declines it when the substitute itself goes down.
// moveSubstitution is the only code that writes a substitution's status.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubstitutionStatus } from "@/lib/generated/prisma/enums";

export type SubstitutionActor = "lead" | "substitute" | "system";

export const SUBSTITUTION_TRANSITIONS: Partial<Record<SubstitutionStatus, Partial<Record<SubstitutionStatus, readonly SubstitutionActor[]>>>> = {
  PROPOSED: { ACCEPTED: ["substitute"], DECLINED: ["substitute", "system"], WITHDRAWN: ["lead"] },
};

export function canMoveSubstitution(from: SubstitutionStatus, to: SubstitutionStatus, actor: SubstitutionActor): boolean {
  return SUBSTITUTION_TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

export class IllegalSubstitutionMove extends Error {
  constructor(from: SubstitutionStatus, to: SubstitutionStatus, actor: SubstitutionActor) {
    super(`a substitution cannot move from ${from} to ${to} by ${actor}`);
    this.name = "IllegalSubstitutionMove";
  }
}

/** Applies the move only if the substitution is still where the caller saw it; false otherwise. */
export async function moveSubstitution(
  tx: Prisma.TransactionClient,
  move: { id: string; from: SubstitutionStatus; to: SubstitutionStatus; actor: SubstitutionActor; userId: string | null; now: Date; version?: number; reason?: string | null },
): Promise<boolean> {
  if (!canMoveSubstitution(move.from, move.to, move.actor)) throw new IllegalSubstitutionMove(move.from, move.to, move.actor);
  const moved = await tx.stepSubstitution.updateMany({
    where: { id: move.id, status: move.from, ...(move.version === undefined ? {} : { version: move.version }) },
    data: { status: move.to, answeredAt: move.now, answeredById: move.userId, reason: move.reason ?? null, version: { increment: 1 } },
  });
  return moved.count === 1;
}
