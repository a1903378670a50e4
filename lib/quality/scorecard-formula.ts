// The monthly scorecard's arithmetic (decision 017): defect ppm, the median days to close, and the
// A–D grade from on-time delivery, defects, non-conformances and buyers' ratings. Pure: the
// figures come from lib/quality/scorecard.ts, which reads them from records.

export interface MonthFigures {
  /** Steps finished this month, and how many of them by their planned end. */
  stepsDone: number;
  stepsOnTime: number;
  /** Sample units inspected in lots of the firm's steps, and how many were out of tolerance. */
  unitsInspected: number;
  unitsNonconforming: number;
  /** Non-conformances raised against the firm this month, and days to close of those it closed. */
  ncRaised: number;
  closeDays: readonly number[];
  /** Buyers' average ratings (1–5) this month, and how many ratings they rest on. */
  ratings: { delivery: number | null; quality: number | null; communication: number | null; price: number | null; count: number };
}

export type Grade = "A" | "B" | "C" | "D";

/** Ratings from fewer raters than this are not shown: no single rater can be identified. */
export const MIN_RATINGS_SHOWN = 3;

export function onTimePercent(f: Pick<MonthFigures, "stepsDone" | "stepsOnTime">): number | null {
  return f.stepsDone ? Math.round((f.stepsOnTime / f.stepsDone) * 1000) / 10 : null;
}

/** Defective units per million inspected (rounded); null with nothing inspected. */
export function defectPpm(f: Pick<MonthFigures, "unitsInspected" | "unitsNonconforming">): number | null {
  return f.unitsInspected ? Math.round((f.unitsNonconforming * 1_000_000) / f.unitsInspected) : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Each part scores 0..1; the grade is their weighted mean over the parts that have data.
const WEIGHTS = { onTime: 0.35, defects: 0.3, nonConformances: 0.15, ratings: 0.2 } as const;
const PPM_GOOD = 100; // at or below: full marks
const PPM_BAD = 10_000; // at or above: none (1 %)

export function partScores(f: MonthFigures): { onTime: number | null; defects: number | null; nonConformances: number; ratings: number | null } {
  const onTime = onTimePercent(f);
  const ppm = defectPpm(f);
  // Log scale between 100 and 10,000 ppm: each tenfold rise in defects halves… to zero at 1 %.
  const defects = ppm === null ? null : ppm <= PPM_GOOD ? 1 : ppm >= PPM_BAD ? 0 : 1 - Math.log10(ppm / PPM_GOOD) / Math.log10(PPM_BAD / PPM_GOOD);
  // One non-conformance in a month costs a quarter; four or more, all of it.
  const nonConformances = Math.max(0, 1 - f.ncRaised * 0.25);
  const shown = [f.ratings.delivery, f.ratings.quality, f.ratings.communication, f.ratings.price].filter((r): r is number => r !== null);
  const ratings = f.ratings.count >= MIN_RATINGS_SHOWN && shown.length ? (shown.reduce((a, b) => a + b, 0) / shown.length - 1) / 4 : null;
  return { onTime: onTime === null ? null : onTime / 100, defects, nonConformances, ratings };
}

/** The grade, or null for a month with no step finished, no lot inspected and no rating. */
export function grade(f: MonthFigures): { grade: Grade; score: number } | null {
  const parts = partScores(f);
  if (parts.onTime === null && parts.defects === null && parts.ratings === null) return null;
  let weight = 0;
  let sum = 0;
  for (const [key, w] of Object.entries(WEIGHTS) as [keyof typeof WEIGHTS, number][]) {
    const value = parts[key];
    if (value === null) continue;
    weight += w;
    sum += w * value;
  }
  const score = Math.round((sum / weight) * 1000) / 1000;
  return { grade: score >= 0.85 ? "A" : score >= 0.7 ? "B" : score >= 0.5 ? "C" : "D", score };
}
