"use client";
// Administration forms: create a staff account, add/edit an association, installation settings.
import { useTranslations } from "next-intl";
import { createStaff, saveAssociation, saveSettings } from "@/app/admin/actions";
import { FormResult, SelectField, SubmitButton, TextField, useForm, valueOf } from "@/components/auth/form-kit";
import { OneTimeKeyField } from "@/components/auth/one-time-key";
import { Notice } from "@/components/ui/notice";

type Option = { value: string; label: string };

export function CreateStaffForm({ associations }: { associations: Option[] }) {
  const t = useTranslations("admin");
  const members = useTranslations("auth.members");
  const roles = useTranslations("auth.roles");
  const [state, action] = useForm(createStaff);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <OneTimeKeyField state={state} />
      {state?.ok ? <Notice tone="success" live>{state.data.notice}</Notice> : <FormResult state={state} />}
      <TextField state={state} name="email" label={members("email")} type="email" required inputMode="email" />
      <TextField state={state} name="name" label={members("name")} required maxLength={100} />
      <SelectField state={state} name="role" label={t("staffRole")} defaultValue="ASSOCIATION_STAFF" options={[{ value: "ASSOCIATION_STAFF", label: roles("ASSOCIATION_STAFF") }, { value: "FEDERATION_STAFF", label: roles("FEDERATION_STAFF") }]} />
      <SelectField state={state} name="associationId" label={t("association")} placeholder={t("noAssociation")} options={associations} />
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}

export function AssociationForm({ initial }: { initial?: { id: string; code: string; nameJa: string; nameEn: string; isCooperative: boolean } }) {
  const t = useTranslations("admin");
  const [state, action] = useForm(saveAssociation);
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-2" noValidate>
      <OneTimeKeyField state={state} />
      <div className="sm:col-span-2"><FormResult state={state} /></div>
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField state={state} name="code" label={t("code")} required defaultValue={initial?.code} maxLength={40} />
      <TextField state={state} name="nameJa" label={t("nameJa")} required defaultValue={initial?.nameJa} maxLength={100} />
      <TextField state={state} name="nameEn" label={t("nameEn")} required defaultValue={initial?.nameEn} maxLength={100} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="isCooperative" defaultChecked={state && !state.ok ? valueOf(state, "isCooperative") === "on" : initial?.isCooperative} className="size-5" />
        {t("cooperative")}
      </label>
      <div className="sm:col-span-2"><SubmitButton>{initial ? t("save") : t("add")}</SubmitButton></div>
    </form>
  );
}

export function SettingsForm({ initial }: { initial: { firstJobReview: boolean; federationApprovalOnly: boolean; maintenanceNotice: string } }) {
  const t = useTranslations("admin");
  const [state, action] = useForm(saveSettings);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="firstJobReview" defaultChecked={initial.firstJobReview} className="size-5" />
        {t("firstJobReview")}
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="federationApprovalOnly" defaultChecked={initial.federationApprovalOnly} className="size-5" />
        {t("federationApprovalOnly")}
      </label>
      <TextField state={state} name="maintenanceNotice" label={t("maintenanceNotice")} defaultValue={initial.maintenanceNotice} maxLength={500} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
