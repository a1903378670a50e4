// An exhaustive reference, written independently of the composer: try every firm for every step,
// keep assignments that satisfy the hard constraints, score them with the library's scorer.
import type { CandidateFirm, JobInput, JobStepInput } from "@/lib/matching";
import { resolveWeights } from "@/lib/matching/weights";
import { scoreGroup, type ScoringContext } from "@/lib/matching/scoring";
import { freeFor } from "./oracle";

export function canDoWhole(firm: CandidateFirm, step: JobStepInput, job: JobInput): number | null {
  const free = freeFor(firm, step, job);
  return free !== null && free >= step.quantity ? free : null;
}

export function referenceBest(job: JobInput, firms: readonly CandidateFirm[]): number | null {
  const freeInSlot = new Map<string, number>();
  const perStep = job.steps.map((step) =>
    firms.filter((f) => {
      const free = canDoWhole(f, step, job);
      if (free !== null) freeInSlot.set(`${step.id}:${f.id}`, free);
      return free !== null;
    }),
  );
  const ctx: ScoringContext = { job, firms: new Map(firms.map((f) => [f.id, f])), weights: resolveWeights(undefined), freeInSlot, exposureReference: 1 };
  let best: number | null = null;
  const chosen: CandidateFirm[] = [];
  const visit = (i: number) => {
    if (i === job.steps.length) {
      const lead = chosen.find((f) => !job.leadCertificationCode || f.certifications.includes(job.leadCertificationCode));
      if (!lead) return;
      const assignments = job.steps.map((s, k) => ({ stepId: s.id, parts: [{ firmId: chosen[k]!.id, quantity: s.quantity }] }));
      const score = scoreGroup(ctx, assignments, lead.id, { reasons: false }).score;
      if (best === null || score > best) best = score;
      return;
    }
    for (const firm of perStep[i]!) {
      chosen.push(firm);
      visit(i + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}
