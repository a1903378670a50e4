"use client";
// Create an API token: the whole token is shown here once, right after it is made.
import { useTranslations } from "next-intl";
import { FormResult, SubmitButton, TextField, useForm } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { createCapacityToken } from "@/app/firm/capacity/actions";

export function TokenForm() {
  const t = useTranslations("capacity.tokens");
  const [state, run] = useForm(createCapacityToken);
  const created = state?.ok ? state.data : null;
  return (
    <form action={run} className="flex flex-col gap-3">
      <OneTimeKeyField state={state} />
      <TextField state={state} name="name" label={t("name")} required maxLength={80} />
      <div><SubmitButton testId="token-create">{t("create")}</SubmitButton></div>
      {created ? (
        <div className="flex flex-col gap-1 rounded-md border border-amber-300 bg-amber-50 p-3" aria-live="polite">
          <p className="text-sm font-bold">{t("createdOnce")}</p>
          <code className="break-all text-sm" data-testid="token-value">{created.token}</code>
        </div>
      ) : <FormResult state={state} />}
    </form>
  );
}
