// A group composed by hand, checked against the job: each firm can do its part of its step
// (process, material, tolerance, size, lead time, free capacity — the matching library's own
// checks), the parts add up to the step's quantity, every step is staffed once, and the lead holds
// what the job asks of a lead. Pure: plain data in, the problems out (the first one is shown).
import { checkStep, stepSlotDays, type CheckFailure } from "@/lib/matching/feasibility";
import type { CandidateFirm, JobInput, StepAssignment } from "@/lib/matching";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";

export interface ComposedStep {
  stepId: string;
  parts: readonly { firmId: string; quantity: number }[];
  /** The member who answers for quality at the hand-off after this step. */
  qualityFirmId: string;
}

export interface Composition {
  leadFirmId: string;
  steps: readonly ComposedStep[];
}

/** A message key under groups.compose.problems with its parameters, and the form field it is about. */
export interface CompositionProblem {
  key: string;
  params: Record<string, string | number>;
  field: string;
}

const named = (list: readonly { code: string; nameJa: string; nameEn: string }[], code: string) => {
  const item = list.find((i) => i.code === code);
  return { ja: item?.nameJa ?? code, en: item?.nameEn ?? code };
};

/** Can the firm do this quantity of the step? null when it can, else why not (the first failing check).
 *  `verified` says whether a firm that is not among the candidates is verified: a verified firm is
 *  left out only because it has none of the job's processes, so each case gets its own message. */
export function partProblem(job: JobInput, firm: CandidateFirm | undefined, stepId: string, quantity: number, firmName = firm?.name ?? "", verified = true): Omit<CompositionProblem, "field"> | null {
  const step = job.steps.find((s) => s.id === stepId);
  if (!step) return { key: "groups.compose.problems.stepChanged", params: {} };
  const base = { firm: firmName, step: step.position };
  if (!firm) return { key: verified ? "groups.compose.problems.process" : "groups.compose.problems.notVerified", params: verified ? base : { firm: firmName } };
  const check = checkStep(firm, { ...step, quantity }, stepSlotDays(job));
  if (check.ok) {
    if (check.fit.full) return null;
    return { key: "groups.compose.problems.capacity", params: { ...base, free: check.fit.freeInSlot, needed: quantity } };
  }
  return { key: `groups.compose.problems.${check.failure}`, params: { ...base, ...failureParams(check.failure, check.reason.params) } };
}

function failureParams(failure: CheckFailure, params: Record<string, string | number>): Record<string, string | number> {
  if (failure === "material") {
    const material = named(MATERIALS, String(params.material));
    return { materialJa: material.ja, materialEn: material.en };
  }
  // The message names the step, not the process code.
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== "process"));
}

/** Does the firm meet the job's requirements of a lead? null when it does. */
export function leadProblem(job: JobInput, firm: CandidateFirm | undefined, firmName = firm?.name ?? ""): Omit<CompositionProblem, "field"> | null {
  const required = job.leadCertificationCode;
  if (!required || firm?.certifications.includes(required)) return null;
  const certification = named(CERTIFICATIONS, required);
  return { key: "groups.compose.problems.leadCertification", params: { firm: firmName, certificationJa: certification.ja, certificationEn: certification.en } };
}

/** Every hard constraint of a composition; empty when the group may be proposed. `names` names
 *  firms that are not among the candidates (so the message can still say which firm); `unverified`
 *  lists those of them that are not verified. */
export function checkComposition(job: JobInput, firms: ReadonlyMap<string, CandidateFirm>, composition: Composition, names: ReadonlyMap<string, string> = new Map(), unverified: ReadonlySet<string> = new Set()): CompositionProblem[] {
  const problems: CompositionProblem[] = [];
  const nameOf = (firmId: string) => firms.get(firmId)?.name ?? names.get(firmId) ?? "";
  const byStep = new Map(composition.steps.map((s, i) => [s.stepId, { step: s, index: i }]));
  if (composition.steps.some((s) => !job.steps.some((js) => js.id === s.stepId))) problems.push({ key: "groups.compose.problems.stepChanged", params: {}, field: "steps" });
  for (const jobStep of job.steps) {
    const entry = byStep.get(jobStep.id);
    if (!entry) {
      problems.push({ key: "groups.compose.problems.stepMissing", params: { step: jobStep.position }, field: "steps" });
      continue;
    }
    const { step, index } = entry;
    const total = step.parts.reduce((sum, p) => sum + p.quantity, 0);
    if (total !== jobStep.quantity) problems.push({ key: "groups.compose.problems.quantity", params: { step: jobStep.position, total, needed: jobStep.quantity }, field: `steps.${index}.parts` });
    step.parts.forEach((part, p) => {
      const problem = partProblem(job, firms.get(part.firmId), step.stepId, part.quantity, nameOf(part.firmId), !unverified.has(part.firmId));
      if (problem) problems.push({ ...problem, field: `steps.${index}.parts.${p}.firmId` });
    });
  }
  const members = new Set(composition.steps.flatMap((s) => s.parts.map((p) => p.firmId)));
  if (!members.has(composition.leadFirmId)) problems.push({ key: "groups.compose.problems.leadNotMember", params: {}, field: "leadFirmId" });
  else {
    const lead = leadProblem(job, firms.get(composition.leadFirmId), nameOf(composition.leadFirmId));
    if (lead) problems.push({ ...lead, field: "leadFirmId" });
  }
  composition.steps.forEach((step, index) => {
    if (!members.has(step.qualityFirmId)) problems.push({ key: "groups.compose.problems.qualityNotMember", params: { step: job.steps.find((s) => s.id === step.stepId)?.position ?? index + 1 }, field: `steps.${index}.qualityFirmId` });
  });
  return problems;
}

/** The composition as the matching library's step assignments (for default shares), in job order. */
export function toAssignments(job: JobInput, composition: Composition): StepAssignment[] {
  const byStep = new Map(composition.steps.map((s) => [s.stepId, s]));
  return job.steps.flatMap((s) => {
    const step = byStep.get(s.id);
    return step ? [{ stepId: s.id, parts: step.parts.map((p) => ({ ...p })) }] : [];
  });
}
