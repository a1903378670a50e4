import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { AreaMap } from "@/components/directory/area-map";
import { facetLabeler } from "@/components/directory/facet-labels";
import { ActiveFilters, FacetPanel } from "@/components/directory/facet-panel";
import { FirmCard } from "@/components/directory/firm-card";
import { StandingGroupHits } from "@/components/directory/standing-groups";
import { DirectorySearchForm } from "@/components/directory/search-form";
import { Notice } from "@/components/ui/notice";
import { FiltersFold } from "@/components/ui/filters-fold";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz";
import { requirePermission } from "@/lib/authz/guard";
import { downByArea, firmsDownToday } from "@/lib/outages/overview";
import { getDatabase } from "@/lib/db/client";
import { keptMediumDate, keptTranslations } from "@/lib/i18n/kept-translations";
import { associationNames, searchDirectoryForPage } from "@/lib/directory/directory-data";
import { directoryHref, parseDirectoryQuery } from "@/lib/directory/search-params";
import { findStandingGroups } from "@/lib/groups/standing/directory";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directory"))("title") };
}

export default async function DirectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Signed out: the public view. Signed in: the full directory, for those allowed to search it.
  const viewer = (await getViewer()) ? await requirePermission("firm.directory.view") : null;
  const query = parseDirectoryQuery(await searchParams);
  const [result, standingGroups, associations, translate, locale, timeZone] = await Promise.all([
    searchDirectoryForPage(viewer, query),
    query.page === 1 ? getDatabase().then((db) => findStandingGroups(db, viewer, query)) : [],
    associationNames(),
    getTranslations("directory"),
    getLocale(),
    getTimeZone(),
  ]);
  // The map names ~60 areas with their counts and each card its facts: kept per process (decision 032).
  const t = keptTranslations(translate, `${locale}/directory`);
  const label = facetLabeler(locale, t, associations);
  // Staff see where their firms are down today (lib/outages), marked on the map and listed under it.
  const staffView = viewer !== null && can(viewer, "outage.list");
  const down = staffView ? await downByArea(await getDatabase(), viewer) : null;
  const downFirms = viewer ? await firmsDownToday(await getDatabase(), result.firms.map((f) => f.id)) : new Set<string>();
  const to = await getTranslations("outages");
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const mediumDate = keptMediumDate(locale, timeZone);
  const formatDate = (iso: string) => mediumDate(new Date(iso));

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <PageHeader title={t("title")} description={t("intro")} />
      {result.publicView ? (
        <Notice tone="info" data-testid="directory-public">
          {t("public.notice")} <Link href={`/login?next=${encodeURIComponent(directoryHref(query))}`} className="font-bold underline">{t("public.signIn")}</Link> · <Link href="/register" className="font-bold underline">{t("public.register")}</Link>
        </Notice>
      ) : null}
      <DirectorySearchForm query={query} t={t} locale={locale} publicView={result.publicView} />
      {query.sort === "distance" && !query.near ? <Notice tone="info">{t("search.distanceNeedsPlace")}</Notice> : null}
      <ActiveFilters query={query} label={label} t={t} />
      <div className="grid min-w-0 gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <aside className="min-w-0">
          {/* One panel (it was rendered twice, for phones and wide screens: decision 027): folded on a
              phone so the results come first, open on a wide screen beside them. */}
          <FiltersFold summary={<h2 className="inline">{t("search.filters")}</h2>} open={false} className="rounded-lg border border-slate-200 bg-white p-3 lg:border-0 lg:bg-transparent lg:p-0" testId="directory-filters">
            <FacetPanel query={query} facets={result.facets} label={label} t={t} />
          </FiltersFold>
        </aside>
        <section className="flex min-w-0 flex-col gap-3" aria-labelledby="directory-count">
          <p id="directory-count" className="font-bold" data-testid="directory-count" aria-live="polite">{t("results.count", { count: result.total })}</p>
          <AreaMap query={query} counts={result.facets.area} label={label} t={t} locale={locale} down={down ?? undefined} downText={down ? (areas) => to("mapDown", { areas }) : undefined} />
          <StandingGroupHits hits={standingGroups} />
          {result.firms.length === 0 ? <p>{t("results.none")}</p> : null}
          <ul className="flex flex-col gap-3">
            {result.firms.map((firm) => (
              <li key={firm.id} className="min-w-0">
                <FirmCard firm={firm} locale={locale} t={t} formatDate={formatDate} publicView={result.publicView} down={downFirms.has(firm.id) ? to("badge") : null} />
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="flex items-center justify-between gap-2" aria-label={t("results.pages", { page: result.page, pages })} data-testid="directory-pages">
              {result.page > 1 ? <Link href={directoryHref(query, { page: result.page - 1 })} className="min-h-11 py-2 font-bold underline">{t("results.prev")}</Link> : <span />}
              <span className="text-sm">{t("results.pages", { page: result.page, pages })}</span>
              {result.page < pages ? <Link href={directoryHref(query, { page: result.page + 1 })} className="min-h-11 py-2 font-bold underline" data-testid="directory-next">{t("results.next")}</Link> : <span />}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
