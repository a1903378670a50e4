"use client";
// Error boundary for every page under the root layout. It shows a generic message and the digest
// that matches the server log, never the error's message or stack.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.error");
  const common = useTranslations("common");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    // Leaves a trace in the browser console for support; the server already logged the details.
    console.warn("page error", digest ?? "");
  }, [digest]);

  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-xl py-10 text-center sm:py-16" data-testid="error-page">
      <h1 id="error-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      {digest ? <p className="mt-2 text-sm text-slate-500">{t("reference", { digest })}</p> : null}
      <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
        <Button onClick={() => retry()}>{common("tryAgain")}</Button>
        <ButtonLink href="/" variant="secondary">
          {common("backToHome")}
        </ButtonLink>
      </div>
    </section>
  );
}
