// SVG path data as short as it can be for outlines drawn a few hundred pixels wide: whole-number
// coordinates (the panels are laid out 1,000 units wide, so one unit is a third of a pixel on a
// phone), each ring started with an absolute move and continued with relative line-tos, points
// that round onto the previous one dropped.
import type { GeoContext } from "d3-geo";

export type Ring = [number, number][];

/** A d3-geo path context (geoPath(projection, context)) that keeps the projected rings. */
export class RingRecorder implements GeoContext {
  readonly rings: Ring[] = [];
  private current: Ring | null = null;
  moveTo(x: number, y: number) {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number) {
    this.current?.push([x, y]);
  }
  closePath() {
    this.current = null;
  }
  beginPath() {}
  arc() {
    throw new Error("points are not drawn on the area map");
  }
}

const signed = (n: number) => (n < 0 ? String(n) : ` ${n}`);

export function compactPath(rings: readonly Ring[]): string {
  let out = "";
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = points.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    const first = points[0];
    const end = points.at(-1);
    if (first && end && points.length > 1 && first[0] === end[0] && first[1] === end[1]) points.pop();
    if (points.length < 3) continue; // rounded away: smaller than a unit
    out += `M${points[0]![0]}${signed(points[0]![1])}l`;
    for (let i = 1; i < points.length; i++) {
      const dx = points[i]![0] - points[i - 1]![0];
      const dy = points[i]![1] - points[i - 1]![1];
      out += `${i === 1 ? String(dx) : signed(dx)}${signed(dy)}`;
    }
    out += "z";
  }
  return out;
}
