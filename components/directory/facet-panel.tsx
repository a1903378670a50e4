// The facets beside the results: each value is a link that toggles it in the URL, with the number
// of firms it would give. Plain links, so filtering works without JavaScript and can be shared.
import Link from "@/components/ui/link";
import { directoryHref, toggled, type DirectoryQuery } from "@/lib/directory/search-params";
import { FACET_NAMES } from "@/lib/directory/search";
import type { FacetCount, FacetName } from "@/lib/directory/types";
import { attr, html, type Markup } from "@/lib/html/markup";
import type { FacetLabeler, Translate } from "./facet-labels";

const SHOWN = 8;

/**
 * One value: a plain <a>, not next/link. The page lists a few hundred of these, and each Link is a
 * client component React renders and serialises on the server, then hydrates and prefetches from
 * (issue 23: the directory page was 650 KB and its rendering most of its time); choosing a facet
 * loads the page anew either way. The look is in globals.css (.facet-*), named once. Written as
 * markup rather than React elements (lib/html/markup.ts, decision 032): as elements, these six
 * per value were two thirds of the page's RSC payload and most of its server time.
 */
function facetValue(facet: FacetName, item: FacetCount, query: DirectoryQuery, label: FacetLabeler): Markup {
  const selected = query[facet].includes(item.value);
  const href = directoryHref(query, { [facet]: toggled(query[facet], item.value) });
  return html`<li><a href="${href}" class="facet-link"${attr("aria-current", selected && "true")} data-testid="facet-${facet}-${item.value}"><span class="facet-name"><span aria-hidden="true" class="facet-box"></span><span class="break-words">${label(facet, item.value)}</span></span><span class="facet-count">${item.count}</span></a></li>`;
}

/** The facets' markup; the panel is rendered once: the page folds it on phones and opens it on wide screens (decision 027). */
export function facetPanelMarkup(query: DirectoryQuery, facets: Record<FacetName, FacetCount[]>, label: FacetLabeler, t: Translate): Markup {
  const sections = FACET_NAMES.filter((facet) => facets[facet].length > 0 || query[facet].length > 0).map((facet) => {
    // Selected values stay visible even when the other filters leave them at zero.
    const items = [...facets[facet]];
    for (const value of query[facet]) if (!items.some((i) => i.value === value)) items.push({ value, count: 0 });
    const head = items.filter((i, index) => index < SHOWN || query[facet].includes(i.value));
    const rest = items.filter((i) => !head.includes(i));
    const more = rest.length
      ? html`<details><summary class="min-h-11 cursor-pointer px-2 py-2 text-sm font-bold text-brand-800">${t("facets.more", { count: rest.length })}</summary><ul class="flex flex-col">${rest.map((item) => facetValue(facet, item, query, label))}</ul></details>`
      : null;
    return html`<section aria-labelledby="facet-${facet}"><h3 id="facet-${facet}" class="mb-1 text-sm font-bold text-slate-900">${t(`facets.${facet}`)}</h3><ul class="flex flex-col">${head.map((item) => facetValue(facet, item, query, label))}</ul>${more}</section>`;
  });
  return html`${sections}`;
}

export function FacetPanel({ query, facets, label, t }: { query: DirectoryQuery; facets: Record<FacetName, FacetCount[]>; label: FacetLabeler; t: Translate }) {
  // Escaped by lib/html/markup.ts: labels and hrefs are text there, never markup.
  return <div className="flex flex-col gap-4" data-testid="facets" dangerouslySetInnerHTML={{ __html: facetPanelMarkup(query, facets, label, t).text }} />;
}

/** The chosen filters as removable chips. */
export function ActiveFilters({ query, label, t }: { query: DirectoryQuery; label: FacetLabeler; t: Translate }) {
  const chips: { key: string; text: string; href: string }[] = [];
  for (const facet of FACET_NAMES) {
    for (const value of query[facet]) chips.push({ key: `${facet}:${value}`, text: label(facet, value), href: directoryHref(query, { [facet]: toggled(query[facet], value) }) });
  }
  if (query.tolMax !== undefined) chips.push({ key: "tolMax", text: `${t("search.tolMax")} ${query.tolMax}`, href: directoryHref(query, { tolMax: undefined }) });
  if (query.sizeMin !== undefined) chips.push({ key: "sizeMin", text: `${t("search.sizeMin")} ${query.sizeMin}`, href: directoryHref(query, { sizeMin: undefined }) });
  if (query.capMin !== undefined) chips.push({ key: "capMin", text: `${t("search.capMin")} ${query.capMin}`, href: directoryHref(query, { capMin: undefined }) });
  if (query.free !== undefined) chips.push({ key: "free", text: `${t("search.free")} ${query.free}`, href: directoryHref(query, { free: undefined }) });
  if (query.q) chips.push({ key: "q", text: `“${query.q}”`, href: directoryHref(query, { q: "" }) });
  if (!chips.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t("search.active")} role="group" data-testid="active-filters">
      {chips.map((chip) => (
        <Link key={chip.key} href={chip.href} className="inline-flex min-h-9 max-w-full items-center gap-1 rounded-full border border-brand-300 bg-brand-50 px-3 text-sm text-brand-900 no-underline" aria-label={t("search.remove", { label: chip.text })}>
          <span className="truncate">{chip.text}</span>
          <span aria-hidden="true">×</span>
        </Link>
      ))}
      <Link href="/directory" className="min-h-9 px-2 text-sm font-bold underline">{t("search.clear")}</Link>
    </div>
  );
}
