// Cleaning up covers: drop redundant columns, then swap a column for a cheaper one that
// covers everything only it covered. Both keep the cover feasible at every step.
import type { WorkClock } from "./deadline";
import type { CompactInstance } from "./instance";

/** Columns sorted by decreasing cost (ties: larger index first), the order in which dropping pays most. */
function byCostDescending(instance: CompactInstance, columns: ArrayLike<number>): number[] {
  return Array.from(columns).sort((a, b) => instance.cost[b]! - instance.cost[a]! || b - a);
}

function coverCounts(instance: CompactInstance, columns: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(instance.rowCount);
  for (let k = 0; k < columns.length; k++) {
    const j = columns[k]!;
    for (let p = instance.colStart[j]!; p < instance.colStart[j + 1]!; p++) counts[instance.colRows[p]!]!++;
  }
  return counts;
}

function isRedundant(instance: CompactInstance, counts: Int32Array, j: number): boolean {
  for (let p = instance.colStart[j]!; p < instance.colStart[j + 1]!; p++) if (counts[instance.colRows[p]!]! < 2) return false;
  return true;
}

/**
 * Drops columns whose rows are all covered twice, most expensive first. Dropping only lowers
 * counts, so one pass in that order equals "repeatedly drop the dearest redundant column".
 */
export function removeRedundant(instance: CompactInstance, columns: ArrayLike<number>): number[] {
  const counts = coverCounts(instance, columns);
  const kept: number[] = [];
  for (const j of byCostDescending(instance, columns)) {
    if (isRedundant(instance, counts, j)) {
      for (let p = instance.colStart[j]!; p < instance.colStart[j + 1]!; p++) counts[instance.colRows[p]!]!--;
    } else kept.push(j);
  }
  return kept.sort((a, b) => a - b);
}

/**
 * 1-for-1 swaps: for each chosen column, the rows only it covers may all be covered by a single
 * cheaper unchosen column; take the cheapest such swap, then drop what became redundant.
 * Repeats until a pass finds nothing, `maxPasses` passes were made or the work clock passes `stopAt`.
 */
export function improveBySwaps(instance: CompactInstance, columns: ArrayLike<number>, maxPasses = 10, stopAt = Infinity, clock?: WorkClock): number[] {
  const { cost, colStart, colRows, rowStart, rowCols } = instance;
  let solution = removeRedundant(instance, columns);
  const chosen = new Uint8Array(instance.columnCount);
  const mark = new Int32Array(instance.rowCount).fill(-1);
  let stamp = 0;
  const onlyHere: number[] = [];

  for (let pass = 0; pass < maxPasses && (clock?.now() ?? 0) < stopAt; pass++) {
    clock?.spend(instance.colRows.length);
    const counts = coverCounts(instance, solution);
    chosen.fill(0);
    for (const j of solution) chosen[j] = 1;
    let improved = false;

    for (const j of byCostDescending(instance, solution)) {
      onlyHere.length = 0;
      let pivot = -1;
      for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
        const i = colRows[p]!;
        if (counts[i] !== 1) continue;
        onlyHere.push(i);
        if (pivot < 0 || rowStart[i + 1]! - rowStart[i]! < rowStart[pivot + 1]! - rowStart[pivot]!) pivot = i;
      }
      if (pivot < 0) continue; // redundant columns are gone; keep the loop total anyway

      let best = -1;
      for (let q = rowStart[pivot]!; q < rowStart[pivot + 1]!; q++) {
        const k = rowCols[q]!;
        if (chosen[k] || cost[k]! >= cost[j]! || (best >= 0 && cost[k]! >= cost[best]!)) continue;
        stamp++;
        for (let p = colStart[k]!; p < colStart[k + 1]!; p++) mark[colRows[p]!] = stamp;
        if (onlyHere.every((i) => mark[i] === stamp)) best = k;
      }
      if (best < 0) continue;

      chosen[j] = 0;
      chosen[best] = 1;
      for (let p = colStart[j]!; p < colStart[j + 1]!; p++) counts[colRows[p]!]!--;
      for (let p = colStart[best]!; p < colStart[best + 1]!; p++) counts[colRows[p]!]!++;
      improved = true;
    }
    if (!improved) break;
    const next: number[] = [];
    chosen.forEach((c, j) => {
      if (c) next.push(j);
    });
    solution = removeRedundant(instance, next);
  }
  return solution;
}
