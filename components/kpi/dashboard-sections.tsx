// The dashboard's parts, rendered on the server: indicator cards (with the client chart), the
// funnel, capability gaps and the breakdown table. Each chart links to its CSV.
import { formatYen } from "@/lib/money/yen";
import { getTranslations } from "next-intl/server";
import { processName } from "@/components/matching/taxonomy-names";
import { Card } from "@/components/ui/card";
import type { AssociationName } from "@/lib/kpi/associations";
import type { BreakdownRow } from "@/lib/kpi/breakdown";
import type { IndicatorSummary, KpiDashboard } from "@/lib/kpi/dashboard";
import type { CapabilityGap } from "@/lib/kpi/gaps";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { formatKpi } from "./format";
import { FunnelChart } from "./funnel-chart";
import { KpiChart } from "./kpi-chart";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function CsvLink({ chart, query, label }: { chart: string; query: string; label: string }) {
  return (
    <a href={`/api/kpi/${chart}?${query}`} className="text-sm font-bold text-brand-800 underline print:hidden" data-testid={`csv-${chart}`} download>
      {label}
    </a>
  );
}

export async function IndicatorCard({ indicator, locale, query, isAssociation, setByStaff, chart = true }: {
  indicator: IndicatorSummary;
  locale: string;
  query: string;
  isAssociation: boolean;
  setByStaff: boolean;
  chart?: boolean;
}) {
  const t = await getTranslations("kpi");
  const name = t(`indicators.${indicator.code}.name`);
  const progress = indicator.progressPct === null ? null : Math.max(0, Math.min(100, indicator.progressPct));
  return (
    <Card as="article" className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid={`kpi-${indicator.code}`}>
      <header>
        <p className="text-xs font-bold text-brand-700">{t(`indicators.${indicator.code}.level`)}</p>
        <h2 className="text-lg font-bold text-slate-900">{name}</h2>
      </header>
      <dl className="grid grid-cols-2 gap-2">
        <div>
          <dt className="text-xs text-slate-600">{t("value")}</dt>
          <dd className="text-2xl font-bold text-slate-900" data-testid="kpi-value">{indicator.value === null ? t("noData") : formatKpi(indicator.value, indicator.unit, locale)}</dd>
          {indicator.firms !== null ? <dd className="text-xs text-slate-600">{t("overFirms", { count: indicator.firms })}</dd> : null}
        </div>
        <div>
          <dt className="text-xs text-slate-600">{isAssociation && indicator.kind !== "rate" ? t("targetShare") : t("target")}</dt>
          <dd className="text-lg font-bold text-slate-800" data-testid="kpi-target">{formatKpi(indicator.target, indicator.unit, locale)}</dd>
          <dd className="text-xs text-slate-600">{setByStaff ? t("targetSetByStaff") : t("targetFromPaper")}</dd>
        </div>
        {isAssociation ? (
          <div className="col-span-2">
            <dt className="text-xs text-slate-600">{indicator.kind === "rate" ? t("federationRate") : t("federationAverage")}</dt>
            <dd className="font-bold text-slate-800" data-testid="kpi-federation-average">{formatKpi(indicator.federationAverage, indicator.unit, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {progress !== null ? (
        <div>
          <div className="h-2 w-full rounded bg-slate-200" role="progressbar" aria-valuenow={Math.round(progress)} aria-valuemin={0} aria-valuemax={100} aria-label={name}>
            <div className={`h-2 rounded ${progress >= 100 ? "bg-green-700" : "bg-brand-700"}`} style={{ width: `${progress}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-700">{t("progress", { pct: indicator.progressPct ?? 0 })}</p>
        </div>
      ) : null}
      {chart ? <KpiChart points={indicator.series} unit={indicator.unit} locale={locale} label={t("chartLabel", { name })} valueName={t("seriesValue")} targetName={t("seriesTarget")} /> : null}
      <details className="text-sm text-slate-700" open={!chart}>
        <summary className="cursor-pointer font-bold">{t("definition")}</summary>
        <p className="mt-1">{t(`indicators.${indicator.code}.definition`)}</p>
      </details>
      {chart ? <CsvLink chart={indicator.code} query={query} label={t("csv")} /> : null}
    </Card>
  );
}

export async function FunnelSection({ dashboard, query, chart = true }: { dashboard: KpiDashboard; query: string; chart?: boolean }) {
  const t = await getTranslations("kpi.funnel");
  const steps = dashboard.funnel.map((s) => ({ stage: s.stage, label: t(`stage.${s.stage}`), jobs: s.jobs }));
  return (
    <Card className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid="kpi-funnel">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {chart ? <FunnelChart steps={steps} label={t("title")} jobsName={t("jobs")} /> : null}
      <table className="w-full text-sm">
        <tbody>
          {steps.map((s) => (
            <tr key={s.stage} className="border-t border-slate-200">
              <th scope="row" className="py-1 text-left font-normal">{s.label}</th>
              <td className="py-1 text-right font-bold tabular-nums">{s.jobs.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart ? <CsvLink chart="funnel" query={query} label={(await getTranslations("kpi"))("csv")} /> : null}
    </Card>
  );
}

export async function GapsTable({ gaps, locale, query, csv = true }: { gaps: readonly CapabilityGap[]; locale: string; query: string; csv?: boolean }) {
  const t = await getTranslations("kpi.gaps");
  return (
    <Card className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid="kpi-gaps">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {gaps.length === 0 ? <p>{t("none")}</p> : (
        <ScrollRegion label={t("title")}>
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1">{t("process")}</th>
                <th scope="col" className="py-1 text-right">{t("jobs")}</th>
                <th scope="col" className="py-1 text-right">{t("capableFirms")}</th>
                <th scope="col" className="py-1 text-right">{t("jobsPerFirm")}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.processCode} className="border-t border-slate-200">
                  <th scope="row" className="py-1 text-left font-normal">{processName(g.processCode, locale)}</th>
                  <td className="py-1 text-right tabular-nums">{g.jobs.toLocaleString()}</td>
                  <td className="py-1 text-right tabular-nums">{g.capableFirms.toLocaleString()}</td>
                  <td className="py-1 text-right font-bold tabular-nums">{g.jobsPerFirm}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {csv ? <CsvLink chart="gaps" query={query} label={(await getTranslations("kpi"))("csv")} /> : null}
    </Card>
  );
}

export async function BreakdownTable({ breakdown, associations, locale, query, csv = true }: {
  breakdown: { dimension: string; rows: readonly BreakdownRow[] };
  associations: readonly AssociationName[];
  locale: string;
  query: string;
  csv?: boolean;
}) {
  const t = await getTranslations("kpi");
  const label = (key: string) => {
    if (breakdown.dimension === "association") {
      const a = associations.find((x) => x.id === key);
      return a ? (locale === "en" ? a.nameEn : a.nameJa) : key;
    }
    if (breakdown.dimension === "municipality") {
      const m = MUNICIPALITY_BY_CODE.get(key);
      return m ? (locale === "en" ? m.nameEn : m.nameJa) : key;
    }
    if (breakdown.dimension === "process") return processName(key, locale);
    return t.has(`industry.${key}`) ? t(`industry.${key}`) : key;
  };
  const cell = (v: number | null, unit: "yen" | "count") => (v === null ? t("breakdown.notApplicable") : formatKpi(v, unit, locale));
  return (
    <Card className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid="kpi-breakdown">
      <h2 className="text-lg font-bold">{t("breakdown.title")}: {t(`breakdown.dimension.${breakdown.dimension}`)}</h2>
      {breakdown.dimension === "process" ? <p className="text-sm text-slate-700">{t("breakdown.processNote")}</p> : null}
      {breakdown.rows.length === 0 ? <p>{t("breakdown.none")}</p> : (
        <ScrollRegion label={t("breakdown.title")}>
          <table className="w-full min-w-[32rem] text-sm">
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1">{t("breakdown.key")}</th>
                <th scope="col" className="py-1 text-right">{t("breakdown.orderValueYen")}</th>
                <th scope="col" className="py-1 text-right">{t("breakdown.groupsFormed")}</th>
                <th scope="col" className="py-1 text-right">{t("breakdown.participatingFirms")}</th>
                <th scope="col" className="py-1 text-right">{t("breakdown.activeFirms")}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.rows.map((r) => (
                <tr key={r.key} className="border-t border-slate-200">
                  <th scope="row" className="py-1 text-left font-normal">{label(r.key)}</th>
                  <td className="py-1 text-right tabular-nums">{cell(r.orderValueYen, "yen")}</td>
                  <td className="py-1 text-right tabular-nums">{cell(r.groupsFormed, "count")}</td>
                  <td className="py-1 text-right tabular-nums">{cell(r.participatingFirms, "count")}</td>
                  <td className="py-1 text-right tabular-nums">{cell(r.activeFirms, "count")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {csv ? <CsvLink chart="breakdown" query={query} label={t("csv")} /> : null}
    </Card>
  );
}

/** Why offers lose, how fast the first offer comes, how many offers a job gets — from the offers. */
export async function OffersSection({ dashboard }: { dashboard: KpiDashboard }) {
  const t = await getTranslations("kpi.offers");
  const tq = await getTranslations("quotes.reasons");
  const { offers } = dashboard;
  const lost = offers.lossReasons.reduce((s, r) => s + r.offers, 0);
  return (
    <Card className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid="kpi-offers">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <dt>{t("medianDays")}</dt>
        <dd className="text-right font-bold tabular-nums" data-testid="kpi-offers-median">{offers.medianDaysToFirstOffer === null ? "—" : t("days", { days: offers.medianDaysToFirstOffer })}</dd>
        <dt>{t("perJob")}</dt>
        <dd className="text-right font-bold tabular-nums" data-testid="kpi-offers-per-job">{offers.offersPerJob ?? "—"}</dd>
        <dt>{t("jobs")}</dt>
        <dd className="text-right font-bold tabular-nums">{offers.jobsWithOffers.toLocaleString()}</dd>
      </dl>
      <h3 className="font-bold">{t("whyLose")}</h3>
      {lost === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : (
        <table className="w-full text-sm" data-testid="kpi-loss-reasons">
          <tbody>
            {offers.lossReasons.map((r) => (
              <tr key={r.reason} className="border-t border-slate-200">
                <th scope="row" className="py-1 text-left font-normal">{tq(r.reason)}</th>
                <td className="py-1 text-right font-bold tabular-nums">{r.offers.toLocaleString()}</td>
                <td className="w-16 py-1 text-right tabular-nums text-slate-700">{Math.round((r.offers / lost) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

/** Orders by the real contractor's association, with its overdue invoices and days to payment. */
export async function ContractorsSection({ dashboard, associations, locale }: { dashboard: KpiDashboard; associations: readonly { id: string; nameJa: string; nameEn: string }[]; locale: "ja" | "en" }) {
  const t = await getTranslations("kpi.contractors");
  const name = (id: string) => {
    const a = associations.find((x) => x.id === id);
    return a ? (locale === "en" ? a.nameEn : a.nameJa) : "—";
  };
  return (
    <Card className="flex min-w-0 flex-col gap-3 break-inside-avoid" data-testid="kpi-contractors">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {dashboard.contractors.length === 0 ? <p className="text-sm">{t("none")}</p> : (
        <ScrollRegion label={t("title")}>
          <table className="w-full min-w-[20rem] text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1">{t("association")}</th>
                <th scope="col" className="py-1 text-right">{t("value")}</th>
                <th scope="col" className="py-1 text-right">{t("overdue")}</th>
                <th scope="col" className="py-1 text-right">{t("median")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.contractors.map((r) => (
                <tr key={r.associationId} className="border-t border-slate-200">
                  <th scope="row" className="py-1 text-left font-normal">{name(r.associationId)}</th>
                  <td className="py-1 text-right tabular-nums">{formatYen(r.valueYen, locale)}<br /><span className="text-slate-600">{t("orders", { count: r.orders })}</span></td>
                  <td className={`py-1 text-right tabular-nums ${r.overdueInvoices > 0 ? "font-bold text-red-800" : ""}`}>{r.overdueInvoices > 0 ? `${r.overdueInvoices} · ${formatYen(r.overdueYen, locale)}` : "0"}</td>
                  <td className="py-1 text-right tabular-nums">{r.medianDaysToPayment === null ? "—" : t("days", { days: r.medianDaysToPayment })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}
