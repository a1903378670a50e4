"use client";
// Forms reached from e-mailed links or the sign-in page: reset request, new password, invitation.
import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { acceptInvitation } from "@/app/invite/actions";
import { requestPasswordReset, resetPassword } from "@/app/reset-password/actions";
import { FormResult, SubmitButton, TextField, useForm } from "./form-kit";

export function ResetRequestForm() {
  const t = useTranslations("auth.reset");
  const [state, action] = useForm(requestPasswordReset);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} />
      <TextField state={state} name="email" label={t("email")} type="email" required autoComplete="email" inputMode="email" />
      <SubmitButton>{t("requestSubmit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const [state, action] = useForm(resetPassword);
  if (state?.ok) {
    return (
      <div aria-live="polite">
        <p data-testid="reset-done">{state.message}</p>
        <Link href="/login" className="mt-4 inline-block font-bold text-brand-800 underline">{t("backToSignIn")}</Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField state={state} name="password" label={t("newPassword")} type="password" required autoComplete="new-password" maxLength={64} />
      <TextField state={state} name="passwordConfirm" label={t("confirmPassword")} type="password" required autoComplete="new-password" maxLength={64} />
      <SubmitButton>{t("setSubmit")}</SubmitButton>
    </form>
  );
}

export function AcceptInvitationForm({ token, name }: { token: string; name: string }) {
  const t = useTranslations("auth.invite");
  const [state, action] = useForm(acceptInvitation);
  if (state?.ok) {
    return (
      <div aria-live="polite">
        <p data-testid="invite-done">{state.message}</p>
        <Link href="/login" className="mt-4 inline-block font-bold text-brand-800 underline">{t("submit")}</Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormResult state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField state={state} name="name" label={t("name")} required defaultValue={name} autoComplete="name" maxLength={100} />
      <TextField state={state} name="password" label={t("password")} type="password" required autoComplete="new-password" maxLength={64} />
      <TextField state={state} name="passwordConfirm" label={t("confirmPassword")} type="password" required autoComplete="new-password" maxLength={64} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
