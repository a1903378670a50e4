"use client";
// The forms of a non-conformance, each backed by one action and its schema (lib/quality/nc-schemas.ts).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { assignNonConformance, moveNonConformance, raiseNonConformance, recordNcReturn } from "@/app/groups/nc-actions";
import { errorOf, FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Input, Textarea } from "@/components/ui/field";
import { SHARE_FIELD_PREFIX } from "@/lib/quality/nc-schemas";

type Option = { value: string; label: string };

export function RaiseNcForm({ groupId, steps }: { groupId: string; steps: Option[] }) {
  const t = useTranslations("quality.nc.raise");
  const [state, action] = useForm(raiseNonConformance);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.push(`/groups/${groupId}/quality/nc/${state.data.ncId}`);
  }, [state, router, groupId]);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="raise-nc-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="groupId" value={groupId} />
      <SelectField state={state} name="assignmentId" label={t("step")} placeholder={t("stepUnknown")} options={steps} />
      <NoteField state={state} name="description" label={t("description")} required />
      <TextField state={state} name="quantityAffected" label={t("quantity")} inputMode="numeric" />
      <FormResult state={state} testId="raise-nc" />
      <SubmitButton variant="danger" testId="raise-nc-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

function NoteField({ state, name, label, required }: { state: Parameters<typeof valueOf>[0]; name: string; label: string; required?: boolean }) {
  return (
    <Field label={label} name={name} required={required} error={errorOf(state, name)}>
      {(control) => <Textarea key={`${name}:${valueOf(state, name)}`} {...control} rows={3} maxLength={4000} defaultValue={valueOf(state, name)} />}
    </Field>
  );
}

export function AssignNcForm({ ncId, version, members, responsibleMemberId, clause, reassign }: { ncId: string; version: number; members: Option[]; responsibleMemberId: string | null; clause: string; reassign: boolean }) {
  const t = useTranslations("quality.nc.assign");
  const [state, action] = useForm(assignNonConformance);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="assign-nc-form">
      <p className="text-sm text-slate-700">{t("help")}</p>
      <input type="hidden" name="ncId" value={ncId} />
      <input type="hidden" name="version" value={version} />
      <SelectField state={state} name="responsibleMemberId" label={t("responsible")} required placeholder="—" defaultValue={responsibleMemberId ?? ""} options={members} />
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField state={state} name="agreementClause" label={t("clause")} required defaultValue={clause || "第7条"} maxLength={100} />
        <TextField state={state} name="costYen" label={t("cost")} inputMode="numeric" />
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby={errorOf(state, "shares") ? "shares-error" : undefined}>
        <legend className="text-sm font-bold">{t("shares")}</legend>
        {members.map((m) => (
          <label key={m.value} className="grid grid-cols-[minmax(0,1fr)_5.5rem] items-center gap-2 text-sm">
            <span className="break-words">{m.label}</span>
            <Input name={`${SHARE_FIELD_PREFIX}${m.value}`} inputMode="decimal" defaultValue={valueOf(state, `${SHARE_FIELD_PREFIX}${m.value}`)} key={valueOf(state, `${SHARE_FIELD_PREFIX}${m.value}`)} aria-label={`${m.label} %`} />
          </label>
        ))}
        {errorOf(state, "shares") ? <p id="shares-error" className="text-sm text-red-800">{errorOf(state, "shares")}</p> : null}
      </fieldset>
      <TextField state={state} name="note" label={t("note")} maxLength={2000} />
      <FormResult state={state} testId="assign-nc" />
      <SubmitButton testId="assign-nc-submit">{reassign ? t("reassign") : t("submit")}</SubmitButton>
    </form>
  );
}

/** One stage's form: what was done, and (for the root cause) its 4M family. */
export function MoveNcForm({ ncId, version, to, label, variant = "primary" }: { ncId: string; version: number; to: "CONTAINED" | "CAUSE_FOUND" | "CORRECTED" | "CLOSED" | "WITHDRAWN"; label: string; variant?: "primary" | "secondary" | "danger" }) {
  const t = useTranslations("quality.nc");
  const [state, action] = useForm(moveNonConformance);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid={`move-nc-${to}`}>
      <input type="hidden" name="ncId" value={ncId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      {to === "CAUSE_FOUND" ? <SelectField state={state} name="cause" label={t("cause.label")} required placeholder="—" options={(["MAN", "MACHINE", "MATERIAL", "METHOD"] as const).map((c) => ({ value: c, label: t(`cause.${c}`) }))} /> : null}
      <NoteField state={state} name="note" label={t("move.note")} required={to !== "WITHDRAWN"} />
      <FormResult state={state} testId={`move-nc-${to}`} />
      <SubmitButton variant={variant} testId={`move-nc-${to}-submit`}>{label}</SubmitButton>
    </form>
  );
}

export function RmaForm({ ncId, version }: { ncId: string; version: number }) {
  const t = useTranslations("quality.nc.rma");
  const [state, action] = useForm(recordNcReturn);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="rma-form">
      <input type="hidden" name="ncId" value={ncId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid grid-cols-2 gap-2">
        <TextField state={state} name="quantity" label={t("quantity")} inputMode="numeric" required />
        <SelectField state={state} name="disposition" label={t("disposition")} required defaultValue="REWORK" options={(["REWORK", "REPLACEMENT", "SCRAP"] as const).map((d) => ({ value: d, label: t(d) }))} />
      </div>
      <FormResult state={state} testId="rma" />
      <SubmitButton variant="secondary" testId="rma-submit">{t("record")}</SubmitButton>
    </form>
  );
}
