// Greedy covers. With multipliers u this is the Lagrangian-cost greedy of Caprara, Fischetti &
// Toth (1999); with u = 0 it is Chvátal's classic cost-per-new-row rule.
import type { CompactInstance } from "./instance";
import { MinHeap } from "./min-heap";

/**
 * Repeatedly takes the column with the best score, where for the rows it would newly cover
 * γ = c_j − Σ u_i and μ = their number: score γ/μ when γ > 0, else γ·μ (a column that pays
 * for itself in u is better the more rows it brings).
 * Covering a row only raises γ and lowers μ, so scores never fall: a lazily updated heap is
 * exact. The buffers are kept between runs because the heuristic calls this thousands of times.
 */
export class GreedyCover {
  private gain = new Float64Array(0);
  private newRows = new Int32Array(0);
  private covered = new Uint8Array(0);
  private readonly heap = new MinHeap(64);
  private readonly chosen: number[] = [];

  /** The chosen columns, or null if some row has no column. */
  run(instance: CompactInstance, u: Float64Array | null): Int32Array | null {
    const { rowCount, columnCount, cost, colStart, colRows, rowStart, rowCols } = instance;
    if (this.gain.length < columnCount) {
      this.gain = new Float64Array(columnCount);
      this.newRows = new Int32Array(columnCount);
    }
    if (this.covered.length < rowCount) this.covered = new Uint8Array(rowCount);
    const { gain, newRows, covered, heap, chosen } = this;

    heap.clear();
    for (let j = 0; j < columnCount; j++) {
      let g = cost[j]!;
      if (u !== null) for (let p = colStart[j]!; p < colStart[j + 1]!; p++) g -= u[colRows[p]!]!;
      const mu = colStart[j + 1]! - colStart[j]!;
      gain[j] = g;
      newRows[j] = mu;
      if (mu > 0) heap.push(g > 0 ? g / mu : g * mu, j);
    }
    covered.fill(0, 0, rowCount);
    chosen.length = 0;
    let uncovered = rowCount;

    while (uncovered > 0) {
      if (heap.size === 0) return null;
      const j = heap.topId();
      const stale = heap.topKey();
      heap.pop();
      const mu = newRows[j]!;
      if (mu === 0) continue;
      const g = gain[j]!;
      const current = g > 0 ? g / mu : g * mu;
      if (current > stale) {
        heap.push(current, j);
        continue;
      }
      chosen.push(j);
      for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
        const i = colRows[p]!;
        if (covered[i]) continue;
        covered[i] = 1;
        uncovered--;
        const ui = u === null ? 0 : u[i]!;
        for (let q = rowStart[i]!; q < rowStart[i + 1]!; q++) {
          const k = rowCols[q]!;
          newRows[k]!--;
          gain[k]! += ui;
        }
      }
    }
    return Int32Array.from(chosen);
  }
}

/** One-off convenience wrapper around GreedyCover. */
export function lagrangianGreedy(instance: CompactInstance, u: Float64Array | null): Int32Array | null {
  return new GreedyCover().run(instance, u);
}
