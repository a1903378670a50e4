// The order's side of a group page: the contractor under 共同受注 (naming it, its staff's answer),
// the order's documents with their versions and PDFs, payments, and the member's certificates.
// Server component: reads through lib/orders, which checks what the viewer may see.
import { getLocale, getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { formatYen } from "@/lib/money/yen";
import { ownCertificates } from "@/lib/orders/certificates";
import { groupNominations } from "@/lib/orders/contractor";
import { orderDocumentsFor } from "@/lib/orders/documents";
import { formatFeeRate } from "@/lib/orders/fee";
import { PAYMENT_TERMS_CODES, subcontractCheck, PAYMENT_TERMS } from "@/lib/orders/payment-terms";
import { tokyoDay } from "@/lib/quotes/working-days";
import { Card } from "@/components/ui/card";
import { ConfirmReceiptForm, DecideContractorForm, IssueCertificateForm, IssueInvoiceForm, MarkPaidForm, NominateForm, ReviseSubOrderForm } from "./order-forms";

const notFoundAsNull = <T,>(promise: Promise<T>) => promise.catch((error: unknown) => {
  if (error instanceof NotFoundError) return null;
  throw error;
});

export async function ContractorCard({ db, viewer, groupId, canNominate }: { db: Database; viewer: Viewer; groupId: string; canNominate: boolean }) {
  const data = await groupNominations(db, viewer, groupId);
  if (!data) return null;
  const t = await getTranslations("orders.contractor");
  const en = (await getLocale()) === "en";
  const name = (a: { nameJa: string; nameEn: string }) => (en ? a.nameEn : a.nameJa);
  const live = data.live;
  const mine = live && live.status === "REQUESTED" && viewer.role === "ASSOCIATION_STAFF" && viewer.associationId === live.association.id;
  return (
    <Card className="flex flex-col gap-3" data-testid="contractor-card">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("explain")}</p>
      <p className="font-bold" data-testid="contractor-status">
        {!live ? t("none") : live.status === "ACCEPTED" ? t("accepted", { name: name(live.association), rate: formatFeeRate(live.feeRateBasisPoints ?? 0) }) : t("requested", { name: name(live.association) })}
      </p>
      {data.nominations.filter((n) => n.status === "DECLINED").slice(0, 3).map((n) => <p key={n.id} className="text-sm text-slate-600">{t("declined", { name: name(n.association) })}{n.comment ? `: ${n.comment}` : ""}</p>)}
      {mine ? <DecideContractorForm nominationId={live.id} rowVersion={live.rowVersion} /> : null}
      {canNominate && data.open && live?.status !== "ACCEPTED" ? (
        <NominateForm groupId={groupId} options={data.associations.map((a) => ({ value: a.id, label: `${name(a)}${a.isCooperative ? `（${t("cooperative")}）` : ""} · ${t("feeRate", { rate: formatFeeRate(a.feeRateBasisPoints) })}` }))} />
      ) : null}
    </Card>
  );
}

export async function OrderDocumentsCard({ db, viewer, groupId }: { db: Database; viewer: Viewer; groupId: string }) {
  const data = await notFoundAsNull(orderDocumentsFor(db, viewer, groupId));
  if (!data) return null;
  const t = await getTranslations("orders");
  const locale = (await getLocale()) as "ja" | "en";
  const today = tokyoDay(clock.now());
  const termOptions = PAYMENT_TERMS_CODES.map((code) => ({ value: code, label: `${t(`terms.${code}`)}${subcontractCheck(PAYMENT_TERMS[code]).exceeds ? " ⚠" : ""}` }));
  const speaks = (kind: string, id: string) => (kind === "BUYER" ? viewer.buyerOrgId === id : kind === "FIRM" ? viewer.role === "FIRM_ADMIN" && viewer.firmId === id : viewer.role === "ASSOCIATION_STAFF" && viewer.associationId === id);
  const certificates = viewer.role === "FIRM_ADMIN" ? await ownCertificates(db, viewer, data.orderId) : [];
  const isMember = viewer.role === "FIRM_ADMIN" && data.documents.some((d) => d.kind === "SUB_ORDER" && d.recipientId === viewer.firmId);
  return (
    <>
      <Card className="flex flex-col gap-3" data-testid="order-documents">
        <h2 className="text-lg font-bold">{t("documents.title")}</h2>
        <p className="text-sm text-slate-600">{t("documents.explain")}</p>
        {!data.hasOffer ? <p>{t("documents.noOffer")}</p> : data.documents.length === 0 ? <p>{t("documents.none")}</p> : null}
        <ul className="flex flex-col gap-3">
          {data.documents.map((d) => (
            <li key={d.id} className={`flex flex-col gap-2 rounded-lg border p-3 ${d.latest ? "border-slate-300" : "border-dashed border-slate-300 opacity-70"}`} data-testid={`document-${d.kind}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-bold">{t(`kinds.${d.kind}`)} {d.number}</span>
                <span className="text-sm">{t("documents.version", { version: d.version })}{d.replacesVersion ? ` · ${t("documents.replaces", { version: d.replacesVersion })}` : ""}{d.latest ? "" : ` · ${t("documents.superseded")}`}</span>
              </div>
              <p className="text-sm text-slate-700 break-words">{t("documents.from", { issuer: d.issuerName, recipient: d.recipientName })} · {t("documents.issuedOn", { date: d.issuedOn })} · {formatYen(d.totalYen, locale)}</p>
              {d.payment ? (
                <p className={`text-sm font-bold ${d.payment.overdue ? "text-red-800" : ""}`} data-testid="payment-status">
                  {t(`payment.${d.payment.status}`)} · {t("payment.due", { date: d.payment.dueOn })}{d.payment.paidOn ? ` · ${t("payment.paidOn", { date: d.payment.paidOn })}` : ""}{d.payment.overdue ? ` · ${t("payment.overdue")}` : ""}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-3 text-sm">
                <a className="underline min-h-11 inline-flex items-center" href={`/api/order-documents/${d.id}/pdf?lang=ja`} data-testid="document-pdf">{t("documents.pdf")}</a>
                <a className="underline min-h-11 inline-flex items-center" href={`/api/order-documents/${d.id}/pdf?lang=en`}>{t("documents.pdfEn")}</a>
              </div>
              {d.kind === "SUB_ORDER" && d.latest && data.contractor && data.orderStatus !== "CANCELLED" ? (
                <details><summary className="cursor-pointer min-h-11 py-2 underline">{t("documents.reviseSubOrder")}</summary><ReviseSubOrderForm documentId={d.id} terms={termOptions} current={d.terms ?? "EOM_NEXT_EOM"} /></details>
              ) : null}
              {d.payment?.status === "UNPAID" && speaks(d.payment.payerKind, d.payment.payerId) ? <MarkPaidForm invoiceId={d.id} rowVersion={d.payment.rowVersion} today={today} /> : null}
              {d.payment?.status === "PAID" && speaks(d.payment.payeeKind, d.payment.payeeId) ? <ConfirmReceiptForm invoiceId={d.id} rowVersion={d.payment.rowVersion} /> : null}
            </li>
          ))}
        </ul>
        {data.hasOffer && data.contractor && data.orderStatus === "ACCEPTED" ? <IssueInvoiceForm orderId={data.orderId} side="contractor" terms={termOptions} label={t("documents.issueInvoice")} /> : null}
        {data.hasOffer && isMember && !data.contractor && (data.orderStatus === "DELIVERED" || data.orderStatus === "ACCEPTED") ? <IssueInvoiceForm orderId={data.orderId} side="member" label={t("documents.issueMemberInvoice")} /> : null}
      </Card>
      {viewer.role === "FIRM_ADMIN" && data.orderStatus !== "CANCELLED" ? (
        <Card className="flex flex-col gap-3" data-testid="certificates">
          <h2 className="text-lg font-bold">{t("certificate.title")}</h2>
          <p className="text-sm text-slate-600">{t("certificate.explain")}</p>
          <IssueCertificateForm orderId={data.orderId} />
          <ul className="flex flex-col gap-2">
            {certificates.map((c) => (
              <li key={c.id} className="flex flex-wrap gap-3 text-sm" data-testid="certificate-row">
                <span>{c.issuedAt.toISOString().slice(0, 10)} · {formatYen(c.amountYen, locale)}</span>
                <span className="break-all">{t("certificate.code")}: <a className="underline" href={`/verify/${c.code}`} data-testid="certificate-verify-link">{c.code}</a></span>
                <a className="underline" href={`/api/certificates/${c.id}/pdf?lang=ja`} data-testid="certificate-pdf">PDF</a>
                <a className="underline" href={`/api/certificates/${c.id}/pdf?lang=en`}>English</a>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
