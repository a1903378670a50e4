// Japanese working days: Monday to Friday, except national holidays (from @holiday-jp/holiday_jp,
// which follows the Cabinet Office's list) and the New Year closure most factories keep (12/29–1/3).
// Dates are ISO calendar days ("2026-12-28"); pure.
import holidayJp from "@holiday-jp/holiday_jp";

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const HOLIDAYS: Readonly<Record<string, unknown>> = holidayJp.holidays;

export function isWorkingDay(iso: string): boolean {
  const ms = toMs(iso);
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (iso in HOLIDAYS) return false;
  const monthDay = iso.slice(5);
  return !(monthDay >= "12-29" || monthDay <= "01-03");
}

/** `iso` itself when it is a working day, else the next one. */
export function onOrAfterWorkingDay(iso: string): string {
  let ms = toMs(iso);
  while (!isWorkingDay(toIso(ms))) ms += DAY_MS;
  return toIso(ms);
}

/** The working day `n` working days after `iso` (n ≥ 0; 0 → `iso` itself, working day or not). */
export function addWorkingDays(iso: string, n: number): string {
  let ms = toMs(iso);
  for (let left = n; left > 0; ) {
    ms += DAY_MS;
    if (isWorkingDay(toIso(ms))) left--;
  }
  return toIso(ms);
}

/** The working day `n` working days before `iso`. */
export function subtractWorkingDays(iso: string, n: number): string {
  let ms = toMs(iso);
  for (let left = n; left > 0; ) {
    ms -= DAY_MS;
    if (isWorkingDay(toIso(ms))) left--;
  }
  return toIso(ms);
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let ms = toMs(from) + DAY_MS; ms <= toMs(to); ms += DAY_MS) if (isWorkingDay(toIso(ms))) count++;
  return count;
}

/** The last working day of a job of `leadTimeDays` working days that starts on working day `start`. */
export function finishOf(start: string, leadTimeDays: number): string {
  return addWorkingDays(onOrAfterWorkingDay(start), Math.max(1, leadTimeDays) - 1);
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Today in Tokyo (JST, no daylight saving), the calendar day deadlines and validity refer to. */
export const tokyoDay = (now: Date): string => toIso(now.getTime() + 9 * 3_600_000);
