import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OfferComparisonColumns } from "@/components/quotes/offer-comparison";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz/errors";
import { requirePermission } from "@/lib/authz/guard";
import { clock } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { compareOffers } from "@/lib/quotes/comparison";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotes.compare"))("title") };
}

async function OffersPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("offer.compare");
  const { id } = await params;
  const comparison = await compareOffers(await getDatabase(), viewer, id, clock.now()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("quotes.compare");
  const locale = (await getLocale()) === "en" ? "en" : "ja";
  const { job } = comparison;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader eyebrow={<Link href={`/jobs/${job.id}`} className="underline">{(locale === "en" && job.titleEn) || job.titleJa}</Link>} title={t("title")} description={t("description")} />
      {comparison.columns.length === 0 ? <Notice tone="info">{t("none")}</Notice> : <OfferComparisonColumns comparison={comparison} locale={locale} canDecide={viewer.buyerOrgId === job.buyerOrgId} />}
    </div>
  );
}

export default withClientMessages(["common", "quotes"], OffersPage);
