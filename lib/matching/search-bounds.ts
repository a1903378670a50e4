// Upper bounds on a group's score for the exact search (branch-and-bound.ts). A bound is valid
// when no feasible completion of a partial group scores more; it never needs to be reached.
//
// score = Σ step affinity / S            (record, slack, hand raised, fairness: linear per step)
//       + W_members · (S − m) / (S − 1)    (m distinct members; 0 at worst)
//       + W_proximity · exp(−km / (15 · legs))
//       + W_partnership · (mean pair value over hand-offs, 1 without hand-offs)
//
// The first two are bounded together by a dynamic programme over subsets of the steps: every
// way to cover the remaining steps by "items" (one firm doing a set of steps it can do whole, or
// a team doing a split step), each new firm costing W_members / (S − 1). Proximity is bounded by
// the known legs plus the shortest possible remaining legs; partnership by the best pair value.
import { distanceKm } from "./geo";
import { mainFirmOf, type ScoringContext } from "./scoring";
import type { StepOption } from "./step-options";
import { SCORING } from "./weights";

export interface SearchOption {
  option: StepOption;
  /** The firm doing most of the step: route legs run between these. */
  main: string;
  firms: string[];
}

export interface SearchModel {
  ctx: ScoringContext;
  stepCount: number;
  /** Per step, best affinity first (ties by firm ids, so input order never matters). */
  options: SearchOption[][];
  memberCost: number;
  memberConstant: number;
  /** A split step can make members outnumber steps, where the members term stops at 0. */
  hasTeams: boolean;
  /** Σ of the best affinity of steps d… (index d). */
  suffixBestAffinity: Float64Array;
  /** Each firm's affinity per step when it can do the step whole (−∞ where not). */
  firmAffinity: Map<string, Float64Array>;
  /** Steps each firm can be the main firm of. */
  mainMask: Map<string, number>;
  /** Best value of covering a set of steps with new firms (affinity / S − member cost). */
  fresh: Float64Array;
  minLegKm: Float64Array;
  minDeliveryKm: number;
  legCount: number;
  bestPairValue: number;
  /** Some firm can be the main firm of every step (a route without hand-offs exists). */
  soleFirmPossible: boolean;
}

export interface NodeState {
  depth: number;
  affinitySum: number;
  members: string[];
  /** Per step, the best affinity of a current member doing it alone (−∞ when none can). */
  memberAffinity: Float64Array;
  km: number;
  handOffs: number;
  pairSum: number;
  lastMain: string | null;
}

/** Pair value as the scorer counts it for one hand-off (0 without a shared record). */
export function pairValue(ctx: ScoringContext, a: string, b: string): number {
  const record = ctx.firms.get(a)?.partners[b] ?? ctx.firms.get(b)?.partners[a];
  if (!record || record.jobsTogether <= 0) return 0;
  const rating = record.averageRating == null ? 0.8 : (record.averageRating - 1) / 4;
  return Math.min(1, record.jobsTogether / SCORING.partnershipFullAt) * rating;
}

export function legKm(ctx: ScoringContext, a: string, b: string): number {
  return a === b ? 0 : distanceKm(ctx.firms.get(a)!.location, ctx.firms.get(b)!.location);
}

/** Above this many options on two neighbouring steps, the shortest leg between them is taken as 0. */
const PAIRWISE_LEG_LIMIT = 250_000;

export function buildSearchModel(ctx: ScoringContext, stepOptions: readonly StepOption[][]): SearchModel {
  const S = ctx.job.steps.length;
  const { weights } = ctx;
  const options = searchOptions(stepOptions);
  const memberCost = S >= 2 ? weights.members / (S - 1) : 0;
  const memberConstant = S >= 2 ? (weights.members * S) / (S - 1) : weights.members;
  const hasTeams = options.some((list) => list.some((o) => o.firms.length > 1));

  const suffixBestAffinity = new Float64Array(S + 1);
  for (let j = S - 1; j >= 0; j--) suffixBestAffinity[j] = suffixBestAffinity[j + 1]! + Math.max(-Infinity, ...options[j]!.map((o) => o.option.affinity));

  const { firmAffinity, mainMask, stepsOfFirm } = indexFirms(options, S);
  const fresh = coverTable(itemTable(options, firmAffinity, stepsOfFirm, S, memberCost));

  const minLegKm = new Float64Array(Math.max(0, S - 1));
  for (let j = 0; j + 1 < S; j++) {
    const a = [...new Set(options[j]!.map((o) => o.main))];
    const b = [...new Set(options[j + 1]!.map((o) => o.main))];
    if (a.length * b.length > PAIRWISE_LEG_LIMIT) continue; // 0: always a valid lower bound
    let min = Infinity;
    for (const x of a) for (const y of b) min = Math.min(min, legKm(ctx, x, y));
    minLegKm[j] = Number.isFinite(min) ? min : 0;
  }
  const delivery = ctx.job.deliveryPoint;
  const minDeliveryKm = delivery && S > 0 ? Math.min(...options[S - 1]!.map((o) => distanceKm(ctx.firms.get(o.main)!.location, delivery))) : 0;

  let bestPairValue = 0;
  const firmIds = [...stepsOfFirm.keys()];
  const inModel = new Set(firmIds);
  for (const a of firmIds) for (const b of Object.keys(ctx.firms.get(a)!.partners)) if (inModel.has(b)) bestPairValue = Math.max(bestPairValue, pairValue(ctx, a, b));

  return {
    ctx,
    stepCount: S,
    options,
    memberCost,
    memberConstant,
    hasTeams,
    suffixBestAffinity,
    firmAffinity,
    mainMask,
    fresh,
    minLegKm,
    minDeliveryKm: Number.isFinite(minDeliveryKm) ? minDeliveryKm : 0,
    legCount: Math.max(0, S - 1) + (delivery ? 1 : 0),
    bestPairValue,
    soleFirmPossible: [...mainMask.values()].some((m) => m === (1 << S) - 1),
  };
}

/** Options with their main firm and firm list, best affinity first. */
export function searchOptions(stepOptions: readonly StepOption[][]): SearchOption[][] {
  return stepOptions.map((list) => list.map((option) => ({ option, main: mainFirmOf({ stepId: "", parts: option.parts }), firms: option.parts.map((p) => p.firmId) })));
}

export function indexFirms(options: readonly SearchOption[][], S: number) {
  const firmAffinity = new Map<string, Float64Array>();
  const mainMask = new Map<string, number>();
  const stepsOfFirm = new Map<string, number>();
  options.forEach((list, j) => {
    for (const o of list) {
      mainMask.set(o.main, (mainMask.get(o.main) ?? 0) | (1 << j));
      for (const f of o.firms) stepsOfFirm.set(f, (stepsOfFirm.get(f) ?? 0) | (1 << j));
      if (o.firms.length !== 1) continue;
      let row = firmAffinity.get(o.main);
      if (!row) firmAffinity.set(o.main, (row = new Float64Array(S).fill(-Infinity)));
      row[j] = Math.max(row[j]!, o.option.affinity);
    }
  });
  return { firmAffinity, mainMask, stepsOfFirm };
}

/**
 * Best value of each "item" (indexed by its set of steps): a firm doing steps it can do whole
 * (affinity / S, less one member's cost), or a team doing its split step, which pays for the
 * firms that appear on no other step (the others may be paid for where they appear).
 */
export function itemTable(options: readonly SearchOption[][], firmAffinity: ReadonlyMap<string, Float64Array>, stepsOfFirm: ReadonlyMap<string, number>, S: number, memberCost: number, firms?: ReadonlySet<string>): Float64Array {
  const bestItem = new Float64Array(1 << S).fill(-Infinity);
  for (const [firmId, row] of firmAffinity) {
    if (firms && !firms.has(firmId)) continue;
    let mask = 0;
    for (let j = 0; j < S; j++) if (row[j]! > -Infinity) mask |= 1 << j;
    for (let s = mask; s > 0; s = (s - 1) & mask) {
      let value = -memberCost;
      for (let j = 0; j < S; j++) if (s & (1 << j)) value += row[j]! / S;
      if (value > bestItem[s]!) bestItem[s] = value;
    }
  }
  if (firms) return bestItem;
  options.forEach((list, j) => {
    for (const o of list) {
      if (o.firms.length === 1) continue;
      const exclusive = o.firms.filter((f) => stepsOfFirm.get(f) === 1 << j).length;
      bestItem[1 << j] = Math.max(bestItem[1 << j]!, o.option.affinity / S - memberCost * exclusive);
    }
  });
  return bestItem;
}

/** Best way to cover each set of steps with items that do not overlap (3^S steps of work). */
export function coverTable(bestItem: Float64Array): Float64Array {
  const full = bestItem.length - 1;
  const cover = new Float64Array(full + 1).fill(-Infinity);
  cover[0] = 0;
  for (let mask = 1; mask <= full; mask++) {
    const low = mask & -mask;
    const rest = mask ^ low;
    let best = -Infinity;
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      const s = sub | low;
      const value = bestItem[s]! + cover[mask ^ s]!;
      if (value > best) best = value;
      if (sub === 0) break;
    }
    cover[mask] = best;
  }
  return cover;
}

export function rootState(model: SearchModel): NodeState {
  return { depth: 0, affinitySum: 0, members: [], memberAffinity: new Float64Array(model.stepCount).fill(-Infinity), km: 0, handOffs: 0, pairSum: 0, lastMain: null };
}

export function childState(model: SearchModel, node: NodeState, choice: SearchOption): NodeState {
  const { ctx } = model;
  const d = node.depth;
  const members = [...node.members];
  const memberAffinity = Float64Array.from(node.memberAffinity);
  for (const f of choice.firms) {
    if (members.includes(f)) continue;
    members.push(f);
    const row = model.firmAffinity.get(f);
    if (row) for (let j = d + 1; j < model.stepCount; j++) if (row[j]! > memberAffinity[j]!) memberAffinity[j] = row[j]!;
  }
  const handOff = node.lastMain !== null && node.lastMain !== choice.main;
  return {
    depth: d + 1,
    affinitySum: node.affinitySum + choice.option.affinity,
    members,
    memberAffinity,
    km: node.km + (node.lastMain === null ? 0 : legKm(ctx, node.lastMain, choice.main)),
    handOffs: node.handOffs + (handOff ? 1 : 0),
    pairSum: node.pairSum + (handOff ? pairValue(ctx, node.lastMain!, choice.main) : 0),
    lastMain: choice.main,
  };
}

/** Affinity and members of the steps from `from` on, with the current members' affinities. */
export function suffixValue(model: SearchModel, from: number, memberAffinity: Float64Array): number {
  const S = model.stepCount;
  const remaining = ((1 << S) - 1) & ~((1 << from) - 1);
  let available = 0;
  for (let j = from; j < S; j++) if (memberAffinity[j]! > -Infinity) available |= 1 << j;
  let best = -Infinity;
  for (let t = available; ; t = (t - 1) & available) {
    let value = model.fresh[remaining ^ t]!;
    for (let j = from; j < S; j++) if (t & (1 << j)) value += memberAffinity[j]! / S;
    if (value > best) best = value;
    if (t === 0) break;
  }
  return best;
}

/** Bound on the linear terms and members for completions of `node` whose step `node.depth` is not yet chosen. */
export function linearBound(model: SearchModel, node: NodeState, suffixFrom: number, extraAffinity = 0): number {
  const S = model.stepCount;
  let bound = (node.affinitySum + extraAffinity) / S + model.memberConstant - model.memberCost * node.members.length + suffixValue(model, suffixFrom, node.memberAffinity);
  if (model.hasTeams) bound = Math.max(bound, (node.affinitySum + extraAffinity + model.suffixBestAffinity[suffixFrom]!) / S);
  return bound;
}

export function proximityBound(model: SearchModel, node: NodeState): number {
  const { weights } = model.ctx;
  if (model.legCount === 0) return weights.proximity;
  let km = node.km;
  for (let j = Math.max(0, node.depth - 1); j + 1 < model.stepCount; j++) km += model.minLegKm[j]!;
  if (model.ctx.job.deliveryPoint) km += model.minDeliveryKm;
  return weights.proximity * Math.exp(-km / (SCORING.proximityScaleKm * model.legCount));
}

export function partnershipBound(model: SearchModel, node: NodeState): number {
  const { weights } = model.ctx;
  const S = model.stepCount;
  const remainingLegs = S - 1 - Math.max(0, node.depth - 1);
  let value: number;
  if (node.handOffs === 0) {
    const suffix = ((1 << S) - 1) & ~((1 << node.depth) - 1);
    const soleContinues = node.lastMain === null ? model.soleFirmPossible : ((model.mainMask.get(node.lastMain) ?? 0) & suffix) === suffix;
    value = soleContinues || remainingLegs <= 0 ? 1 : model.bestPairValue;
  } else {
    value = Math.max(node.pairSum / node.handOffs, (node.pairSum + remainingLegs * model.bestPairValue) / (node.handOffs + remainingLegs));
  }
  return weights.partnership * value;
}

/** No completion of `node` scores more than this. */
export function nodeBound(model: SearchModel, node: NodeState): number {
  return linearBound(model, node, node.depth) + proximityBound(model, node) + partnershipBound(model, node);
}

/**
 * The score of `node` completed by `choice` on its last step, by the scorer's formula from the
 * search state (to within rounding; the search confirms a winner with the scorer itself).
 */
export function leafScore(model: SearchModel, node: NodeState, choice: SearchOption): number {
  const { ctx, stepCount: S } = model;
  const { weights } = ctx;
  let m = node.members.length;
  for (const f of choice.firms) if (!node.members.includes(f)) m++;
  const membersValue = S <= 1 ? (m <= 1 ? 1 : 1 / m) : Math.max(0, 1 - (m - 1) / (S - 1));
  let km = node.km;
  let handOffs = node.handOffs;
  let pairSum = node.pairSum;
  if (node.lastMain !== null && node.lastMain !== choice.main) {
    km += legKm(ctx, node.lastMain, choice.main);
    handOffs++;
    pairSum += pairValue(ctx, node.lastMain, choice.main);
  }
  const delivery = ctx.job.deliveryPoint;
  if (delivery) km += distanceKm(ctx.firms.get(choice.main)!.location, delivery);
  const averageKm = model.legCount ? km / model.legCount : 0;
  return (
    (node.affinitySum + choice.option.affinity) / S +
    weights.members * membersValue +
    weights.proximity * Math.exp(-averageKm / SCORING.proximityScaleKm) +
    weights.partnership * (handOffs === 0 ? 1 : pairSum / handOffs)
  );
}
