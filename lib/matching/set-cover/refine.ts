// Refinement by column fixing (Caprara, Fischetti & Toth 1999, §4): keep the part of the best
// cover that the multipliers say is "surely right", re-solve the small residual problem with a
// fresh Lagrangian heuristic, and widen the fixed part when that does not help.
import { polish, type Incumbent } from "./incumbent";
import { subInstance, type CompactInstance } from "./instance";
import { lagrangianCosts } from "./lagrangian";
import { lagrangianHeuristic } from "./lagrangian-heuristic";
import type { WorkClock } from "./deadline";
import type { Prng } from "./prng";

export interface RefineOptions {
  /** Work mark at which to stop. */
  stopAt: number;
  clock: WorkClock;
  integerCosts: boolean;
  smallestCost: number;
  rng: Prng;
  /** Stop as soon as a cover this cheap is found (the proven lower bound). */
  goodEnough: (cost: number) => boolean;
  /** Work a sub-problem needs at least to be worth starting (its set-up cannot be interrupted). */
  minimumWork: number;
}

const FIRST_FIXED_SHARE = 0.3;
const GROWTH = 1.1;
const REFINE_HEURISTIC_ITERATIONS = 100;
/** Sweeps of growing fixings without any improvement before refinement gives up. */
const MAX_FRUITLESS_CYCLES = 3;

export function refine(
  full: CompactInstance,
  start: Incumbent,
  multipliers: Float64Array,
  core: Int32Array,
  options: RefineOptions,
): { incumbent: Incumbent; iterations: number } {
  let incumbent = start;
  let share = FIRST_FIXED_SHARE;
  let iterations = 0;
  let fruitlessCycles = 0;
  const reduced = new Float64Array(full.columnCount);
  lagrangianCosts(full, multipliers, reduced);

  while (options.clock.now() + options.minimumWork < options.stopAt && !options.goodEnough(incumbent.cost)) {
    const fixed = columnsToFix(full, incumbent.columns, multipliers, reduced, share);
    const found = solveWithFixed(full, fixed, incumbent, multipliers, core, options);
    iterations += found.iterations;

    if (found.cover !== null && found.cover.cost < incumbent.cost) {
      incumbent = found.cover;
      share = FIRST_FIXED_SHARE;
      fruitlessCycles = 0;
    } else if (share < 1) share = Math.min(1, share * GROWTH);
    else {
      // A full sweep of fixings found nothing; the jitter makes another sweep differ a little.
      if (++fruitlessCycles >= MAX_FRUITLESS_CYCLES) break;
      share = FIRST_FIXED_SHARE;
    }
  }
  return { incumbent, iterations };
}

/** Re-solves the rows the fixed columns leave open and returns the combined, polished cover. */
function solveWithFixed(
  full: CompactInstance,
  fixed: number[],
  incumbent: Incumbent,
  multipliers: Float64Array,
  core: Int32Array,
  options: RefineOptions,
): { cover: Incumbent | null; iterations: number } {
  const residual = residualProblem(full, fixed, core, incumbent.columns);
  if (residual === null) return { cover: polish(full, fixed, options.stopAt, options.clock), iterations: 0 };
  const { rowMap, problem } = residual;
  const { instance, columnOrigin } = problem;

  const start = new Float64Array(instance.rowCount);
  for (let i = 0; i < full.rowCount; i++) {
    const r = rowMap[i]!;
    if (r >= 0) start[r] = multipliers[i]! * (0.95 + 0.1 * options.rng.next());
  }
  // The rest of the incumbent covers the open rows: a ready upper bound for the sub-problem.
  const position = new Map<number, number>();
  columnOrigin.forEach((j, k) => position.set(j, k));
  const isFixed = new Set(fixed);
  const rest = incumbent.columns.filter((j) => !isFixed.has(j) && position.has(j)).map((j) => position.get(j)!);
  let fixedCost = 0;
  for (const j of fixed) fixedCost += full.cost[j]!;
  const given = { columns: rest, cost: incumbent.cost - fixedCost };

  const result = lagrangianHeuristic(instance, start, given, {
    stopAt: options.stopAt,
    clock: options.clock,
    stage1Share: 1,
    maxIterations: 10 * instance.rowCount,
    heuristicIterations: REFINE_HEURISTIC_ITERATIONS,
    integerCosts: options.integerCosts,
    smallestCost: options.smallestCost,
    rng: options.rng,
  });
  if (result.incumbent === null || result.incumbent === given) return { cover: null, iterations: result.iterations };
  const cover = polish(full, [...fixed, ...result.incumbent.columns.map((j) => columnOrigin[j]!)], options.stopAt);
  return { cover, iterations: result.iterations };
}

/**
 * Columns of the cover ordered by δ_j = max(c̄_j, 0) + Σ_{i∈I_j} u_i (k_i − 1)/k_i, where k_i
 * counts the cover's columns on row i: δ is j's share of the cover's excess over the bound.
 * The cheapest-δ columns are fixed until they cover `share` of the rows.
 */
function columnsToFix(full: CompactInstance, cover: number[], u: Float64Array, reduced: Float64Array, share: number): number[] {
  const { colStart, colRows } = full;
  const counts = new Int32Array(full.rowCount);
  for (const j of cover) for (let p = colStart[j]!; p < colStart[j + 1]!; p++) counts[colRows[p]!]!++;
  const excess = new Map<number, number>();
  for (const j of cover) {
    let delta = Math.max(reduced[j]!, 0);
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
      const i = colRows[p]!;
      delta += (u[i]! * (counts[i]! - 1)) / counts[i]!;
    }
    excess.set(j, delta);
  }
  const order = [...cover].sort((a, b) => excess.get(a)! - excess.get(b)! || a - b);

  const covered = new Uint8Array(full.rowCount);
  let coveredRows = 0;
  const fixed: number[] = [];
  const goal = share * full.rowCount;
  for (const j of order) {
    if (coveredRows >= goal) break;
    fixed.push(j);
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) {
      if (!covered[colRows[p]!]) {
        covered[colRows[p]!] = 1;
        coveredRows++;
      }
    }
  }
  return fixed;
}

/** Rows the fixed columns leave open, over the core plus the cover's own columns. */
function residualProblem(full: CompactInstance, fixed: number[], core: Int32Array, cover: number[]) {
  const { colStart, colRows } = full;
  const open = new Uint8Array(full.rowCount).fill(1);
  for (const j of fixed) for (let p = colStart[j]!; p < colStart[j + 1]!; p++) open[colRows[p]!] = 0;
  const rowMap = new Int32Array(full.rowCount).fill(-1);
  let rows = 0;
  for (let i = 0; i < full.rowCount; i++) if (open[i]) rowMap[i] = rows++;
  if (rows === 0) return null;

  const isFixed = new Uint8Array(full.columnCount);
  for (const j of fixed) isFixed[j] = 1;
  const candidates = new Uint8Array(full.columnCount);
  for (const j of core) candidates[j] = 1;
  for (const j of cover) candidates[j] = 1;
  const columns: number[] = [];
  for (let j = 0; j < full.columnCount; j++) {
    if (!candidates[j] || isFixed[j]) continue;
    let useful = false;
    for (let p = colStart[j]!; p < colStart[j + 1]! && !useful; p++) useful = rowMap[colRows[p]!]! >= 0;
    if (useful) columns.push(j);
  }
  return { rowMap, problem: subInstance(full, columns, rowMap, rows) };
}
