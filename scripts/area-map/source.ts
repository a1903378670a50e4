// The input and output of the map build. Input: the municipal boundaries of Tokyo (13), Saitama (11)
// and Kanagawa (14), 国土数値情報（行政区域データ）2021 as simplified by the SmartNews Media Research
// Institute (japan-topography), one GeoJSON file per prefecture, kept outside the repository
// (../shared/geo). Output: the committed files of lib/directory/area-map-asset.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { outlineId, type AreaMapShapes } from "@/lib/directory/area-map-types";
import type { DrawnMap } from "./build";
import type { BoundaryProperties } from "./platform-areas";

export const PREFECTURE_FILES = ["N03-21_13_210101.geojson", "N03-21_11_210101.geojson", "N03-21_14_210101.geojson"] as const;
export const DEFAULT_GEO_DIR = "../shared/geo";
export const AREA_MAP_META = "lib/directory/area-map-shapes.json";
export const AREA_MAP_SVG = "lib/directory/area-map-shapes.svg";

export function readBoundaries(dir: string): FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>[] {
  return PREFECTURE_FILES.map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")));
}

/** The committed files' texts for a build: placement as JSON, outlines as one SVG of paths by id. */
export function assetFiles(map: DrawnMap): Record<typeof AREA_MAP_META | typeof AREA_MAP_SVG, string> {
  const meta: AreaMapShapes = {
    source: map.source,
    panels: map.panels.map(({ id, width, height, areas }) => ({ id, width, height, areas: areas.map(({ code, label, room }) => ({ code, label, room })) })),
  };
  const paths = map.panels.flatMap((panel) => [
    ...panel.areas.map((area) => [outlineId(panel.id, area.code), area.d]),
    [outlineId(panel.id, "context"), panel.context],
    [outlineId(panel.id, "tokyo"), panel.tokyo],
  ]);
  const svg = [
    // A size, because Next reads one from every SVG it serves as a static file.
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.max(...map.panels.map((p) => p.width))} ${Math.max(...map.panels.map((p) => p.height))}">`,
    `<!-- ${map.source} (scripts/build-area-map.ts) -->`,
    ...paths.map(([id, d]) => `<path id="${id}" d="${d}"/>`),
    "</svg>",
  ].join("\n");
  return { [AREA_MAP_META]: `${JSON.stringify(meta)}\n`, [AREA_MAP_SVG]: `${svg}\n` };
}
