// The whole KPI report on one printable page for board meetings: every indicator with its target,
// progress and definition, the funnel, capability gaps and the breakdown. Print CSS keeps only the
// report (no site header, navigation or footer) and avoids splitting a section across pages.
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BreakdownTable, FunnelSection, GapsTable, OffersSection } from "@/components/kpi/dashboard-sections";
import { formatKpi } from "@/components/kpi/format";
import { PrintButton } from "@/components/kpi/print-button";
import { NotFoundError } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { kpiFiguresCache } from "@/lib/kpi/figures-cache";
import { loadKpiPage, type KpiPageData } from "@/lib/kpi/page-data";
import { clock } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpi"))("report") };
}

const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  body > header, body > footer, header[role="banner"], footer[role="contentinfo"], nav, .skip-link { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .break-inside-avoid { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

export default async function KpiReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("kpi.view");
  const t = await getTranslations("kpi");
  const locale = await getLocale();
  const format = await getFormatter();
  const today = clock.now();
  let data: KpiPageData;
  try {
    data = await loadKpiPage(await getDatabase(), viewer, await searchParams, today, kpiFiguresCache);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { dashboard, associations, query } = data;
  const isAssociation = dashboard.scope.associationId !== null;
  const association = associations.find((a) => a.id === dashboard.scope.associationId);
  const scopeName = association ? (locale === "en" ? association.nameEn : association.nameJa) : t("scopeFederation");
  const p = dashboard.range.period;
  const periodName = p.kind === "fy" ? t("fiscalYear", { year: p.fiscalYear }) : p.kind === "quarter" ? t("quarter", { year: p.fiscalYear, quarter: p.quarter }) : t("month", { year: p.year, month: p.month });

  return (
    <article className="flex flex-col gap-5 text-slate-900" data-testid="kpi-report">
      <style>{PRINT_CSS}</style>
      <header className="flex flex-col gap-2 border-b border-slate-300 pb-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <p className="text-sm font-bold text-brand-700">{scopeName}</p>
          <h1 className="text-2xl font-bold">{t("title")} — {periodName}</h1>
          <p className="text-sm text-slate-700">{t("asOf", { date: format.dateTime(today, { dateStyle: "long", timeZone: "Asia/Tokyo" }) })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <PrintButton label={t("print")} />
          <Link href={`/kpi?${query}`} className="font-bold text-brand-800 underline">{t("backToDashboard")}</Link>
        </div>
      </header>

      <section className="overflow-x-auto break-inside-avoid">
        <table className="w-full min-w-[36rem] text-sm" data-testid="kpi-report-table">
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className="py-1">{t("definition")}</th>
              <th scope="col" className="py-1 text-right">{t("value")}</th>
              <th scope="col" className="py-1 text-right">{isAssociation ? t("targetShare") : t("target")}</th>
              <th scope="col" className="py-1 text-right">%</th>
              {isAssociation ? <th scope="col" className="py-1 text-right">{t("federationAverage")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {dashboard.indicators.map((i) => (
              <tr key={i.code} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="font-bold">{t(`indicators.${i.code}.name`)}</span> <span className="text-xs text-slate-600">({t(`indicators.${i.code}.level`)})</span>
                  <span className="mt-1 block text-xs text-slate-700">{t(`indicators.${i.code}.definition`)}</span>
                </th>
                <td className="py-2 text-right font-bold tabular-nums">{formatKpi(i.value, i.unit, locale)}</td>
                <td className="py-2 text-right tabular-nums">{formatKpi(i.target, i.unit, locale)}</td>
                <td className="py-2 text-right tabular-nums">{i.progressPct === null ? "–" : `${i.progressPct}%`}</td>
                {isAssociation ? <td className="py-2 text-right tabular-nums">{formatKpi(i.federationAverage, i.unit, locale)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        <FunnelSection dashboard={dashboard} query={query} chart={false} />
        <OffersSection dashboard={dashboard} />
        <GapsTable gaps={dashboard.gaps} locale={locale} query={query} csv={false} />
      </div>
      {dashboard.breakdown ? <BreakdownTable breakdown={dashboard.breakdown} associations={associations} locale={locale} query={query} csv={false} /> : null}
    </article>
  );
}
