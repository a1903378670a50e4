// The group's draft offer: there is at most one, the version after the last one sent. A member's
// change to its price after an offer was sent, or the lead firm's change to its fee, starts it;
// it carries the lead's terms over from the version it will replace.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/authz/errors";

/** 見積番号: 12 hex digits of the group's id (48 bits) and the version. Eight digits (32 bits)
 *  collided at about 77,000 groups (birthday bound); the 100,000-order seed hit one. */
export const offerNumber = (groupId: string, version: number) => `Q-${groupId.replaceAll("-", "").slice(0, 12).toUpperCase()}-${version}`;

const DRAFT_FIELDS = { id: true, version: true, status: true, rowVersion: true, coordinationFeeYen: true, transportYen: true, showBreakdown: true, validUntil: true, paymentTerms: true, deliveryPlace: true, conditions: true } as const;

export async function latestOffer(tx: Prisma.TransactionClient, groupId: string) {
  return tx.groupOffer.findFirst({ where: { groupId }, orderBy: { version: "desc" }, select: DRAFT_FIELDS });
}

/** The draft version, made now if the last version was sent. An accepted or declined offer ends the group's quoting. */
export async function ensureDraft(tx: Prisma.TransactionClient, group: { id: string; jobId: string; deliveryPlace: string }, now: Date) {
  const latest = await latestOffer(tx, group.id);
  if (latest?.status === "DRAFT") return latest;
  if (latest && (latest.status === "ACCEPTED" || latest.status === "DECLINED" || latest.status === "WITHDRAWN")) throw new DomainError("quotes.errors.closed");
  const version = (latest?.version ?? 0) + 1;
  // Two members saving at once both try to open the same version: the second finds the first's.
  await tx.groupOffer.createMany({
    data: [{
      groupId: group.id, jobId: group.jobId, version, number: offerNumber(group.id, version), replacesId: latest?.id ?? null, createdAt: now,
      coordinationFeeYen: latest?.coordinationFeeYen ?? 0n, transportYen: latest?.transportYen ?? 0n, showBreakdown: latest?.showBreakdown ?? true,
      paymentTerms: latest?.paymentTerms ?? "", deliveryPlace: latest?.deliveryPlace ?? group.deliveryPlace, conditions: latest?.conditions ?? "",
    }],
    skipDuplicates: true,
  });
  const draft = await tx.groupOffer.findFirstOrThrow({ where: { groupId: group.id, version }, select: DRAFT_FIELDS });
  if (draft.status !== "DRAFT") throw new DomainError("quotes.errors.offerChanged");
  return draft;
}
