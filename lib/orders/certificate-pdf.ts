// The 受注証明書 on the shared business-document layout, with the verification code and a QR code
// of the public /verify/<code> page drawn beside the notes (modules as filled squares: no image).
import "server-only";
import { PDFDocument, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { businessDocumentPdf } from "@/lib/documents/business-document-pdf";
import { formatRegistrationNumber } from "@/lib/money/registration-number";
import { formatYen } from "@/lib/money/yen";
import { translate, type AppLocale } from "@/lib/validation/messages";
import type { CertificateContent } from "./certificates";

export async function certificatePdf(certificate: { code: string; issuedAt: Date; content: CertificateContent }, locale: AppLocale, verifyUrl: string): Promise<Uint8Array> {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, `orders.pdf.${key}`, params);
  const c = certificate.content;
  const yen = (v: string) => formatYen(BigInt(v), locale);
  const bytes = await businessDocumentPdf({
    title: t("titles.CERTIFICATE"),
    number: { label: t("facts.code"), value: certificate.code },
    issued: { label: t("issued"), value: certificate.issuedAt.toISOString().slice(0, 10) },
    recipient: locale === "ja" ? "関係各位" : "To whom it may concern",
    issuer: { name: c.member.name[locale], lines: c.member.address ? [c.member.address] : [], registrationLabel: t("registration"), registrationNumber: c.member.registrationNumber ? formatRegistrationNumber(c.member.registrationNumber) : null },
    headline: { label: t("facts.amount"), value: yen(c.totalYen) },
    facts: [
      { label: t("subject"), value: c.subject[locale] },
      { label: t("facts.orderNumber"), value: c.orderNumber },
      { label: t("facts.buyer"), value: c.buyer.name[locale] },
      { label: t("facts.contractor"), value: c.contractor.name[locale] },
      { label: t("facts.member"), value: c.member.name[locale] },
      { label: translate(locale, "orders.verify.contractedOn"), value: c.contractedOn },
      { label: t("facts.deliveryDate"), value: c.deliveryDue },
      { label: t("facts.plannedStart"), value: c.plannedStart ?? "—" },
      { label: t("facts.paymentDue"), value: c.expectedPayment ?? "—" },
    ],
    columns: [{ label: t("columns.item"), width: 5 }, { label: t("columns.amount"), width: 2, align: "right" }],
    rows: [[t("subtotal"), yen(c.subtotalYen)], [t("tax", { rate: 10 }), yen(c.taxYen)], [t("total"), yen(c.totalYen)]],
    totals: [],
    notes: { label: t("notes"), lines: [t("certificateStatement"), t("verifyAt", { url: verifyUrl })] },
    footer: t("certificateFooter", { code: certificate.code }),
  });
  const pdf = await PDFDocument.load(bytes);
  const page = pdf.getPages().at(-1)!;
  const qr = QRCode.create(verifyUrl, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const cell = 2.6;
  const x0 = page.getWidth() - 42 - size * cell;
  const y0 = 70;
  for (let r = 0; r < size; r++) {
    for (let col = 0; col < size; col++) {
      if (qr.modules.get(r, col)) page.drawRectangle({ x: x0 + col * cell, y: y0 + (size - 1 - r) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
    }
  }
  return pdf.save();
}
