// The group composer: the best k diverse groups of firms for a job, each scored and explained.
// Small jobs are searched exhaustively; larger ones go through the set-cover core (with its
// certified bound) and local improvement under the exact score.
import { coverCostScale, buildCoverModel, toSetCoverInstance, type CoverModel } from "./cover-model";
import { assignmentCount, compareGroups, exhaustiveTopK } from "./exhaustive";
import { improve } from "./improve";
import { scoreGroup, type ScoringContext } from "./scoring";
import { solveSetCover } from "./set-cover/solve";
import { buildStepOptions, collectFreeCapacity, relevantFirms, type StepOption } from "./step-options";
import type { CandidateFirm, JobInput, MatchingOptions, MatchingResult, OptimiserCertificate, StepAssignment, SuggestedGroup } from "./types";
import { resolveWeights } from "./weights";

const DEFAULTS = { k: 3, maxSplit: 3, candidatesPerStep: 30, exhaustiveLimit: 600 } as const;
/** The solver's budget per round; small covers finish long before it (the bound closes). */
const SOLVER_TIME_MS = 25;

type Prepared =
  | { ok: true; ctx: ScoringContext; pruned: StepOption[][]; diagnoses: MatchingResult["steps"] }
  | { ok: false; infeasible: MatchingResult["infeasible"]; diagnoses: MatchingResult["steps"] };

/** Everything before the search: each step's options, pruned to the best per step. Past
 *  partnerships play no part here (they only score whole groups), which is what lets
 *  shortlistFirmIds run before partnerships are known. */
function prepare(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions): Prepared {
  const firms = relevantFirms(job, candidates);
  if (job.steps.length === 0) return { ok: false, infeasible: [{ key: "matching.infeasible.noSteps", params: {} }], diagnoses: [] };

  const { freeInSlot, checks } = collectFreeCapacity(job, firms);
  const ctx: ScoringContext = {
    job,
    firms: new Map(firms.map((f) => [f.id, f])),
    weights: resolveWeights(options.weights),
    freeInSlot,
    exposureReference: options.exposureReference ?? 1,
  };
  const built = buildStepOptions(ctx, firms, checks, options.maxSplit ?? DEFAULTS.maxSplit);
  if (built.infeasible.length > 0) return { ok: false, infeasible: built.infeasible, diagnoses: built.diagnoses };

  const required = job.leadCertificationCode;
  if (required && !built.options.some((list) => list.some((o) => o.parts.some((p) => ctx.firms.get(p.firmId)!.certifications.includes(required))))) {
    return { ok: false, infeasible: [{ key: "matching.infeasible.noLeadCertification", params: { certification: required } }], diagnoses: built.diagnoses };
  }
  return { ok: true, ctx, pruned: prune(ctx, built.options, options.candidatesPerStep ?? DEFAULTS.candidatesPerStep), diagnoses: built.diagnoses };
}

/** The firms the search can put in a group. Their past partnerships among each other are all the
 *  composer reads of partnerships, so a caller may load only those (thousands of candidates have
 *  hundreds of thousands of pairs; the shortlist a few hundred). */
export function shortlistFirmIds(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions = {}): string[] {
  const prepared = prepare(job, candidates, options);
  if (!prepared.ok) return [];
  return [...new Set(prepared.pruned.flatMap((list) => list.flatMap((o) => o.parts.map((p) => p.firmId))))];
}

export function suggestGroups(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions = {}): MatchingResult {
  const k = Math.max(1, Math.floor(options.k ?? DEFAULTS.k));
  const empty = (infeasible: MatchingResult["infeasible"], steps: MatchingResult["steps"] = []): MatchingResult => ({ groups: [], infeasible, steps, certificate: null, candidateCount: candidates.length });
  const prepared = prepare(job, candidates, options);
  if (!prepared.ok) return empty(prepared.infeasible, prepared.diagnoses);
  const { ctx, pruned } = prepared;
  const required = job.leadCertificationCode;
  let groups: SuggestedGroup[];
  let certificate: OptimiserCertificate;
  if (assignmentCount(pruned) <= (options.exhaustiveLimit ?? DEFAULTS.exhaustiveLimit)) {
    groups = exhaustiveTopK(ctx, pruned, k);
    certificate = { method: "exhaustive", cost: 0, lowerBound: 0, gap: 0 };
  } else {
    ({ groups, certificate } = coverTopK(ctx, pruned, k));
  }
  if (groups.length === 0) return empty([{ key: "matching.infeasible.noLeadCertification", params: { certification: required ?? "" } }], prepared.diagnoses);
  return {
    groups: groups.map((g) => scoreGroup(ctx, g.assignments, g.leadFirmId)),
    infeasible: [],
    steps: prepared.diagnoses,
    certificate,
    candidateCount: candidates.length,
  };
}

/** Keeps the best options per step, plus the best few whose firm can lead when a certification is required. */
function prune(ctx: ScoringContext, options: readonly StepOption[][], perStep: number): StepOption[][] {
  const required = ctx.job.leadCertificationCode;
  return options.map((list) => {
    const kept = list.slice(0, perStep);
    if (required) {
      const leaders = list.slice(perStep).filter((o) => o.parts.some((p) => ctx.firms.get(p.firmId)!.certifications.includes(required))).slice(0, 3);
      kept.push(...leaders);
    }
    return kept;
  });
}

function coverTopK(ctx: ScoringContext, options: readonly StepOption[][], k: number): { groups: SuggestedGroup[]; certificate: OptimiserCertificate } {
  const groups: SuggestedGroup[] = [];
  const penalty = new Map<string, number>();
  // Large enough that the solver prefers any fresh firm, small enough to stay finite and exact.
  const reusePenalty = Object.values(ctx.weights).reduce((s, w) => s + w, 0);
  let certificate: OptimiserCertificate | null = null;
  for (let round = 0; round < k + 2 && groups.length < k; round++) {
    const model = buildCoverModel(ctx, options, penalty);
    const solution = solveSetCover(toSetCoverInstance(ctx, model), { timeLimitMs: SOLVER_TIME_MS, seed: 1 });
    certificate ??= { method: "set-cover", cost: solution.cost / coverCostScale, lowerBound: solution.lowerBound / coverCostScale, gap: solution.gap };
    if (!solution.feasible) break;
    const start = assignmentsFrom(ctx, model, solution.columns);
    const group = improve(ctx, options, start, groups.map((g) => g.memberIds));
    if (group && !groups.some((g) => compareGroups(g, group) === 0)) groups.push(group);
    for (const id of (group ?? { memberIds: start.flatMap((a) => a.parts.map((p) => p.firmId)) }).memberIds) penalty.set(id, (penalty.get(id) ?? 0) + reusePenalty);
  }
  return { groups: groups.sort(compareGroups), certificate: certificate ?? { method: "set-cover", cost: 0, lowerBound: 0, gap: 0 } };
}

/** Turns chosen columns into one option per step (the cheapest among the columns covering it). */
function assignmentsFrom(ctx: ScoringContext, model: CoverModel, chosen: readonly number[]): StepAssignment[] {
  return ctx.job.steps.map((step, index) => {
    let best: StepOption | undefined;
    for (const j of chosen) {
      const option = model.columns[j]!.steps.get(index);
      if (option && (!best || option.affinity > best.affinity)) best = option;
    }
    return { stepId: step.id, parts: best!.parts };
  });
}
