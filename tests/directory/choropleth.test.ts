import { describe, expect, it } from "vitest";
import { classOf, countClasses } from "@/lib/directory/choropleth";

/** WCAG relative luminance of a #rrggbb colour. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const bounds = (max: number) => countClasses(max).map((c) => (c.min === c.max ? `${c.min}` : `${c.min}–${c.max}`));

describe("countClasses", () => {
  it("has no class when nothing matches", () => {
    expect(countClasses(0)).toEqual([]);
  });

  it("gives each count its own class while there are five or fewer", () => {
    expect(bounds(1)).toEqual(["1"]);
    expect(bounds(3)).toEqual(["1", "2", "3"]);
    expect(bounds(5)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("uses round lower bounds for larger counts", () => {
    expect(bounds(7)).toEqual(["1", "2–3", "4–5", "6–7"]);
    expect(bounds(47)).toEqual(["1–9", "10–19", "20–29", "30–39", "40–47"]);
    expect(bounds(100)).toEqual(["1–19", "20–39", "40–59", "60–79", "80–100"]);
    expect(bounds(1234)).toEqual(["1–499", "500–999", "1000–1234"]);
  });

  it("covers every count from 1 to the largest exactly once, in at most five classes", () => {
    for (let max = 1; max <= 3000; max++) {
      const classes = countClasses(max);
      expect(classes.length).toBeGreaterThan(0);
      expect(classes.length).toBeLessThanOrEqual(5);
      expect(classes[0]!.min).toBe(1);
      expect(classes.at(-1)!.max).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
      for (const c of classes) expect(c.max).toBeGreaterThanOrEqual(c.min);
    }
  });

  it("runs from light to dark, the largest class always the darkest, each fill distinct", () => {
    for (const max of [1, 2, 3, 7, 47, 500]) {
      const fills = countClasses(max).map((c) => c.fill);
      expect(new Set(fills).size).toBe(fills.length);
      expect(fills.at(-1)).toBe("#253494");
      const light = fills.map(luminance);
      for (let i = 1; i < light.length; i++) expect(light[i]).toBeLessThan(light[i - 1]!);
    }
  });

  it("puts text on each fill with at least 4.5:1 contrast", () => {
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const c of countClasses(5)) expect(contrast(c.fill, c.ink)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("classOf", () => {
  it("finds the class of a count, and none for zero", () => {
    const classes = countClasses(47);
    expect(classOf(0, classes)).toBeNull();
    expect(classOf(1, classes)?.min).toBe(1);
    expect(classOf(9, classes)?.min).toBe(1);
    expect(classOf(10, classes)?.min).toBe(10);
    expect(classOf(47, classes)?.min).toBe(40);
  });
});
