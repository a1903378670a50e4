// Is the deadline realistic for the route? Steps of a job run one after another (each firm hands
// the part on), so the route's usual lead time is the sum of the processes' usual lead days from
// the taxonomy. A shorter deadline is not refused (buyers sometimes know better) but needs the
// buyer's explicit confirmation.
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";

/** Used when a process code is unknown to the taxonomy (should not happen after validation). */
const FALLBACK_LEAD_DAYS = 7;
const DAY_MS = 86_400_000;

export function routeLeadDays(processCodes: readonly string[]): number {
  return processCodes.reduce((sum, code) => sum + (PROCESS_BY_CODE.get(code)?.usualLeadDays ?? FALLBACK_LEAD_DAYS), 0);
}

/** Whole days from today (UTC date) to a YYYY-MM-DD deadline. */
export function daysUntil(deadline: string, today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - start) / DAY_MS);
}

export type DeadlineCheck =
  | { kind: "ok" }
  | { kind: "past" }
  | { kind: "tight"; leadDays: number; daysLeft: number };

export function checkDeadline(deadline: string, processCodes: readonly string[], today: Date): DeadlineCheck {
  const daysLeft = daysUntil(deadline, today);
  if (daysLeft <= 0) return { kind: "past" };
  const leadDays = routeLeadDays(processCodes);
  return daysLeft < leadDays ? { kind: "tight", leadDays, daysLeft } : { kind: "ok" };
}
