// Calendar helpers for the seed: everything is relative to a fixed "today" so data is repeatable.
const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Japanese fiscal year (April–March) a date falls in: FY2026 = 2026-04-01 … 2027-03-31. */
export function fiscalYearOf(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function fiscalYearStart(fiscalYear: number): Date {
  return new Date(Date.UTC(fiscalYear, 3, 1));
}
