// Prices every step of a group by its own member (an admin of each firm) and sends the offer as the
// lead firm: the shortest honest way for a test to reach "the buyer has an offer to award".
import type { Database } from "@/lib/db/client";
import { saveQuoteLine } from "@/lib/quotes/quote-lines";
import { saveOfferDraft, sendOffer } from "@/lib/quotes/offers";
import { tokyoDay } from "@/lib/quotes/working-days";
import { firmAdminOf } from "./viewer-of";

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function priceEveryStep(db: Database, groupId: string, now: Date, unitPriceYen = 1_200n) {
  const assignments = await db.prisma.groupStepAssignment.findMany({ where: { groupId, member: { status: { in: ["INVITED", "ACCEPTED"] } } }, select: { id: true, member: { select: { firmId: true } }, quoteLine: { select: { version: true } } }, orderBy: { id: "asc" } });
  const today = tokyoDay(now);
  for (const [i, a] of assignments.entries()) {
    await saveQuoteLine(db, await firmAdminOf(db, a.member.firmId), {
      assignmentId: a.id, unitPriceYen: unitPriceYen + BigInt(i) * 100n, setupYen: 30_000n, toolingYen: 0n, materialSupply: i === 0 ? "FIRM" : "BUYER", materialYen: i === 0 ? 50_000n : 0n,
      leadTimeDays: 5 + i, earliestStart: today, validUntil: plusDays(today, 60), conditions: "", version: a.quoteLine?.version ?? -1,
    }, now);
  }
}

export async function sendGroupOffer(db: Database, groupId: string, now: Date, terms: { coordinationFeeYen?: bigint; transportYen?: bigint; validDays?: number } = {}) {
  const group = await db.prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { leadFirmId: true } });
  const lead = await firmAdminOf(db, group.leadFirmId);
  const { offerId } = await saveOfferDraft(db, lead, { groupId, coordinationFeeYen: terms.coordinationFeeYen ?? 80_000n, transportYen: terms.transportYen ?? 20_000n, showBreakdown: true, validUntil: plusDays(tokyoDay(now), terms.validDays ?? 30), paymentTerms: "月末締め翌月末払い", deliveryPlace: "", conditions: "" }, now);
  const draft = await db.prisma.groupOffer.findUniqueOrThrow({ where: { id: offerId }, select: { rowVersion: true } });
  return sendOffer(db, lead, { groupId, offerId, rowVersion: draft.rowVersion }, now);
}
