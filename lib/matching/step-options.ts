// For each step, the ways to staff it: one firm that can do the whole quantity, or, when none can,
// a team of up to maxSplit firms doing the same process whose free capacity adds up.
import { diagnoseStep, freeIfFit, stepSlotDays, type StepFit } from "./feasibility";
import { stepAffinity, type ScoringContext } from "./scoring";
import type { AssignmentPart, CandidateCapability, CandidateFirm, JobInput, Reason, StepDiagnosis } from "./types";

export interface StepOption {
  parts: AssignmentPart[];
  /** Linear part of the score for this step (see stepAffinity), quantity-weighted for teams. */
  affinity: number;
}

export interface StepOptionsResult {
  options: StepOption[][];
  /**
   * Per split step whose teams were formed among the best TEAM_POOL partial firms only: no team
   * left out has a higher affinity than this (−∞ when every team was formed).
   */
  teamCap: number[];
  diagnoses: StepDiagnosis[];
  infeasible: Reason[];
  freeInSlot: Map<string, number>;
}

const byAffinity = (a: StepOption, b: StepOption) => b.affinity - a.affinity || (key(a) < key(b) ? -1 : 1);
const key = (option: StepOption) => option.parts.map((p) => p.firmId).join("+");

/** Firms with at least one of the job's processes, sorted by id (so input order never matters). */
export function relevantFirms(job: JobInput, firms: readonly CandidateFirm[]): CandidateFirm[] {
  const processes = new Set(job.steps.map((s) => s.processCode));
  const relevant = firms.filter((firm) => firm.capabilities.some((c) => processes.has(c.processCode)));
  // Callers mostly pass firms in id order already (the service reads them so): no sort then.
  let sorted = true;
  for (let i = 1; i < relevant.length && sorted; i++) sorted = relevant[i - 1]!.id < relevant[i]!.id;
  return sorted ? relevant : relevant.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function collectFreeCapacity(job: JobInput, firms: readonly CandidateFirm[]) {
  const slot = stepSlotDays(job);
  const byProcess = new Map<string, { firm: CandidateFirm; capability: CandidateCapability }[]>();
  for (const step of job.steps) byProcess.set(step.processCode, []);
  for (const firm of firms) for (const capability of firm.capabilities) byProcess.get(capability.processCode)?.push({ firm, capability });
  const freeInSlot = new Map<string, number>();
  const openShare = new Map<string, number>();
  const checks = job.steps.map((step) => {
    const fits: { firm: CandidateFirm; fit: StepFit }[] = [];
    for (const { firm, capability } of byProcess.get(step.processCode)!) {
      const free = freeIfFit(capability, step, slot);
      if (free < 0) continue;
      freeInSlot.set(`${step.id}:${firm.id}`, free);
      if (capability.declared?.openShare) openShare.set(`${step.id}:${firm.id}`, capability.declared.openShare);
      fits.push({ firm, fit: { capability, freeInSlot: free, full: free >= step.quantity } });
    }
    return fits;
  });
  return { slot, freeInSlot, openShare, checks };
}

export function buildStepOptions(
  ctx: ScoringContext,
  firms: readonly CandidateFirm[],
  checks: ReturnType<typeof collectFreeCapacity>["checks"],
  maxSplit: number,
): Omit<StepOptionsResult, "freeInSlot"> {
  const { job } = ctx;
  const slot = stepSlotDays(job);
  const options: StepOption[][] = [];
  const diagnoses: StepDiagnosis[] = [];
  const infeasible: Reason[] = [];
  const teamCap: number[] = [];

  job.steps.forEach((step, index) => {
    const fits = checks[index]!;
    const full = fits.filter((f) => f.fit.full);
    const partial = fits.filter((f) => !f.fit.full);
    diagnoses.push({ stepId: step.id, fullCandidates: full.length, partialCandidates: partial.length });
    let stepOptions = full.map(({ firm, fit }) => ({ parts: [{ firmId: firm.id, quantity: step.quantity }], affinity: stepAffinity(ctx, step.id, firm, step.quantity, fit.freeInSlot) }));
    teamCap.push(-Infinity);
    if (stepOptions.length === 0 && partial.length > 0) {
      stepOptions = splitTeams(ctx, step.id, step.quantity, partial, maxSplit);
      // A team's affinity is its firms' per-piece affinities weighted by quantity; a firm's is at
      // most its value with full slack.
      if (partial.length > TEAM_POOL) teamCap[index] = Math.max(...partial.map(({ firm }) => stepAffinity(ctx, step.id, firm, 0, 1)));
    }
    if (stepOptions.length === 0) {
      const reason = diagnoseStep(firms, step, slot);
      infeasible.push({ key: reason.key, params: { ...reason.params, step: step.position } });
    }
    options.push(stepOptions.sort(byAffinity));
  });
  return { options, diagnoses, infeasible, teamCap };
}

/** Partial firms of one step among which every team is formed (C(20,2) + C(20,3) = 1,330 teams at most). */
export const TEAM_POOL = 20;

/**
 * Every team of up to maxSplit firms among the step's TEAM_POOL best partial firms whose free
 * capacity covers the quantity. The quantity goes to the team's firms best first (by their
 * affinity for the step), each taking what it can; a team whose last firm would get nothing is
 * the smaller team, enumerated on its own.
 */
function splitTeams(ctx: ScoringContext, stepId: string, quantity: number, partial: { firm: CandidateFirm; fit: { freeInSlot: number } }[], maxSplit: number): StepOption[] {
  const affinity = new Map(partial.map(({ firm, fit }) => [firm.id, stepAffinity(ctx, stepId, firm, fit.freeInSlot, fit.freeInSlot)]));
  const ranked = [...partial].sort((a, b) => affinity.get(b.firm.id)! - affinity.get(a.firm.id)! || (a.firm.id < b.firm.id ? -1 : 1)).slice(0, TEAM_POOL);
  const teams: StepOption[] = [];
  const visit = (from: number, team: typeof ranked, covered: number) => {
    if (team.length >= 2 && covered >= quantity) {
      teams.push(teamOption(ctx, stepId, quantity, team));
      return; // adding a firm would leave it nothing
    }
    if (team.length >= maxSplit) return;
    for (let i = from; i < ranked.length; i++) visit(i + 1, [...team, ranked[i]!], covered + ranked[i]!.fit.freeInSlot);
  };
  visit(0, [], 0);
  return teams;
}

function teamOption(ctx: ScoringContext, stepId: string, quantity: number, team: readonly { firm: CandidateFirm; fit: { freeInSlot: number } }[]): StepOption {
  let left = quantity;
  const parts = team.map(({ firm, fit }) => {
    const take = Math.min(left, fit.freeInSlot);
    left -= take;
    return { firmId: firm.id, quantity: take };
  });
  const affinity = parts.reduce((s, p) => s + (stepAffinity(ctx, stepId, ctx.firms.get(p.firmId)!, p.quantity) * p.quantity) / quantity, 0);
  return { parts, affinity };
}
