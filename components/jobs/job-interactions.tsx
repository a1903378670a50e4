"use client";
// The forms on a job's page: a firm raises its hand or asks; the buyer answers.
import { useTranslations } from "next-intl";
import { answerQuestion, askQuestion, raiseHand } from "@/app/jobs/actions";
import { FormResult, SubmitButton, TextField, useForm } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Field, Textarea } from "@/components/ui/field";
import { valueOf, errorOf } from "@/components/auth/form-kit";

export function RaiseHandForm({ jobId, steps }: { jobId: string; steps: { id: string; label: string; canDo: boolean; raised: boolean }[] }) {
  const t = useTranslations("jobs.detail");
  const [state, action] = useForm(raiseHand);
  return (
    <form action={action} className="flex flex-col gap-3" data-testid="raise-hand-form">
      <input type="hidden" name="jobId" value={jobId} />
      <p className="text-sm text-slate-700">{t("raiseHandHelp")}</p>
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">{t("steps")}</legend>
        {steps.map((s) => (
          <label key={s.id} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="stepIds" value={s.id} defaultChecked={s.raised || (s.canDo && !steps.some((x) => x.raised))} className="size-5" />
            <span>{s.label}</span>
          </label>
        ))}
      </fieldset>
      {errorOf(state, "stepIds") ? <p className="text-sm font-bold text-red-700">{errorOf(state, "stepIds")}</p> : null}
      <TextField state={state} name="note" label={t("raiseNote")} maxLength={1000} />
      <FormResult state={state} testId="raise-hand" />
      <SubmitButton testId="raise-hand-submit">{t("raiseHand")}</SubmitButton>
    </form>
  );
}

export function AskForm({ jobId }: { jobId: string }) {
  const t = useTranslations("jobs.detail");
  const [state, action] = useForm(askQuestion);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="ask-form">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="jobId" value={jobId} />
      <Field label={t("question")} name="question" required error={errorOf(state, "question")}>
        {(control) => <Textarea key={state?.ok ? "sent" : valueOf(state, "question")} {...control} rows={3} maxLength={2000} defaultValue={state?.ok ? "" : valueOf(state, "question")} />}
      </Field>
      <FormResult state={state} testId="ask" />
      <SubmitButton testId="ask-submit">{t("ask")}</SubmitButton>
    </form>
  );
}

export function AnswerForm({ questionId }: { questionId: string }) {
  const t = useTranslations("jobs.detail");
  const [state, action] = useForm(answerQuestion);
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <OneTimeKeyField state={state} />
      <input type="hidden" name="questionId" value={questionId} />
      <Field label={t("answer")} name="answer" required error={errorOf(state, "answer")}>
        {(control) => <Textarea key={valueOf(state, "answer")} {...control} rows={2} maxLength={4000} defaultValue={valueOf(state, "answer")} />}
      </Field>
      <FormResult state={state} testId="answer" />
      <SubmitButton variant="secondary" testId="answer-submit">{t("send")}</SubmitButton>
    </form>
  );
}
