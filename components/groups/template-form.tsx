"use client";
// Editing the agreement template: both languages side by side on a desk, stacked on a phone.
import { useTranslations } from "next-intl";
import { saveAgreementTemplate } from "@/app/admin/agreement-template/actions";
import { errorOf, FormResult, SubmitButton, useForm, valueOf } from "@/components/auth/form-kit";
import { Field, Textarea } from "@/components/ui/field";

export function TemplateForm({ version, bodyJa, bodyEn }: { version: number; bodyJa: string; bodyEn: string }) {
  const t = useTranslations("groups.template");
  const [state, action] = useForm(saveAgreementTemplate);
  // After a save the page shows the new version; keep what was typed only when the save failed.
  const typed = (name: string, stored: string) => (state && !state.ok ? valueOf(state, name, stored) : stored);
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="template-form">
      <input type="hidden" name="baseVersion" value={version} />
      <FormResult state={state} testId="template" />
      <div className="grid gap-4 lg:grid-cols-2">
        {(["bodyJa", "bodyEn"] as const).map((name) => (
          <Field key={name} label={t(name)} name={name} error={errorOf(state, name)} hint={t("hint")}>
            {(control) => <Textarea {...control} rows={24} maxLength={50_000} defaultValue={typed(name, name === "bodyJa" ? bodyJa : bodyEn)} key={`${version}-${typed(name, "")}`} />}
          </Field>
        ))}
      </div>
      <SubmitButton testId="template-save">{t("save", { version: version + 1 })}</SubmitButton>
    </form>
  );
}
