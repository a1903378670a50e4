"use client";
// The buyer's job form. Every field is controlled, so nothing typed is lost on an error; what is
// typed is saved as a draft a moment after the buyer stops typing; the process route is edited as
// a list of steps (add, remove, reorder) sent as one JSON field the server schema parses.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { saveJobDraft, submitJob } from "@/app/jobs/actions";
import { useOneTimeKey } from "@/components/auth/one-time-key";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "@/lib/actions/result";
import { checkDeadline } from "@/lib/jobs/feasibility";
import { NdaChoice, type NdaKindValue } from "@/components/drawings/nda-choice";
import { JobAttachments, type AttachmentItem } from "./job-attachments";
import { StepsEditor, type StepValues } from "./steps-editor";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export interface Option {
  value: string;
  label: string;
}

export interface JobFormValues {
  jobId: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  partName: string;
  quantity: string;
  deadline: string;
  answerBy: string;
  deliveryPlace: string;
  deliveryMunicipalityCode: string;
  budgetMinYen: string;
  budgetMaxYen: string;
  leadCertificationCode: string;
  visibility: "ALL_VERIFIED" | "INVITED_ONLY";
  ndaKind: NdaKindValue;
  ndaRetentionDays: string;
  steps: StepValues[];
}

interface Props {
  initial: JobFormValues;
  attachments: AttachmentItem[];
  /** The buyer's own agreement PDF, when one is uploaded. */
  ndaDocument?: { fileName: string } | null;
  options: { processes: Option[]; materials: Option[]; municipalities: Option[]; certifications: Option[] };
}

const AUTOSAVE_DELAY_MS = 1200;

function toFormData(values: JobFormValues, extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) if (key !== "steps") data.set(key, String(value));
  data.set("steps", JSON.stringify(values.steps.map((s) => ({ ...s, materialCode: s.materialCode || undefined, toleranceUm: s.toleranceUm || undefined, sizeMm: s.sizeMm || undefined, quantity: s.quantity || undefined }))));
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

export function JobForm({ initial, attachments, ndaDocument = null, options }: Props) {
  const t = useTranslations("jobs.form");
  const [values, setValues] = useState(initial);
  const [confirmTight, setConfirmTight] = useState(false);
  const [draft, setDraft] = useState<{ state: "idle" | "saving" | "saved" | "failed"; at?: string }>({ state: "idle" });
  const [result, submit, submitting] = useActionState(
    async (_: ActionState<{ jobId: string; status: string }>, data: FormData) => submitJob(null, data),
    null,
  );
  const submissionKey = useOneTimeKey(result);
  const dirty = useRef(false);
  const router = useRouter();

  const set = <K extends keyof JobFormValues>(key: K, value: JobFormValues[K]) => {
    dirty.current = true;
    setValues((v) => ({ ...v, [key]: value }));
  };

  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(async () => {
      setDraft({ state: "saving" });
      const saved = await saveJobDraft(null, toFormData(values)).catch(() => null);
      if (saved?.ok) {
        setValues((v) => (v.jobId ? v : { ...v, jobId: saved.data.jobId }));
        setDraft({ state: "saved", at: new Date(saved.data.savedAt).toLocaleTimeString() });
      } else setDraft({ state: "failed" });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values]);

  useEffect(() => {
    if (result?.ok) router.push(`/jobs/${result.data.jobId}`);
  }, [result, router]);

  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // Shown before submitting: the same check the server makes (lib/jobs/feasibility.ts).
  const tightWarning = values.deadline !== "" && checkDeadline(values.deadline, values.steps.map((s) => s.processCode).filter(Boolean), new Date()).kind === "tight";
  const text = (name: keyof JobFormValues, label: ReactNode, props: { required?: boolean; type?: string; inputMode?: "numeric" | "text"; hint?: ReactNode; maxLength?: number } = {}) => (
    <Field label={label} name={name} required={props.required} error={errors[name]} hint={props.hint}>
      {(control) => <Input {...control} type={props.type ?? "text"} inputMode={props.inputMode} maxLength={props.maxLength} value={String(values[name])} onChange={(e) => set(name, e.target.value as never)} />}
    </Field>
  );
  const select = (name: keyof JobFormValues, label: ReactNode, choices: Option[], placeholder: string) => (
    <Field label={label} name={name} error={errors[name]}>
      {(control) => (
        <Select {...control} value={String(values[name])} onChange={(e) => set(name, e.target.value as never)}>
          <option value="">{placeholder}</option>
          {choices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <form onSubmit={submitWithoutReset(() => submit(toFormData(values, { confirmTightDeadline: confirmTight ? "true" : "false", jobId: values.jobId, submissionKey })))} className="flex flex-col gap-6" noValidate data-testid="job-form">
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="draft-status">
        {draft.state === "saving" ? t("saving") : draft.state === "saved" ? t("savedAt", { time: draft.at ?? "" }) : draft.state === "failed" ? t("saveFailed") : t("intro")}
      </p>
      <div aria-live="polite">{result && !result.ok && result.formError ? <Notice tone="error" data-testid="job-form-error">{result.formError}</Notice> : null}</div>

      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("basics")}</h2>
        {text("titleJa", t("titleJa"), { required: true, maxLength: 200 })}
        {text("titleEn", t("titleEn"), { maxLength: 200 })}
        <Field label={t("descriptionJa")} name="descriptionJa" error={errors.descriptionJa}>
          {(control) => <Textarea {...control} rows={4} value={values.descriptionJa} onChange={(e) => set("descriptionJa", e.target.value)} />}
        </Field>
        <Field label={t("descriptionEn")} name="descriptionEn" error={errors.descriptionEn}>
          {(control) => <Textarea {...control} rows={3} value={values.descriptionEn} onChange={(e) => set("descriptionEn", e.target.value)} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("partName", t("partName"), { maxLength: 200 })}
          {text("quantity", t("quantity"), { required: true, inputMode: "numeric" })}
        </div>
      </Card>

      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("route")}</h2>
        <p className="text-sm text-slate-600">{t("routeHelp")}</p>
        <StepsEditor steps={values.steps} onChange={(steps) => set("steps", steps)} processes={options.processes} materials={options.materials} errors={errors} />
      </Card>

      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("delivery")}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("deadline", t("deadline"), { required: true, type: "date" })}
          {text("answerBy", t("answerBy"), { type: "date" })}
        </div>
        {tightWarning ? (
          <label className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <input type="checkbox" className="mt-1 size-5" checked={confirmTight} onChange={(e) => setConfirmTight(e.target.checked)} data-testid="confirm-tight" />
            <span>{t("confirmTight")}</span>
          </label>
        ) : null}
        {text("deliveryPlace", t("deliveryPlace"), { maxLength: 300 })}
        {select("deliveryMunicipalityCode", t("deliveryArea"), options.municipalities, t("chooseArea"))}
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 font-bold">{t("budget")}</legend>
          {text("budgetMinYen", t("budgetMin"), { inputMode: "numeric" })}
          {text("budgetMaxYen", t("budgetMax"), { inputMode: "numeric" })}
        </fieldset>
      </Card>

      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("lead")}</h2>
        {select("leadCertificationCode", t("leadCertification"), options.certifications, t("noCertification"))}
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-bold">{t("visibility")}</legend>
          {(["ALL_VERIFIED", "INVITED_ONLY"] as const).map((v) => (
            <label key={v} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="visibility-choice" className="size-5" checked={values.visibility === v} onChange={() => set("visibility", v)} />
              <VisibilityLabel value={v} />
            </label>
          ))}
        </fieldset>
      </Card>

      <NdaChoice jobId={values.jobId} kind={values.ndaKind} retentionDays={values.ndaRetentionDays} document={ndaDocument} errors={errors} onKind={(kind) => set("ndaKind", kind)} onRetention={(days) => set("ndaRetentionDays", days)} />

      <JobAttachments jobId={values.jobId} initial={attachments} />

      <Button type="submit" size="lg" disabled={submitting} data-testid="job-submit">
        {submitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

function VisibilityLabel({ value }: { value: "ALL_VERIFIED" | "INVITED_ONLY" }) {
  const t = useTranslations("jobs.visibility");
  return <span>{t(value)}</span>;
}
