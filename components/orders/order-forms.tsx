"use client";
// The order forms, each backed by one action and its schema (lib/orders/schemas.ts): naming and
// answering the contractor role, the cooperative's terms, a sub-order's revision, invoices,
// payments and certificates. What the user typed comes back with the message on error.
import { useTranslations } from "next-intl";
import { confirmPaymentReceipt, decideContractor, issueInvoice, issueOrderCertificate, markInvoicePaid, nominateContractor, reviseSubOrder, saveCooperativeTerms } from "@/app/orders/actions";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { Field, Input } from "@/components/ui/field";

type Option = { value: string; label: string };

export function NominateForm({ groupId, options }: { groupId: string; options: Option[] }) {
  const t = useTranslations("orders.contractor");
  const [state, action] = useForm(nominateContractor);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="nominate-form">
      <input type="hidden" name="groupId" value={groupId} />
      <SelectField state={state} name="associationId" label={t("choose")} options={options} required />
      <SubmitButton testId="nominate-submit">{t("request")}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function DecideContractorForm({ nominationId, rowVersion }: { nominationId: string; rowVersion: number }) {
  const t = useTranslations("orders.contractor");
  const [state, action] = useForm(decideContractor);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="decide-contractor-form">
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <TextField state={state} name="comment" label={t("comment")} maxLength={1000} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="accept" className="min-h-11 rounded-lg bg-blue-800 px-4 font-bold text-white" data-testid="accept-contractor">{t("accept")}</button>
        <button type="submit" name="decision" value="decline" className="min-h-11 rounded-lg border border-slate-400 px-4 font-bold">{t("decline")}</button>
      </div>
      <FormResult state={state} />
    </form>
  );
}

export function CooperativeTermsForm({ feeRate, registrationNumber }: { feeRate: string; registrationNumber: string }) {
  const t = useTranslations("orders.cooperative");
  const [state, action] = useForm(saveCooperativeTerms);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="cooperative-terms-form">
      <TextField state={state} name="feeRate" label={t("feeRate")} inputMode="text" defaultValue={feeRate} required maxLength={8} />
      <TextField state={state} name="invoiceRegistrationNumber" label={t("registration")} defaultValue={registrationNumber} maxLength={20} />
      <SubmitButton testId="cooperative-terms-save">{t("save")}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function ReviseSubOrderForm({ documentId, terms, current }: { documentId: string; terms: Option[]; current: string }) {
  const t = useTranslations("orders.documents");
  const [state, action] = useForm(reviseSubOrder);
  const data = state?.ok ? (state.data as { exceeds?: boolean; longestDays?: number } | undefined) : undefined;
  return (
    <form action={action} className="flex flex-col gap-3">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="documentId" value={documentId} />
      <SelectField state={state} name="terms" label={t("terms")} options={terms} defaultValue={current} />
      <TextField state={state} name="note" label={t("note")} maxLength={1000} />
      <SubmitButton variant="secondary">{t("revise")}</SubmitButton>
      {data?.exceeds ? <p className="text-sm font-bold text-amber-800" role="status">{t("longTerms", { days: data.longestDays ?? 0 })}</p> : null}
      <FormResult state={state} />
    </form>
  );
}

export function IssueInvoiceForm({ orderId, side, terms, label }: { orderId: string; side: "contractor" | "member"; terms?: Option[]; label: string }) {
  const t = useTranslations("orders.documents");
  const [state, action] = useForm(issueInvoice);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid={`issue-invoice-${side}`}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="side" value={side} />
      {terms ? <SelectField state={state} name="terms" label={t("terms")} options={terms} defaultValue="EOM_NEXT_EOM" /> : null}
      <SubmitButton>{label}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function MarkPaidForm({ invoiceId, rowVersion, today }: { invoiceId: string; rowVersion: number; today: string }) {
  const t = useTranslations("orders.documents");
  const [state, action] = useForm(markInvoicePaid);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <Field label={t("paidOnLabel")} name="paidOn" required error={errorOf(state, "paidOn")}>
        {(control) => <Input key={`paidOn:${valueOf(state, "paidOn", today)}`} {...control} type="date" defaultValue={valueOf(state, "paidOn", today)} />}
      </Field>
      <SubmitButton variant="secondary">{t("markPaid")}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}

export function ConfirmReceiptForm({ invoiceId, rowVersion }: { invoiceId: string; rowVersion: number }) {
  const t = useTranslations("orders.documents");
  const [state, action] = useForm(confirmPaymentReceipt);
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <button type="submit" name="received" value="yes" className="min-h-11 rounded-lg bg-blue-800 px-4 font-bold text-white">{t("confirmReceipt")}</button>
      <button type="submit" name="received" value="no" className="min-h-11 rounded-lg border border-slate-400 px-4 font-bold">{t("notReceived")}</button>
      <FormResult state={state} />
    </form>
  );
}

export function IssueCertificateForm({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.certificate");
  const [state, action] = useForm(issueOrderCertificate);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="issue-certificate-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton testId="issue-certificate">{t("issue")}</SubmitButton>
      <FormResult state={state} />
    </form>
  );
}
