// Weighted set cover: presolve, then exact search for tiny residuals, otherwise a Lagrangian
// heuristic (Beasley 1990; Caprara, Fischetti & Toth 1999) with a certified lower bound.
import { createDeadline, type WorkClock } from "./deadline";
import { solveExactly } from "./exact";
import { lagrangianGreedy } from "./greedy";
import { boundCloses, polish, type Incumbent } from "./incumbent";
import { compactInstance, type CompactInstance, type SetCoverInstance } from "./instance";
import { initialMultipliers } from "./lagrangian";
import { lagrangianHeuristic } from "./lagrangian-heuristic";
import { createPrng, type Prng } from "./prng";
import { reduceInstance } from "./reduce";
import { refine } from "./refine";

export interface SolveOptions {
  /**
   * Work budget, about one unit per matrix entry visited; the solver polls it in every loop, so
   * the answer never depends on the machine or its load. Default 12,000,000 (~150 ms here).
   */
  workLimit?: number;
  /** Seeds the multiplier jitter; the same input, seed and completed work give the same answer. */
  seed?: number;
  /** Residual problems with at most this many columns are solved exactly. Default 20. */
  exactColumnLimit?: number;
}

export interface SetCoverResult {
  /** Chosen columns, 0-based, increasing. */
  columns: number[];
  cost: number;
  /** No cover costs less (rounded up when all costs are integers). */
  lowerBound: number;
  /**
   * (cost − lowerBound) / lowerBound: a certified upper bound on how far the cost can be above
   * the optimum, relatively. 0 when proven optimal, Infinity when the bound is not positive.
   */
  gap: number;
  /** Subgradient iterations performed. */
  iterations: number;
  /** Work spent (units of workLimit). */
  work: number;
  /** Wall-clock time taken, for information only: nothing depends on it. */
  ms: number;
  optimal: boolean;
  /** False when some rows have no column at all; the cover and bound then concern the other rows. */
  feasible: boolean;
  uncoveredRows: number[];
}

const DEFAULT_WORK_LIMIT = 12_000_000;
const DEFAULT_EXACT_COLUMN_LIMIT = 20;
/** Share of the budget the first (root) Lagrangian run may use before refinement starts. */
const ROOT_SHARE = 0.7;
/** Share of the root's time the bound-only stage may take at most. */
const STAGE1_SHARE = 0.65;
/**
 * Work that cannot be interrupted (one pass over the data, a greedy cover) may start just
 * before the limit; stopping a little early keeps the whole solve inside it.
 */
const SAFETY_SHARE = 0.03;
const PRESOLVE_SHARE = 0.4;
const EXACT_SHARE = 0.3;
/** Greedy-cover iterations at near-optimal multipliers (CFT use 250). */
const HEURISTIC_ITERATIONS = 250;
/** The exact search asks the budget every this many nodes (exact.ts), which it charges as work. */
const EXACT_NODES_PER_CHECK = 4096;

export function solveSetCover(instance: SetCoverInstance, options: SolveOptions = {}): SetCoverResult {
  const started = performance.now();
  const deadline = createDeadline(options.workLimit ?? DEFAULT_WORK_LIMIT);
  const { clock } = deadline;
  const rng = createPrng(options.seed ?? 1);
  const compact = compactInstance(instance);
  const integerCosts = compact.cost.every((c) => Number.isInteger(c));
  // Presolve passes are optional; past this point the time is better spent searching.
  const presolveUntil = deadline.at(PRESOLVE_SHARE);
  const reduction = reduceInstance(compact, integerCosts, () => {
    clock.spend(compact.colRows.length);
    return clock.now() >= presolveUntil;
  });
  const { residual, columnOrigin, fixedColumns, fixedCost, uncoveredRows } = reduction;

  const solved = solveResidual(residual, integerCosts, options.exactColumnLimit ?? DEFAULT_EXACT_COLUMN_LIMIT, deadline.at(1 - SAFETY_SHARE), clock, rng);
  const columns = [...fixedColumns, ...solved.cover.columns.map((j) => columnOrigin[j]!)].sort((a, b) => a - b);
  let cost = 0;
  for (const j of columns) cost += compact.cost[j]!;
  const lowerBound = Math.min(cost, certifiedBound(fixedCost + solved.lowerBound, integerCosts));
  const feasible = uncoveredRows.length === 0;

  return {
    columns,
    cost,
    lowerBound,
    gap: relativeGap(cost, lowerBound),
    iterations: solved.iterations,
    work: clock.now(),
    ms: performance.now() - started,
    optimal: feasible && boundCloses(lowerBound, cost, integerCosts),
    feasible,
    uncoveredRows,
  };
}

interface ResidualSolution {
  cover: Incumbent;
  lowerBound: number;
  iterations: number;
}

function solveResidual(residual: CompactInstance, integerCosts: boolean, exactColumnLimit: number, stopAt: number, clock: WorkClock, rng: Prng): ResidualSolution {
  if (residual.rowCount === 0) return { cover: { columns: [], cost: 0 }, lowerBound: 0, iterations: 0 };
  let known: Incumbent | null = null;
  if (residual.columnCount <= exactColumnLimit) {
    // Exact search is usually instant; if it is not, leave most of the budget to the heuristic.
    const start = clock.now();
    const exactStop = start + (stopAt - start) * EXACT_SHARE;
    const exact = solveExactly(residual, () => {
      clock.spend(EXACT_NODES_PER_CHECK);
      return clock.now() >= exactStop;
    });
    if (exact?.proven) return { cover: exact, lowerBound: exact.cost, iterations: 0 };
    known = exact;
  }

  let smallestCost = Infinity;
  for (const c of residual.cost) smallestCost = Math.min(smallestCost, c);
  const now = clock.now();
  const root = lagrangianHeuristic(residual, initialMultipliers(residual), known, {
    stopAt: now + (stopAt - now) * ROOT_SHARE,
    clock,
    stage1Share: STAGE1_SHARE,
    maxIterations: 10 * residual.rowCount,
    heuristicIterations: HEURISTIC_ITERATIONS,
    integerCosts,
    smallestCost,
    rng,
  });
  const lowerBound = root.lowerBound;
  let iterations = root.iterations;
  let cover = root.incumbent ?? chvatalCover(residual);

  if (!boundCloses(lowerBound, cover.cost, integerCosts)) {
    const refined = refine(residual, cover, root.multipliers, root.core, {
      stopAt,
      clock,
      integerCosts,
      smallestCost,
      rng,
      goodEnough: (cost) => boundCloses(lowerBound, cost, integerCosts),
      minimumWork: 2 * root.slowestIteration,
    });
    cover = refined.incumbent;
    iterations += refined.iterations;
  }
  return { cover, lowerBound, iterations };
}

/** Every residual row has a column, so the plain greedy always completes. */
function chvatalCover(residual: CompactInstance): Incumbent {
  const greedy = lagrangianGreedy(residual, null);
  if (greedy === null) throw new Error("set cover: a residual row lost all its columns (presolve bug)");
  return polish(residual, greedy);
}

/**
 * The bound was summed in floating point and may sit a hair above the true L(u). Step back by
 * more than any rounding error; with integer costs the optimum is an integer, so round up.
 */
function certifiedBound(bound: number, integerCosts: boolean): number {
  const safe = bound - 1e-9 * Math.max(1, Math.abs(bound));
  return integerCosts ? Math.ceil(safe - 1e-6 * Math.max(1, Math.abs(bound))) : safe;
}

function relativeGap(cost: number, lowerBound: number): number {
  if (cost <= lowerBound) return 0;
  return lowerBound > 0 ? (cost - lowerBound) / lowerBound : Infinity;
}
