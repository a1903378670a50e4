// The combinatorial core as weighted set cover. Rows are the job's steps (plus one "lead" row when
// the lead must hold a certification). A column is one firm doing a subset of the steps it can do
// whole (or a split team doing one step); its cost is the linear part of the score it gives up:
// the per-member cost of the members term, the best affinity available minus its own, and its
// distance from the route's anchor as a stand-in for the pairwise proximity term.
import { distanceKm } from "./geo";
import type { ScoringContext } from "./scoring";
import type { StepOption } from "./step-options";
import type { GeoPoint } from "./types";
import { SCORING } from "./weights";

export interface CoverColumn {
  /** Step index → the option taken for it. */
  steps: Map<number, StepOption>;
  firmIds: string[];
  cost: number;
}

export interface CoverModel {
  rowCount: number;
  columns: CoverColumn[];
}

/** Firms doing many steps get their subsets enumerated only up to this size (2^n grows fast). */
const MAX_SUBSET_STEPS = 6;
const COST_SCALE = 1000;

export function routeAnchor(ctx: ScoringContext, options: readonly StepOption[][]): GeoPoint {
  if (ctx.job.deliveryPoint) return ctx.job.deliveryPoint;
  let lat = 0;
  let lng = 0;
  let n = 0;
  for (const list of options)
    for (const option of list.slice(0, 5))
      for (const part of option.parts) {
        const firm = ctx.firms.get(part.firmId)!;
        lat += firm.location.latitude;
        lng += firm.location.longitude;
        n++;
      }
  return n ? { latitude: lat / n, longitude: lng / n } : { latitude: 35.68, longitude: 139.76 };
}

export function buildCoverModel(ctx: ScoringContext, options: readonly StepOption[][], penaltyByFirm: ReadonlyMap<string, number>): CoverModel {
  const { weights, job } = ctx;
  const stepCount = job.steps.length;
  const memberCost = weights.members / Math.max(1, stepCount - 1);
  const anchor = routeAnchor(ctx, options);
  const bestAffinity = options.map((list) => Math.max(0, ...list.map((o) => o.affinity)));
  const distanceCost = (firmId: string) => (weights.proximity * (1 - Math.exp(-distanceKm(ctx.firms.get(firmId)!.location, anchor) / SCORING.proximityScaleKm))) / stepCount;
  const stepCost = (index: number, option: StepOption) =>
    (bestAffinity[index]! - option.affinity) / stepCount + option.parts.reduce((s, p) => s + (distanceCost(p.firmId) * p.quantity) / job.steps[index]!.quantity, 0);
  const firmCost = (firmId: string) => memberCost + (penaltyByFirm.get(firmId) ?? 0);

  const columns: CoverColumn[] = [];
  const singleFirmSteps = new Map<string, { index: number; option: StepOption }[]>();
  options.forEach((list, index) => {
    for (const option of list) {
      if (option.parts.length === 1) {
        const firmId = option.parts[0]!.firmId;
        const steps = singleFirmSteps.get(firmId) ?? [];
        steps.push({ index, option });
        singleFirmSteps.set(firmId, steps);
      } else {
        const firmIds = option.parts.map((p) => p.firmId);
        columns.push({ steps: new Map([[index, option]]), firmIds, cost: firmIds.reduce((s, id) => s + firmCost(id), 0) + stepCost(index, option) });
      }
    }
  });
  for (const [firmId, steps] of [...singleFirmSteps].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const subset of subsetsOf(steps)) {
      columns.push({ steps: new Map(subset.map((s) => [s.index, s.option])), firmIds: [firmId], cost: firmCost(firmId) + subset.reduce((sum, s) => sum + stepCost(s.index, s.option), 0) });
    }
  }
  return { rowCount: stepCount + (job.leadCertificationCode ? 1 : 0), columns };
}

function subsetsOf<T>(items: readonly T[]): T[][] {
  if (items.length > MAX_SUBSET_STEPS) return [...items.map((item) => [item]), [...items]];
  const subsets: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) subsets.push(items.filter((_, i) => mask & (1 << i)));
  return subsets;
}

/** The set-cover instance (integer costs) for the solver. */
export function toSetCoverInstance(ctx: ScoringContext, model: CoverModel) {
  const leadRow = ctx.job.leadCertificationCode ? ctx.job.steps.length : -1;
  const required = ctx.job.leadCertificationCode;
  return {
    rowCount: model.rowCount,
    columnCosts: model.columns.map((c) => Math.max(0, Math.round(c.cost * COST_SCALE))),
    columnRows: model.columns.map((c) => {
      const rows = [...c.steps.keys()];
      if (leadRow >= 0 && c.firmIds.some((id) => ctx.firms.get(id)!.certifications.includes(required!))) rows.push(leadRow);
      return rows;
    }),
  };
}

export const coverCostScale = COST_SCALE;
