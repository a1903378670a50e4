// The reference range a member sees while pricing a step: the interquartile range of the unit
// prices in accepted offers for the same process, material family and quantity band. It is shown
// only when at least MIN_ORDERS orders stand behind it, and never says whose prices they were. Pure.
import type { Yen } from "@/lib/money/yen";

export const MIN_ORDERS = 5;

/** Quantity bands by order of magnitude: 1–9, 10–99, 100–999, 1,000–9,999, 10,000+. */
export function quantityBand(quantity: number): { min: number; max: number | null } {
  const bounds = [1, 10, 100, 1000, 10_000];
  const index = bounds.findLastIndex((b) => quantity >= b);
  const min = bounds[Math.max(0, index)]!;
  return { min, max: index + 1 < bounds.length ? bounds[index + 1]! : null };
}

export interface ReferenceRange {
  q1: Yen;
  median: Yen;
  q3: Yen;
  orders: number;
}

/** The k-th quartile (k = 1, 2, 3) of sorted values, interpolated like PostgreSQL's percentile_cont, rounded half up to whole yen. */
function quartile(sorted: readonly Yen[], k: 1 | 2 | 3): Yen {
  const scaled = BigInt(sorted.length - 1) * BigInt(k);
  const i = Number(scaled / 4n);
  const r = scaled % 4n;
  const low = sorted[i]!;
  if (r === 0n) return low;
  const high = sorted[i + 1]!;
  return low + ((high - low) * r * 2n + 4n) / 8n;
}

/** `prices` are the unit prices of the matching lines; `orders` how many distinct accepted offers they came from. */
export function referenceRange(prices: readonly Yen[], orders: number): ReferenceRange | null {
  if (orders < MIN_ORDERS || prices.length === 0) return null;
  const sorted = [...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { q1: quartile(sorted, 1), median: quartile(sorted, 2), q3: quartile(sorted, 3), orders };
}
