// Month buckets of one fiscal year as the queries return them, filled to all twelve months.
import { fiscalYearMonths } from "./period";

export interface MonthValue {
  /** "YYYY-MM" */
  month: string;
  /** null for months that have not started yet. */
  value: number | null;
}

/** The query's rows (months with data) spread over the fiscal year; later months than `today` are null. */
export function fillFiscalYear(fiscalYear: number, rows: readonly { month: string; value: number | string | null }[], today: Date): MonthValue[] {
  const byMonth = new Map(rows.map((r) => [r.month, r.value === null ? 0 : Number(r.value)]));
  const current = currentMonth(today);
  return fiscalYearMonths(fiscalYear).map((month) => ({ month, value: month > current ? null : (byMonth.get(month) ?? 0) }));
}

/** "YYYY-MM" of today in Japan. */
export function currentMonth(today: Date): string {
  return new Date(today.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
}
