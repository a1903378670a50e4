// An order document's snapshot on the shared business-document layout, in Japanese or English.
// Everything printed comes from the snapshot (what was issued) or the message catalogue (labels).
import "server-only";
import { businessDocumentPdf, type BusinessDocument } from "@/lib/documents/business-document-pdf";
import { formatRegistrationNumber } from "@/lib/money/registration-number";
import { formatYen } from "@/lib/money/yen";
import { translate, type AppLocale } from "@/lib/validation/messages";
import { totalsOf, type DocumentContent } from "./document-content";

export function orderBusinessDocument(doc: DocumentContent, locale: AppLocale): BusinessDocument {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, `orders.pdf.${key}`, params);
  const yen = (amount: bigint) => formatYen(amount, locale);
  const totals = totalsOf(doc.lines);
  const kind = doc.kind === "INVOICE" && !doc.qualified ? "INVOICE_PLAIN" : doc.kind;

  return {
    title: t(`titles.${kind}`),
    number: { label: t("number"), value: `${doc.number}` },
    issued: { label: t("issued"), value: doc.issuedOn },
    recipient: t("recipient", { name: doc.recipient.name[locale] }),
    issuer: { name: doc.issuer.name[locale], lines: doc.issuer.address ? [doc.issuer.address] : [], registrationLabel: t("registration"), registrationNumber: doc.issuer.registrationNumber ? formatRegistrationNumber(doc.issuer.registrationNumber) : null },
    headline: { label: t(`headline.${doc.kind}`), value: yen(totals.totalYen) },
    facts: [
      { label: t("subject"), value: doc.subject[locale] },
      ...doc.facts.map((f) => ({ label: t(`facts.${f.key}`), value: f.value[locale] })),
      { label: t("version"), value: doc.replaces ? t("versionReplaces", { version: doc.version, replaced: doc.replaces.version, number: doc.replaces.number }) : t("versionFirst", { version: doc.version }) },
    ],
    columns: [{ label: t("columns.item"), width: 5 }, { label: t("columns.quantity"), width: 1.2, align: "right" }, { label: t("columns.unitPrice"), width: 1.8, align: "right" }, { label: t("columns.amount"), width: 2, align: "right" }, { label: t("columns.rate"), width: 1, align: "right" }],
    rows: doc.lines.map((l) => [l.item[locale], l.quantity === null ? t("lump") : String(l.quantity), l.unitPriceYen === null ? "" : yen(BigInt(l.unitPriceYen)), yen(BigInt(l.amountYen)), `${l.taxRatePercent}%`]),
    totals: [
      { label: t("subtotal"), value: yen(totals.subtotalYen) },
      ...totals.rates.flatMap((r) => [{ label: t("taxBase", { rate: r.taxRatePercent }), value: yen(r.baseYen) }, { label: t("tax", { rate: r.taxRatePercent }), value: yen(r.taxYen) }]),
      { label: t("total"), value: yen(totals.totalYen), strong: true },
    ],
    notes: { label: t("notes"), lines: [...(doc.kind === "INVOICE" && doc.qualified ? [t("invoiceRule")] : []), ...doc.notes.map((n) => n[locale])] },
    footer: t("footer", { number: doc.number, version: doc.version }),
  };
}

export async function orderDocumentPdf(doc: DocumentContent, locale: AppLocale): Promise<Uint8Array> {
  return businessDocumentPdf(orderBusinessDocument(doc, locale));
}
