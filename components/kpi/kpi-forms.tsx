"use client";
// Staff record business events; federation staff save a fiscal year's targets. One schema each
// (lib/kpi/schemas.ts) shared with the server actions.
import { useTranslations } from "next-intl";
import { recordEvent, saveKpiTargets } from "@/app/kpi/actions";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Input } from "@/components/ui/field";
import type { KpiIndicator } from "@/lib/generated/prisma/enums";
import { BUSINESS_EVENT_KINDS } from "@/lib/kpi/schemas";

export function EventForm({ associations, today }: { associations: readonly { value: string; label: string }[] | null; today: string }) {
  const t = useTranslations("kpi.events");
  const [state, action] = useForm(recordEvent);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" data-testid="event-form">
      <OneTimeKeyField state={state} />
      <SelectField state={state} name="kind" label={t("kind")} required defaultValue="TRADE_FAIR" options={BUSINESS_EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <Field label={t("heldOn")} name="heldOn" required error={errorOf(state, "heldOn")}>
        {(control) => <Input key={`heldOn:${valueOf(state, "heldOn", today)}`} {...control} type="date" defaultValue={valueOf(state, "heldOn", today)} />}
      </Field>
      <TextField state={state} name="titleJa" label={t("titleJa")} required maxLength={200} />
      <TextField state={state} name="titleEn" label={t("titleEn")} maxLength={200} />
      <TextField state={state} name="place" label={t("place")} maxLength={200} />
      <TextField state={state} name="participants" label={t("participants")} inputMode="numeric" />
      {associations ? <SelectField state={state} name="associationId" label={t("association")} placeholder={t("federationWide")} options={associations} /> : null}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormResult state={state} testId="event" />
        <SubmitButton testId="event-submit">{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}

export function TargetsForm({ fiscalYear, targets, years, labels }: { fiscalYear: number; targets: Record<KpiIndicator, number>; years: readonly number[]; labels: Record<KpiIndicator, string> }) {
  const t = useTranslations("kpi");
  const [state, action] = useForm(saveKpiTargets);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2" data-testid="targets-form">
      <SelectField state={state} name="fiscalYear" label={t("targets.fiscalYear")} defaultValue={String(fiscalYear)} options={years.map((y) => ({ value: String(y), label: t("fiscalYear", { year: y }) }))} />
      {(Object.keys(targets) as KpiIndicator[]).map((code) => (
        <TextField key={code} state={state} name={code} label={labels[code]} inputMode="numeric" required defaultValue={String(targets[code])} />
      ))}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormResult state={state} testId="targets" />
        <SubmitButton testId="targets-submit">{t("targets.submit")}</SubmitButton>
      </div>
    </form>
  );
}
