// The 見積書 of a sent offer, in Japanese business format or in English, through the shared
// business-document layout. The issuer is the lead firm under 受注斡旋; under 共同受注 it is the
// contracting cooperative when the group names one (issue 19 adds choosing it), else the lead firm.
// Who may have it: the buyer of the job, the lead firm, and staff in scope — never another member.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { businessDocumentPdf, type BusinessDocument } from "@/lib/documents/business-document-pdf";
import { loadGroupRef } from "@/lib/groups/group-access";
import { formatRegistrationNumber } from "@/lib/money/registration-number";
import { documentTotals } from "@/lib/money/tax";
import { formatYen } from "@/lib/money/yen";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import { translate, type AppLocale } from "@/lib/validation/messages";
import { isoDay, tokyoDay } from "./working-days";

export async function quotationFor(db: Database, viewer: Viewer, offerId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(offerId)) throw new NotFoundError("group");
  const offer = await db.prisma.groupOffer.findUnique({
    where: { id: offerId },
    select: {
      id: true, groupId: true, number: true, version: true, sentAt: true, validUntil: true, committedDelivery: true, paymentTerms: true, deliveryPlace: true, conditions: true, showBreakdown: true,
      subtotalYen: true, taxYen: true, totalYen: true,
      replaces: { select: { version: true, number: true } },
      lines: { orderBy: { position: "asc" }, select: { kind: true, stepPosition: true, processCode: true, quantity: true, unitPriceYen: true, setupYen: true, toolingYen: true, materialSupply: true, materialYen: true, amountYen: true, taxRatePercent: true, conditions: true } },
      group: {
        select: {
          contractModel: true,
          leadFirm: { select: { nameJa: true, nameEn: true, postalCode: true, address: true, invoiceRegistrationNumber: true } },
          contractingAssociation: { select: { nameJa: true, nameEn: true, invoiceRegistrationNumber: true } },
          job: { select: { titleJa: true, titleEn: true, buyerOrg: { select: { name: true, nameEn: true } } } },
        },
      },
    },
  });
  if (!offer?.sentAt) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, offer.groupId, "quote.view");
  // Prices are the lead's and the buyer's business: a member that does not lead gets no document.
  if (viewer.firmId && viewer.firmId !== group.leadFirmId) throw new NotFoundError("group");
  return offer;
}
type Offer = Awaited<ReturnType<typeof quotationFor>>;

export function quotationDocument(offer: Offer, locale: AppLocale): BusinessDocument {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, `quotes.pdf.${key}`, params);
  const en = locale === "en";
  const yen = (amount: bigint) => formatYen(amount, locale);
  const { group } = offer;
  const contractor = group.contractModel === "JOINT_ORDER" && group.contractingAssociation ? group.contractingAssociation : null;
  const issuer = contractor
    ? { name: (en && contractor.nameEn) || contractor.nameJa, lines: [], registrationNumber: contractor.invoiceRegistrationNumber }
    : { name: (en && group.leadFirm.nameEn) || group.leadFirm.nameJa, lines: [[group.leadFirm.postalCode ? `〒${group.leadFirm.postalCode}` : "", group.leadFirm.address].filter(Boolean).join(" ")], registrationNumber: group.leadFirm.invoiceRegistrationNumber };
  const process = (code: string | null) => (code ? ((en ? PROCESS_BY_CODE.get(code)?.nameEn : PROCESS_BY_CODE.get(code)?.nameJa) ?? code) : "");
  const rows: string[][] = [];
  if (offer.showBreakdown) {
    for (const line of offer.lines) {
      if (line.kind !== "STEP") {
        rows.push([translate(locale, `quotes.figures.${line.kind === "COORDINATION" ? "fee" : "transport"}`), t("lump"), "", yen(line.amountYen)]);
        continue;
      }
      rows.push([`${line.stepPosition}. ${process(line.processCode)}${line.materialSupply === "BUYER" ? ` (${t("supplied")})` : ""}`, String(line.quantity), yen(line.unitPriceYen), yen(line.unitPriceYen * BigInt(line.quantity))]);
      if (line.setupYen > 0n) rows.push([`　${t("setup")}`, t("lump"), "", yen(line.setupYen)]);
      if (line.toolingYen > 0n) rows.push([`　${t("tooling")}`, t("lump"), "", yen(line.toolingYen)]);
      if (line.materialSupply === "FIRM" && line.materialYen > 0n) rows.push([`　${t("material")}`, t("lump"), "", yen(line.materialYen)]);
    }
  } else rows.push([(en && group.job?.titleEn) || group.job?.titleJa || "", t("lump"), "", yen(offer.subtotalYen!)]);
  const totals = documentTotals(offer.lines.map((l) => ({ amountYen: l.amountYen, taxRatePercent: l.taxRatePercent })));
  const day = (d: Date | null) => (d ? isoDay(d) : "—");
  const stepNotes = offer.lines.filter((l) => l.kind === "STEP" && l.conditions.trim()).map((l) => `${l.stepPosition}. ${process(l.processCode)}: ${l.conditions}`);
  return {
    title: t("title"),
    number: { label: t("number"), value: offer.number },
    issued: { label: t("issued"), value: tokyoDay(offer.sentAt!) },
    recipient: t("recipient", { name: (en && group.job?.buyerOrg.nameEn) || group.job?.buyerOrg.name || "" }),
    issuer: { ...issuer, registrationLabel: t("registration"), registrationNumber: issuer.registrationNumber ? formatRegistrationNumber(issuer.registrationNumber) : null },
    headline: { label: t("headline"), value: yen(offer.totalYen!) },
    facts: [
      { label: t("subject"), value: (en && group.job?.titleEn) || group.job?.titleJa || "" },
      { label: t("delivery"), value: day(offer.committedDelivery) },
      { label: t("deliveryPlace"), value: offer.deliveryPlace },
      { label: t("paymentTerms"), value: offer.paymentTerms },
      { label: t("validUntil"), value: day(offer.validUntil) },
      { label: t("version"), value: `${t("versionText", { version: offer.version })}${offer.replaces ? ` — ${t("replaces", { version: offer.replaces.version, number: offer.replaces.number })}` : ""}` },
    ],
    columns: [{ label: t("columns.item"), width: 5 }, { label: t("columns.quantity"), width: 1.2, align: "right" }, { label: t("columns.unitPrice"), width: 1.8, align: "right" }, { label: t("columns.amount"), width: 2, align: "right" }],
    rows,
    totals: [
      { label: t("subtotal"), value: yen(totals.subtotalYen) },
      ...totals.rates.flatMap((r) => [{ label: t("taxBase", { rate: r.taxRatePercent }), value: yen(r.baseYen) }, { label: t("tax", { rate: r.taxRatePercent }), value: yen(r.taxYen) }]),
      { label: t("total"), value: yen(totals.totalYen), strong: true },
    ],
    notes: { label: t("notes"), lines: [offer.conditions, ...stepNotes].filter((l) => l.trim() !== "") },
    footer: t("footer", { number: offer.number }),
  };
}

export async function quotationPdf(offer: Offer, locale: AppLocale): Promise<Uint8Array> {
  return businessDocumentPdf(quotationDocument(offer, locale));
}
