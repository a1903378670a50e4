"use client";
// The quote forms, each backed by one action and its schema (lib/quotes/schemas.ts): a member's
// price for one step, the lead's offer terms, and the buyer's award, revision request and decline.
// Amounts travel as digit strings (a bigint has no JSON form); what the user typed comes back on error.
import { useTranslations } from "next-intl";
import { awardGroup } from "@/app/groups/actions";
import { declineOffer, requestOfferRevision, saveOfferDraft, saveQuoteLine } from "@/app/groups/quote-actions";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";

function DateField({ state, name, label, defaultValue, required }: { state: ActionState<unknown>; name: string; label: string; defaultValue?: string; required?: boolean }) {
  const value = valueOf(state, name, defaultValue);
  return (
    <Field label={label} name={name} required={required} error={errorOf(state, name)}>
      {(control) => <Input key={`${name}:${value}`} {...control} type="date" defaultValue={value} />}
    </Field>
  );
}

function NotesField({ state, name, label, defaultValue, rows = 2 }: { state: ActionState<unknown>; name: string; label: string; defaultValue?: string; rows?: number }) {
  const value = valueOf(state, name, defaultValue);
  return (
    <Field label={label} name={name} error={errorOf(state, name)}>
      {(control) => <Textarea key={`${name}:${value}`} {...control} rows={rows} maxLength={4000} defaultValue={value} />}
    </Field>
  );
}

export interface QuoteLineValues {
  unitPriceYen: string;
  setupYen: string;
  toolingYen: string;
  materialSupply: "BUYER" | "FIRM";
  materialYen: string;
  leadTimeDays: string;
  earliestStart: string;
  validUntil: string;
  conditions: string;
  version: number;
}

export function QuoteLineForm({ assignmentId, values, testId }: { assignmentId: string; values: QuoteLineValues; testId: string }) {
  const t = useTranslations("quotes.line");
  const [state, action] = useForm(saveQuoteLine);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid={testId}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="version" value={String(values.version)} />
      {/* A step not the firm's own is refused on this hidden field; its message shows here. */}
      {errorOf(state, "assignmentId") ? <p className="text-sm font-bold text-red-800" role="alert">{errorOf(state, "assignmentId")}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField state={state} name="unitPriceYen" label={t("unitPrice")} inputMode="numeric" required defaultValue={values.unitPriceYen} />
        <TextField state={state} name="setupYen" label={t("setup")} inputMode="numeric" defaultValue={values.setupYen} />
        <TextField state={state} name="toolingYen" label={t("tooling")} inputMode="numeric" defaultValue={values.toolingYen} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField state={state} name="materialSupply" label={t("materialSupply")} defaultValue={values.materialSupply} options={[{ value: "BUYER", label: t("materialBuyer") }, { value: "FIRM", label: t("materialFirm") }]} />
        <TextField state={state} name="materialYen" label={t("material")} inputMode="numeric" defaultValue={values.materialYen} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField state={state} name="leadTimeDays" label={t("leadTime")} inputMode="numeric" required defaultValue={values.leadTimeDays} />
        <DateField state={state} name="earliestStart" label={t("earliestStart")} defaultValue={values.earliestStart} required />
        <DateField state={state} name="validUntil" label={t("validUntil")} defaultValue={values.validUntil} required />
      </div>
      <NotesField state={state} name="conditions" label={t("conditions")} defaultValue={values.conditions} />
      <FormResult state={state} testId={`${testId}-result`} />
      <SubmitButton testId={`${testId}-save`}>{t("save")}</SubmitButton>
    </form>
  );
}

export interface OfferDraftValues {
  coordinationFeeYen: string;
  transportYen: string;
  showBreakdown: boolean;
  validUntil: string;
  paymentTerms: string;
  deliveryPlace: string;
  conditions: string;
}

export function OfferDraftForm({ groupId, values }: { groupId: string; values: OfferDraftValues }) {
  const t = useTranslations("quotes.draft");
  const [state, action] = useForm(saveOfferDraft);
  const breakdown = state && !state.ok ? state.values.showBreakdown === "on" : values.showBreakdown;
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="offer-draft-form">
      <input type="hidden" name="groupId" value={groupId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name="coordinationFeeYen" label={t("fee")} inputMode="numeric" defaultValue={values.coordinationFeeYen} />
        <TextField state={state} name="transportYen" label={t("transport")} inputMode="numeric" defaultValue={values.transportYen} />
      </div>
      <label className="flex min-h-11 items-center gap-2 font-bold">
        <input type="checkbox" name="showBreakdown" defaultChecked={breakdown} key={String(breakdown)} className="h-5 w-5" />
        {t("showBreakdown")}
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <DateField state={state} name="validUntil" label={t("validUntil")} defaultValue={values.validUntil} required />
        <TextField state={state} name="deliveryPlace" label={t("deliveryPlace")} defaultValue={values.deliveryPlace} maxLength={500} />
      </div>
      <TextField state={state} name="paymentTerms" label={t("paymentTerms")} defaultValue={values.paymentTerms} maxLength={500} />
      <NotesField state={state} name="conditions" label={t("conditions")} defaultValue={values.conditions} />
      <FormResult state={state} testId="offer-draft" />
      <SubmitButton variant="secondary" testId="offer-draft-save">{t("save")}</SubmitButton>
    </form>
  );
}

export function AwardOfferForm({ groupId, offerId, rowVersion, testId }: { groupId: string; offerId: string; rowVersion: number; testId: string }) {
  const t = useTranslations("quotes.compare");
  const [state, action] = useForm(awardGroup);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={testId}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <FormResult state={state} testId={`${testId}-result`} />
      <SubmitButton testId={`${testId}-submit`}>{t("award")}</SubmitButton>
    </form>
  );
}

export function RevisionForm({ offerId, rowVersion, testId }: { offerId: string; rowVersion: number; testId: string }) {
  const t = useTranslations("quotes.compare");
  const [state, action] = useForm(requestOfferRevision);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={testId}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <NotesField state={state} name="comment" label={t("revisionComment")} />
      <FormResult state={state} testId={`${testId}-result`} />
      <SubmitButton variant="secondary" testId={`${testId}-submit`}>{t("revision")}</SubmitButton>
    </form>
  );
}

export function DeclineForm({ offerId, rowVersion, testId }: { offerId: string; rowVersion: number; testId: string }) {
  const t = useTranslations("quotes");
  const [state, action] = useForm(declineOffer);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid={testId}>
      <OneTimeKeyField state={state} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <SelectField state={state} name="reason" label={t("compare.declineReason")} placeholder="—" options={(["PRICE", "DATE", "QUALITY", "OTHER"] as const).map((r) => ({ value: r, label: t(`reasons.${r}`) }))} />
      <NotesField state={state} name="comment" label={t("compare.declineComment")} />
      <FormResult state={state} testId={`${testId}-result`} />
      <SubmitButton variant="danger" testId={`${testId}-submit`}>{t("compare.decline")}</SubmitButton>
    </form>
  );
}
