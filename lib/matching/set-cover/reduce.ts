// Presolve: take what any optimum takes, drop what no optimum needs, and report rows no
// column covers. The residual instance has the same optimum minus the fixed cost.
import { subInstance, type CompactInstance } from "./instance";

export interface Reduction {
  /** Rows still to cover and the columns still useful for them (renumbered). */
  residual: CompactInstance;
  /** Residual column → original column. */
  columnOrigin: Int32Array;
  /** Original columns every optimal cover can be assumed to contain. */
  fixedColumns: number[];
  fixedCost: number;
  /** Original rows no column covers: the instance is infeasible when this is non-empty. */
  uncoveredRows: number[];
}

const MAX_PASSES = 10;

export function reduceInstance(instance: CompactInstance, integerCosts: boolean, expired: () => boolean): Reduction {
  const { rowCount, columnCount, cost, colStart, colRows, rowStart } = instance;
  const rowOpen = new Uint8Array(rowCount).fill(1);
  const columnLive = new Uint8Array(columnCount).fill(1);
  const fixedColumns: number[] = [];
  const uncoveredRows: number[] = [];
  let fixedCost = 0;

  const fix = (j: number) => {
    fixedColumns.push(j);
    fixedCost += cost[j]!;
    columnLive[j] = 0;
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) rowOpen[colRows[p]!] = 0;
  };

  for (let i = 0; i < rowCount; i++) {
    if (rowStart[i + 1] === rowStart[i]) {
      rowOpen[i] = 0;
      uncoveredRows.push(i);
    }
  }
  // A column that costs nothing (or pays us) never hurts; negative ones lower every cover's cost.
  for (let j = 0; j < columnCount; j++) {
    if (cost[j]! < 0 || (cost[j] === 0 && colStart[j + 1]! > colStart[j]!)) fix(j);
  }

  // Duplicates are looked for once: later passes only close rows, and the cost rule below
  // removes nearly every duplicate that closing rows could create.
  dropDuplicates(instance, rowOpen, columnLive);
  for (let pass = 0; pass < MAX_PASSES && !expired(); pass++) {
    const dropped = dropDominatedByCheapest(instance, rowOpen, columnLive, integerCosts);
    const fixed = fixSoleCovers(instance, rowOpen, columnLive, fix);
    if (!dropped && !fixed) break;
  }

  const rowMap = new Int32Array(rowCount).fill(-1);
  let residualRows = 0;
  for (let i = 0; i < rowCount; i++) if (rowOpen[i]) rowMap[i] = residualRows++;
  const kept: number[] = [];
  for (let j = 0; j < columnCount; j++) {
    if (!columnLive[j]) continue;
    let open = false;
    for (let p = colStart[j]!; p < colStart[j + 1]! && !open; p++) open = rowOpen[colRows[p]!] === 1;
    if (open) kept.push(j);
  }
  if (residualRows === rowCount && kept.length === columnCount) {
    // Nothing to remove (typical of unit costs): copying a large instance would be wasted time.
    return { residual: instance, columnOrigin: Int32Array.from(kept), fixedColumns, fixedCost, uncoveredRows };
  }
  const { instance: residual, columnOrigin } = subInstance(instance, kept, rowMap, residualRows);
  return { residual, columnOrigin, fixedColumns, fixedCost, uncoveredRows };
}

/** Mixes a row index into 32 well-spread bits (murmur3 finaliser). */
function mixRow(row: number): number {
  let h = Math.imul(row ^ (row >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Among columns covering exactly the same open rows keep the cheapest (lowest index on ties).
 * Columns are bucketed by an order-independent hash of their open rows; only columns with
 * equal hashes are compared row by row.
 */
function dropDuplicates(instance: CompactInstance, rowOpen: Uint8Array, columnLive: Uint8Array): void {
  const { columnCount, cost, colStart, colRows } = instance;
  const buckets = new Map<number, number[]>();
  const mark = new Int32Array(instance.rowCount).fill(-1);
  for (let j = 0; j < columnCount; j++) {
    if (!columnLive[j]) continue;
    let sum = 0;
    let xor = 0;
    let open = 0;
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
      const i = colRows[p]!;
      if (!rowOpen[i]) continue;
      const h = mixRow(i);
      sum = (sum + h) >>> 0;
      xor = (xor ^ Math.imul(h, 0x27d4eb2d)) >>> 0;
      open++;
    }
    if (open === 0) {
      columnLive[j] = 0;
      continue;
    }
    // 53 bits fit a double exactly: 32 from the sum, 21 from the xor (the count is mixed in too).
    const key = sum * 2097152 + ((xor ^ Math.imul(open, 0x9e3779b1)) & 0x1fffff);
    const bucket = buckets.get(key);
    if (bucket === undefined) {
      buckets.set(key, [j]);
      continue;
    }
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) mark[colRows[p]!] = j;
    let twin = -1;
    for (let b = 0; b < bucket.length && twin < 0; b++) {
      const other = bucket[b]!;
      if (sameOpenRows(instance, rowOpen, mark, j, other, open)) twin = b;
    }
    if (twin < 0) bucket.push(j);
    else {
      const other = bucket[twin]!;
      // Columns arrive in index order, so on equal cost the earlier one stays.
      if (cost[j]! < cost[other]!) {
        columnLive[other] = 0;
        bucket[twin] = j;
      } else columnLive[j] = 0;
    }
  }
}

/** Whether `other` covers exactly the `openCount` open rows marked with `j`. */
function sameOpenRows(instance: CompactInstance, rowOpen: Uint8Array, mark: Int32Array, j: number, other: number, openCount: number): boolean {
  let matched = 0;
  for (let p = instance.colStart[other]!; p < instance.colStart[other + 1]!; p++) {
    const i = instance.colRows[p]!;
    if (!rowOpen[i]) continue;
    if (mark[i] !== j) return false;
    matched++;
  }
  return matched === openCount;
}

/**
 * Column j is useless when the cheapest column of each of its rows together cost no more than j:
 * those cheapest columns are never dropped here, so any cover using j can swap it for them.
 */
function dropDominatedByCheapest(instance: CompactInstance, rowOpen: Uint8Array, columnLive: Uint8Array, integerCosts: boolean): boolean {
  const { rowCount, columnCount, cost, colStart, colRows, rowStart, rowCols } = instance;
  const cheapest = new Float64Array(rowCount);
  const cheapestColumn = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < rowCount; i++) {
    if (!rowOpen[i]) continue;
    let best = Infinity;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const j = rowCols[p]!;
      if (columnLive[j] && cost[j]! < best) {
        best = cost[j]!;
        cheapestColumn[i] = j;
      }
    }
    cheapest[i] = best;
  }
  let changed = false;
  for (let j = 0; j < columnCount; j++) {
    if (!columnLive[j]) continue;
    let replacement = 0;
    let isCheapestSomewhere = false;
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
      const i = colRows[p]!;
      if (!rowOpen[i]) continue;
      replacement += cheapest[i]!;
      if (cheapestColumn[i] === j) isCheapestSomewhere = true;
    }
    // Sums of integers are exact; with fractional costs demand a clear margin over rounding error.
    const dominated = integerCosts ? cost[j]! >= replacement : cost[j]! > replacement * (1 + 1e-12);
    if (!isCheapestSomewhere && dominated) {
      columnLive[j] = 0;
      changed = true;
    }
  }
  return changed;
}

/** A row with a single live column forces that column into every cover. */
function fixSoleCovers(instance: CompactInstance, rowOpen: Uint8Array, columnLive: Uint8Array, fix: (j: number) => void): boolean {
  const { rowCount, rowStart, rowCols } = instance;
  let changed = false;
  for (let i = 0; i < rowCount; i++) {
    if (!rowOpen[i]) continue;
    let only = -1;
    let live = 0;
    for (let p = rowStart[i]! ; p < rowStart[i + 1]! && live < 2; p++) {
      if (columnLive[rowCols[p]!]) {
        live++;
        only = rowCols[p]!;
      }
    }
    if (live === 1) {
      fix(only);
      changed = true;
    }
  }
  return changed;
}
