// Boundary polygons in, the directory map's committed geometry out (lib/directory/area-map-shapes.json).
// Two panels: the 23 wards large, and the Tama cities with the Saitama and Kanagawa cities the
// platform lists. Every platform area is drawn, clickable, in
// exactly one panel; land the platform does not list is grey context; Tokyo's islands are left out.
// Tokyo's own outline is drawn over both, so the prefecture borders show.
// Shapes are simplified for the panel's scale on one shared topology, so neighbours keep meeting.
import { geoArea, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import polylabel from "polylabel";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { AreaMapPanel, AreaMapShapes, AreaShape } from "@/lib/directory/area-map-types";
import type { MunicipalityInfo } from "@/lib/taxonomy/municipalities";
import { compactPath, RingRecorder, type Ring } from "./compact-path";
import { boundaryRole, prefectureCode, type BoundaryProperties } from "./platform-areas";

const TOKYO = "13";
export const CREDIT = "出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成";

export interface BuildOptions {
  /** Panel width in path units. */
  width: number;
  padding: number;
  /** Detail kept, in path units: a point whose removal moves the outline less than this goes. */
  tolerance: number;
}
export const DEFAULT_BUILD_OPTIONS: BuildOptions = { width: 1000, padding: 12, tolerance: 2 };

type Boundary = Feature<Polygon | MultiPolygon, BoundaryProperties>;
interface Tagged { role: "area" | "context"; code: string | null; ward: boolean; prefecture: string }
type Land = Topology<{ land: GeometryCollection<Tagged> }>;
type LandGeometry = GeometryObject<Tagged>;
const tags = (g: LandGeometry) => g.properties as Tagged;

/** A panel with its outlines (SVG path data in the panel's units: whole numbers, relative moves). */
export interface DrawnPanel extends AreaMapPanel {
  areas: (AreaShape & { d: string })[];
  /** Land in the frame that the panel does not offer (other municipalities, the other panel's areas). */
  context: string;
  /** Tokyo's outline (its borders with Saitama and Kanagawa), drawn over everything. */
  tokyo: string;
}
export interface DrawnMap extends AreaMapShapes {
  panels: DrawnPanel[];
}

export function buildAreaMap(collections: readonly FeatureCollection<Polygon | MultiPolygon, BoundaryProperties>[], known: readonly MunicipalityInfo[], options: BuildOptions = DEFAULT_BUILD_OPTIONS): DrawnMap {
  const wardCodes = new Set(known.filter((m) => m.kind === "WARD").map((m) => m.code));
  const tagged: Feature<Polygon | MultiPolygon, Tagged>[] = [];
  for (const feature of collections.flatMap((c) => c.features as Boundary[])) {
    const role = boundaryRole(feature.properties, known);
    if (role.kind === "omitted") continue;
    const code = role.kind === "area" ? role.code : null;
    tagged.push({ type: "Feature", geometry: feature.geometry, properties: { role: role.kind, code, ward: code !== null && wardCodes.has(code), prefecture: prefectureCode(feature.properties.N03_007!) } });
  }
  const missing = known.filter((m) => !tagged.some((f) => f.properties.code === m.code));
  if (missing.length) throw new Error(`no boundary for ${missing.map((m) => `${m.code} ${m.nameJa}`).join(", ")}`);

  const collection: FeatureCollection<Polygon | MultiPolygon, Tagged> = { type: "FeatureCollection", features: tagged };
  const land = presimplify(topology({ land: collection }) as unknown as Land, sphericalTriangleArea);
  const all = land.objects.land.geometries;
  const wards = all.filter((g) => tags(g).ward);
  const outerAreas = all.filter((g) => tags(g).role === "area" && !tags(g).ward);
  return {
    source: CREDIT,
    panels: [
      panel("wards", land, wards, all.filter((g) => !tags(g).ward), options),
      panel("outer", land, outerAreas, all.filter((g) => tags(g).role === "context" || tags(g).ward), options),
    ],
  };
}

/** A panel fitted to its areas; whatever else falls in its frame is context. */
function panel(id: AreaMapPanel["id"], presimplified: Land, areas: LandGeometry[], context: LandGeometry[], options: BuildOptions): DrawnPanel {
  const union = (geometries: LandGeometry[], topo: Land) => rewound(merge(topo as never, geometries as never));
  const projection = geoMercator().fitWidth(options.width - 2 * options.padding, union(areas, presimplified));
  const [tx, ty] = projection.translate();
  projection.translate([tx + options.padding, ty + options.padding]);
  const height = Math.ceil(geoPath(projection).bounds(union(areas, presimplified))[1][1] + options.padding);
  projection.clipExtent([[0, 0], [options.width, height]]);

  // Weight is a spherical triangle's area (steradians); one path unit is 1/scale radians here.
  const unit = Math.cos((projection.invert!([options.width / 2, height / 2])![1] * Math.PI) / 180) / projection.scale();
  const topo = simplify(presimplified, (options.tolerance * unit) ** 2);
  const draw = (geometry: MultiPolygon) => {
    const recorder = new RingRecorder();
    geoPath(projection, recorder)(geometry);
    return compactPath(recorder.rings);
  };
  const codes = [...new Set(areas.map((g) => tags(g).code!))].sort();
  const shapes = codes.map((code) => {
    const geometry = union(areas.filter((g) => tags(g).code === code), topo);
    const { point, room } = labelPoint(geometry, projection);
    return { code, d: draw(geometry), label: point, room };
  });
  return {
    id,
    width: options.width,
    height,
    areas: shapes,
    context: draw(union(context, topo)),
    tokyo: draw(union(topo.objects.land.geometries.filter((g) => tags(g).prefecture === TOKYO), topo)),
  };
}

/** d3-geo wants exterior rings clockwise; the national data (RFC 7946) winds them the other way. */
export function rewound(geometry: MultiPolygon): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((polygon) => (geoArea({ type: "Polygon", coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon)),
  };
}

/** The point inside the largest polygon farthest from its edge (a label fits there). */
function labelPoint(geometry: MultiPolygon, projection: GeoProjection): { point: [number, number]; room: number } {
  const largest = [...geometry.coordinates].sort((a, b) => geoArea({ type: "Polygon", coordinates: b }) - geoArea({ type: "Polygon", coordinates: a }))[0]!;
  const rings: Ring[] = largest.map((ring) => ring.map((p: Position) => projection([p[0]!, p[1]!])!));
  const found = polylabel(rings, 0.5);
  return { point: [Math.round(found[0]!), Math.round(found[1]!)], room: Math.floor(found.distance) };
}
