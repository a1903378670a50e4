"use client";
// Registration forms: a member firm with its first administrator, or a buyer organisation.
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { registerBuyer, registerFirm } from "@/app/register/actions";
import { Card } from "@/components/ui/card";
import { FormResult, SelectField, SubmitButton, TextField, useForm } from "./form-kit";

type Option = { value: string; label: string };

function PersonFields({ state }: { state: Parameters<typeof TextField>[0]["state"] }) {
  const t = useTranslations("auth.register");
  return (
    <>
      <TextField state={state} name="name" label={t("name")} required autoComplete="name" maxLength={100} />
      <TextField state={state} name="email" label={t("email")} type="email" required autoComplete="email" inputMode="email" />
      <TextField state={state} name="password" label={t("password")} type="password" hint={t("passwordHelp")} required autoComplete="new-password" maxLength={64} />
      <TextField state={state} name="passwordConfirm" label={t("passwordConfirm")} type="password" required autoComplete="new-password" maxLength={64} />
    </>
  );
}

function Done({ message }: { message?: string }) {
  const t = useTranslations("auth.signIn");
  return (
    <Card>
      <p data-testid="register-done" aria-live="polite">{message}</p>
      <Link href="/login" className="mt-4 inline-block font-bold text-brand-800 underline">{t("title")}</Link>
    </Card>
  );
}

export function RegisterFirmForm({ associations, municipalities }: { associations: Option[]; municipalities: Option[] }) {
  const t = useTranslations("auth.register");
  const [state, action] = useForm(registerFirm);
  if (state?.ok) return <Done message={state.message} />;
  return (
    <form action={action} className="flex flex-col gap-6" noValidate data-testid="register-firm-form">
      <FormResult state={state} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("firmSection")}</h2>
        <TextField state={state} name="firmName" label={t("firmName")} required autoComplete="organization" maxLength={100} />
        <TextField state={state} name="firmNameKana" label={t("firmNameKana")} maxLength={100} />
        <TextField state={state} name="corporateNumber" label={t("corporateNumber")} inputMode="numeric" maxLength={20} />
        <SelectField state={state} name="associationId" label={t("association")} placeholder={t("chooseAssociation")} options={associations} required />
        <SelectField state={state} name="municipalityCode" label={t("municipality")} placeholder={t("chooseMunicipality")} options={municipalities} required />
        <TextField state={state} name="address" label={t("address")} required autoComplete="street-address" maxLength={200} />
        <TextField state={state} name="employees" label={t("employees")} inputMode="numeric" required maxLength={7} />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("personSection")}</h2>
        <PersonFields state={state} />
      </Card>
      <SubmitButton pendingLabel={t("submitting")} testId="register-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

export function RegisterBuyerForm({ industries }: { industries: Option[] }) {
  const t = useTranslations("auth.register");
  const [state, action] = useForm(registerBuyer);
  if (state?.ok) return <Done message={state.message} />;
  return (
    <form action={action} className="flex flex-col gap-6" noValidate data-testid="register-buyer-form">
      <FormResult state={state} />
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("organisationSection")}</h2>
        <TextField state={state} name="organisationName" label={t("buyerName")} required autoComplete="organization" maxLength={100} />
        <SelectField state={state} name="industry" label={t("industry")} placeholder={t("chooseIndustry")} options={industries} required />
      </Card>
      <Card className="flex flex-col gap-4">
        <h2 className="text-lg font-bold">{t("personSection")}</h2>
        <PersonFields state={state} />
      </Card>
      <SubmitButton pendingLabel={t("submitting")} testId="register-submit">{t("submit")}</SubmitButton>
    </form>
  );
}
