// Exact branch and bound for small instances: branch on the open row with fewest candidate
// columns; the k-th branch takes its k-th cheapest column and forbids the cheaper ones, so
// every cover is enumerated once.
import type { CompactInstance } from "./instance";

export interface ExactResult {
  columns: number[];
  cost: number;
  /** False when the node or time limit cut the search short (the cover is then only the best found). */
  proven: boolean;
}

export function solveExactly(instance: CompactInstance, expired: () => boolean, nodeLimit = 2_000_000): ExactResult | null {
  const { rowCount, columnCount, cost, colStart, colRows, rowStart, rowCols } = instance;
  const coveredBy = new Int32Array(rowCount);
  const forbidden = new Uint8Array(columnCount);
  const stack: number[] = [];
  let best: number[] | null = null;
  let bestCost = Infinity;
  let nodes = 0;
  let cutShort = false;

  const take = (j: number, delta: number) => {
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) coveredBy[colRows[p]!]! += delta;
  };

  const search = (spent: number): void => {
    if (cutShort) return;
    if (++nodes > nodeLimit || (nodes % 4096 === 0 && expired())) {
      cutShort = true;
      return;
    }
    // Pick the most constrained open row; also bound by the dearest "cheapest way" to cover a row.
    let branchRow = -1;
    let fewest = Infinity;
    let mustSpend = 0;
    for (let i = 0; i < rowCount; i++) {
      if (coveredBy[i]! > 0) continue;
      let options = 0;
      let cheapest = Infinity;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const j = rowCols[p]!;
        if (forbidden[j]) continue;
        options++;
        if (cost[j]! < cheapest) cheapest = cost[j]!;
      }
      if (options === 0) return;
      if (cheapest > mustSpend) mustSpend = cheapest;
      if (options < fewest) {
        fewest = options;
        branchRow = i;
      }
    }
    if (branchRow < 0) {
      if (spent < bestCost) {
        bestCost = spent;
        best = [...stack];
      }
      return;
    }
    if (spent + mustSpend >= bestCost) return;

    const candidates: number[] = [];
    for (let p = rowStart[branchRow]!; p < rowStart[branchRow + 1]!; p++) if (!forbidden[rowCols[p]!]) candidates.push(rowCols[p]!);
    candidates.sort((a, b) => cost[a]! - cost[b]! || a - b);
    for (const j of candidates) {
      if (spent + cost[j]! >= bestCost) break;
      stack.push(j);
      take(j, 1);
      search(spent + cost[j]!);
      take(j, -1);
      stack.pop();
      forbidden[j] = 1;
    }
    for (const j of candidates) forbidden[j] = 0;
  };

  search(0);
  if (best === null) return null;
  return { columns: (best as number[]).sort((a, b) => a - b), cost: bestCost, proven: !cutShort };
}
