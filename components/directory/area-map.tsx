// Where the matching firms are: each ward and city the platform lists, drawn from the national
// municipal boundaries and shaded by how many firms of the current search are there (the same
// disjunctive area counts as the facet list). An area with firms is a link that toggles that area
// filter, reachable by keyboard, named with its count. Rendered on the server: the page carries
// links, colours and labels, and draws the outlines with <use> from the committed SVG file
// (lib/directory/area-map-asset.ts), which the browser fetches once and keeps. No script.
import { AREA_MAP_SHAPES, outlineHref } from "@/lib/directory/area-map-asset";
import type { AreaMapPanel, AreaShape } from "@/lib/directory/area-map-types";
import { classOf, countClasses, NO_MATCH, type CountClass } from "@/lib/directory/choropleth";
import { directoryHref, toggled, type DirectoryQuery } from "@/lib/directory/search-params";
import type { FacetCount } from "@/lib/directory/types";
import { attr, html, type Markup } from "@/lib/html/markup";
import type { FacetLabeler, Translate } from "./facet-labels";

const CONTEXT = { fill: "#e2e8f0", stroke: "#ffffff" };
const EDGE = "#64748b";
const SELECTED = "#c2410c"; // orange-700: apart from every fill of the blue-green scale
const TOKYO_EDGE = "#1e293b";
/** Sizes in path units: a panel is 1,000 wide, so a unit is a third of a pixel on a phone, under half on a desktop. */
const STROKE = { edge: 2, tokyo: 5, selected: 10 }; // focus: 14, in the class names below
const COUNT_SIZE = 34;
/** Areas with a firm down today (staff's view). */
const DOWN = "#b91c1c";
const NAME_SIZE = 26;

interface Drawn {
  shape: AreaShape;
  count: number;
  selected: boolean;
  tone: CountClass | null;
  name: string;
  /** Firms of the area down today (an outage; staff only): marked with a red dot. */
  down: number;
}

export function AreaMap({ query, counts, label, t, locale, down, downText }: { query: DirectoryQuery; counts: FacetCount[]; label: FacetLabeler; t: Translate; locale: string; down?: ReadonlyMap<string, number>; downText?: (areas: string) => string }) {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  const classes = countClasses(Math.max(0, ...counts.map((c) => c.count)));
  const drawn = (shape: AreaShape): Drawn => {
    const count = byCode.get(shape.code) ?? 0;
    return { shape, count, selected: query.area.includes(shape.code), tone: classOf(count, classes), name: label("area", shape.code), down: down?.get(shape.code) ?? 0 };
  };
  const downAreas = down && downText ? AREA_MAP_SHAPES.panels.flatMap((p) => p.areas).filter((a) => (down.get(a.code) ?? 0) > 0).map((a) => `${label("area", a.code)} ${down.get(a.code)}`) : [];
  return (
    <details className="min-w-0 rounded-lg border border-slate-200 bg-white p-3" data-testid="area-map">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("map.title")}</summary>
      <p className="text-sm text-slate-600">{t("map.hint")}</p>
      <div className="mt-2 grid min-w-0 gap-3 md:grid-cols-2">
        {AREA_MAP_SHAPES.panels.map((panel) => (
          <Panel key={panel.id} panel={panel} areas={panel.areas.map(drawn)} query={query} t={t} latin={locale !== "ja"} />
        ))}
      </div>
      <Legend classes={classes} t={t} />
      {downAreas.length && downText ? <p className="mt-2 flex items-center gap-1.5 text-sm font-bold text-red-900" data-testid="area-map-down"><svg width="14" height="14" aria-hidden="true" className="shrink-0"><circle cx="7" cy="7" r="6" fill={DOWN} /></svg>{downText(downAreas.join("、"))}</p> : null}
      <p className="mt-2 text-xs text-slate-600">{t("map.islands")}</p>
      <p className="text-xs text-slate-600" data-testid="area-map-credit">{t("map.credit")}</p>
    </details>
  );
}

function Panel({ panel, areas, query, t, latin }: { panel: AreaMapPanel; areas: Drawn[]; query: DirectoryQuery; t: Translate; latin: boolean }) {
  const title = t(panel.id === "wards" ? "map.panelWards" : "map.panelOuter");
  const titleId = `area-map-${panel.id}`;
  return (
    <figure className="min-w-0">
      <figcaption id={titleId} className="text-sm font-bold text-slate-800">{title}</figcaption>
      {/* Hover and keyboard focus restyle an area's outline, said once here rather than on each area.
          The areas are markup, not React elements (decision 032); lib/html/markup.ts escapes their text. */}
      <svg
        viewBox={`0 0 ${panel.width} ${panel.height}`}
        className="mt-1 h-auto w-full rounded border border-slate-200 bg-sky-50 [&_a:focus-visible]:outline-none [&_a:focus-visible>use]:[fill-opacity:0.6] [&_a:focus-visible>use]:[stroke-width:14] [&_a:focus-visible>use]:[stroke:#0f172a] [&_a:hover>use]:[fill-opacity:0.75]"
        role="group"
        aria-labelledby={titleId}
        data-testid={`area-map-panel-${panel.id}`}
        dangerouslySetInnerHTML={{ __html: panelMarkup(panel, areas, query, t, latin).text }}
      />
    </figure>
  );
}

function panelMarkup(panel: AreaMapPanel, areas: Drawn[], query: DirectoryQuery, t: Translate, latin: boolean): Markup {
  const selected = areas.filter((a) => a.selected).map((a) => html`<use href="${outlineHref(panel.id, a.shape.code)}" stroke="${SELECTED}" stroke-width="${STROKE.selected}"/>`);
  return html`<use href="${outlineHref(panel.id, "context")}" fill="${CONTEXT.fill}" stroke="${CONTEXT.stroke}" stroke-width="${STROKE.edge}" aria-hidden="true"/><g stroke="${EDGE}" stroke-width="${STROKE.edge}" stroke-linejoin="round">${areas.map((area) => areaOutline(panel.id, area, query, t))}</g>${
    // Drawn last so neighbours do not cover them; they let clicks through to the areas.
    html`<g pointer-events="none" aria-hidden="true" fill="none" stroke-linejoin="round" text-anchor="middle"><use href="${outlineHref(panel.id, "tokyo")}" stroke="${TOKYO_EDGE}" stroke-width="${STROKE.tokyo}"/>${selected}${areas.map((area) => areaLabel(area, latin))}</g>`
  }`;
}

function areaOutline(panel: AreaMapPanel["id"], area: Drawn, query: DirectoryQuery, t: Translate): Markup {
  const outline = html`<use href="${outlineHref(panel, area.shape.code)}" fill="${area.tone?.fill ?? NO_MATCH.fill}"/>`;
  // Nothing to filter to: drawn, but not offered (the facet list leaves it out too).
  if (!area.count && !area.selected) return html`<g aria-hidden="true">${outline}</g>`;
  const name = t("map.area", { name: area.name, count: area.count });
  // A plain SVG <a>: a full navigation, as the facet links are without script; no client router in SVG.
  return html`<a href="${directoryHref(query, { area: toggled(query.area, area.shape.code) })}" aria-label="${name}"${attr("aria-current", area.selected && "true")} data-testid="area-map-area-${area.shape.code}"><title>${name}</title>${outline}</a>`;
}

/** The count where it fits, and above it the name where that fits too. */
function areaLabel(area: Drawn, latin: boolean): Markup {
  const { room, label: [x, y] } = area.shape;
  const ink = area.tone?.ink ?? NO_MATCH.ink;
  const count = area.count ? String(area.count) + (area.selected ? "✓" : "") : "";
  const countFits = count && textWidth(count, COUNT_SIZE, true) <= 2 * room && room >= COUNT_SIZE / 2;
  const nameFits = textWidth(area.name, NAME_SIZE, latin) <= 1.8 * room && room >= NAME_SIZE + COUNT_SIZE / 2;
  const dot = area.down ? html`<circle cx="${x + room * 0.7}" cy="${y - room * 0.7}" r="${Math.max(10, Math.min(18, room * 0.35))}" fill="${DOWN}" stroke="#ffffff" stroke-width="4" data-down-for="${area.shape.code}"/>` : null;
  return html`<g data-label-for="${area.shape.code}">${dot}${nameFits ? text(x, countFits ? y - NAME_SIZE * 0.6 : y, NAME_SIZE, ink, false, area.name) : null}${countFits ? text(x, nameFits ? y + COUNT_SIZE * 0.55 : y, COUNT_SIZE, ink, true, count) : null}</g>`;
}

/** Rough advance of a label: latin letters and digits about half an em, kana and kanji a full em. */
const textWidth = (text: string, size: number, latin: boolean) => [...text].length * size * (latin ? 0.58 : 1);

const text = (x: number, y: number, size: number, ink: string, bold: boolean, content: string) =>
  html`<text x="${x}" y="${y}" font-size="${size}"${attr("font-weight", bold && 700)} fill="${ink}" dominant-baseline="central">${content}</text>`;

function Legend({ classes, t }: { classes: CountClass[]; t: Translate }) {
  const items = [
    { key: "none", fill: NO_MATCH.fill, stroke: EDGE, text: t("map.none") },
    ...classes.map((c) => ({ key: `c${c.min}`, fill: c.fill, stroke: EDGE, text: c.min === c.max ? t("map.one", { count: c.min }) : t("map.range", { min: c.min, max: c.max }) })),
    { key: "context", fill: CONTEXT.fill, stroke: CONTEXT.fill, text: t("map.context") },
  ];
  return (
    <div className="mt-3" data-testid="area-map-legend">
      <p className="text-sm font-bold text-slate-800">{t("map.legend")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-1.5">
            <svg width="18" height="14" aria-hidden="true" className="shrink-0"><rect x="0.5" y="0.5" width="17" height="13" fill={item.fill} stroke={item.stroke} /></svg>
            {item.text}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <svg width="18" height="14" aria-hidden="true" className="shrink-0"><rect x="1.5" y="1.5" width="15" height="11" fill="none" stroke={SELECTED} strokeWidth="3" /></svg>
          {t("map.selected")} (✓)
        </li>
        <li className="flex items-center gap-1.5">
          <svg width="18" height="14" aria-hidden="true" className="shrink-0"><line x1="0" y1="7" x2="18" y2="7" stroke={TOKYO_EDGE} strokeWidth="2" /></svg>
          {t("map.tokyo")}
        </li>
      </ul>
    </div>
  );
}
