// One run of the Lagrangian heuristic (Beasley 1990; Caprara, Fischetti & Toth 1999) on a
// core problem. Stage 1 drives the multipliers to (near) dual optimality, building a greedy
// cover only now and then so the step target stays realistic. Stage 2 restarts from the best
// multipliers with short steps and builds a cover at every step: near-optimal multipliers are
// where the Lagrangian-cost greedy finds its best covers. The core is re-priced against the
// full instance regularly; only those full pricings yield bounds valid for the full instance.
import { selectCore } from "./core";
import { GreedyCover } from "./greedy";
import { boundCloses, polish, type Incumbent } from "./incumbent";
import { subInstance, type CompactInstance, type SubInstance } from "./instance";
import { lagrangianCosts, SubgradientOptimizer } from "./lagrangian";
import type { WorkClock } from "./deadline";
import type { Prng } from "./prng";

export interface HeuristicOptions {
  /** Work mark at which to stop. */
  stopAt: number;
  clock: WorkClock;
  /**
   * Share of the time left after the set-up (first pricing and cover) that stage 1 may use
   * before stage 2 starts even if the multipliers have not converged.
   */
  stage1Share: number;
  /** Cap on stage-1 (bound) iterations. */
  maxIterations: number;
  /** Stage-2 iterations, each with a greedy cover. */
  heuristicIterations: number;
  integerCosts: boolean;
  /** Smallest column cost: scales the core's "cheap enough" threshold. */
  smallestCost: number;
  rng: Prng;
}

export interface HeuristicResult {
  incumbent: Incumbent | null;
  /** A valid lower bound for `full`. */
  lowerBound: number;
  /** Multipliers at which that bound was measured. */
  multipliers: Float64Array;
  /** The last core's columns (indices of `full`). */
  core: Int32Array;
  iterations: number;
  /** Largest single iteration (with its pricing and cover), in work, to judge what still fits in the budget. */
  slowestIteration: number;
}

/** Re-price the core after this many iterations at first; stable cores are priced less often. */
const FIRST_PRICE_INTERVAL = 10;
const MAX_PRICE_INTERVAL = 200;
/** A core holding most columns is not worth the bookkeeping. */
const CORE_WORTHWHILE = 0.6;
/** Stage 1 builds a cover every this many iterations (after a short warm-up). */
const STAGE1_GREEDY_EVERY = 10;
const STAGE1_WARMUP = 10;
const STAGE2_STEP_SCALE = 0.1;

export function lagrangianHeuristic(full: CompactInstance, start: Float64Array, given: Incumbent | null, options: HeuristicOptions): HeuristicResult {
  const { stopAt, integerCosts, rng, clock } = options;
  const optimizer = new SubgradientOptimizer(start);
  const fullReduced = new Float64Array(full.columnCount);
  const greedy = new GreedyCover();
  const seenCovers = new Set<number>();
  let incumbent = given;

  let lowerBound = lagrangianCosts(full, start, fullReduced);
  clock.spend(full.colRows.length);
  const multipliers = Float64Array.from(start);
  const improveBound = (bound: number, u: Float64Array) => {
    if (bound > lowerBound) {
      lowerBound = bound;
      multipliers.set(u);
    }
  };
  const done = () => boundCloses(lowerBound, incumbent?.cost ?? Infinity, integerCosts);

  let core = pickCore(full, fullReduced, options.smallestCost, incumbent);
  const tryCover = (u: Float64Array) => {
    const cover = greedy.run(core.instance, u);
    clock.spend(core.instance.colRows.length);
    if (cover === null) return;
    const columns = Array.from(cover, (j) => core.columnOrigin[j]!);
    // Nearby multipliers often give the same cover; polishing it again would be wasted work.
    const key = coverKey(columns);
    if (seenCovers.has(key)) return;
    if (seenCovers.size > 50_000) seenCovers.clear();
    seenCovers.add(key);
    const candidate = polish(full, columns, stopAt, clock);
    if (incumbent === null || candidate.cost < incumbent.cost) incumbent = candidate;
  };
  if (incumbent === null) tryCover(start);
  if (clock.now() >= stopAt) return { incumbent, lowerBound, multipliers, core: core.columnOrigin, iterations: 0, slowestIteration: 0 };

  const setUpDone = clock.now();
  const stage1StopAt = setUpDone + (stopAt - setUpDone) * options.stage1Share;
  const jittered = new Float64Array(full.rowCount);
  let iteration = 0;
  let stage2Iterations = -1;
  let priceInterval = FIRST_PRICE_INTERVAL;
  let nextPricing = priceInterval;
  let pricingDue = false;
  // An iteration that cannot finish before stopAt is not started (cold code can make one slow).
  let slowest = 0;
  let iterationStart = clock.now();
  while (!done() && iterationStart + slowest < stopAt) {
    if (stage2Iterations < 0 && (optimizer.converged || iteration >= options.maxIterations || clock.now() >= stage1StopAt)) {
      optimizer.restart(optimizer.bestU, STAGE2_STEP_SCALE);
      stage2Iterations = 0;
    }
    if (stage2Iterations >= options.heuristicIterations) break;

    const coreIsFull = core.columnOrigin.length === full.columnCount;
    // Pricing uses the multipliers before this step, so the core's bound at the same u tells
    // how much the columns outside the core matter.
    const pricing = !coreIsFull && (iteration >= nextPricing || pricingDue);
    const fullBound = pricing ? lagrangianCosts(full, optimizer.u, fullReduced) : -Infinity;
    clock.spend(core.instance.colRows.length + (pricing ? full.colRows.length : 0));
    if (pricing) improveBound(fullBound, optimizer.u);

    const target = incumbent?.cost ?? 2 * Math.abs(optimizer.bestBound) + 1;
    const { bound, zeroStep } = optimizer.step(core.instance, target);
    iteration++;
    if (stage2Iterations >= 0) stage2Iterations++;
    if (coreIsFull) improveBound(bound, optimizer.evaluatedU);
    if (pricing) {
      core = pickCore(full, fullReduced, options.smallestCost, incumbent);
      priceInterval = nextPriceInterval(priceInterval, bound - fullBound, incumbent?.cost ?? Math.abs(bound));
      nextPricing = iteration + priceInterval;
    }

    if (stage2Iterations >= 0) {
      // Alternate exact and jittered multipliers: the jitter reaches covers the exact u would not.
      if (stage2Iterations % 2 === 0) tryCover(optimizer.u);
      else {
        for (let i = 0; i < jittered.length; i++) jittered[i] = optimizer.u[i]! * (0.9 + 0.2 * rng.next());
        tryCover(jittered);
      }
    } else if (iteration >= STAGE1_WARMUP && iteration % STAGE1_GREEDY_EVERY === 0) tryCover(optimizer.u);

    if (coreIsFull && zeroStep) break;
    // A core that is solved (or dual optimal) has nothing left to teach: price at once.
    pricingDue = zeroStep || boundCloses(bound, incumbent?.cost ?? Infinity, integerCosts);
    const now = clock.now();
    slowest = Math.max(slowest, now - iterationStart);
    iterationStart = now;
  }

  if (core.columnOrigin.length !== full.columnCount) clock.spend(full.colRows.length);
  if (core.columnOrigin.length !== full.columnCount) improveBound(lagrangianCosts(full, optimizer.bestU, fullReduced), optimizer.bestU);
  return { incumbent, lowerBound, multipliers, core: core.columnOrigin, iterations: iteration, slowestIteration: slowest };
}

/**
 * CFT's rule: when the core's bound at u is (almost) the full bound, columns outside the core
 * hardly matter yet and pricing can wait longer; a large difference means the core is stale.
 */
function nextPriceInterval(interval: number, coreExcess: number, scale: number): number {
  const relative = coreExcess / Math.max(Math.abs(scale), 1e-9);
  if (relative <= 1e-6) return Math.min(10 * interval, MAX_PRICE_INTERVAL);
  if (relative <= 0.02) return Math.min(5 * interval, MAX_PRICE_INTERVAL);
  if (relative <= 0.2) return Math.min(2 * interval, MAX_PRICE_INTERVAL);
  return FIRST_PRICE_INTERVAL;
}

function pickCore(full: CompactInstance, reducedCosts: Float64Array, smallestCost: number, incumbent: Incumbent | null): SubInstance {
  const columns = selectCore(full, reducedCosts, smallestCost, incumbent?.columns ?? []);
  if (columns.length >= CORE_WORTHWHILE * full.columnCount) {
    return { instance: full, columnOrigin: Int32Array.from({ length: full.columnCount }, (_, j) => j) };
  }
  return subInstance(full, columns);
}

/** Order-independent fingerprint of a set of columns. */
function coverKey(columns: number[]): number {
  let sum = 0;
  let xor = 0;
  for (const j of columns) {
    const h = Math.imul(j ^ (j >>> 16), 0x45d9f3b) >>> 0;
    sum = (sum + h) >>> 0;
    xor = (xor ^ Math.imul(h ^ (h >>> 13), 0x2c1b3c6d)) >>> 0;
  }
  return sum * 2097152 + (xor & 0x1fffff);
}
