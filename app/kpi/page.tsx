import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BreakdownTable, ContractorsSection, FunnelSection, GapsTable, IndicatorCard, OffersSection } from "@/components/kpi/dashboard-sections";
import { EventForm, TargetsForm } from "@/components/kpi/kpi-forms";
import { periodOptions } from "@/components/kpi/period-options";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/authz";
import { can } from "@/lib/authz/policy";
import { requirePermission } from "@/lib/authz/guard";
import { getDatabase } from "@/lib/db/client";
import { withClientMessages } from "@/lib/i18n/client-messages";
import { BREAKDOWN_DIMENSIONS } from "@/lib/kpi/breakdown-dimensions";
import { recentBusinessEvents } from "@/lib/kpi/business-events";
import { INDICATOR_CODES } from "@/lib/kpi/indicators";
import { kpiFiguresCache } from "@/lib/kpi/figures-cache";
import { loadKpiPage, type KpiPageData } from "@/lib/kpi/page-data";
import { selectableFiscalYears } from "@/lib/kpi/period";
import { targetsFor } from "@/lib/kpi/targets";
import { declarationShare } from "@/lib/capacity/overview";
import { tokyoToday } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kpi"))("title") };
}

async function KpiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("kpi.view");
  const t = await getTranslations("kpi");
  const tq = await getTranslations("quality.members");
  const locale = await getLocale();
  const db = await getDatabase();
  const today = clock.now();
  let data: KpiPageData;
  try {
    data = await loadKpiPage(db, viewer, await searchParams, today, kpiFiguresCache);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { dashboard, associations, params, query } = data;
  const isFederationStaff = viewer.role === "FEDERATION_STAFF";
  const isAssociation = dashboard.scope.associationId !== null;
  const scopeName = isAssociation
    ? (() => { const a = associations.find((x) => x.id === dashboard.scope.associationId); return a ? (locale === "en" ? a.nameEn : a.nameJa) : ""; })()
    : t("scopeFederation");
  const periodLabel = (o: ReturnType<typeof periodOptions>[number]) =>
    o.kind === "fy" ? t("fiscalYear", { year: o.year }) : o.kind === "quarter" ? t("quarter", { year: o.year, quarter: o.quarter ?? 1 }) : t("month", { year: o.year, month: o.month ?? 1 });
  const dimensions = BREAKDOWN_DIMENSIONS.filter((d) => d !== "association" || (isFederationStaff && !isAssociation));
  const events = await recentBusinessEvents(db, { federationId: dashboard.scope.federationId, associationId: viewer.role === "ASSOCIATION_STAFF" ? dashboard.scope.associationId : null });
  const targets = isFederationStaff && can(viewer, "kpi.targets.manage") ? await targetsFor(db.sql, dashboard.scope.federationId, dashboard.range.fiscalYear) : null;
  // Who is free when (issue 21): the share of members whose capacity declaration is current.
  // Kept with the figures (a ~90 ms count over every member firm on the 10,000-firm seed).
  const share = await kpiFiguresCache.getOrLoad(JSON.stringify({ declarationShare: dashboard.scope.associationIds, day: tokyoToday(today) }), () => declarationShare(db.sql, dashboard.scope, today));
  const tc = await getTranslations("capacity");
  const indicatorNames = Object.fromEntries(INDICATOR_CODES.map((code) => [code, t(`indicators.${code}.name`)])) as Record<(typeof INDICATOR_CODES)[number], string>;
  const field = "flex min-w-0 flex-col gap-1 text-sm font-bold";
  const control = "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 font-normal";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={scopeName}
        title={t("title")}
        description={t("intro")}
        actions={
          <span className="flex flex-wrap gap-4">
            <Link href={`/kpi/report?${query}`} className="font-bold text-brand-800 underline" data-testid="kpi-report-link">{t("report")}</Link>
            <Link href={params.association ? `/staff/scorecards?association=${encodeURIComponent(params.association)}` : "/staff/scorecards"} className="font-bold text-brand-800 underline" data-testid="kpi-scorecards-link">{tq("title")}</Link>
          </span>
        }
      />
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="kpi-filters">
        <label className={field}>
          {t("periodLabel")}
          <select name="period" defaultValue={dashboard.range.code} className={control}>
            {periodOptions(dashboard.range.fiscalYear, today).map((o) => <option key={o.code} value={o.code}>{periodLabel(o)}</option>)}
          </select>
        </label>
        {isFederationStaff ? (
          <label className={field}>
            {t("associationLabel")}
            <select name="association" defaultValue={params.association ?? ""} className={control}>
              <option value="">{t("allAssociations")}</option>
              {associations.map((a) => <option key={a.id} value={a.id}>{locale === "en" ? a.nameEn : a.nameJa}</option>)}
            </select>
          </label>
        ) : null}
        <label className={field}>
          {t("breakdownLabel")}
          <select name="breakdown" defaultValue={params.breakdown ?? ""} className={control}>
            <option value="">{t("noBreakdown")}</option>
            {dimensions.map((d) => <option key={d} value={d}>{t(`breakdown.dimension.${d}`)}</option>)}
          </select>
        </label>
        <div className="flex items-end"><Button type="submit" className="w-full" data-testid="kpi-show">{t("show")}</Button></div>
      </form>

      <div className="grid gap-4 md:grid-cols-2" data-testid="kpi-cards">
        {dashboard.indicators.map((indicator) => (
          <IndicatorCard key={indicator.code} indicator={indicator} locale={locale} query={query} isAssociation={isAssociation} setByStaff={dashboard.targetsSetByStaff.includes(indicator.code)} />
        ))}
        <Card className="flex flex-col gap-1" data-testid="kpi-capacity-share">
          <h2 className="text-sm font-bold text-slate-700">{tc("share")}</h2>
          <p className="text-2xl font-bold">{tc("shareValue", { percent: share.total ? Math.round((share.current / share.total) * 100) : 0, current: share.current, total: share.total })}</p>
          <Link href={`/staff/capacity${isAssociation && isFederationStaff ? `?association=${dashboard.scope.associationId}` : ""}`} className="text-sm font-bold text-brand-800 underline">{tc("staffTitle")}</Link>
        </Card>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <FunnelSection dashboard={dashboard} query={query} />
        <OffersSection dashboard={dashboard} />
        <ContractorsSection dashboard={dashboard} associations={associations} locale={locale} />
        <GapsTable gaps={dashboard.gaps} locale={locale} query={query} />
      </div>
      {dashboard.breakdown ? <BreakdownTable breakdown={dashboard.breakdown} associations={associations} locale={locale} query={query} /> : null}

      <Card className="flex flex-col gap-3">
        <h2 className="text-lg font-bold">{t("events.title")}</h2>
        <p className="text-sm text-slate-700">{t("events.intro")}</p>
        <EventForm associations={isFederationStaff ? associations.map((a) => ({ value: a.id, label: locale === "en" ? a.nameEn : a.nameJa })) : null} today={today.toISOString().slice(0, 10)} />
        <h3 className="font-bold">{t("events.recent")}</h3>
        {events.length === 0 ? <p>{t("events.none")}</p> : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="kpi-events">
            {events.map((e) => (
              <li key={e.id} className="break-words">{e.heldOn} · {t(`events.kinds.${e.kind}`)} · {(locale === "en" && e.titleEn) || e.titleJa}{e.place ? ` · ${e.place}` : ""}</li>
            ))}
          </ul>
        )}
      </Card>
      {targets ? (
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-bold">{t("targets.title")}</h2>
          <p className="text-sm text-slate-700">{t("targets.intro")}</p>
          <TargetsForm fiscalYear={dashboard.range.fiscalYear} targets={targets.targets} years={[...selectableFiscalYears(today, 3), selectableFiscalYears(today, 1)[0]! + 1].sort()} labels={indicatorNames} />
        </Card>
      ) : null}
    </div>
  );
}

export default withClientMessages(["common", "kpi"], KpiPage);
