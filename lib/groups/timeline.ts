// The buyer's timeline: each step's planned and actual dates, which are late, and a forecast
// delivery date. Steps run one after another; a step not done yet needs the rest of its planned
// duration, starting no earlier than today and than the previous step's forecast end. Pure.
export interface TimelineStep {
  id: string;
  position: number;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  percentComplete: number;
  done: boolean;
}

export interface TimelineRow extends TimelineStep {
  forecastEnd: string | null;
  late: boolean;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function buildTimeline(steps: readonly TimelineStep[], today: string): { rows: TimelineRow[]; forecastDelivery: string | null } {
  const now = toDay(today);
  let previousEnd = -Infinity;
  const rows = [...steps].sort((a, b) => a.position - b.position).map((step) => {
    if (!step.plannedStart || !step.plannedEnd) return { ...step, forecastEnd: null, late: false };
    const planned = [toDay(step.plannedStart), toDay(step.plannedEnd)] as const;
    let end: number;
    if (step.done && step.actualEnd) end = toDay(step.actualEnd);
    else {
      const duration = Math.max(DAY, planned[1] - planned[0]);
      const remaining = Math.ceil(((100 - step.percentComplete) / 100) * (duration / DAY)) * DAY;
      const start = Math.max(planned[0], previousEnd, step.percentComplete > 0 ? now : -Infinity);
      end = Math.max(planned[1], start + remaining, step.percentComplete < 100 ? now : -Infinity);
    }
    previousEnd = end;
    const late = step.done ? end > planned[1] : now > planned[1] || end > planned[1];
    return { ...step, forecastEnd: iso(end), late };
  });
  const last = rows.at(-1);
  return { rows, forecastDelivery: last?.forecastEnd ?? null };
}
