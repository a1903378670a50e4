// Everything the documents of an order are made from, loaded once in the caller's transaction:
// the order, its job and buyer, the accepted offer's lines, the contracting party (the lead firm
// under 受注斡旋, the accepted cooperative under 共同受注) with its fee rate, and the members with
// their shares and planned dates.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/quotes/working-days";
import type { PartySnapshot } from "./document-content";

const FIRM_FACTS = { id: true, nameJa: true, nameEn: true, postalCode: true, address: true, invoiceRegistrationNumber: true } as const;

type FirmFacts = { id: string; nameJa: string; nameEn: string | null; postalCode: string | null; address: string; invoiceRegistrationNumber: string | null };
export const firmParty = (f: FirmFacts): PartySnapshot => ({ kind: "FIRM", id: f.id, name: { ja: f.nameJa, en: f.nameEn || f.nameJa }, address: [f.postalCode ? `〒${f.postalCode}` : "", f.address].filter(Boolean).join(" "), registrationNumber: f.invoiceRegistrationNumber });

export async function loadOrderContext(tx: Prisma.TransactionClient, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true, status: true, contractedOn: true, dueOn: true, deliveredOn: true, acceptedOn: true, contractedValueYen: true, groupId: true,
      job: { select: { titleJa: true, titleEn: true, partName: true, quantity: true, deliveryPlace: true } },
      buyerOrg: { select: { id: true, name: true, nameEn: true, address: true } },
      offer: {
        select: {
          number: true, version: true, paymentTerms: true, deliveryPlace: true, showBreakdown: true, subtotalYen: true,
          lines: { orderBy: { position: "asc" }, select: { kind: true, memberId: true, stepPosition: true, processCode: true, quantity: true, unitPriceYen: true, setupYen: true, toolingYen: true, materialSupply: true, materialYen: true, amountYen: true, taxRatePercent: true, plannedStart: true, plannedEnd: true } },
        },
      },
      group: {
        select: {
          contractModel: true, leadFirmId: true, leadFirm: { select: FIRM_FACTS },
          nominations: { where: { status: "ACCEPTED" }, take: 1, select: { feeRateBasisPoints: true, association: { select: { id: true, nameJa: true, nameEn: true, invoiceRegistrationNumber: true } } } },
          members: { where: { status: "ACCEPTED" }, orderBy: { id: "asc" }, select: { id: true, firmId: true, shareYen: true, firm: { select: FIRM_FACTS } } },
        },
      },
    },
  });
  const { group } = order;
  const nomination = group.contractModel === "JOINT_ORDER" ? group.nominations[0] ?? null : null;
  const contractor: PartySnapshot = nomination
    ? { kind: "ASSOCIATION", id: nomination.association.id, name: { ja: nomination.association.nameJa, en: nomination.association.nameEn }, address: "", registrationNumber: nomination.association.invoiceRegistrationNumber }
    : firmParty(group.leadFirm);
  const buyer: PartySnapshot = { kind: "BUYER", id: order.buyerOrg.id, name: { ja: order.buyerOrg.name, en: order.buyerOrg.nameEn || order.buyerOrg.name }, address: order.buyerOrg.address ?? "", registrationNumber: null };
  const lines = order.offer?.lines ?? [];
  const members = group.members.map((m, i) => {
    const own = lines.filter((l) => l.memberId === m.id && l.kind === "STEP");
    const starts = own.map((l) => l.plannedStart).filter((d): d is Date => d !== null).map(isoDay).sort();
    const ends = own.map((l) => l.plannedEnd).filter((d): d is Date => d !== null).map(isoDay).sort();
    return { id: m.id, place: i + 1, firmId: m.firmId, isLead: m.firmId === group.leadFirmId, shareYen: m.shareYen ?? 0n, party: firmParty(m.firm), plannedStart: starts[0] ?? null, plannedEnd: ends.at(-1) ?? null };
  });
  return {
    order, offer: order.offer, lines, contractor, buyer, members,
    contractModel: group.contractModel,
    feeRateBasisPoints: nomination?.feeRateBasisPoints ?? 0,
    leadFirmId: group.leadFirmId,
    /** Members that get a sub-order: all under 共同受注; under 受注斡旋 all but the lead (the contractor itself). */
    subcontractors: group.contractModel === "JOINT_ORDER" ? members : members.filter((m) => !m.isLead),
  };
}

export type OrderContext = Awaited<ReturnType<typeof loadOrderContext>>;
