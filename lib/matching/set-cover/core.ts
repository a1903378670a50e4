// Core problem (Caprara, Fischetti & Toth 1999): the subgradient and greedy only need the
// columns that are cheap under the current multipliers. The core is re-priced from the full
// instance now and then, which is also when the bound becomes valid for the full problem.
import type { CompactInstance } from "./instance";

const CHEAPEST_PER_ROW = 5;
const MAX_CORE_PER_ROW = 5;

/**
 * Columns with Lagrangian cost below a small threshold (at most 5 per row overall, smallest
 * first), plus the 5 cheapest-by-Lagrangian-cost columns of every row so every row stays
 * coverable. `extra` columns (e.g. the incumbent) are always kept. Result is sorted.
 */
export function selectCore(full: CompactInstance, reducedCosts: Float64Array, smallestCost: number, extra: ArrayLike<number> = []): Int32Array {
  const { rowCount, columnCount, rowStart, rowCols } = full;
  const inCore = new Uint8Array(columnCount);
  for (let k = 0; k < extra.length; k++) inCore[extra[k]!] = 1;

  const threshold = 0.1 * smallestCost;
  const cheap: number[] = [];
  for (let j = 0; j < columnCount; j++) if (reducedCosts[j]! < threshold) cheap.push(j);
  const cap = MAX_CORE_PER_ROW * rowCount;
  if (cheap.length > cap) cheap.sort((a, b) => reducedCosts[a]! - reducedCosts[b]! || a - b).length = cap;
  for (const j of cheap) inCore[j] = 1;

  const bestIds = new Int32Array(CHEAPEST_PER_ROW);
  const bestCosts = new Float64Array(CHEAPEST_PER_ROW);
  for (let i = 0; i < rowCount; i++) {
    let size = 0;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const j = rowCols[p]!;
      const c = reducedCosts[j]!;
      if (size === CHEAPEST_PER_ROW && c >= bestCosts[size - 1]!) continue;
      let at = size < CHEAPEST_PER_ROW ? size++ : size - 1;
      while (at > 0 && bestCosts[at - 1]! > c) {
        bestCosts[at] = bestCosts[at - 1]!;
        bestIds[at] = bestIds[at - 1]!;
        at--;
      }
      bestCosts[at] = c;
      bestIds[at] = j;
    }
    for (let k = 0; k < size; k++) inCore[bestIds[k]!] = 1;
  }

  let count = 0;
  for (let j = 0; j < columnCount; j++) count += inCore[j]!;
  const core = new Int32Array(count);
  for (let j = 0, at = 0; j < columnCount; j++) if (inCore[j]) core[at++] = j;
  return core;
}
