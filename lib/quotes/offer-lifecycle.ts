// The offer's lifecycle as data, and the one function that moves an offer (as moveGroup does for
// groups): the table is checked, the move applies only if the offer is still where the caller saw
// it (compare-and-set on status and rowVersion), and the move is written to the offer's history.
//   DRAFT → SENT (lead firm) → REVISION_REQUESTED (buyer, 再見積) → SUPERSEDED when the next version is sent
//   SENT / REVISION_REQUESTED → ACCEPTED (buyer's award) | DECLINED (buyer with a reason, or the
//   platform when another offer was awarded) | LAPSED (validity passed) | WITHDRAWN (group cancelled)
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferDeclineReason, OfferStatus } from "@/lib/generated/prisma/enums";

/** The lead firm (sends versions), the job's buyer, or the platform itself (expiry, award, cancellation). */
export type OfferActor = "lead" | "buyer" | "system";

const OPEN_AFTER_SENDING = {
  ACCEPTED: ["buyer"],
  DECLINED: ["buyer", "system"],
  LAPSED: ["system"],
  SUPERSEDED: ["lead"],
  WITHDRAWN: ["system"],
} as const satisfies Partial<Record<OfferStatus, readonly OfferActor[]>>;

export const OFFER_TRANSITIONS: Partial<Record<OfferStatus, Partial<Record<OfferStatus, readonly OfferActor[]>>>> = {
  DRAFT: { SENT: ["lead"], WITHDRAWN: ["system"] },
  SENT: { REVISION_REQUESTED: ["buyer"], ...OPEN_AFTER_SENDING },
  REVISION_REQUESTED: OPEN_AFTER_SENDING,
};

export const OFFER_STATUSES = ["DRAFT", "SENT", "REVISION_REQUESTED", "ACCEPTED", "DECLINED", "LAPSED", "SUPERSEDED", "WITHDRAWN"] as const satisfies readonly OfferStatus[];
/** A sent offer the buyer can still act on. */
export const LIVE_OFFER_STATUSES = ["SENT", "REVISION_REQUESTED"] as const satisfies readonly OfferStatus[];
/** Reasons a buyer gives when declining (AWARDED_ELSEWHERE is the platform's own). */
export const BUYER_DECLINE_REASONS = ["PRICE", "DATE", "QUALITY", "OTHER"] as const satisfies readonly OfferDeclineReason[];

export function canMoveOffer(from: OfferStatus, to: OfferStatus, actor: OfferActor): boolean {
  return OFFER_TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

export class IllegalOfferMove extends Error {
  constructor(from: OfferStatus, to: OfferStatus, actor: OfferActor) {
    super(`an offer cannot move from ${from} to ${to} by ${actor}`);
    this.name = "IllegalOfferMove";
  }
}

export interface OfferMove {
  offerId: string;
  from: OfferStatus;
  to: OfferStatus;
  actor: OfferActor;
  actorId: string | null;
  now: Date;
  /** Apply only to this row version (the one the user saw). */
  rowVersion?: number;
  reason?: OfferDeclineReason | null;
  comment?: string | null;
  /** Other columns that change with the status (sentAt and the figures when sending). */
  data?: Omit<Prisma.GroupOfferUpdateManyMutationInput, "status" | "rowVersion">;
}

export async function moveOffer(tx: Prisma.TransactionClient, move: OfferMove): Promise<boolean> {
  if (!canMoveOffer(move.from, move.to, move.actor)) throw new IllegalOfferMove(move.from, move.to, move.actor);
  const decided = move.to === "ACCEPTED" || move.to === "DECLINED" ? { decidedAt: move.now, declineReason: move.reason ?? null } : {};
  const moved = await tx.groupOffer.updateMany({
    where: { id: move.offerId, status: move.from, ...(move.rowVersion === undefined ? {} : { rowVersion: move.rowVersion }) },
    data: { ...move.data, ...decided, status: move.to, rowVersion: { increment: 1 } },
  });
  if (moved.count !== 1) return false;
  await tx.offerStatusChange.create({ data: { offerId: move.offerId, fromStatus: move.from, toStatus: move.to, actorId: move.actorId, reason: move.reason ?? null, comment: move.comment ?? null, createdAt: move.now } });
  return true;
}

/** The group's open offers end with it (cancelled, or another group won the job). */
export async function closeOpenOffers(tx: Prisma.TransactionClient, input: { groupId: string; now: Date; actorId: string | null; awardedElsewhere: boolean }): Promise<void> {
  const open = await tx.groupOffer.findMany({ where: { groupId: input.groupId, status: { in: ["DRAFT", ...LIVE_OFFER_STATUSES] } }, select: { id: true, status: true } });
  for (const offer of open) {
    const to = offer.status !== "DRAFT" && input.awardedElsewhere ? "DECLINED" : "WITHDRAWN";
    await moveOffer(tx, { offerId: offer.id, from: offer.status, to, actor: "system", actorId: input.actorId, now: input.now, reason: to === "DECLINED" ? "AWARDED_ELSEWHERE" : null });
  }
}
