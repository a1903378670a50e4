// The route schedule an offer commits to. Each part of a step (a member's assignment) starts when
// every part of the step before it has finished and travelled from that firm to this one (transit
// working days from the distance), and not before the member's earliest start. A split step
// finishes when its last part does. The critical path is the chain of parts that set the finish;
// the committed delivery adds the transit to the job's delivery place. Pure; working days only.
import { addWorkingDays, finishOf, onOrAfterWorkingDay, workingDaysBetween } from "./working-days";

export interface Place {
  latitude: number;
  longitude: number;
}

export interface SchedulePart {
  id: string;
  firmId: string;
  place: Place;
  leadTimeDays: number;
  earliestStart: string;
}

export interface ScheduleStep {
  position: number;
  parts: readonly SchedulePart[];
}

export interface ScheduledPart {
  id: string;
  start: string;
  end: string;
  /** Working days the parts travelled to this firm from the slowest predecessor (null for the first step). */
  transitDaysIn: number | null;
  critical: boolean;
}

export interface RouteSchedule {
  parts: Map<string, ScheduledPart>;
  steps: { position: number; start: string; end: string; critical: boolean }[];
  finish: string;
  /** The date the group commits to: the last finish plus transit to the delivery place. */
  delivery: string;
  deadline: string | null;
  /** Working days between the delivery and the deadline (negative: late). */
  slackDays: number | null;
}

/** Great-circle distance in km (haversine). */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Working days parts take between two firms: none within one firm, one by road across the Kanto
 * region (≤ 100 km, the same-day/next-morning delivery of a 路線便), two up to 400 km, three beyond.
 */
export function transitDays(from: Place & { firmId?: string }, to: Place & { firmId?: string }): number {
  if (from.firmId !== undefined && from.firmId === to.firmId) return 0;
  const km = distanceKm(from, to);
  if (km <= 100) return 1;
  if (km <= 400) return 2;
  return 3;
}

export function scheduleRoute(input: { steps: readonly ScheduleStep[]; from: string; deliveryPlace?: Place | null; deadline?: string | null }): RouteSchedule {
  const steps = [...input.steps].sort((a, b) => a.position - b.position);
  if (steps.length === 0 || steps.some((s) => s.parts.length === 0)) throw new RangeError("every step needs at least one part");
  const start = onOrAfterWorkingDay(input.from);
  type Placed = ScheduledPart & { firmId: string; place: Place; boundBy: string | null };
  const placed = new Map<string, Placed>();
  let previous: (ScheduledPart & { firmId: string; place: Place })[] = [];
  for (const step of steps) {
    const current = step.parts.map((part) => {
      let ready = start;
      let boundBy: string | null = null;
      let transitIn: number | null = null;
      for (const before of previous) {
        const transit = transitDays({ ...before.place, firmId: before.firmId }, { ...part.place, firmId: part.firmId });
        // Parts leave after the last working day of the step before and arrive `transit` days later
        // (within one firm, the next working day).
        const arrives = addWorkingDays(before.end, Math.max(1, transit));
        if (boundBy === null ? arrives >= ready : arrives > ready) {
          ready = arrives;
          boundBy = before.id;
          transitIn = transit;
        }
      }
      const begins = onOrAfterWorkingDay(part.earliestStart > ready ? part.earliestStart : ready);
      if (part.earliestStart > ready) boundBy = null; // the member's own start date set it, not the route
      const scheduled = { id: part.id, firmId: part.firmId, place: part.place, start: begins, end: finishOf(begins, part.leadTimeDays), transitDaysIn: transitIn, critical: false, boundBy };
      placed.set(part.id, scheduled);
      return scheduled;
    });
    previous = current;
  }
  // Walk back from the part that finishes last along whatever held each part up.
  const last = previous.reduce((a, b) => (b.end > a.end ? b : a));
  let at: string | null = last.id;
  while (at !== null) {
    const part: Placed = placed.get(at)!;
    part.critical = true;
    at = part.boundBy;
  }
  const finish = last.end;
  const deliveryTransit = input.deliveryPlace ? transitDays(last.place, input.deliveryPlace) : 0;
  const delivery = deliveryTransit > 0 ? addWorkingDays(finish, deliveryTransit) : finish;
  const deadline = input.deadline ?? null;
  const parts = new Map([...placed].map(([id, p]) => [id, { id, start: p.start, end: p.end, transitDaysIn: p.transitDaysIn, critical: p.critical }]));
  return {
    parts,
    steps: steps.map((step) => {
      const mine = step.parts.map((p) => parts.get(p.id)!);
      return { position: step.position, start: mine.reduce((a, p) => (p.start < a ? p.start : a), mine[0]!.start), end: mine.reduce((a, p) => (p.end > a ? p.end : a), mine[0]!.end), critical: mine.some((p) => p.critical) };
    }),
    finish,
    delivery,
    deadline,
    slackDays: deadline === null ? null : workingDaysBetween(delivery, deadline),
  };
}
