"use client";
// Take over the steps, or decline with an optional reason: two large buttons.
import { useTranslations } from "next-intl";
import { FormResult, SubmitButton, TextField, useForm } from "@/components/auth/form-kit";
import { answerSubstitute } from "@/app/outages/actions";

export function AnswerSubstitutionForm({ substitutionId, version }: { substitutionId: string; version: number }) {
  const t = useTranslations("outages.answer");
  const [accepted, accept] = useForm(answerSubstitute);
  const [declined, decline] = useForm(answerSubstitute);
  const notice = (accepted?.ok && accepted.data.notice) || (declined?.ok && declined.data.notice) || null;
  if (notice) return <p className="text-green-800" aria-live="polite" data-testid="substitution-answered">{notice}</p>;
  return (
    <div className="flex flex-col gap-4">
      <form action={accept} className="flex flex-col gap-2">
        <input type="hidden" name="substitutionId" value={substitutionId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="accept" />
        <input type="hidden" name="reason" value="" />
        <SubmitButton testId="substitution-accept">{t("accept")}</SubmitButton>
        <FormResult state={accepted} />
      </form>
      <form action={decline} className="flex flex-col gap-2">
        <input type="hidden" name="substitutionId" value={substitutionId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="decline" />
        <TextField state={declined} name="reason" label={t("reason")} maxLength={1000} />
        <SubmitButton variant="secondary" testId="substitution-decline">{t("decline")}</SubmitButton>
        <FormResult state={declined} />
      </form>
    </div>
  );
}
