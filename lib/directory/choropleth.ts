// How the directory map colours a ward or city by its number of matching firms: a few classes with
// round bounds (1–9, 10–19, …), so the legend reads at a glance, on a sequential scale that runs
// from light to dark (ColorBrewer YlGnBu, safe for the common colour-vision deficiencies). Areas
// with no matching firm stay white: "none" is not a shade of "some".
import { ticks } from "d3-array";

export interface CountClass {
  min: number;
  max: number;
  fill: string;
  /** Text drawn on this fill (the darker fills need white). */
  ink: string;
}

export const NO_MATCH = { fill: "#ffffff", ink: "#334155" } as const;

/** ColorBrewer YlGnBu, the darker five of its six classes (the lightest is too close to white). */
const SCALE = [
  { fill: "#c7e9b4", ink: "#0f172a" },
  { fill: "#7fcdbb", ink: "#0f172a" },
  { fill: "#41b6c4", ink: "#0f172a" },
  { fill: "#2c7fb8", ink: "#000000" },
  { fill: "#253494", ink: "#ffffff" },
] as const;

/** Classes covering 1…`max` with round lower bounds, at most five; none when nothing matches. */
export function countClasses(max: number): CountClass[] {
  if (max < 1) return [];
  let starts: number[];
  if (max <= SCALE.length) {
    starts = Array.from({ length: max }, (_, i) => i + 1);
  } else {
    let want = SCALE.length;
    do starts = [1, ...ticks(0, max, want--).filter((t) => Number.isInteger(t) && t > 1 && t < max)];
    while (starts.length > SCALE.length);
  }
  // Spread fewer classes over the whole scale, so the top class is always the darkest.
  const shade = (i: number) => SCALE[starts.length === 1 ? SCALE.length - 1 : Math.round((i * (SCALE.length - 1)) / (starts.length - 1))]!;
  return starts.map((min, i) => ({ min, max: i + 1 < starts.length ? starts[i + 1]! - 1 : max, ...shade(i) }));
}

/** The class a count falls in; null for zero (no matching firm). */
export function classOf(count: number, classes: readonly CountClass[]): CountClass | null {
  return classes.find((c) => count >= c.min && count <= c.max) ?? null;
}
