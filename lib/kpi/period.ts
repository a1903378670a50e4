// Reporting periods on the Japanese fiscal year (April–March): a whole fiscal year, a quarter
// (Q1 = April–June) or a month. Dates are calendar days in Japan; a period is [start, end).
import { z } from "zod";
import { storableString } from "@/lib/validation/text";

export type Period =
  | { kind: "fy"; fiscalYear: number }
  | { kind: "quarter"; fiscalYear: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "month"; fiscalYear: number; year: number; month: number };

export interface PeriodRange {
  period: Period;
  /** The period's code as used in URLs: "FY2026", "FY2026-Q2", "2026-05". */
  code: string;
  /** First day (YYYY-MM-DD), inclusive. */
  start: string;
  /** Day after the last day (YYYY-MM-DD), exclusive. */
  end: string;
  /** Number of calendar months the period spans (12, 3 or 1). */
  months: number;
  fiscalYear: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** First day of the month `offset` months after April of the fiscal year. */
function fiscalMonthStart(fiscalYear: number, offset: number): string {
  const index = 3 + offset; // April is month index 3
  return `${fiscalYear + Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

export function fiscalYearOfDate(date: Date): number {
  const jst = new Date(date.getTime() + 9 * 3_600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

export function periodCode(period: Period): string {
  if (period.kind === "fy") return `FY${period.fiscalYear}`;
  if (period.kind === "quarter") return `FY${period.fiscalYear}-Q${period.quarter}`;
  return `${period.year}-${pad(period.month)}`;
}

export function periodRange(period: Period): PeriodRange {
  const base = { period, code: periodCode(period), fiscalYear: period.fiscalYear };
  if (period.kind === "fy") return { ...base, start: fiscalMonthStart(period.fiscalYear, 0), end: fiscalMonthStart(period.fiscalYear, 12), months: 12 };
  if (period.kind === "quarter") {
    const first = (period.quarter - 1) * 3;
    return { ...base, start: fiscalMonthStart(period.fiscalYear, first), end: fiscalMonthStart(period.fiscalYear, first + 3), months: 3 };
  }
  const offset = (period.month + 8) % 12; // April → 0 … March → 11
  return { ...base, start: fiscalMonthStart(period.fiscalYear, offset), end: fiscalMonthStart(period.fiscalYear, offset + 1), months: 1 };
}

/** The same period one year earlier (for year-over-year comparisons). */
export function previousYear(period: Period): Period {
  if (period.kind === "month") return { ...period, fiscalYear: period.fiscalYear - 1, year: period.year - 1 };
  return { ...period, fiscalYear: period.fiscalYear - 1 };
}

/** The twelve month starts of a fiscal year, April first. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => fiscalMonthStart(fiscalYear, i).slice(0, 7));
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** Parses "FY2026", "FY2026-Q2" or "2026-05"; undefined when it is none of them. */
export function parsePeriodCode(code: string): Period | undefined {
  const fy = /^FY(\d{4})$/.exec(code);
  if (fy) return { kind: "fy", fiscalYear: Number(fy[1]) };
  const quarter = /^FY(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) return { kind: "quarter", fiscalYear: Number(quarter[1]), quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { kind: "month", year, month: m, fiscalYear: m >= 4 ? year : year - 1 };
  }
  return undefined;
}

export const periodCodeSchema = storableString()
  .transform((code, ctx) => {
    const period = parsePeriodCode(code.trim());
    if (!period || period.fiscalYear < MIN_YEAR || period.fiscalYear > MAX_YEAR) {
      ctx.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    }
    return period;
  });

/** Fiscal years offered in the period selector: the current one and the four before it. */
export function selectableFiscalYears(today: Date, count = 5): number[] {
  const current = fiscalYearOfDate(today);
  return Array.from({ length: count }, (_, i) => current - i);
}
