// Weeks of the capacity calendar: each starts on a Monday of the Tokyo calendar and is named by
// that day ("YYYY-MM-DD"). Pure date arithmetic on calendar days (UTC midnights), no time zones
// beyond finding today's Tokyo date.
const DAY_MS = 86_400_000;
const tokyoDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" });

/** How many weeks ahead a firm declares, the current week included. */
export const DECLARATION_WEEKS = 12;

/** A calendar day as UTC midnight. */
export function dayOf(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function addDays(isoDayValue: string, days: number): string {
  return isoDay(new Date(dayOf(isoDayValue).getTime() + days * DAY_MS));
}

/** The Monday of the week holding a calendar day. */
export function mondayOf(isoDayValue: string): string {
  const weekday = dayOf(isoDayValue).getUTCDay(); // 0 = Sunday
  return addDays(isoDayValue, -((weekday + 6) % 7));
}

/** Today's Tokyo date at `now`. */
export function tokyoToday(now: Date): string {
  return tokyoDay.format(now);
}

/** The weeks a firm declares at `now`: this week and the next eleven. */
export function declarationWeeks(now: Date, count = DECLARATION_WEEKS): string[] {
  const first = mondayOf(tokyoToday(now));
  return Array.from({ length: count }, (_, i) => addDays(first, 7 * i));
}

/** Is this a Monday within the weeks a firm may declare at `now`? */
export function isDeclarableWeek(weekStart: string, now: Date): boolean {
  return declarationWeeks(now).includes(weekStart);
}

/** Days from `from` (inclusive) to `to` (exclusive), both "YYYY-MM-DD". */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / DAY_MS);
}

/** The first and the day after the last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const from = `${month}-01`;
  const to = isoDay(new Date(Date.UTC(y, m, 1)));
  return { from, to };
}

/** The months a search may ask about at `now`: this month and the next two ("YYYY-MM"). */
export function searchableMonths(now: Date, count = 3): string[] {
  const [y, m] = tokyoToday(now).split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => isoDay(new Date(Date.UTC(y, m - 1 + i, 1))).slice(0, 7));
}
