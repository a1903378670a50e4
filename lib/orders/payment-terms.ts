// Payment terms as Japanese firms state them: a closing day (締め日) and a payment day some months
// later (支払日), e.g. 月末締め翌月末払い. Pure date arithmetic on calendar days (ISO "YYYY-MM-DD").
// The subcontracting law (下請法; from 2026-01-01 中小受託取引適正化法, 取適法) requires payment within
// 60 days of receiving the goods. The Fair Trade Commission reads month-end closing with payment at
// the end of the next month as within the limit (months counted as months), so a term passes when
// every possible receipt day is paid within 60 days or within two calendar months.

/** 31 stands for the last day of the month (末). */
export interface PaymentTerms {
  closingDay: number;
  monthsAfter: number;
  payDay: number;
}

export const PAYMENT_TERMS = {
  EOM_NEXT_EOM: { closingDay: 31, monthsAfter: 1, payDay: 31 }, // 月末締め翌月末払い
  EOM_NEXT_10: { closingDay: 31, monthsAfter: 1, payDay: 10 }, // 月末締め翌月10日払い
  EOM_NEXT_20: { closingDay: 31, monthsAfter: 1, payDay: 20 }, // 月末締め翌月20日払い
  D20_NEXT_10: { closingDay: 20, monthsAfter: 1, payDay: 10 }, // 20日締め翌月10日払い
  D20_NEXT_EOM: { closingDay: 20, monthsAfter: 1, payDay: 31 }, // 20日締め翌月末払い
  EOM_2ND_10: { closingDay: 31, monthsAfter: 2, payDay: 10 }, // 月末締め翌々月10日払い
  EOM_2ND_EOM: { closingDay: 31, monthsAfter: 2, payDay: 31 }, // 月末締め翌々月末払い
} as const satisfies Record<string, PaymentTerms>;

export type PaymentTermsCode = keyof typeof PAYMENT_TERMS;
export const PAYMENT_TERMS_CODES = Object.keys(PAYMENT_TERMS) as PaymentTermsCode[];
export const DEFAULT_PAYMENT_TERMS: PaymentTermsCode = "EOM_NEXT_EOM";
/** 下請法 / 取適法: days from receipt within which a subcontractor must be paid. */
export const SUBCONTRACT_PAYMENT_LIMIT_DAYS = 60;

export function isPaymentTermsCode(value: string): value is PaymentTermsCode {
  return Object.hasOwn(PAYMENT_TERMS, value);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
const dayOf = (year: number, month: number, day: number) => {
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return new Date(Date.UTC(y, m, Math.min(day, daysInMonth(y, m))));
};
const iso = (d: Date) => d.toISOString().slice(0, 10);
const parse = (day: string) => new Date(`${day}T00:00:00Z`);
export const daysBetween = (from: string, to: string) => Math.round((parse(to).getTime() - parse(from).getTime()) / 86_400_000);

/** The payment day for goods received (or invoiced) on `day` under `terms`. */
export function dueDateFor(day: string, terms: PaymentTerms): string {
  const d = parse(day);
  const year = d.getUTCFullYear();
  let month = d.getUTCMonth();
  // The closing date of the period that holds the day: this month's, or next month's when past it.
  if (d.getUTCDate() > Math.min(terms.closingDay, daysInMonth(year, month))) month += 1;
  return iso(dayOf(year, month + terms.monthsAfter, terms.payDay));
}

/** Is payment for goods received on `received` and paid on `due` within the subcontracting limit? */
export function withinSubcontractLimit(received: string, due: string): boolean {
  if (daysBetween(received, due) <= SUBCONTRACT_PAYMENT_LIMIT_DAYS) return true;
  const r = parse(received);
  return due <= iso(dayOf(r.getUTCFullYear(), r.getUTCMonth() + 2, r.getUTCDate()));
}

/** The longest wait from receipt to payment the terms allow, over every day of a year, and whether
 *  some receipt day would be paid later than the subcontracting law allows. */
export function subcontractCheck(terms: PaymentTerms): { longestDays: number; exceeds: boolean } {
  let longestDays = 0;
  let exceeds = false;
  for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
    const received = iso(new Date(t));
    const due = dueDateFor(received, terms);
    longestDays = Math.max(longestDays, daysBetween(received, due));
    if (!withinSubcontractLimit(received, due)) exceeds = true;
  }
  return { longestDays, exceeds };
}
