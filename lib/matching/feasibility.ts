// Hard constraints: can this firm do this step (process, material, tolerance, size), within the
// step's slot of the schedule (lead time) and with free capacity for the quantity?
// Steps run one after another, so each gets an equal slot of the days to the deadline.
import { SCORING } from "./weights";
import type { CandidateCapability, CandidateFirm, JobInput, JobStepInput, Reason } from "./types";

export function stepSlotDays(job: JobInput): number {
  return Math.max(0, job.daysToDeadline) / Math.max(1, job.steps.length);
}

export type CheckFailure = "process" | "material" | "tolerance" | "size" | "leadTime" | "outOfService" | "declaredNone" | "capacity";

export interface StepFit {
  capability: CandidateCapability;
  /** Pieces the firm can make in the step's slot with its free capacity. */
  freeInSlot: number;
  /** True when freeInSlot covers the whole quantity. */
  full: boolean;
}

export type StepCheck = { ok: true; fit: StepFit } | { ok: false; failure: CheckFailure; reason: Reason };

/** Free capacity = the declared figure (or the monthly capacity) less what the platform committed, pro rata for the slot. */
export function freeInSlot(capability: CandidateCapability, slotDays: number): number {
  const capacity = capability.declared ? capability.declared.perMonth : capability.monthlyCapacity;
  const freePerMonth = Math.max(0, capacity - capability.committedPerMonth);
  return Math.floor((freePerMonth * Math.max(0, slotDays)) / 30);
}

/** Checks one firm against one step; the first failing constraint is the reason. */
export function checkStep(firm: CandidateFirm, step: JobStepInput, slotDays: number): StepCheck {
  const capability = firm.capabilities.find((c) => c.processCode === step.processCode);
  if (!capability) return { ok: false, failure: "process", reason: { key: "matching.firm.noProcess", params: { process: step.processCode } } };
  return checkCapability(capability, step, slotDays);
}

/** The first constraint the capability fails for the step (null: none), without building a reason. */
function firstFailure(capability: CandidateCapability, step: JobStepInput, slotDays: number, free: number): CheckFailure | null {
  if (step.materialCode && !capability.materialCodes.includes(step.materialCode)) return "material";
  if (step.toleranceUm != null && capability.bestToleranceUm > step.toleranceUm) return "tolerance";
  if (step.sizeMm != null && capability.maxWorkpieceMm < step.sizeMm) return "size";
  if (capability.leadTimeDays > slotDays) return "leadTime";
  if (capability.outOfService) return "outOfService";
  if (capability.declared?.none) return "declaredNone";
  if (free < step.quantity * SCORING.minSplitShare || free <= 0) return "capacity";
  return null;
}

/**
 * The pieces the capability can make in the step's slot when it passes every check, else −1: the
 * composer asks this of every capability of thousands of firms, and most fail.
 */
export function freeIfFit(capability: CandidateCapability, step: JobStepInput, slotDays: number): number {
  const free = freeInSlot(capability, slotDays);
  return firstFailure(capability, step, slotDays, free) === null ? free : -1;
}

export function checkCapability(capability: CandidateCapability, step: JobStepInput, slotDays: number): StepCheck {
  const process = step.processCode;
  const free = freeInSlot(capability, slotDays);
  const failure = firstFailure(capability, step, slotDays, free);
  if (failure === null) return { ok: true, fit: { capability, freeInSlot: free, full: free >= step.quantity } };
  const reasons: Record<CheckFailure, () => Reason> = {
    process: () => ({ key: "matching.firm.noProcess", params: { process } }),
    material: () => ({ key: "matching.firm.noMaterial", params: { process, material: step.materialCode! } }),
    tolerance: () => ({ key: "matching.firm.toleranceTooLoose", params: { process, yours: capability.bestToleranceUm, needed: step.toleranceUm! } }),
    size: () => ({ key: "matching.firm.workpieceTooSmall", params: { process, yours: capability.maxWorkpieceMm, needed: step.sizeMm! } }),
    leadTime: () => ({ key: "matching.firm.leadTimeTooLong", params: { process, yours: capability.leadTimeDays, slot: Math.floor(slotDays) } }),
    outOfService: () => ({ key: "matching.firm.outOfService", params: { process } }),
    declaredNone: () => ({ key: "matching.firm.declaredNone", params: { process } }),
    capacity: () => ({ key: "matching.firm.noCapacity", params: { process, free, needed: step.quantity } }),
  };
  return { ok: false, failure, reason: reasons[failure]() };
}

/** Why no firm can do a step: the constraint that eliminated the last candidates, with the best value seen. */
export function diagnoseStep(firms: readonly CandidateFirm[], step: JobStepInput, slotDays: number): Reason {
  const process = step.processCode;
  let remaining = firms.map((f) => f.capabilities.find((c) => c.processCode === process)).filter((c): c is CandidateCapability => c !== undefined);
  if (remaining.length === 0) return { key: "matching.infeasible.noProcess", params: { process } };
  const material = step.materialCode;
  if (material) {
    remaining = remaining.filter((c) => c.materialCodes.includes(material));
    if (remaining.length === 0) return { key: "matching.infeasible.noMaterial", params: { process, material } };
  }
  const tolerance = step.toleranceUm;
  if (tolerance != null) {
    const best = Math.min(...remaining.map((c) => c.bestToleranceUm));
    remaining = remaining.filter((c) => c.bestToleranceUm <= tolerance);
    if (remaining.length === 0) return { key: "matching.infeasible.noTolerance", params: { process, needed: tolerance, best } };
  }
  const size = step.sizeMm;
  if (size != null) {
    const largest = Math.max(...remaining.map((c) => c.maxWorkpieceMm));
    remaining = remaining.filter((c) => c.maxWorkpieceMm >= size);
    if (remaining.length === 0) return { key: "matching.infeasible.noSize", params: { process, needed: size, largest } };
  }
  const shortest = Math.min(...remaining.map((c) => c.leadTimeDays));
  remaining = remaining.filter((c) => c.leadTimeDays <= slotDays);
  if (remaining.length === 0) return { key: "matching.infeasible.noLeadTime", params: { process, slot: Math.floor(slotDays), shortest } };
  remaining = remaining.filter((c) => !c.outOfService);
  if (remaining.length === 0) return { key: "matching.infeasible.outOfService", params: { process } };
  remaining = remaining.filter((c) => !c.declared?.none);
  if (remaining.length === 0) return { key: "matching.infeasible.declaredNone", params: { process } };
  const total = remaining.reduce((sum, c) => sum + freeInSlot(c, slotDays), 0);
  return { key: "matching.infeasible.noCapacity", params: { process, needed: step.quantity, available: total } };
}

export interface FirmExplanation {
  stepId: string;
  position: number;
  processCode: string;
  status: "full" | "partial" | "no";
  reason: Reason | null;
}

/** For a firm looking at a job: which steps it could do, and why not the others. */
export function explainFirm(job: JobInput, firm: CandidateFirm): FirmExplanation[] {
  const slot = stepSlotDays(job);
  return job.steps.map((step) => {
    const check = checkStep(firm, step, slot);
    if (!check.ok) return { stepId: step.id, position: step.position, processCode: step.processCode, status: "no", reason: check.reason };
    return { stepId: step.id, position: step.position, processCode: step.processCode, status: check.fit.full ? "full" : "partial", reason: check.fit.full ? null : { key: "matching.firm.partialCapacity", params: { free: check.fit.freeInSlot, needed: step.quantity } } };
  });
}
