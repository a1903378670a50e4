// What the in-page DXF viewer draws: every outline, hole and arc as a path, texts decoded, the
// frame around them — here for the demo valve block and its stamped copy.
import DxfParser from "dxf-parser";
import { describe, expect, it } from "vitest";
import { valveBlockDxf } from "@/lib/demo-data/demo-drawings";
import { dxfShapes } from "@/lib/drawings/dxf-shapes";
import { stampDxf } from "@/lib/drawings/stamp-cad";

const parse = (text: string) => new DxfParser().parseSync(text)!;

describe("DXF to SVG shapes", () => {
  it("draws lines, circles and arcs as paths within the drawing's extents", () => {
    const shapes = dxfShapes(parse(valveBlockDxf()));
    expect(shapes.paths).toHaveLength(4 + 7 + 1); // outline, holes, the arc
    expect(shapes.paths.every((d) => d.startsWith("M"))).toBe(true);
    expect(shapes.bounds).toMatchObject({ minX: 0, maxX: 120 });
    expect(shapes.bounds!.minY).toBeLessThan(0); // the title text sits below the part
    expect(shapes.texts.map((t) => t.text)).toEqual(["VB-220 PLAN  120 x 80  A6061-T6", "3x G3/8"]);
  });

  it("shows the stamp of a reader's copy as readable text", () => {
    const stamped = new TextDecoder().decode(stampDxf(new TextEncoder().encode(valveBlockDxf()), { organisation: "墨田プレス", user: "佐藤", date: "2026-12-06" }));
    const texts = dxfShapes(parse(stamped)).texts.map((t) => t.text);
    expect(texts).toContain("社外秘 / CONFIDENTIAL · 墨田プレス · 佐藤 · 2026-12-06");
  });

  it("draws a polyline bulge as an arc through the right end point", () => {
    const dxf = parse(["0", "SECTION", "2", "ENTITIES", "0", "LWPOLYLINE", "8", "0", "90", "2", "70", "0", "10", "0", "20", "0", "42", "1", "10", "10", "20", "0", "0", "ENDSEC", "0", "EOF"].join("\n"));
    const [d] = dxfShapes(dxf).paths;
    const points = d!.slice(1).split("L").map((p) => p.split(" ").map(Number));
    expect(points.at(-1)).toEqual([10, 0]);
    expect(Math.max(...points.map((p) => Math.abs(p[1]!)))).toBeCloseTo(5, 1); // a half circle of radius 5
  });
});
