// What the directory map's committed geometry holds (see area-map-asset.ts); shared by the page and
// the build script, which cannot load the asset files themselves.

/** One ward or city the platform knows, as placed in a panel. */
export interface AreaShape {
  /** The platform's municipality code (`lib/taxonomy/municipalities.ts`). */
  code: string;
  /** Where its label goes (the point farthest inside the area) and how far that is from the edge. */
  label: [number, number];
  room: number;
}

export interface AreaMapPanel {
  id: "wards" | "outer";
  width: number;
  height: number;
  areas: AreaShape[];
}

export interface AreaMapShapes {
  source: string;
  panels: AreaMapPanel[];
}

/** The id of an outline in the SVG file: an area of a panel, or the panel's context land or Tokyo's border. */
export const outlineId = (panel: AreaMapPanel["id"], what: string) => `${panel[0]}${what}`;
