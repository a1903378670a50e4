"use client";
// A firm admin accepts a confidential job's agreement for the firm: one explicit tick, then submit.
import { useTranslations } from "next-intl";
import { acceptJobNda } from "@/app/jobs/drawing-actions";
import { errorOf, FormResult, SubmitButton, useForm } from "@/components/auth/form-kit";

export function AcceptNdaForm({ jobId, firmName }: { jobId: string; firmName: string }) {
  const t = useTranslations("drawings.nda");
  const [state, action] = useForm(acceptJobNda);
  const error = errorOf(state, "agree");
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="nda-accept-form">
      <input type="hidden" name="jobId" value={jobId} />
      <label className="flex items-start gap-3 rounded-md border border-slate-300 p-3">
        <input type="checkbox" name="agree" className="mt-1 size-6 shrink-0" aria-describedby={error ? "agree-error" : undefined} data-testid="nda-agree" />
        <span>{t("agreeLabel", { firm: firmName })}</span>
      </label>
      {error ? <p id="agree-error" className="text-sm font-bold text-red-700">{error}</p> : null}
      <FormResult state={state} testId="nda-accept" />
      <SubmitButton testId="nda-accept-submit">{t("agree")}</SubmitButton>
    </form>
  );
}
