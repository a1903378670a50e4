"use client";
// Editing a versioned agreement template (the joint-order agreement, or with `save` and `hint` given,
// the standard confidentiality agreement): both languages side by side on a desk, stacked on a phone.
import { useTranslations } from "next-intl";
import { saveAgreementTemplate } from "@/app/admin/agreement-template/actions";
import { errorOf, FormResult, SubmitButton, useForm, valueOf, type FormAction } from "@/components/auth/form-kit";
import { Field, Textarea } from "@/components/ui/field";

export function TemplateForm<T>({ version, bodyJa, bodyEn, save, hint }: { version: number; bodyJa: string; bodyEn: string; save?: FormAction<T>; hint?: string }) {
  const t = useTranslations("groups.template");
  const [state, action] = useForm<unknown>((save ?? saveAgreementTemplate) as FormAction<unknown>);
  // After a save the page shows the new version; keep what was typed only when the save failed.
  const typed = (name: string, stored: string) => (state && !state.ok ? valueOf(state, name, stored) : stored);
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="template-form">
      <input type="hidden" name="baseVersion" value={version} />
      <FormResult state={state} testId="template" />
      <div className="grid gap-4 lg:grid-cols-2">
        {(["bodyJa", "bodyEn"] as const).map((name) => (
          <Field key={name} label={t(name)} name={name} error={errorOf(state, name)} hint={hint ?? t("hint")}>
            {(control) => <Textarea key={`${version}-${typed(name, "")}`} {...control} rows={24} maxLength={50_000} defaultValue={typed(name, name === "bodyJa" ? bodyJa : bodyEn)} />}
          </Field>
        ))}
      </div>
      <SubmitButton testId="template-save">{t("save", { version: version + 1 })}</SubmitButton>
    </form>
  );
}
