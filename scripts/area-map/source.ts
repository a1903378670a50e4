// The input of the map build: the municipal boundaries of Tokyo (13), Saitama (11) and Kanagawa (14),
// 国土数値情報（行政区域データ）2021 as simplified by the SmartNews Media Research Institute
// (japan-topography), one GeoJSON file per prefecture, kept outside the repository (../shared/geo).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { BoundaryProperties } from "./platform-areas";

export const PREFECTURE_FILES = ["N03-21_13_210101.geojson", "N03-21_11_210101.geojson", "N03-21_14_210101.geojson"] as const;
export const DEFAULT_GEO_DIR = "../shared/geo";
export const AREA_MAP_OUTPUT = "lib/directory/area-map-shapes.json";

export function readBoundaries(dir: string): FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>[] {
  return PREFECTURE_FILES.map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")));
}

/** The committed file's text for a build result (one line, so a rebuild compares byte for byte). */
export const assetText = (shapes: unknown) => `${JSON.stringify(shapes)}\n`;
