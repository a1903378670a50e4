// Where the matching firms are: a dot per ward/city at its bundled centroid (no map tiles, nothing
// fetched from the internet), sized by the number of matching firms; a dot toggles that area filter.
// The taxonomy bundles centroids only, not boundary polygons, so this is a dot map, not a choropleth.
import { directoryHref, toggled, type DirectoryQuery } from "@/lib/directory/search-params";
import type { FacetCount } from "@/lib/directory/types";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import type { FacetLabeler, Translate } from "./facet-labels";

const WIDTH = 400;
const PAD = 14;
const lats = MUNICIPALITIES.map((m) => m.latitude);
const lngs = MUNICIPALITIES.map((m) => m.longitude);
const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
// Equirectangular projection, east-west shrunk by the cosine of the middle latitude.
const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const scale = (WIDTH - 2 * PAD) / ((maxLng - minLng) * xScale);
const HEIGHT = Math.round((maxLat - minLat) * scale + 2 * PAD);
const project = (lat: number, lng: number) => ({ x: PAD + (lng - minLng) * xScale * scale, y: PAD + (maxLat - lat) * scale });

export function AreaMap({ query, counts, label, t }: { query: DirectoryQuery; counts: FacetCount[]; label: FacetLabeler; t: Translate }) {
  const byCode = new Map(counts.map((c) => [c.value, c.count]));
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" data-testid="area-map">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("map.title")}</summary>
      <p className="text-sm text-slate-600">{t("map.hint")}</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 h-auto w-full" role="group" aria-label={t("map.title")}>
        {MUNICIPALITIES.map((m) => {
          const { x, y } = project(m.latitude, m.longitude);
          const count = byCode.get(m.code) ?? 0;
          const selected = query.area.includes(m.code);
          const name = label("area", m.code);
          const dot = <circle cx={x} cy={y} r={count ? 3 + 9 * Math.sqrt(count / max) : 2} className={selected ? "fill-brand-700 stroke-brand-900" : count ? "fill-brand-300 stroke-brand-700" : "fill-slate-200 stroke-slate-400"} strokeWidth={1} />;
          if (!count && !selected) return <g key={m.code} aria-hidden="true">{dot}</g>;
          return (
            // A plain SVG <a>: a full navigation, but no client router inside SVG to go wrong.
            <a key={m.code} href={directoryHref(query, { area: toggled(query.area, m.code) })} aria-label={t("map.area", { name, count })} aria-current={selected ? "true" : undefined}>
              <title>{t("map.area", { name, count })}</title>
              {dot}
            </a>
          );
        })}
      </svg>
    </details>
  );
}
