"use client";
// "Nothing changed": records that the profile is still true, resetting the six-month reminder.
import { useTranslations } from "next-intl";
import { confirmFirmProfile } from "@/app/firm/profile/actions";
import { FormResult, SubmitButton, useForm } from "@/components/auth/form-kit";

export function ConfirmProfileButton() {
  const t = useTranslations("firmProfile");
  const [state, action] = useForm(confirmFirmProfile);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="profile-confirm-form">
      <div><SubmitButton variant="secondary" testId="profile-confirm">{t("confirm")}</SubmitButton></div>
      <FormResult state={state} testId="profile-confirm" />
    </form>
  );
}
