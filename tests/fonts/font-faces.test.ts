// The bundled font's faces read from its own stylesheet, and the choice of the subsets a page needs
// (components/shell/bundled-font.tsx loads those before adding the faces, so the page is laid out once).
import { describe, expect, it } from "vitest";
import { bundledFontStylesheet } from "@/lib/fonts/bundled-font-files";
import { faceWeight, facesFor, parseFontFaces, parseUnicodeRange } from "@/lib/fonts/font-faces";

const codePoints = (text: string) => new Set([...text].map((char) => char.codePointAt(0)!));

describe("the bundled font's faces", () => {
  const css = bundledFontStylesheet();
  const rules = parseFontFaces(css);

  it("reads every @font-face of the stylesheet: family, weight, file and ranges", () => {
    expect(rules).toHaveLength(css.match(/@font-face/g)!.length);
    expect(new Set(rules.map((rule) => rule.family))).toEqual(new Set(["Noto Sans JP"]));
    expect(new Set(rules.map((rule) => rule.weight))).toEqual(new Set([400, 700]));
    for (const rule of rules) {
      expect(rule.file).toMatch(/^noto-sans-jp-[a-z0-9-]+-(400|700)-normal\.woff2$/);
      expect(rule.file).toContain(`-${rule.weight}-`);
      expect(rule.ranges.length).toBeGreaterThan(0);
      for (const [from, to] of rule.ranges) expect(from).toBeLessThanOrEqual(to);
    }
  });

  it("reads the stylesheet face by face (as the loader does, in idle slices) as it reads it whole", () => {
    const read = new Map<string, [number, number][]>();
    const parts = css.split(/(?=@font-face)/);
    expect(parts.length).toBeGreaterThan(rules.length / 2);
    const inParts = parts.flatMap((part) => parseFontFaces(part, read));
    expect(inParts).toEqual(rules);
    // Each weight repeats the same ranges: read once, shared by both weights' faces.
    expect(read.size).toBeLessThan(inParts.length);
  });

  it("reads single code points, spans and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+4??")).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]]);
  });

  it("chooses, for each weight, only the subsets that draw some of the text", () => {
    const text = "共同受注プラットフォーム 東京の町工場 Start 2026年";
    const used = new Map([[400, codePoints(text)], [700, codePoints("受注")]]);
    const chosen = facesFor(rules, used);
    // Every character of the text is covered by a chosen face of its weight …
    for (const [weight, points] of used) {
      for (const point of points) {
        if (point === 0x20) continue;
        expect(chosen.some((rule) => rule.weight === weight && rule.ranges.some(([from, to]) => point >= from && point <= to)), `U+${point.toString(16)} in ${weight}`).toBe(true);
      }
    }
    // … and no face is chosen that draws none of it: a few of the ~120 subsets per weight.
    const regular = chosen.filter((rule) => rule.weight === 400).length;
    const bold = chosen.filter((rule) => rule.weight === 700).length;
    expect(regular).toBeLessThanOrEqual(text.length);
    expect(bold).toBeLessThanOrEqual(2);
    expect(bold).toBeGreaterThan(0);
    expect(facesFor(rules, new Map([[400, new Set<number>()], [700, new Set<number>()]]))).toEqual([]);
  });

  it("draws weights up to 500 with the regular face and heavier ones with the bold", () => {
    expect([100, 400, 500, 600, 700, 900].map(faceWeight)).toEqual([400, 400, 400, 700, 700, 700]);
  });
});
