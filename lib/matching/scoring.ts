// The scorer: every term of a group's score, its contribution, and the reasons a person reads.
// Terms that depend on one step and one firm are also exposed (stepAffinity) so the optimiser can
// use them as linear costs; the pairwise terms (proximity along the route, partnership) are
// exact only here.
import { distanceKm } from "./geo";
import { SCORING, TERM_KEYS } from "./weights";
import type { CandidateFirm, JobInput, Reason, RouteLeg, StepAssignment, SuggestedGroup, TermKey, TermScore, Weights } from "./types";

export interface ScoringContext {
  job: JobInput;
  firms: ReadonlyMap<string, CandidateFirm>;
  weights: Weights;
  /** Pieces each firm can make in each step's slot: key `${stepId}:${firmId}`. */
  freeInSlot: ReadonlyMap<string, number>;
  /** Share of the job's days each firm declared 空きあり for each step's process: key `${stepId}:${firmId}`. */
  openShare?: ReadonlyMap<string, number>;
  exposureReference: number;
}

// Per-firm values are asked for thousands of times per job: computed once per firm object.
const recordCache = new WeakMap<CandidateFirm, number>();

export function recordValue(firm: CandidateFirm): number {
  const cached = recordCache.get(firm);
  if (cached !== undefined) return cached;
  const value = computeRecordValue(firm);
  recordCache.set(firm, value);
  return value;
}

/** The scorecard's mean monthly score, shrunk towards a neutral prior by pseudo-months: a newcomer
 *  is neither good nor bad, and one good month does not outrank a steady year. */
function computeRecordValue(firm: CandidateFirm): number {
  const card = firm.record.scorecard;
  const months = card ? Math.max(0, card.gradedMonths) : 0;
  const score = card ? Math.min(1, Math.max(0, card.meanScore)) : 0;
  return (score * months + SCORING.recordPriorScore * SCORING.recordPriorMonths) / (months + SCORING.recordPriorMonths);
}

export function fairnessValue(firm: CandidateFirm, exposureReference: number): number {
  return 1 / (1 + Math.max(0, firm.recentExposure) / (1 + Math.max(0, exposureReference)));
}

/** The buffer left after the step, raised towards 1 by the share of the job's days the firm declared 空きあり. */
export function slackValue(free: number, quantity: number, openShare = 0): number {
  const buffer = free <= 0 ? 0 : Math.min(1, Math.max(0, (free - quantity) / free));
  return buffer + (1 - buffer) * Math.min(1, Math.max(0, openShare));
}

/** Per step and firm: the linear part of the score (record, slack, hand raised, fairness), 0…Σ weights. */
export function stepAffinity(ctx: ScoringContext, stepId: string, firm: CandidateFirm, quantity: number, free = ctx.freeInSlot.get(`${stepId}:${firm.id}`) ?? 0): number {
  const { weights } = ctx;
  return (
    weights.record * recordValue(firm) +
    weights.slack * slackValue(free, quantity, ctx.openShare?.get(`${stepId}:${firm.id}`)) +
    weights.handRaised * (firm.handRaisedStepIds.includes(stepId) ? 1 : 0) +
    weights.fairness * fairnessValue(firm, ctx.exposureReference)
  );
}

/** The firm doing most of a step: the route's legs run between these. */
export function mainFirmOf(assignment: StepAssignment): string {
  let best = assignment.parts[0]!;
  for (const part of assignment.parts) if (part.quantity > best.quantity || (part.quantity === best.quantity && part.firmId < best.firmId)) best = part;
  return best.firmId;
}

export function membersInRouteOrder(assignments: readonly StepAssignment[]): string[] {
  const seen = new Set<string>();
  for (const a of assignments) for (const p of a.parts) seen.add(p.firmId);
  return [...seen];
}

function routeLegs(ctx: ScoringContext, assignments: readonly StepAssignment[]): RouteLeg[] {
  const legs: RouteLeg[] = [];
  for (let i = 0; i < assignments.length; i++) {
    const from = assignments[i]!;
    const fromFirm = ctx.firms.get(mainFirmOf(from))!;
    const next = assignments[i + 1];
    if (next) {
      const toFirm = ctx.firms.get(mainFirmOf(next))!;
      legs.push({ fromStepId: from.stepId, toStepId: next.stepId, fromFirmId: fromFirm.id, toFirmId: toFirm.id, km: fromFirm.id === toFirm.id ? 0 : distanceKm(fromFirm.location, toFirm.location) });
    } else if (ctx.job.deliveryPoint) {
      legs.push({ fromStepId: from.stepId, toStepId: null, fromFirmId: fromFirm.id, toFirmId: null, km: distanceKm(fromFirm.location, ctx.job.deliveryPoint) });
    }
  }
  return legs;
}

function partnershipValue(ctx: ScoringContext, legs: readonly RouteLeg[]): { value: number; pairs: { a: string; b: string; jobs: number }[] } {
  const handOffs = legs.filter((leg) => leg.toFirmId !== null && leg.toFirmId !== leg.fromFirmId);
  if (handOffs.length === 0) return { value: 1, pairs: [] };
  let sum = 0;
  const pairs: { a: string; b: string; jobs: number }[] = [];
  for (const leg of handOffs) {
    const record = ctx.firms.get(leg.fromFirmId)?.partners[leg.toFirmId!] ?? ctx.firms.get(leg.toFirmId!)?.partners[leg.fromFirmId];
    if (!record || record.jobsTogether <= 0) continue;
    const rating = record.averageRating == null ? 0.8 : (record.averageRating - 1) / 4;
    sum += Math.min(1, record.jobsTogether / SCORING.partnershipFullAt) * rating;
    pairs.push({ a: leg.fromFirmId, b: leg.toFirmId!, jobs: record.jobsTogether });
  }
  return { value: sum / handOffs.length, pairs };
}

function quantityWeighted(assignment: StepAssignment, value: (firm: CandidateFirm, quantity: number) => number, firms: ReadonlyMap<string, CandidateFirm>): number {
  const total = assignment.parts.reduce((s, p) => s + p.quantity, 0) || 1;
  return assignment.parts.reduce((s, p) => s + (value(firms.get(p.firmId)!, p.quantity) * p.quantity) / total, 0);
}

/** Chooses the lead: holds the required certification, does the most steps, best record; ties by id. */
export function chooseLead(ctx: ScoringContext, assignments: readonly StepAssignment[]): string | null {
  const stepsDone = new Map<string, number>();
  for (const a of assignments) for (const p of a.parts) stepsDone.set(p.firmId, (stepsDone.get(p.firmId) ?? 0) + 1);
  const required = ctx.job.leadCertificationCode;
  const eligible = [...stepsDone.keys()].filter((id) => !required || ctx.firms.get(id)!.certifications.includes(required));
  if (eligible.length === 0) return null;
  eligible.sort((a, b) => (stepsDone.get(b)! - stepsDone.get(a)!) || recordValue(ctx.firms.get(b)!) - recordValue(ctx.firms.get(a)!) || (a < b ? -1 : 1));
  return eligible[0]!;
}

// A step's linear terms by its parts (each step's options keep their parts arrays, and a parts
// array always belongs to one step), per scoring context.
const linearCache = new WeakMap<ScoringContext, WeakMap<readonly unknown[], number>>();

/**
 * The score alone, by scoreGroup's formula, without building the group (legs, terms, reasons): for
 * local search, which tries many groups and keeps few. Equal to scoreGroup's score up to rounding.
 */
export function quickScore(ctx: ScoringContext, assignments: readonly StepAssignment[]): number {
  const { job, firms, weights } = ctx;
  const members = new Set<string>();
  let linear = 0;
  let km = 0;
  let legs = 0;
  let handOffs = 0;
  let pairSum = 0;
  let previous: string | null = null;
  let stepLinear = linearCache.get(ctx);
  if (!stepLinear) linearCache.set(ctx, (stepLinear = new WeakMap()));
  for (const a of assignments) {
    let value = stepLinear.get(a.parts);
    if (value === undefined) {
      const total = a.parts.reduce((s, p) => s + p.quantity, 0) || 1;
      value = a.parts.reduce((s, p) => s + (stepAffinity(ctx, a.stepId, firms.get(p.firmId)!, p.quantity) * p.quantity) / total, 0);
      stepLinear.set(a.parts, value);
    }
    linear += value;
    for (const p of a.parts) members.add(p.firmId);
    const main = mainFirmOf(a);
    if (previous !== null) {
      legs++;
      if (previous !== main) {
        km += distanceKm(firms.get(previous)!.location, firms.get(main)!.location);
        handOffs++;
        const record = firms.get(previous)?.partners[main] ?? firms.get(main)?.partners[previous];
        if (record && record.jobsTogether > 0) pairSum += Math.min(1, record.jobsTogether / SCORING.partnershipFullAt) * (record.averageRating == null ? 0.8 : (record.averageRating - 1) / 4);
      }
    }
    previous = main;
  }
  if (previous !== null && job.deliveryPoint) {
    legs++;
    km += distanceKm(firms.get(previous)!.location, job.deliveryPoint);
  }
  const S = job.steps.length;
  const m = members.size;
  const membersValue = S <= 1 ? (m <= 1 ? 1 : 1 / m) : Math.max(0, 1 - (m - 1) / (S - 1));
  return (
    linear / Math.max(1, assignments.length) +
    weights.members * membersValue +
    weights.proximity * Math.exp(-(legs ? km / legs : 0) / SCORING.proximityScaleKm) +
    weights.partnership * (handOffs === 0 ? 1 : pairSum / handOffs)
  );
}

export function scoreGroup(ctx: ScoringContext, assignments: StepAssignment[], leadFirmId: string, options: { reasons: boolean } = { reasons: true }): SuggestedGroup {
  const { job, firms, weights } = ctx;
  const memberIds = membersInRouteOrder(assignments);
  const stepCount = job.steps.length;
  const legs = routeLegs(ctx, assignments);
  const averageKm = legs.length ? legs.reduce((s, l) => s + l.km, 0) / legs.length : 0;
  const partnership = partnershipValue(ctx, legs);
  const perStep = (value: (firm: CandidateFirm, quantity: number, stepId: string) => number) =>
    assignments.reduce((s, a) => s + quantityWeighted(a, (f, q) => value(f, q, a.stepId), firms), 0) / Math.max(1, assignments.length);

  const values: Record<TermKey, number> = {
    members: stepCount <= 1 ? (memberIds.length <= 1 ? 1 : 1 / memberIds.length) : Math.max(0, 1 - (memberIds.length - 1) / (stepCount - 1)),
    proximity: Math.exp(-averageKm / SCORING.proximityScaleKm),
    partnership: partnership.value,
    record: perStep((f) => recordValue(f)),
    slack: perStep((f, q, stepId) => slackValue(ctx.freeInSlot.get(`${stepId}:${f.id}`) ?? 0, q, ctx.openShare?.get(`${stepId}:${f.id}`))),
    handRaised: perStep((f, _q, stepId) => (f.handRaisedStepIds.includes(stepId) ? 1 : 0)),
    fairness: perStep((f) => fairnessValue(f, ctx.exposureReference)),
  };
  const terms = {} as Record<TermKey, TermScore>;
  let score = 0;
  for (const key of TERM_KEYS) {
    const contribution = values[key] * weights[key];
    terms[key] = { value: values[key], weight: weights[key], contribution };
    score += contribution;
  }
  const reasons = options.reasons ? reasonsFor(ctx, memberIds, leadFirmId, values, averageKm, partnership.pairs, assignments) : [];
  return { memberIds, leadFirmId, assignments, score, terms, legs, reasons };
}

function reasonsFor(
  ctx: ScoringContext,
  memberIds: readonly string[],
  leadFirmId: string,
  values: Record<TermKey, number>,
  averageKm: number,
  pairs: readonly { a: string; b: string; jobs: number }[],
  assignments: readonly StepAssignment[],
): Reason[] {
  const name = (id: string) => ctx.firms.get(id)?.name ?? id;
  const reasons: Reason[] = [{ key: "matching.reasons.members", params: { members: memberIds.length, steps: ctx.job.steps.length } }];
  const lead = ctx.firms.get(leadFirmId)!;
  reasons.push(ctx.job.leadCertificationCode ? { key: "matching.reasons.leadCertified", params: { firm: lead.name, certification: ctx.job.leadCertificationCode } } : { key: "matching.reasons.lead", params: { firm: lead.name } });
  if (memberIds.length > 1 || ctx.job.deliveryPoint) reasons.push({ key: "matching.reasons.distance", params: { km: Math.round(averageKm * 10) / 10 } });
  for (const pair of pairs.slice(0, 2)) reasons.push({ key: "matching.reasons.workedTogether", params: { a: name(pair.a), b: name(pair.b), jobs: pair.jobs } });
  const best = memberIds.map((id) => ctx.firms.get(id)!).filter((f) => f.record.deliveries >= 3).sort((a, b) => b.record.onTime / b.record.deliveries - a.record.onTime / a.record.deliveries)[0];
  if (best) reasons.push({ key: "matching.reasons.onTime", params: { firm: best.name, percent: Math.round((100 * best.record.onTime) / best.record.deliveries), deliveries: best.record.deliveries } });
  const raised = assignments.flatMap((a) => a.parts.filter((p) => ctx.firms.get(p.firmId)!.handRaisedStepIds.includes(a.stepId)).map((p) => ({ firm: name(p.firmId), step: ctx.job.steps.find((s) => s.id === a.stepId)!.position })));
  for (const r of raised.slice(0, 2)) reasons.push({ key: "matching.reasons.handRaised", params: r });
  reasons.push({ key: "matching.reasons.slack", params: { percent: Math.round(values.slack * 100) } });
  const split = assignments.find((a) => a.parts.length > 1);
  if (split) reasons.push({ key: "matching.reasons.split", params: { step: ctx.job.steps.find((s) => s.id === split.stepId)!.position, firms: split.parts.length } });
  return reasons;
}
