// The committed map geometry: every area the platform lists is drawn, once, in the right panel, and
// the files stay small. Where the boundary data is at hand (../shared/geo, or AREA_MAP_GEO), the
// committed files must be exactly what the build script makes from it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AREA_MAP_SHAPES } from "@/lib/directory/area-map-asset";
import { outlineId } from "@/lib/directory/area-map-types";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { buildAreaMap } from "@/scripts/area-map/build";
import { AREA_MAP_META, AREA_MAP_SVG, assetFiles, DEFAULT_GEO_DIR, PREFECTURE_FILES, readBoundaries } from "@/scripts/area-map/source";

const geoDir = path.resolve(process.env.AREA_MAP_GEO ?? DEFAULT_GEO_DIR);
const haveInput = PREFECTURE_FILES.every((file) => existsSync(path.join(geoDir, file)));
const svg = readFileSync(AREA_MAP_SVG, "utf8");
const outlines = new Map([...svg.matchAll(/<path id="([a-z]\w*)" d="([^"]*)"\/>/g)].map(([, id, d]) => [id!, d!]));

describe("the committed area map", () => {
  const drawn = AREA_MAP_SHAPES.panels.flatMap((panel) => panel.areas.map((area) => ({ panel: panel.id, ...area })));

  it("draws every ward and city the platform lists exactly once, wards in the wards panel", () => {
    expect(drawn.map((a) => a.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    for (const m of MUNICIPALITIES) expect(drawn.find((a) => a.code === m.code)!.panel).toBe(m.kind === "WARD" ? "wards" : "outer");
  });

  it("has an outline in the SVG file and a label point inside the panel for each", () => {
    for (const panel of AREA_MAP_SHAPES.panels) {
      for (const what of ["context", "tokyo"]) expect(outlines.get(outlineId(panel.id, what))).toMatch(/^M\d+ \d+l[-\d ]+z/);
      for (const area of panel.areas) {
        expect(outlines.get(outlineId(panel.id, area.code))).toMatch(/^M\d+ \d+l[-\d ]+z/);
        expect(area.label[0]).toBeGreaterThan(0);
        expect(area.label[0]).toBeLessThan(panel.width);
        expect(area.label[1]).toBeGreaterThan(0);
        expect(area.label[1]).toBeLessThan(panel.height);
      }
    }
    expect(outlines.size).toBe(drawn.length + 2 * AREA_MAP_SHAPES.panels.length);
  });

  it("carries the credit the data's terms require", () => {
    expect(AREA_MAP_SHAPES.source).toBe("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
  });

  it("stays small: outlines under 40 KB (14 KB compressed), placement under 4 KB", () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
    expect(gzipSync(svg).length).toBeLessThan(14_000);
    expect(readFileSync(AREA_MAP_META).length).toBeLessThan(4_000);
  });

  it.runIf(haveInput)("is what the build script makes from the boundary data", () => {
    const files = assetFiles(buildAreaMap(readBoundaries(geoDir), MUNICIPALITIES));
    expect(files[AREA_MAP_SVG]).toBe(svg);
    expect(files[AREA_MAP_META]).toBe(readFileSync(AREA_MAP_META, "utf8"));
  });
});
