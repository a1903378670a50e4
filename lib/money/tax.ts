// Consumption tax as a qualified invoice (インボイス) states it: amounts are totalled per tax rate,
// and the tax of each rate is computed once for the whole document and rounded down (切り捨て, the
// common practice) — never per line. Pure, so quotations, orders and invoices all use it.
import { sumYen, type Yen } from "./yen";

/** 標準税率. The reduced 8 % rate (軽減税率) exists for food and newspapers, not for machining. */
export const STANDARD_TAX_RATE_PERCENT = 10;

export interface TaxableLine {
  amountYen: Yen;
  taxRatePercent: number;
}

export interface RateTotal {
  taxRatePercent: number;
  /** The amounts at this rate before tax (税抜). */
  baseYen: Yen;
  /** floor(base × rate / 100), once per document and rate. */
  taxYen: Yen;
}

export interface DocumentTotals {
  /** Per rate, highest rate first. */
  rates: RateTotal[];
  subtotalYen: Yen;
  taxYen: Yen;
  totalYen: Yen;
}

export function taxOf(baseYen: Yen, taxRatePercent: number): Yen {
  if (!Number.isInteger(taxRatePercent) || taxRatePercent < 0) throw new RangeError(`tax rate ${taxRatePercent} is not a whole percentage`);
  if (baseYen < 0n) return -((-baseYen * BigInt(taxRatePercent)) / 100n); // a credit rounds toward zero too
  return (baseYen * BigInt(taxRatePercent)) / 100n;
}

export function documentTotals(lines: readonly TaxableLine[]): DocumentTotals {
  const byRate = new Map<number, Yen>();
  for (const line of lines) byRate.set(line.taxRatePercent, (byRate.get(line.taxRatePercent) ?? 0n) + line.amountYen);
  const rates = [...byRate.entries()].sort(([a], [b]) => b - a).map(([taxRatePercent, baseYen]) => ({ taxRatePercent, baseYen, taxYen: taxOf(baseYen, taxRatePercent) }));
  const subtotalYen = sumYen(rates.map((r) => r.baseYen));
  const taxYen = sumYen(rates.map((r) => r.taxYen));
  return { rates, subtotalYen, taxYen, totalYen: subtotalYen + taxYen };
}
