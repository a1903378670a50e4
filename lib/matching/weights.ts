// The one place the scoring weights live. Each term's value is 0…1; a group's score is
// Σ weight × value, so with these defaults (summing to 100) a score reads as points out of 100.
// Why these numbers: docs/decisions/003-matching-weights.md.
import type { TermKey, Weights } from "./types";

export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  /** Fewer members: fewer hand-offs, contracts and invoices. The buyer's first concern. */
  members: 22,
  /** Members close to each other along the route: parts travel between steps. */
  proximity: 16,
  /** Pairs that have delivered together before, weighted by the buyer's rating. */
  partnership: 14,
  /** On-time delivery, defect-free work and ratings, shrunk towards a neutral prior for newcomers. */
  record: 18,
  /** Free capacity left after the job: a buffer against the unexpected. */
  slack: 10,
  /** Firms that raised their hand for the step (仲間まわし). */
  handRaised: 8,
  /** Spreads exposure: firms shown often recently yield to equally fit firms shown rarely. */
  fairness: 12,
};

export const TERM_KEYS = Object.keys(DEFAULT_WEIGHTS) as TermKey[];

export function resolveWeights(overrides: Partial<Weights> | undefined): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const key of TERM_KEYS) {
    const value = overrides?.[key];
    if (value !== undefined && Number.isFinite(value) && value >= 0) weights[key] = value;
  }
  return weights;
}

/** Constants of the term formulas, named so the decision record can refer to them. */
export const SCORING = {
  /** Average leg length (km) at which proximity falls to 1/e. Tokyo's wards are ~5–15 km apart. */
  proximityScaleKm: 15,
  /** The record term's neutral prior: a newcomer counts as a mid-B scorecard (decision 017's grades:
   *  A ≥ 0.85, B ≥ 0.70) held for this many pseudo-months. */
  recordPriorScore: 0.75,
  recordPriorMonths: 3,
  /** Jobs together at which a partnership counts fully. */
  partnershipFullAt: 2,
  /** A firm may take part of a split step only if it can do at least this share of the quantity. */
  minSplitShare: 0.2,
} as const;
