"use client";
import { useTranslations } from "next-intl";
import { inviteMember } from "@/app/firm/members/actions";
import { Notice } from "@/components/ui/notice";
import { FormResult, SelectField, SubmitButton, TextField, useForm } from "./form-kit";
import { OneTimeKeyField } from "./one-time-key";

export function InviteMemberForm() {
  const t = useTranslations("auth.members");
  const roles = useTranslations("auth.roles");
  const [state, action] = useForm(inviteMember);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <OneTimeKeyField state={state} />
      {state?.ok ? <Notice tone="success" live>{state.data.notice}</Notice> : <FormResult state={state} />}
      <TextField state={state} name="email" label={t("email")} type="email" required inputMode="email" />
      <TextField state={state} name="name" label={t("name")} required maxLength={100} />
      <SelectField state={state} name="role" label={t("role")} defaultValue="FIRM_MEMBER" options={[{ value: "FIRM_MEMBER", label: roles("FIRM_MEMBER") }, { value: "FIRM_ADMIN", label: roles("FIRM_ADMIN") }]} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}
