"use client";
// Declare an outage, or change one: the reason as large buttons (one tap on a phone), the first and
// last day, a note. The same schema checks it on the server (lib/outages/schema.ts).
import { useId } from "react";
import { useTranslations } from "next-intl";
import { errorOf, FormResult, type FormAction, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Textarea } from "@/components/ui/field";
import { declareFirmOutage, editFirmOutage } from "@/app/outages/actions";
import { OUTAGE_KINDS, NOTE_MAX } from "@/lib/outages/schema";

type Existing = { id: string; version: number; kind: string; startsOn: string; endsOn: string | null; note: string };

export function OutageForm({ firmId, today, existing }: { firmId: string; today: string; existing?: Existing }) {
  const t = useTranslations("outages");
  // Both answer with a notice to show; only that is read here.
  const [state, run] = useForm((existing ? editFirmOutage : declareFirmOutage) as unknown as FormAction<{ notice: string }>);
  const kind = valueOf(state, "kind", existing?.kind ?? "");
  const errorId = `${useId()}-kind-error`;
  const notice = state?.ok ? state.data.notice : null;
  return (
    <form action={run} className="flex flex-col gap-3" data-testid={existing ? `outage-edit-${existing.id}` : "outage-form"}>
      {existing ? (
        <>
          <input type="hidden" name="outageId" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      ) : (
        <>
          <OneTimeKeyField state={state} />
          <input type="hidden" name="firmId" value={firmId} />
        </>
      )}
      <fieldset className="flex flex-col gap-2" aria-describedby={errorOf(state, "kind") ? errorId : undefined}>
        <legend className="mb-1 font-bold">{t("kind")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {OUTAGE_KINDS.map((k) => (
            <label key={k} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} required />
              <span>{t(`kinds.${k}`)}</span>
            </label>
          ))}
        </div>
        {errorOf(state, "kind") ? <p id={errorId} className="text-sm text-red-800">{errorOf(state, "kind")}</p> : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField state={state} name="startsOn" label={t("startsOn")} type="date" required defaultValue={existing?.startsOn ?? today} />
        <TextField state={state} name="endsOn" label={t("endsOn")} type="date" defaultValue={existing?.endsOn ?? ""} />
      </div>
      <Field label={t("note")} name="note" error={errorOf(state, "note")}>
        {(control) => <Textarea key={`note:${valueOf(state, "note", existing?.note ?? "")}`} {...control} rows={2} maxLength={NOTE_MAX} defaultValue={valueOf(state, "note", existing?.note ?? "")} />}
      </Field>
      <div><SubmitButton testId={existing ? "outage-save" : "outage-declare"}>{existing ? t("save") : t("declare")}</SubmitButton></div>
      {notice ? <p className="text-sm text-green-800" aria-live="polite" data-testid="outage-notice">{notice}</p> : <FormResult state={state} />}
    </form>
  );
}
