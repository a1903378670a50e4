"use client";
// E-mail + password (+ authenticator code when the account has two-factor sign-in) through
// next-auth's credentials provider. The server answers with an error code; we show its message.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

const noSubscription = () => () => undefined;

export function SignInForm({ next, ssoName }: { next: string; ssoName: string | null }) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively (a GET, with the password in
  // the URL): the button stays disabled until the handler is attached.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const data = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      code: String(data.get("code") ?? ""),
    }).catch(() => null);
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    const code = result?.error ?? "invalid";
    if (code === "totp_required") {
      setNeedsCode(true);
      setError(t("totpRequired"));
    } else if (code.startsWith("throttled")) {
      const seconds = Number(code.split(":")[1] ?? 900);
      setError(t("throttled", { minutes: Math.max(1, Math.ceil(seconds / 60)) }));
    } else if (code === "totp_invalid") {
      setNeedsCode(true);
      setError(t("totpInvalid"));
    } else {
      setError(t("invalid"));
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate data-testid="sign-in-form">
        <div aria-live="polite">{error ? <Notice tone="error" data-testid="sign-in-error">{error}</Notice> : null}</div>
        <Field label={t("email")} name="email" required>
          {(p) => <Input {...p} type="email" autoComplete="username" inputMode="email" />}
        </Field>
        <Field label={t("password")} name="password" required>
          {(p) => <Input {...p} type="password" autoComplete="current-password" />}
        </Field>
        {needsCode ? (
          <Field label={t("code")} name="code" hint={t("codeHelp")} required>
            {(p) => <Input {...p} autoComplete="one-time-code" inputMode="numeric" autoFocus maxLength={20} />}
          </Field>
        ) : null}
        <Button type="submit" disabled={pending || !hydrated} aria-disabled={pending || !hydrated} data-testid="sign-in-submit">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {ssoName ? (
        <>
          <p className="text-center text-sm text-slate-600">{t("or")}</p>
          <Button variant="secondary" onClick={() => void signIn("oidc", { callbackUrl: next })}>
            {t("sso", { name: ssoName })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
