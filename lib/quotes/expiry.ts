// Offers on the queue: the lead firm is reminded two working days before its offer lapses, and an
// offer past its validity is marked LAPSED (the buyer sees it so, and can no longer award it).
// Both are safe to run again: a reminder is stamped once, a lapse moves an offer once.
import "server-only";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { notifyBuyerOrg, notifyFirm } from "@/lib/notifications";
import { LIVE_OFFER_STATUSES, moveOffer } from "./offer-lifecycle";
import { addWorkingDays, isoDay, tokyoDay } from "./working-days";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const OFFER_FACTS = { id: true, version: true, groupId: true, status: true, validUntil: true, group: { select: { leadFirmId: true } }, job: { select: { id: true, titleJa: true, titleEn: true, buyerOrgId: true } } } as const;

/** Reminds the lead firm of each live offer whose validity ends within two working days. */
export async function remindLapsingOffers(db: Database, now = clock.now()): Promise<{ reminded: string[] }> {
  const today = tokyoDay(now);
  const due = await db.prisma.groupOffer.findMany({ where: { status: { in: [...LIVE_OFFER_STATUSES] }, reminderSentAt: null, validUntil: { gte: asDate(today), lte: asDate(addWorkingDays(today, 2)) } }, select: OFFER_FACTS });
  const reminded: string[] = [];
  for (const offer of due) {
    // The stamp first, so an overlapping run cannot remind twice.
    const claimed = await db.prisma.groupOffer.updateMany({ where: { id: offer.id, reminderSentAt: null }, data: { reminderSentAt: now } });
    if (claimed.count !== 1) continue;
    await notifyFirm(db.prisma, offer.group.leadFirmId, { kind: "offer.lapsing", params: { title: offer.job.titleJa, titleEn: offer.job.titleEn || offer.job.titleJa, version: offer.version, date: isoDay(offer.validUntil!) }, linkPath: `/groups/${offer.groupId}`, at: now }, { onlyAdmins: true });
    reminded.push(offer.id);
  }
  return { reminded };
}

/** Marks live offers past their validity (a Tokyo calendar day) as LAPSED and tells both sides. */
export async function lapseOffers(db: Database, now = clock.now()): Promise<{ lapsed: string[] }> {
  const due = await db.prisma.groupOffer.findMany({ where: { status: { in: [...LIVE_OFFER_STATUSES] }, validUntil: { lt: asDate(tokyoDay(now)) } }, select: OFFER_FACTS });
  const lapsed: string[] = [];
  for (const offer of due) {
    const moved = await db.prisma.$transaction((tx) => moveOffer(tx, { offerId: offer.id, from: offer.status, to: "LAPSED", actor: "system", actorId: null, now }));
    if (!moved) continue;
    const params = { title: offer.job.titleJa, titleEn: offer.job.titleEn || offer.job.titleJa, version: offer.version };
    await notifyBuyerOrg(db.prisma, offer.job.buyerOrgId, { kind: "offer.lapsed", params, linkPath: `/jobs/${offer.job.id}/offers`, at: now });
    await notifyFirm(db.prisma, offer.group.leadFirmId, { kind: "offer.lapsed", params, linkPath: `/groups/${offer.groupId}`, at: now }, { onlyAdmins: true });
    lapsed.push(offer.id);
  }
  return { lapsed };
}
