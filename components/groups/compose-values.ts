// What the compose form holds (strings, as inputs do) and what it derives from it: the members, the
// default shares in percent, the lead and quality owners that follow the firms chosen until the user
// picks them. A plain module (no React), so it can be tested and used by the server page alike.
import type { StepOption } from "@/lib/groups/compose";
import { defaultShares } from "@/lib/groups/shares";

/** A job step as the compose form shows it (labels made by the server page). */
export interface ComposeStep {
  id: string;
  position: number;
  quantity: number;
  label: string;
  details: string;
  options: StepOption[];
}

export interface PartValues {
  firmId: string;
  quantity: string;
}

export interface StepValues {
  stepId: string;
  /** The step's quantity (the parts add up to it). */
  quantity: number;
  parts: PartValues[];
  /** "" until the user chooses: the (first) firm doing the step answers for quality. */
  qualityFirmId: string;
}

/** Firms chosen, each once, in route order. */
export function membersOf(steps: readonly StepValues[]): string[] {
  return [...new Set(steps.flatMap((s) => s.parts.map((p) => p.firmId)).filter(Boolean))];
}

const quantityOf = (step: StepValues, part: PartValues) => (step.parts.length === 1 ? step.quantity : Number(part.quantity) || 0);

/** The parts as they are sent: a step done by one firm does its whole quantity. */
export function partsToSend(step: StepValues): { firmId: string; quantity: number }[] {
  return step.parts.map((p) => ({ firmId: p.firmId, quantity: quantityOf(step, p) }));
}

/** Default shares as percent strings ("33.34"), summing to exactly 100. */
export function defaultPercents(steps: readonly StepValues[]): Record<string, string> {
  const staffed = steps.filter((s) => s.parts.some((p) => p.firmId));
  const shares = defaultShares(staffed.map((s) => ({ parts: s.parts.filter((p) => p.firmId).map((p) => ({ firmId: p.firmId, quantity: quantityOf(s, p) })) })));
  return Object.fromEntries([...shares.entries()].map(([id, bp]) => [id, formatPercent(bp)]));
}

export const formatPercent = (basisPoints: number) => String(Number((basisPoints / 100).toFixed(2)));

/** Sum of percent strings in basis points (NaN entries count as 0). */
export function totalBasisPoints(percents: readonly string[]): number {
  return percents.reduce((sum, p) => sum + (Math.round(Number(p.replace(/[%％\s]/g, "")) * 100) || 0), 0);
}

/** Who answers for quality after a step: the choice if it is still a member, else the firm doing it. */
export function qualityOwner(step: StepValues, members: readonly string[]): string {
  return step.qualityFirmId && members.includes(step.qualityFirmId) ? step.qualityFirmId : (step.parts.find((p) => p.firmId)?.firmId ?? "");
}

/** The lead: the choice if it is still a member that may lead, else the member doing most steps that may. */
export function effectiveLead(chosen: string, steps: readonly StepValues[], mayLead: (firmId: string) => boolean): string {
  const members = membersOf(steps);
  if (chosen && members.includes(chosen) && mayLead(chosen)) return chosen;
  const count = (id: string) => steps.filter((s) => s.parts.some((p) => p.firmId === id)).length;
  return members.filter(mayLead).sort((a, b) => count(b) - count(a))[0] ?? "";
}

/** Split a step evenly among n parts (the first ones take the remainder). */
export function evenSplit(quantity: number, n: number): string[] {
  const base = Math.floor(quantity / n);
  return Array.from({ length: n }, (_, i) => String(base + (i < quantity % n ? 1 : 0)));
}
