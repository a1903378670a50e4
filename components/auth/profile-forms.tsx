"use client";
// The own account: name and language, password, and two-factor sign-in enrolment.
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { changePassword, disableTwoFactor, enableTwoFactor, regenerateRecoveryCodes, startTwoFactor, updateProfile } from "@/app/profile/actions";
import { Notice } from "@/components/ui/notice";
import { FormResult, SelectField, SubmitButton, TextField, useForm } from "./form-kit";

export function ProfileDetailsForm({ name, locale }: { name: string; locale: "ja" | "en" }) {
  const t = useTranslations("auth.profile");
  const [state, action] = useForm(updateProfile);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} />
      <TextField state={state} name="name" label={t("name")} required defaultValue={name} autoComplete="name" maxLength={100} />
      <SelectField state={state} name="locale" label={t("locale")} defaultValue={locale} options={[{ value: "ja", label: t("ja") }, { value: "en", label: t("en") }]} />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("auth.profile");
  const [state, action] = useForm(changePassword);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} testId="password-result" />
      <TextField state={state} name="currentPassword" label={t("currentPassword")} type="password" required autoComplete="current-password" />
      <TextField state={state} name="password" label={t("newPassword")} type="password" required autoComplete="new-password" maxLength={64} />
      <TextField state={state} name="passwordConfirm" label={t("confirmPassword")} type="password" required autoComplete="new-password" maxLength={64} />
      <SubmitButton>{t("changePassword")}</SubmitButton>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("auth.profile");
  return (
    <Notice tone="warning" title={t("recoveryTitle")}>
      <p>{t("recoveryHelp")}</p>
      <ul className="mt-2 grid grid-cols-2 gap-1 font-mono" data-testid="recovery-codes">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ul>
    </Notice>
  );
}

export function TwoFactorEnrolment({ pending }: { pending: { qrDataUrl: string; manualKey: string } | null }) {
  const t = useTranslations("auth.profile");
  const [started, start] = useForm(startTwoFactor);
  const [confirmed, confirm] = useForm(enableTwoFactor);
  if (confirmed?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="success" live>{confirmed.message}</Notice>
        <RecoveryCodes codes={confirmed.data.recoveryCodes} />
        <Link href="/start" className="self-start font-bold text-brand-800 underline" data-testid="2fa-continue">
          {t("continue")}
        </Link>
      </div>
    );
  }
  const enrolment = started?.ok ? started.data : pending;
  if (!enrolment) {
    return (
      <form action={start} className="flex flex-col gap-3">
        <FormResult state={started} />
        <SubmitButton testId="2fa-start">{t("twoFactorStart")}</SubmitButton>
      </form>
    );
  }
  return (
    <form action={confirm} className="flex flex-col gap-4" noValidate>
      <p>{t("scanQr")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={enrolment.qrDataUrl} alt={t("qrAlt")} width={220} height={220} className="self-start rounded border" />
      <p className="text-sm">
        {t("manualKey")} <code className="break-all font-mono" data-testid="2fa-key">{enrolment.manualKey}</code>
      </p>
      <FormResult state={confirmed} />
      <TextField state={confirmed} name="code" label={t("confirmCode")} required inputMode="numeric" autoComplete="one-time-code" maxLength={20} />
      <SubmitButton testId="2fa-enable">{t("enable")}</SubmitButton>
    </form>
  );
}

export function TwoFactorManage({ canDisable }: { canDisable: boolean }) {
  const t = useTranslations("auth.profile");
  const [codes, regenerate] = useForm(regenerateRecoveryCodes);
  const [disabled, disable] = useForm(disableTwoFactor);
  return (
    <div className="flex flex-col gap-6">
      <form action={regenerate} className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">{t("regenerateHelp")}</p>
        <SubmitButton variant="secondary">{t("regenerate")}</SubmitButton>
        {codes?.ok ? <RecoveryCodes codes={codes.data.recoveryCodes} /> : <FormResult state={codes} />}
      </form>
      {canDisable ? (
        <form action={disable} className="flex flex-col gap-4" noValidate>
          <FormResult state={disabled} />
          <TextField state={disabled} name="currentPassword" label={t("currentPassword")} type="password" required autoComplete="current-password" />
          <TextField state={disabled} name="code" label={t("confirmCode")} required inputMode="numeric" autoComplete="one-time-code" maxLength={20} />
          <SubmitButton variant="danger">{t("disable")}</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
