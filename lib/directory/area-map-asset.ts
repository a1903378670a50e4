// The directory map's geometry: ward and city outlines already projected to SVG path data, made by
// `npm run map:build` (scripts/build-area-map.ts) from the national municipal boundaries and
// committed, so neither the server nor the browser needs a geometry library or the raw GeoJSON.
import shapes from "./area-map-shapes.json";

/** One ward or city the platform knows, as drawn in a panel. */
export interface AreaShape {
  /** The platform's municipality code (`lib/taxonomy/municipalities.ts`). */
  code: string;
  /** SVG path data in the panel's coordinates (integers, relative moves). */
  d: string;
  /** Where its label goes (the point farthest inside the area) and how far that is from the edge. */
  label: [number, number];
  room: number;
}

export interface AreaMapPanel {
  id: "wards" | "outer";
  width: number;
  height: number;
  areas: AreaShape[];
  /** Land in the frame that the panel does not offer (other municipalities, the other panel's areas), one path. */
  context: string;
  /** Tokyo's outline (its borders with Saitama and Kanagawa), drawn over everything. */
  tokyo: string;
}

export interface AreaMapShapes {
  source: string;
  panels: AreaMapPanel[];
}

export const AREA_MAP_SHAPES = shapes as AreaMapShapes;
