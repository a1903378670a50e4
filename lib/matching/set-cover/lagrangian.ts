// Lagrangian relaxation of set cover, dualising the covering rows with multipliers u ≥ 0:
//   L(u) = Σ_i u_i + Σ_j min(0, c_j − Σ_{i∈I_j} u_i)
// Every L(u) is a lower bound on the optimum, so the best one seen is a certified bound.
// Multipliers are improved by subgradient steps with Beasley's (1990) step-size rule: start
// with λ = 2 and halve it whenever the bound has not improved for a while. (The window rule of
// Caprara, Fischetti & Toth converged several times slower on OR-Library-like instances.)
import type { CompactInstance } from "./instance";

/** u_i = min over the row's columns of cost per covered row — the usual cheap warm start. */
export function initialMultipliers(instance: CompactInstance): Float64Array {
  const { rowCount, cost, colStart, rowStart, rowCols } = instance;
  const u = new Float64Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    let best = Infinity;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
      const j = rowCols[p]!;
      const ratio = cost[j]! / (colStart[j + 1]! - colStart[j]!);
      if (ratio < best) best = ratio;
    }
    u[i] = Number.isFinite(best) ? Math.max(0, best) : 0;
  }
  return u;
}

/** Writes c_j − Σ u_i into `out` and returns L(u). */
export function lagrangianCosts(instance: CompactInstance, u: Float64Array, out: Float64Array): number {
  const { columnCount, cost, colStart, colRows } = instance;
  let bound = 0;
  for (let i = 0; i < u.length; i++) bound += u[i]!;
  for (let j = 0; j < columnCount; j++) {
    let reduced = cost[j]!;
    for (let p = colStart[j]!; p < colStart[j + 1]!; p++) reduced -= u[colRows[p]!]!;
    out[j] = reduced;
    if (reduced < 0) bound += reduced;
  }
  return bound;
}

/** Iterations without a better bound before λ is halved. */
const PATIENCE = 20;
/** Below this λ the multipliers barely move: the run has converged. */
const CONVERGED_STEP_SCALE = 0.005;

export class SubgradientOptimizer {
  readonly u: Float64Array;
  /** The multipliers the last step evaluated (u before that step moved it). */
  readonly evaluatedU: Float64Array;
  readonly bestU: Float64Array;
  bestBound = -Infinity;
  /** Step-size multiplier λ of the Polyak step λ·(UB − L)/‖s‖². */
  stepScale = 2;
  iterations = 0;
  private sinceImprovement = 0;
  /** Lagrangian costs of the last evaluated u on the last instance stepped. */
  reducedCosts = new Float64Array(0);
  private readonly subgradient: Float64Array;

  constructor(initial: Float64Array) {
    this.u = Float64Array.from(initial);
    this.evaluatedU = Float64Array.from(initial);
    this.bestU = Float64Array.from(initial);
    this.subgradient = new Float64Array(initial.length);
  }

  /**
   * Evaluates L at the current u on `instance` (which must have the same rows), then moves u
   * along the subgradient towards `target` (the best known solution value).
   * Returns L(u) before the move; `zeroStep` is true when u is already dual optimal.
   */
  step(instance: CompactInstance, target: number): { bound: number; zeroStep: boolean } {
    const { u, subgradient: s } = this;
    if (this.reducedCosts.length < instance.columnCount) this.reducedCosts = new Float64Array(instance.columnCount);
    const reduced = this.reducedCosts;
    const bound = lagrangianCosts(instance, u, reduced);
    this.evaluatedU.set(u);

    s.fill(1);
    const { colStart, colRows, columnCount } = instance;
    for (let j = 0; j < columnCount; j++) {
      if (reduced[j]! >= 0) continue;
      for (let p = colStart[j]!; p < colStart[j + 1]!; p++) s[colRows[p]!]!--;
    }
    let norm = 0;
    for (let i = 0; i < s.length; i++) {
      // A multiplier already at zero cannot go lower; counting that direction only shortens the step.
      if (u[i] === 0 && s[i]! < 0) s[i] = 0;
      else norm += s[i]! * s[i]!;
    }

    this.iterations++;
    if (bound > this.bestBound + 1e-9 * Math.max(1, Math.abs(bound))) {
      this.bestBound = bound;
      this.bestU.set(u);
      this.sinceImprovement = 0;
    } else if (++this.sinceImprovement >= PATIENCE) {
      this.stepScale /= 2;
      this.sinceImprovement = 0;
    }
    if (norm === 0) return { bound, zeroStep: true };

    const distance = Math.max(target - bound, 1e-6 * Math.max(1, Math.abs(bound)));
    const t = (this.stepScale * distance) / norm;
    for (let i = 0; i < u.length; i++) {
      const next = u[i]! + t * s[i]!;
      u[i] = next > 0 ? next : 0;
    }
    return { bound, zeroStep: false };
  }

  /** Resets the multipliers (e.g. to a perturbed copy of the best ones) keeping the best bound. */
  restart(from: Float64Array, stepScale: number): void {
    this.u.set(from);
    this.stepScale = stepScale;
    this.sinceImprovement = 0;
  }

  get converged(): boolean {
    return this.stepScale < CONVERGED_STEP_SCALE;
  }
}
