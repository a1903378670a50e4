// The free-text, numeric and sort controls of the directory: a plain GET form, so the search lives
// in the URL. Facet selections ride along as hidden fields (comma-joined, as directoryHref writes).
import { Button } from "@/components/ui/button";
import { FACET_NAMES } from "@/lib/directory/search";
import type { DirectoryQuery } from "@/lib/directory/search-params";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { declarationWeeks, dayOf, searchableMonths } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";
import type { Translate } from "./facet-labels";

const field = "flex min-w-0 flex-col gap-1 text-sm font-bold";
const control = "min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-base font-normal";

/** Signed out (publicView), only name, area and processes are searchable: the numeric filters go. */
export function DirectorySearchForm({ query, t, locale, publicView = false }: { query: DirectoryQuery; t: Translate; locale: string; publicView?: boolean }) {
  return (
    <form method="get" action="/directory" role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6" data-testid="directory-search">
      {FACET_NAMES.map((facet) => (query[facet].length ? <input key={facet} type="hidden" name={facet} value={query[facet].join(",")} /> : null))}
      <label className={`${field} sm:col-span-2 lg:col-span-3`}>
        {t("search.q")}
        <input type="search" name="q" defaultValue={query.q} maxLength={200} className={control} aria-describedby="directory-q-hint" data-testid="directory-q" />
        <span id="directory-q-hint" className="font-normal text-slate-600">{t("search.qHint")}</span>
      </label>
      <label className={field}>
        {t("search.sort")}
        <select name="sort" defaultValue={query.sort} className={control} data-testid="directory-sort">
          <option value="relevance">{t("search.sortRelevance")}</option>
          <option value="distance">{t("search.sortDistance")}</option>
          <option value="updated">{t("search.sortUpdated")}</option>
        </select>
      </label>
      <label className={`${field} lg:col-span-2`}>
        {t("search.near")}
        <select name="near" defaultValue={query.near ?? ""} className={control} data-testid="directory-near">
          <option value="">{t("search.nearNone")}</option>
          {MUNICIPALITIES.map((m) => <option key={m.code} value={m.code}>{locale === "en" ? m.nameEn : m.nameJa}</option>)}
        </select>
      </label>
      {publicView ? null : (
        <>
          <label className={`${field} lg:col-span-2`}>{t("search.tolMax")}<input name="tolMax" inputMode="numeric" defaultValue={query.tolMax ?? ""} className={control} /></label>
          <label className={`${field} lg:col-span-2`}>{t("search.sizeMin")}<input name="sizeMin" inputMode="numeric" defaultValue={query.sizeMin ?? ""} className={control} /></label>
          <label className={field}>{t("search.capMin")}<input name="capMin" inputMode="numeric" defaultValue={query.capMin ?? ""} className={control} /></label>
          <label className={`${field} lg:col-span-2`}>
            {t("search.free")}
            <select name="free" defaultValue={query.free ?? ""} className={control} aria-describedby="directory-free-hint" data-testid="directory-free">
              <option value="">{t("search.freeAny")}</option>
              {freeOptions(locale).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
            <span id="directory-free-hint" className="font-normal text-slate-600">{t("search.freeHint")}</span>
          </label>
        </>
      )}
      <div className="flex items-end">
        <Button type="submit" className="w-full" data-testid="directory-submit">{t("search.submit")}</Button>
      </div>
    </form>
  );
}

/** This month and the next two, then the twelve weeks firms declare, as the filter's choices. */
export function freeOptions(locale: string): { value: string; label: string }[] {
  const now = clock.now();
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  const day = new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone: "UTC" });
  return [
    ...searchableMonths(now).map((m) => ({ value: m, label: month.format(dayOf(`${m}-01`)) })),
    ...declarationWeeks(now).map((w) => ({ value: w, label: locale === "en" ? `Week of ${day.format(dayOf(w))}` : `${day.format(dayOf(w))} の週` })),
  ];
}
