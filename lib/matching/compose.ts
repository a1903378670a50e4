// The group composer: the best k diverse groups of firms for a job, each scored and explained,
// each with a bound on the score no feasible group can beat. The search is exact branch and
// bound over each step's shortlisted options (branch-and-bound.ts), counted in work units, not
// time, so its answers never depend on the machine's load.
import { branchAndBound } from "./branch-and-bound";
import { compareGroups } from "./group-order";
import { improve } from "./improve";
import { scoreGroup, type ScoringContext } from "./scoring";
import { buildSearchModel } from "./search-bounds";
import { shortlistBound } from "./shortlist-bound";
import { buildStepOptions, collectFreeCapacity, relevantFirms, type StepOption } from "./step-options";
import { fixRoute } from "./fixed-route";
import type { CandidateFirm, FirmBest, FixedRoute, JobInput, MatchingOptions, MatchingResult, OptimiserCertificate, SuggestedGroup } from "./types";
import { resolveWeights } from "./weights";

/** A split step keeps this many of its best teams (all of them on small jobs). */
const TEAMS_KEPT = 200;
/** searchBudget: work units (bounds computed and groups scored) per suggestion searched. */
const DEFAULTS = { k: 3, maxSplit: 3, candidatesPerStep: 30, searchBudget: 2_000 } as const;

type Prepared =
  | { ok: true; ctx: ScoringContext; all: StepOption[][]; pruned: StepOption[][]; teamCap: number[]; diagnoses: MatchingResult["steps"] }
  | { ok: false; infeasible: MatchingResult["infeasible"]; diagnoses: MatchingResult["steps"] };

/** Everything before the search: each step's options, pruned to the best per step. Past
 *  partnerships play no part here (they only score whole groups), which is what lets
 *  shortlistFirmIds run before partnerships are known. */
function prepare(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions, route?: FixedRoute): Prepared {
  const firms = relevantFirms(job, candidates);
  if (job.steps.length === 0) return { ok: false, infeasible: [{ key: "matching.infeasible.noSteps", params: {} }], diagnoses: [] };

  const { freeInSlot, openShare, checks } = collectFreeCapacity(job, firms);
  const ctx: ScoringContext = {
    job,
    firms: new Map(firms.map((f) => [f.id, f])),
    weights: resolveWeights(options.weights),
    freeInSlot,
    openShare,
    exposureReference: options.exposureReference ?? 1,
  };
  const built = buildStepOptions(ctx, firms, checks, options.maxSplit ?? DEFAULTS.maxSplit);
  if (route) fixRoute(ctx, built, route);
  if (built.infeasible.length > 0) return { ok: false, infeasible: built.infeasible, diagnoses: built.diagnoses };

  const required = job.leadCertificationCode;
  if (required && !built.options.some((list) => list.some((o) => o.parts.some((p) => ctx.firms.get(p.firmId)!.certifications.includes(required))))) {
    return { ok: false, infeasible: [{ key: "matching.infeasible.noLeadCertification", params: { certification: required } }], diagnoses: built.diagnoses };
  }
  return { ok: true, ctx, all: built.options, pruned: prune(ctx, built.options, options.candidatesPerStep ?? DEFAULTS.candidatesPerStep), teamCap: built.teamCap, diagnoses: built.diagnoses };
}

/** The firms the search can put in a group. Their past partnerships among each other are all the
 *  composer reads of partnerships, so a caller may load only those (thousands of candidates have
 *  hundreds of thousands of pairs; the shortlist a few hundred). */
export function shortlistFirmIds(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions = {}): string[] {
  return shortlistOf(prepare(job, candidates, options));
}

const shortlistOf = (prepared: Prepared) =>
  prepared.ok ? [...new Set(prepared.pruned.flatMap((list) => list.flatMap((o) => o.parts.map((p) => p.firmId))))] : [];

export function suggestGroups(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions = {}): MatchingResult {
  return search(prepare(job, candidates, options), job, candidates.length, options);
}

/**
 * suggestGroups for a caller that reads past partnerships for the shortlist only: the shortlist
 * first, then the suggestions once the shortlisted firms' partnerships are given, on one
 * preparation (preparing is about a third of a suggestion's work). The same answer as
 * suggestGroups over the candidates with those partnerships.
 */
export function suggestAfterShortlist(job: JobInput, candidates: readonly CandidateFirm[], options: MatchingOptions = {}) {
  const prepared = prepare(job, candidates, options);
  return {
    shortlist: shortlistOf(prepared),
    suggest: (partners: Readonly<Record<string, CandidateFirm["partners"]>>): MatchingResult =>
      search(prepared.ok ? { ...prepared, ctx: withPartners(prepared.ctx, partners) } : prepared, job, candidates.length, options),
  };
}

/** The context with these firms' past partnerships in place of what they had (preparing never reads them). */
function withPartners(ctx: ScoringContext, partners: Readonly<Record<string, CandidateFirm["partners"]>>): ScoringContext {
  const firms = new Map(ctx.firms);
  for (const [id, own] of Object.entries(partners)) {
    const firm = firms.get(id);
    if (firm) firms.set(id, { ...firm, partners: own });
  }
  return { ...ctx, firms };
}

function search(prepared: Prepared, job: JobInput, candidateCount: number, options: MatchingOptions): MatchingResult {
  const k = Math.max(1, Math.floor(options.k ?? DEFAULTS.k));
  const empty = (infeasible: MatchingResult["infeasible"], steps: MatchingResult["steps"] = []): MatchingResult => ({ groups: [], infeasible, steps, certificate: null, candidateCount });
  if (!prepared.ok) return empty(prepared.infeasible, prepared.diagnoses);
  const { ctx, pruned } = prepared;
  const budget = options.searchBudget ?? DEFAULTS.searchBudget;
  const model = buildSearchModel(ctx, pruned);
  const outside = shortlistBound(ctx, prepared.all, pruned, prepared.teamCap);
  const groups: SuggestedGroup[] = [];
  let certificate: OptimiserCertificate | null = null;
  let work = 0;
  for (let rank = 0; rank < k; rank++) {
    const accepted = groups.map((g) => g.memberIds);
    const outcome = branchAndBound(model, accepted, budget);
    work += outcome.work;
    // A search cut short by its budget may stop at a group that local moves still improve.
    if (!outcome.complete && outcome.group) {
      const polished = improve(ctx, pruned, outcome.group.assignments, accepted);
      if (polished && compareGroups(polished, outcome.group) < 0) outcome.group = polished;
    }
    const bound = Math.max(outcome.bound, outside);
    if (rank === 0) {
      const score = outcome.group?.score ?? -Infinity;
      const optimal = outcome.group !== null && bound <= score + 1e-9;
      certificate = { method: outcome.complete ? "exact" : "bounded", bound, gap: optimal ? 0 : relativeGap(score, bound), optimal, shortlistComplete: outside === -Infinity, work: 0 };
    }
    if (!outcome.group) break;
    groups.push({ ...outcome.group, bound, optimal: bound <= outcome.group.score + 1e-9 });
  }
  if (groups.length === 0) return empty([{ key: "matching.infeasible.noLeadCertification", params: { certification: job.leadCertificationCode ?? "" } }], prepared.diagnoses);
  return {
    groups: groups.sort(compareGroups).map((g) => ({ ...scoreGroup(ctx, g.assignments, g.leadFirmId), bound: g.bound, optimal: g.optimal })),
    infeasible: [],
    steps: prepared.diagnoses,
    certificate: { ...certificate!, work },
    candidateCount,
  };
}

/** For a firm asking "why was I not suggested?": the best group the search finds that includes it,
 *  and a bound no group including it can beat. Every such group has the firm in some step, so the
 *  search runs once per step the firm can take, with that step's options limited to the firm's. */
export function bestGroupWithFirm(job: JobInput, candidates: readonly CandidateFirm[], firmId: string, options: MatchingOptions = {}): FirmBest | null {
  const prepared = prepare(job, candidates, options);
  if (!prepared.ok) return null;
  const { ctx, all, pruned, teamCap } = prepared;
  const budget = options.searchBudget ?? DEFAULTS.searchBudget;
  let group: SuggestedGroup | null = null;
  let bound = -Infinity;
  let canTakeAStep = false;
  all.forEach((list, step) => {
    const withFirm = list.filter((o) => o.parts.some((p) => p.firmId === firmId));
    if (withFirm.length === 0) return;
    canTakeAStep = true;
    const only = <T>(lists: readonly T[][]) => lists.map((l, i) => (i === step ? (withFirm as T[]) : l));
    const outcome = branchAndBound(buildSearchModel(ctx, only(pruned)), [], budget);
    bound = Math.max(bound, outcome.bound, shortlistBound(ctx, only(all), only(pruned), teamCap));
    if (outcome.group && (!group || compareGroups(outcome.group, group) < 0)) group = outcome.group;
  });
  if (!canTakeAStep) return null;
  const found = group as SuggestedGroup | null;
  return { group: found ? scoreGroup(ctx, found.assignments, found.leadFirmId) : null, bound: Math.max(bound, found?.score ?? -Infinity) };
}

/**
 * Substitutes for the open steps of a route whose other steps stay as they are (a member that went
 * down: lib/outages). Each suggestion is the best group the search finds with the fixed steps kept
 * and firms not yet used by an earlier suggestion in the open steps, so the few shown are different
 * substitutes. The lead stays when the route names one; otherwise the composer chooses it as usual.
 */
export function suggestSubstitutes(job: JobInput, candidates: readonly CandidateFirm[], route: FixedRoute, options: MatchingOptions = {}): Pick<MatchingResult, "groups" | "infeasible"> {
  const searchJob = route.leadFirmId ? { ...job, leadCertificationCode: null } : job;
  const prepared = prepare(searchJob, candidates, options, route);
  if (!prepared.ok) return { groups: [], infeasible: prepared.infeasible };
  const { ctx } = prepared;
  const k = Math.max(1, Math.floor(options.k ?? DEFAULTS.k));
  const open = new Set(job.steps.filter((s) => !route.fixed[s.id]).map((s) => s.id));
  const used = new Set<string>();
  const groups: SuggestedGroup[] = [];
  for (let rank = 0; rank < k; rank++) {
    const lists = prepared.pruned.map((list, i) => (open.has(job.steps[i]!.id) ? list.filter((o) => o.parts.every((p) => !used.has(p.firmId))) : list));
    if (lists.some((list) => list.length === 0)) break;
    const outcome = branchAndBound(buildSearchModel(ctx, lists), [], options.searchBudget ?? DEFAULTS.searchBudget);
    if (!outcome.group) break;
    const found = outcome.group;
    for (const a of found.assignments) if (open.has(a.stepId)) for (const p of a.parts) used.add(p.firmId);
    groups.push({ ...scoreGroup({ ...ctx, job }, found.assignments, route.leadFirmId ?? found.leadFirmId), bound: outcome.bound, optimal: outcome.complete });
  }
  if (groups.length === 0) return { groups, infeasible: [{ key: "matching.infeasible.noSubstitutes", params: {} }] };
  return { groups, infeasible: [] };
}

/** How far below the bound a score may be, as a share of the bound (∞ when the bound is not positive). */
export function relativeGap(score: number, bound: number): number {
  if (score >= bound) return 0;
  return bound > 0 ? (bound - Math.max(0, score)) / bound : Infinity;
}

/**
 * Keeps the best options per step, plus the best few whose firm can lead when a certification is
 * required. A split step keeps its best TEAMS_KEPT teams.
 */
function prune(ctx: ScoringContext, options: readonly StepOption[][], perStep: number): StepOption[][] {
  const required = ctx.job.leadCertificationCode;
  return options.map((list) => {
    if (list.some((o) => o.parts.length > 1)) return list.slice(0, TEAMS_KEPT);
    const kept = list.slice(0, perStep);
    if (required) {
      const leaders = list.slice(perStep).filter((o) => o.parts.some((p) => ctx.firms.get(p.firmId)!.certifications.includes(required))).slice(0, 3);
      kept.push(...leaders);
    }
    return kept;
  });
}
