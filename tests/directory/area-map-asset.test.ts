// The committed map geometry: every area the platform lists is drawn, once, in the right panel, and
// the file stays small. Where the boundary data is at hand (../shared/geo, or AREA_MAP_GEO), the
// committed file must be exactly what the build script makes from it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AREA_MAP_SHAPES } from "@/lib/directory/area-map-asset";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { buildAreaMap } from "@/scripts/area-map/build";
import { AREA_MAP_OUTPUT, assetText, DEFAULT_GEO_DIR, PREFECTURE_FILES, readBoundaries } from "@/scripts/area-map/source";

const geoDir = path.resolve(process.env.AREA_MAP_GEO ?? DEFAULT_GEO_DIR);
const haveInput = PREFECTURE_FILES.every((file) => existsSync(path.join(geoDir, file)));

describe("the committed area map", () => {
  const drawn = AREA_MAP_SHAPES.panels.flatMap((panel) => panel.areas.map((area) => ({ panel: panel.id, ...area })));

  it("draws every ward and city the platform lists exactly once, wards in the wards panel", () => {
    expect(drawn.map((a) => a.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    for (const m of MUNICIPALITIES) expect(drawn.find((a) => a.code === m.code)!.panel).toBe(m.kind === "WARD" ? "wards" : "outer");
  });

  it("has an outline and a label point inside the panel for each", () => {
    for (const panel of AREA_MAP_SHAPES.panels) {
      for (const area of panel.areas) {
        expect(area.d).toMatch(/^M\d+ \d+l[-\d ]+z/);
        expect(area.label[0]).toBeGreaterThan(0);
        expect(area.label[0]).toBeLessThan(panel.width);
        expect(area.label[1]).toBeGreaterThan(0);
        expect(area.label[1]).toBeLessThan(panel.height);
      }
    }
  });

  it("carries the credit the data's terms require", () => {
    expect(AREA_MAP_SHAPES.source).toBe("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
  });

  it("stays small: under 40 KB, under 14 KB compressed", () => {
    const text = readFileSync(AREA_MAP_OUTPUT);
    expect(text.length).toBeLessThan(40_000);
    expect(gzipSync(text).length).toBeLessThan(14_000);
  });

  it.runIf(haveInput)("is what the build script makes from the boundary data", () => {
    expect(assetText(buildAreaMap(readBoundaries(geoDir), MUNICIPALITIES))).toBe(readFileSync(AREA_MAP_OUTPUT, "utf8"));
  });
});
