// The buyer's answers to a sent offer short of the award: a request for a revision (再見積) with a
// comment, or a decline with a reason (price, date, quality concerns, other). The lead firm hears
// of either; both stay in the offer's history, and declines feed the "why offers lose" KPI.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError, type Action } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { OfferDeclineReason } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import { notifyFirm } from "@/lib/notifications";
import { translate } from "@/lib/validation/messages";
import { moveOffer } from "./offer-lifecycle";

/** A sent offer of a group the viewer may act on as buyer; drafts do not exist for the buyer. */
export async function loadSentOffer(db: Database, viewer: Viewer, offerId: string, action: Action) {
  if (!/^[0-9a-f-]{36}$/i.test(offerId)) throw new NotFoundError("group");
  const offer = await db.prisma.groupOffer.findUnique({ where: { id: offerId }, select: { id: true, groupId: true, jobId: true, version: true, status: true, rowVersion: true, validUntil: true, sentAt: true, totalYen: true, committedDelivery: true } });
  if (!offer?.sentAt) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, offer.groupId, action);
  return { offer, group };
}

/** Why the buyer's view of an offer is out of date, as a message the buyer understands. */
export function staleOfferProblem(offer: { status: string; rowVersion: number }, seenRowVersion: number): string | null {
  if (offer.status === "SUPERSEDED") return "quotes.errors.newerVersion";
  if (offer.status === "LAPSED") return "quotes.errors.lapsed";
  if (offer.status === "ACCEPTED" || offer.status === "DECLINED" || offer.status === "WITHDRAWN") return "quotes.errors.decided";
  if (offer.rowVersion !== seenRowVersion) return "quotes.errors.changedSinceShown";
  return null;
}

async function tellLead(db: Database, groupId: string, kind: "offer.revisionRequested" | "offer.declined", params: Record<string, string | number>, now: Date) {
  const group = await db.prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { leadFirmId: true, job: { select: { titleJa: true, titleEn: true } } } });
  await notifyFirm(db.prisma, group.leadFirmId, { kind, params: { title: group.job?.titleJa ?? "", titleEn: group.job?.titleEn || group.job?.titleJa || "", ...params }, linkPath: `/groups/${groupId}`, at: now }, { onlyAdmins: true });
}

export async function requestRevision(db: Database, viewer: Viewer, input: { offerId: string; rowVersion: number; comment: string }, now = clock.now()) {
  const { offer } = await loadSentOffer(db, viewer, input.offerId, "offer.decide");
  if (offer.status === "REVISION_REQUESTED") throw new DomainError("quotes.errors.revisionAlreadyRequested");
  const problem = staleOfferProblem(offer, input.rowVersion);
  if (problem) throw new DomainError(problem);
  const moved = await db.prisma.$transaction((tx) => moveOffer(tx, { offerId: offer.id, from: "SENT", to: "REVISION_REQUESTED", actor: "buyer", actorId: viewer.userId, now, rowVersion: input.rowVersion, comment: input.comment }));
  if (!moved) throw new DomainError("quotes.errors.changedSinceShown");
  await tellLead(db, offer.groupId, "offer.revisionRequested", { version: offer.version, comment: input.comment }, now);
}

export async function declineOffer(db: Database, viewer: Viewer, input: { offerId: string; rowVersion: number; reason: OfferDeclineReason; comment: string }, now = clock.now()) {
  const { offer } = await loadSentOffer(db, viewer, input.offerId, "offer.decide");
  const problem = staleOfferProblem(offer, input.rowVersion);
  if (problem) throw new DomainError(problem);
  if (offer.status !== "SENT" && offer.status !== "REVISION_REQUESTED") throw new DomainError("quotes.errors.decided");
  const moved = await db.prisma.$transaction((tx) => moveOffer(tx, { offerId: offer.id, from: offer.status as "SENT" | "REVISION_REQUESTED", to: "DECLINED", actor: "buyer", actorId: viewer.userId, now, rowVersion: input.rowVersion, reason: input.reason, comment: input.comment || null }));
  if (!moved) throw new DomainError("quotes.errors.changedSinceShown");
  await tellLead(db, offer.groupId, "offer.declined", { version: offer.version, reason: translate("ja", `quotes.reasons.${input.reason}`), reasonEn: translate("en", `quotes.reasons.${input.reason}`), comment: input.comment }, now);
}
