// The directory map's geometry, made by `npm run map:build` (scripts/build-area-map.ts) from the
// national municipal boundaries and committed, so neither the server nor the browser needs a
// geometry library or the raw GeoJSON. Two files: the outlines, already projected, as one static
// SVG whose paths the page draws with <use> (fetched once under a hashed name and cached for good,
// so a new search does not send them again), and a JSON of what the page needs to place them.
import meta from "./area-map-shapes.json";
import outlines from "./area-map-shapes.svg";
import { outlineId, type AreaMapPanel, type AreaMapShapes } from "./area-map-types";

export const AREA_MAP_SHAPES = meta as AreaMapShapes;

/** Next gives a static import's URL in `src`; plain bundlers (the tests') give the URL itself. */
const outlinesUrl: string = typeof outlines === "string" ? outlines : (outlines as { src: string }).src;

export const outlineHref = (panel: AreaMapPanel["id"], what: string) => `${outlinesUrl}#${outlineId(panel, what)}`;
