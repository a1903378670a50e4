import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default function NotFound() {
  const t = useTranslations("errors.notFound");
  const common = useTranslations("common");
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-10 text-center sm:py-16" data-testid="not-found">
      <p className="text-5xl font-bold text-brand-200" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-title" className="mt-4 text-2xl font-bold text-slate-900">
        {t("title")}
      </h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <ButtonLink href="/" className="mt-8">
        {common("backToHome")}
      </ButtonLink>
    </section>
  );
}
