// For each step, the ways to staff it: one firm that can do the whole quantity, or, when none can,
// a team of up to maxSplit firms doing the same process whose free capacity adds up.
import { checkCapability, diagnoseStep, stepSlotDays } from "./feasibility";
import { stepAffinity, type ScoringContext } from "./scoring";
import type { AssignmentPart, CandidateCapability, CandidateFirm, JobInput, Reason, StepDiagnosis } from "./types";

export interface StepOption {
  parts: AssignmentPart[];
  /** Linear part of the score for this step (see stepAffinity), quantity-weighted for teams. */
  affinity: number;
}

export interface StepOptionsResult {
  options: StepOption[][];
  diagnoses: StepDiagnosis[];
  infeasible: Reason[];
  freeInSlot: Map<string, number>;
}

const byAffinity = (a: StepOption, b: StepOption) => b.affinity - a.affinity || (key(a) < key(b) ? -1 : 1);
const key = (option: StepOption) => option.parts.map((p) => p.firmId).join("+");

/** Firms with at least one of the job's processes, sorted by id (so input order never matters). */
export function relevantFirms(job: JobInput, firms: readonly CandidateFirm[]): CandidateFirm[] {
  const processes = new Set(job.steps.map((s) => s.processCode));
  return firms.filter((firm) => firm.capabilities.some((c) => processes.has(c.processCode))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function collectFreeCapacity(job: JobInput, firms: readonly CandidateFirm[]) {
  const slot = stepSlotDays(job);
  const byProcess = new Map<string, { firm: CandidateFirm; capability: CandidateCapability }[]>();
  for (const step of job.steps) byProcess.set(step.processCode, []);
  for (const firm of firms) for (const capability of firm.capabilities) byProcess.get(capability.processCode)?.push({ firm, capability });
  const freeInSlot = new Map<string, number>();
  const checks = job.steps.map((step) =>
    byProcess.get(step.processCode)!.flatMap(({ firm, capability }) => {
      const check = checkCapability(capability, step, slot);
      if (!check.ok) return [];
      freeInSlot.set(`${step.id}:${firm.id}`, check.fit.freeInSlot);
      return [{ firm, fit: check.fit }];
    }),
  );
  return { slot, freeInSlot, checks };
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

  job.steps.forEach((step, index) => {
    const fits = checks[index]!;
    const full = fits.filter((f) => f.fit.full);
    const partial = fits.filter((f) => !f.fit.full);
    diagnoses.push({ stepId: step.id, fullCandidates: full.length, partialCandidates: partial.length });
    let stepOptions = full.map(({ firm, fit }) => ({ parts: [{ firmId: firm.id, quantity: step.quantity }], affinity: stepAffinity(ctx, step.id, firm, step.quantity, fit.freeInSlot) }));
    if (stepOptions.length === 0 && partial.length > 0) stepOptions = splitTeams(ctx, step.id, step.quantity, partial, maxSplit);
    if (stepOptions.length === 0) {
      const reason = diagnoseStep(firms, step, slot);
      infeasible.push({ key: reason.key, params: { ...reason.params, step: step.position } });
    }
    options.push(stepOptions.sort(byAffinity));
  });
  return { options, diagnoses, infeasible };
}

/** A few alternative teams, each starting from a different one of the best partial firms. */
function splitTeams(ctx: ScoringContext, stepId: string, quantity: number, partial: { firm: CandidateFirm; fit: { freeInSlot: number } }[], maxSplit: number): StepOption[] {
  const affinity = new Map(partial.map(({ firm, fit }) => [firm.id, stepAffinity(ctx, stepId, firm, fit.freeInSlot, fit.freeInSlot)]));
  const ranked = [...partial].sort((a, b) => affinity.get(b.firm.id)! - affinity.get(a.firm.id)! || (a.firm.id < b.firm.id ? -1 : 1));
  const teams = new Map<string, StepOption>();
  for (let start = 0; start < Math.min(ranked.length, 4); start++) {
    const team = [ranked[start]!];
    let covered = ranked[start]!.fit.freeInSlot;
    for (let i = 0; i < ranked.length && covered < quantity && team.length < maxSplit; i++) {
      if (i === start) continue;
      team.push(ranked[i]!);
      covered += ranked[i]!.fit.freeInSlot;
    }
    if (covered < quantity) continue;
    let left = quantity;
    const parts = team.map(({ firm, fit }) => {
      const take = Math.min(left, fit.freeInSlot);
      left -= take;
      return { firmId: firm.id, quantity: take };
    }).filter((p) => p.quantity > 0);
    const affinity = parts.reduce((s, p) => s + (stepAffinity(ctx, stepId, ctx.firms.get(p.firmId)!, p.quantity) * p.quantity) / quantity, 0);
    const option = { parts, affinity };
    teams.set(key(option), option);
  }
  return [...teams.values()];
}
