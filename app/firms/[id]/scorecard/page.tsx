import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GradeBadge } from "@/components/quality/grade-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { firmScorecard, visibleRatings } from "@/lib/quality/scorecard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quality.scorecard"))("title") };
}

export default async function ScorecardPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("scorecard.view");
  const { id } = await params;
  const db = await getDatabase();
  const { firm, months } = await firmScorecard(db, viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("quality.scorecard");
  const locale = await getLocale();
  const format = await getFormatter();
  const dash = "—";
  const num = (n: number | null, digits = 1) => (n === null ? dash : format.number(n, { maximumFractionDigits: digits }));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader eyebrow={<Link href={`/firms/${firm.id}`} className="underline">{(locale === "en" && firm.nameEn) || firm.nameJa}</Link>} title={t("title")} description={t("help")} />
      <Card data-testid="scorecard">
        <ol className="flex flex-col divide-y divide-slate-200">
          {[...months].reverse().map((m) => {
            const ratings = visibleRatings(m);
            return (
              <li key={m.month} className="grid grid-cols-[4.5rem_2.5rem_minmax(0,1fr)] items-start gap-2 py-2 text-sm" data-testid={`scorecard-${m.month}`}>
                <span className="font-bold">{m.month}</span>
                <GradeBadge grade={m.grade} testId="grade" />
                <span className="flex flex-col gap-0.5">
                  <span>{t("onTime", { value: num(m.onTimePct), done: m.stepsDone })}</span>
                  <span>{t("ppm", { value: num(m.ppm, 0), units: m.unitsInspected })}</span>
                  <span>{t("nc", { raised: m.ncRaised, median: num(m.medianCloseDays) })}</span>
                  <span>{ratings ? t("ratings", { delivery: num(ratings.delivery), quality: num(ratings.quality), communication: num(ratings.communication), price: num(ratings.price), count: ratings.count }) : t("fewRatings")}</span>
                </span>
              </li>
            );
          })}
        </ol>
        <p className="mt-3 text-xs text-slate-600">{t("formula")}</p>
      </Card>
    </div>
  );
}
