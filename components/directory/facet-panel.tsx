// The facets beside the results: each value is a link that toggles it in the URL, with the number
// of firms it would give. Plain links, so filtering works without JavaScript and can be shared.
import Link from "next/link";
import { directoryHref, toggled, type DirectoryQuery } from "@/lib/directory/search-params";
import { FACET_NAMES } from "@/lib/directory/search";
import type { FacetCount, FacetName } from "@/lib/directory/types";
import type { FacetLabeler, Translate } from "./facet-labels";

const SHOWN = 8;

function FacetValue({ facet, item, query, label }: { facet: FacetName; item: FacetCount; query: DirectoryQuery; label: FacetLabeler }) {
  const selected = query[facet].includes(item.value);
  // A plain <a>, not next/link: the page lists a few hundred of these, and each Link is a
  // client component React renders and serialises on the server, then hydrates and prefetches
  // from (issue 23: the directory page was 650 KB and its rendering most of its time). Choosing a
  // facet loads the page anew either way. The look is in globals.css (.facet-*), named once
  // instead of repeated on every row of the HTML and of its RSC payload.
  return (
    <li>
      <a href={directoryHref(query, { [facet]: toggled(query[facet], item.value) })} className="facet-link" aria-current={selected ? "true" : undefined} data-testid={`facet-${facet}-${item.value}`}>
        <span className="facet-name">
          <span aria-hidden="true" className="facet-box" />
          <span className="break-words">{label(facet, item.value)}</span>
        </span>
        <span className="facet-count">{item.count}</span>
      </a>
    </li>
  );
}

/** Rendered once: the page folds it on phones and opens it on wide screens (decision 027). */
export function FacetPanel({ query, facets, label, t }: { query: DirectoryQuery; facets: Record<FacetName, FacetCount[]>; label: FacetLabeler; t: Translate }) {
  return (
    <div className="flex flex-col gap-4" data-testid="facets">
      {FACET_NAMES.filter((facet) => facets[facet].length > 0 || query[facet].length > 0).map((facet) => {
        // Selected values stay visible even when the other filters leave them at zero.
        const items = [...facets[facet]];
        for (const value of query[facet]) if (!items.some((i) => i.value === value)) items.push({ value, count: 0 });
        const head = items.filter((i, index) => index < SHOWN || query[facet].includes(i.value));
        const rest = items.filter((i) => !head.includes(i));
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h3 id={`facet-${facet}`} className="mb-1 text-sm font-bold text-slate-900">{t(`facets.${facet}`)}</h3>
            <ul className="flex flex-col">
              {head.map((item) => <FacetValue key={item.value} facet={facet} item={item} query={query} label={label} />)}
            </ul>
            {rest.length ? (
              <details>
                <summary className="min-h-11 cursor-pointer px-2 py-2 text-sm font-bold text-brand-800">{t("facets.more", { count: rest.length })}</summary>
                <ul className="flex flex-col">
                  {rest.map((item) => <FacetValue key={item.value} facet={facet} item={item} query={query} label={label} />)}
                </ul>
              </details>
            ) : null}
          </section>
        );
      })}
    </div>
  );
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
