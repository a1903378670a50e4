import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { StartList } from "@/components/start/start-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/authz/guard";
import { clock } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { loadStartPage } from "@/lib/start/start-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("start"))("title") };
}

/** Each signed-in user's own start page: what needs them now, most urgent first (lib/start). */
export default async function StartPage() {
  const viewer = await requirePermission("start.view");
  const now = clock.now();
  const page = await loadStartPage(await getDatabase(), viewer, now);
  const t = await getTranslations("start");
  const format = await getFormatter();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} eyebrow={t("greeting", { name: viewer.name })} description={page.twoFactorPending ? undefined : t(`intro.${viewer.role}`)} />
      {page.twoFactorPending ? (
        <Notice tone="warning" title={t("twoFactor.title")} data-testid="start-2fa">
          <p>{t("twoFactor.body")}</p>
          <ButtonLink href="/profile/security" className="mt-3" data-testid="start-2fa-enrol">{t("twoFactor.button")}</ButtonLink>
        </Notice>
      ) : null}
      {page.headline ? (
        <Card data-testid="start-kpi">
          <h2 className="font-bold">{t("kpi.title", { year: page.headline.fiscalYear })}</h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-700">{t("kpi.orderValue")}</dt>
            <dd className="font-bold">{t("kpi.ofTargetYen", { value: format.number(page.headline.orderValueYen), target: format.number(page.headline.orderValueTargetYen) })}</dd>
            <dt className="text-slate-700">{t("kpi.participating")}</dt>
            <dd className="font-bold">{t("kpi.ofTargetFirms", { value: page.headline.participatingFirms, target: page.headline.participatingFirmsTarget })}</dd>
          </dl>
          <Link href="/kpi" className="mt-2 inline-flex min-h-11 items-center font-bold text-brand-800 underline">{t("kpi.open")}</Link>
        </Card>
      ) : null}
      {!page.twoFactorPending ? (
        page.items.length > 0 ? (
          <section aria-labelledby="start-now">
            <h2 id="start-now" className="mb-3 text-lg font-bold">{t("now", { count: page.items.length })}</h2>
            <StartList items={page.items} now={now} />
          </section>
        ) : (
          <p data-testid="start-empty">{t("empty")}</p>
        )
      ) : null}
    </div>
  );
}
