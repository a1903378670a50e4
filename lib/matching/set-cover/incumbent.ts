// The best cover found so far and the rule for when the lower bound proves it optimal.
import { improveBySwaps } from "./local-search";
import type { WorkClock } from "./deadline";
import { totalCost, type CompactInstance } from "./instance";

export interface Incumbent {
  columns: number[];
  cost: number;
}

/** Polishes a cover (redundancy removal, then swaps while the budget allows) and prices it. */
export function polish(instance: CompactInstance, columns: ArrayLike<number>, stopAt = Infinity, clock?: WorkClock): Incumbent {
  const improved = improveBySwaps(instance, columns, 10, stopAt, clock);
  return { columns: improved, cost: totalCost(instance, improved) };
}

/** Whether nothing cheaper than `cost` can exist given `bound`. */
export function boundCloses(bound: number, cost: number, integerCosts: boolean): boolean {
  if (integerCosts) return Math.ceil(bound - 1e-6 * Math.max(1, Math.abs(bound))) >= cost;
  return bound >= cost - 1e-9 * Math.max(1, Math.abs(cost));
}
