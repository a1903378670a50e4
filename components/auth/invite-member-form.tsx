"use client";
import { useTranslations } from "next-intl";
import { inviteMember } from "@/app/firm/members/actions";
import { Notice } from "@/components/ui/notice";
import { FormResult, SelectField, SubmitButton, TextField, useForm } from "./form-kit";
import { OneTimeKeyField } from "./one-time-key";

export function InviteMemberForm() {
  const t = useTranslations("auth");
  const [state, action] = useForm(inviteMember);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <OneTimeKeyField state={state} />
      {state?.ok ? <Notice tone="success" live>{state.data.notice}</Notice> : <FormResult state={state} />}
      <TextField state={state} name="email" label={t("members.email")} type="email" required inputMode="email" />
      <TextField state={state} name="name" label={t("members.name")} required maxLength={100} />
      <SelectField state={state} name="role" label={t("members.role")} defaultValue="FIRM_MEMBER" options={[{ value: "FIRM_MEMBER", label: t("roles.FIRM_MEMBER") }, { value: "FIRM_ADMIN", label: t("roles.FIRM_ADMIN") }]} />
      <SubmitButton>{t("members.invite")}</SubmitButton>
    </form>
  );
}
