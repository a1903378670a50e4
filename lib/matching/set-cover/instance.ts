// Set-cover instances: the plain shape callers build, and the compact shape the solver works on.

/** A weighted set-cover instance. Rows and columns are 0-based; column j covers rows `columnRows[j]`. */
export interface SetCoverInstance {
  rowCount: number;
  columnCosts: number[];
  columnRows: number[][];
}

/**
 * The same instance stored twice in compressed sparse form (by column and by row), so every
 * sweep of the solver is a tight loop over typed arrays instead of chasing nested JS arrays.
 */
export interface CompactInstance {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly cost: Float64Array;
  /** Rows of column j are colRows[colStart[j] .. colStart[j+1]). */
  readonly colStart: Int32Array;
  readonly colRows: Int32Array;
  /** Columns of row i are rowCols[rowStart[i] .. rowStart[i+1]), in increasing column order. */
  readonly rowStart: Int32Array;
  readonly rowCols: Int32Array;
}

/** For each row, the columns that cover it (increasing order). */
export function rowColumns(instance: SetCoverInstance): number[][] {
  const rows: number[][] = Array.from({ length: instance.rowCount }, () => []);
  instance.columnRows.forEach((covered, column) => {
    for (const row of new Set(covered)) rows[row]?.push(column);
  });
  return rows;
}

/** Checks the instance and converts it; repeated rows inside one column are merged. */
export function compactInstance(instance: SetCoverInstance): CompactInstance {
  const { rowCount, columnCosts, columnRows } = instance;
  if (!Number.isInteger(rowCount) || rowCount < 0) throw new RangeError(`rowCount must be a non-negative integer, got ${rowCount}`);
  if (columnCosts.length !== columnRows.length) {
    throw new RangeError(`columnCosts has ${columnCosts.length} entries but columnRows has ${columnRows.length}`);
  }
  const columnCount = columnCosts.length;
  const cost = Float64Array.from(columnCosts);
  cost.forEach((c, j) => {
    if (!Number.isFinite(c)) throw new RangeError(`column ${j} has a non-finite cost ${c}`);
  });

  let total = 0;
  for (let j = 0; j < columnCount; j++) total += columnRows[j]?.length ?? 0;
  const seenInColumn = new Int32Array(rowCount).fill(-1);
  const colStart = new Int32Array(columnCount + 1);
  const rows = new Int32Array(total);
  let size = 0;
  for (let j = 0; j < columnCount; j++) {
    const covered = columnRows[j] ?? [];
    for (let k = 0; k < covered.length; k++) {
      const row = covered[k]!;
      if (!Number.isInteger(row) || row < 0 || row >= rowCount) throw new RangeError(`column ${j} covers row ${row}, outside 0..${rowCount - 1}`);
      if (seenInColumn[row] === j) continue;
      seenInColumn[row] = j;
      rows[size++] = row;
    }
    colStart[j + 1] = size;
  }
  return withRowIndex(rowCount, cost, colStart, size === total ? rows : rows.slice(0, size));
}

/** Completes a column-major description with its row-major twin. */
export function withRowIndex(rowCount: number, cost: Float64Array, colStart: Int32Array, colRows: Int32Array): CompactInstance {
  const columnCount = cost.length;
  const rowStart = new Int32Array(rowCount + 1);
  for (let k = 0; k < colRows.length; k++) rowStart[colRows[k]! + 1]!++;
  for (let i = 0; i < rowCount; i++) rowStart[i + 1]! += rowStart[i]!;
  const fill = rowStart.slice(0, rowCount);
  const rowCols = new Int32Array(colRows.length);
  // Walking columns in order leaves every row's column list sorted, which keeps tie-breaks reproducible.
  for (let j = 0; j < columnCount; j++) {
    for (let k = colStart[j]!; k < colStart[j + 1]!; k++) rowCols[fill[colRows[k]!]!++] = j;
  }
  return { rowCount, columnCount, cost, colStart, colRows, rowStart, rowCols };
}

/** A restriction of a compact instance with the maps back to the instance it came from. */
export interface SubInstance {
  instance: CompactInstance;
  /** New column index → column index in the parent. */
  columnOrigin: Int32Array;
}

/**
 * Keeps the given parent columns and, when `rowMap` is given, only the rows it maps to a
 * non-negative new index (renumbered to 0..rowCount-1). Rows of a kept column that are dropped
 * simply disappear from it.
 */
export function subInstance(
  parent: CompactInstance,
  columns: ArrayLike<number>,
  rowMap: Int32Array | null = null,
  rowCount = parent.rowCount,
): SubInstance {
  const n = columns.length;
  const cost = new Float64Array(n);
  const colStart = new Int32Array(n + 1);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const j = columns[k]!;
    total += parent.colStart[j + 1]! - parent.colStart[j]!;
  }
  const colRows = new Int32Array(total);
  let size = 0;
  for (let k = 0; k < n; k++) {
    const j = columns[k]!;
    cost[k] = parent.cost[j]!;
    for (let p = parent.colStart[j]!; p < parent.colStart[j + 1]!; p++) {
      const row = rowMap === null ? parent.colRows[p]! : rowMap[parent.colRows[p]!]!;
      if (row >= 0) colRows[size++] = row;
    }
    colStart[k + 1] = size;
  }
  return {
    instance: withRowIndex(rowCount, cost, colStart, size === total ? colRows : colRows.slice(0, size)),
    columnOrigin: Int32Array.from(columns),
  };
}

/** Whether the chosen columns cover every row. */
export function coversAllRows(instance: CompactInstance, columns: ArrayLike<number>): boolean {
  const covered = new Uint8Array(instance.rowCount);
  for (let k = 0; k < columns.length; k++) {
    const j = columns[k]!;
    for (let p = instance.colStart[j]!; p < instance.colStart[j + 1]!; p++) covered[instance.colRows[p]!] = 1;
  }
  return covered.every((c) => c === 1);
}

export function totalCost(instance: CompactInstance, columns: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < columns.length; k++) sum += instance.cost[columns[k]!]!;
  return sum;
}
