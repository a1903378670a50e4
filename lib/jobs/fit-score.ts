// The simple fit score of the job board: the share of a job's steps whose process the firm offers
// (and, where both are known, whose tolerance and size the firm's capability covers). The matching
// library (lib/matching) brings the real scorer; this one only ranks the "jobs that fit us" list.

export interface FitStep {
  processCode: string;
  toleranceUm: number | null;
  sizeMm: number | null;
}

export interface FitCapability {
  processCode: string;
  bestToleranceUm: number;
  maxWorkpieceMm: number;
}

export function stepFits(step: FitStep, capabilities: readonly FitCapability[]): boolean {
  return capabilities.some(
    (c) =>
      c.processCode === step.processCode &&
      (step.toleranceUm === null || c.bestToleranceUm <= step.toleranceUm) &&
      (step.sizeMm === null || c.maxWorkpieceMm >= step.sizeMm),
  );
}

/** 0..1: fitting steps / all steps (0 for a job without steps). */
export function fitScore(steps: readonly FitStep[], capabilities: readonly FitCapability[]): number {
  if (steps.length === 0) return 0;
  return steps.filter((s) => stepFits(s, capabilities)).length / steps.length;
}
