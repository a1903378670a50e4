// The map build: which boundary is which platform area, the compact path data, and a whole build
// on a few squares small enough to reason about.
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { MunicipalityInfo } from "@/lib/taxonomy/municipalities";
import { buildAreaMap } from "@/scripts/area-map/build";
import { compactPath, type Ring } from "@/scripts/area-map/compact-path";
import { boundaryRole, type BoundaryProperties } from "@/scripts/area-map/platform-areas";

const town = (code: string, prefecture: MunicipalityInfo["prefecture"], nameJa: string, kind: MunicipalityInfo["kind"] = "CITY"): MunicipalityInfo => ({ code, prefecture, kind, nameJa, nameEn: nameJa, latitude: 0, longitude: 0 });
const KNOWN = [town("13101", "TOKYO", "千代田区", "WARD"), town("13102", "TOKYO", "中央区", "WARD"), town("13201", "TOKYO", "八王子市"), town("14150", "KANAGAWA", "相模原市")];
const props = (code: string | null, county: string | null, name: string): BoundaryProperties => ({ N03_001: null, N03_003: county, N03_004: name, N03_007: code });

describe("boundaryRole", () => {
  it("matches a platform area by its local-government code", () => {
    expect(boundaryRole(props("13101", null, "千代田区"), KNOWN)).toEqual({ kind: "area", code: "13101" });
    expect(boundaryRole(props("13201", null, "八王子市"), KNOWN)).toEqual({ kind: "area", code: "13201" });
  });

  it("joins a designated city's wards into the city the platform lists", () => {
    for (const code of ["14151", "14152", "14153"]) expect(boundaryRole(props(code, "相模原市", "緑区"), KNOWN)).toEqual({ kind: "area", code: "14150" });
  });

  it("does not join a ward of a same-named city in another prefecture", () => {
    expect(boundaryRole(props("11101", "相模原市", "西区"), KNOWN)).toEqual({ kind: "context" });
  });

  it("draws land the platform does not list as context", () => {
    expect(boundaryRole(props("14101", "横浜市", "鶴見区"), KNOWN)).toEqual({ kind: "context" });
    expect(boundaryRole(props("13305", "西多摩郡", "日の出町"), KNOWN)).toEqual({ kind: "context" });
  });

  it("leaves out the islands and land of undecided belonging", () => {
    expect(boundaryRole(props("13361", "大島支庁", "大島町"), KNOWN)).toEqual({ kind: "omitted" });
    expect(boundaryRole(props("13421", "小笠原支庁", "小笠原村"), KNOWN)).toEqual({ kind: "omitted" });
    expect(boundaryRole(props(null, null, "所属未定地"), KNOWN)).toEqual({ kind: "omitted" });
  });
});

/** Absolute points back from compact path data (M x y l dx dy … z), to check it. */
function parseRings(d: string): Ring[] {
  return d.split("z").filter(Boolean).map((part) => {
    const [move, line = ""] = part.slice(1).split("l");
    const numbers = (s: string) => (s.match(/-?\d+/g) ?? []).map(Number);
    const ring: Ring = [numbers(move!) as [number, number]];
    const steps = numbers(line);
    for (let i = 0; i < steps.length; i += 2) ring.push([ring.at(-1)![0] + steps[i]!, ring.at(-1)![1] + steps[i + 1]!]);
    return ring;
  });
}

describe("compactPath", () => {
  it("writes whole-number points as an absolute move and relative lines", () => {
    expect(compactPath([[[10.2, 20.4], [30.6, 20.1], [30, 5], [10.2, 20.4]]])).toBe("M10 20l21 0-1-15z");
    expect(parseRings(compactPath([[[10.2, 20.4], [30.6, 20.1], [30, 5]]]))).toEqual([[[10, 20], [31, 20], [30, 5]]]);
  });

  it("drops points that round onto the previous one, and rings that round away", () => {
    expect(compactPath([[[0, 0], [0.2, 0.1], [5, 0], [5, 5]], [[100, 100], [100.3, 100.2], [100.1, 99.9]]])).toBe("M0 0l5 0 0 5z");
  });

  it("keeps each ring of a multi-part area", () => {
    const rings: Ring[] = [[[0, 0], [10, 0], [10, 10]], [[50, 50], [40, 60], [60, 60]]];
    expect(parseRings(compactPath(rings))).toEqual(rings);
  });
});

/** A square `size` hundredths of a degree wide with its south-west corner at (lng, lat) in hundredths
 *  (whole numbers, so neighbours share their corners exactly), wound as RFC 7946 does. */
const square = (code: string | null, county: string | null, lng: number, lat: number, size = 2): Feature<Polygon, BoundaryProperties> => {
  const [w, s, e, n] = [lng / 100, lat / 100, (lng + size) / 100, (lat + size) / 100];
  return { type: "Feature", properties: props(code, county, ""), geometry: { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
};
const widthOf = (d: string) => {
  const xs = parseRings(d).flat().map(([x]) => x);
  return Math.max(...xs) - Math.min(...xs);
};

describe("buildAreaMap", () => {
  const tokyo: FeatureCollection<Polygon, BoundaryProperties> = {
    type: "FeatureCollection",
    features: [square("13101", null, 13974, 3568), square("13102", null, 13976, 3568), square("13201", null, 13930, 3564, 10), square("13305", "西多摩郡", 13920, 3574, 10)],
  };
  const kanagawa: FeatureCollection<Polygon, BoundaryProperties> = {
    type: "FeatureCollection",
    features: [square("14151", "相模原市", 13920, 3554, 10), square("14152", "相模原市", 13930, 3554, 10), square("14101", "横浜市", 13960, 3544, 10)],
  };
  const shapes = buildAreaMap([tokyo, kanagawa], KNOWN);
  const [wards, outer] = shapes.panels;

  it("draws the wards in one panel and the other areas in the other, each once", () => {
    expect(wards!.areas.map((a) => a.code)).toEqual(["13101", "13102"]);
    expect(outer!.areas.map((a) => a.code)).toEqual(["13201", "14150"]);
  });

  it("draws a designated city as one outline, without the border between its wards", () => {
    const sagamihara = outer!.areas.find((a) => a.code === "14150")!;
    expect(parseRings(sagamihara.d)).toHaveLength(1); // two squares would be two rings
    const hachioji = outer!.areas.find((a) => a.code === "13201")!;
    expect(widthOf(sagamihara.d)).toBeGreaterThanOrEqual(2 * widthOf(hachioji.d) - 2);
  });

  it("fits each panel to its areas, with labels inside them", () => {
    for (const panel of shapes.panels) {
      const points = panel.areas.flatMap((a) => parseRings(a.d).flat());
      expect(Math.min(...points.map(([x]) => x))).toBeGreaterThanOrEqual(0);
      expect(Math.max(...points.map(([x]) => x))).toBeLessThanOrEqual(panel.width);
      expect(Math.max(...points.map(([, y]) => y))).toBeLessThanOrEqual(panel.height);
      for (const area of panel.areas) {
        const ring = parseRings(area.d)[0]!;
        const [x, y] = area.label;
        expect(x).toBeGreaterThan(Math.min(...ring.map(([px]) => px)));
        expect(x).toBeLessThan(Math.max(...ring.map(([px]) => px)));
        expect(y).toBeGreaterThan(Math.min(...ring.map(([, py]) => py)));
        expect(y).toBeLessThan(Math.max(...ring.map(([, py]) => py)));
        expect(area.room).toBeGreaterThan(0);
      }
    }
  });

  it("keeps north up: a square further north is drawn higher", () => {
    const hachioji = parseRings(outer!.areas.find((a) => a.code === "13201")!.d).flat();
    const sagamihara = parseRings(outer!.areas.find((a) => a.code === "14150")!.d).flat();
    expect(Math.max(...hachioji.map(([, y]) => y))).toBe(Math.min(...sagamihara.map(([, y]) => y)));
  });

  it("draws unlisted land as context and credits the source", () => {
    expect(parseRings(outer!.context).length).toBeGreaterThan(0);
    expect(shapes.source).toBe("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
  });

  it("leaves the islands out: with or without them the map is the same", () => {
    const withIslands = { ...tokyo, features: [...tokyo.features, square("13361", "大島支庁", 13936, 3470, 10), square(null, null, 13980, 3550, 1)] };
    expect(buildAreaMap([withIslands, kanagawa], KNOWN)).toEqual(shapes);
  });

  it("refuses to build when a platform area has no boundary", () => {
    expect(() => buildAreaMap([tokyo], KNOWN)).toThrow(/14150 相模原市/);
  });
});
