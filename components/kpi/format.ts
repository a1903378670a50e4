// How KPI figures are written: yen compactly (億・万 in Japanese, M/bn in English), counts with
// separators, percentages with one decimal.
import type { IndicatorUnit } from "@/lib/kpi/indicators";

export function formatKpi(value: number | null, unit: IndicatorUnit, locale: string): string {
  if (value === null) return "–";
  if (unit === "yen") return new Intl.NumberFormat(locale, { style: "currency", currency: "JPY", notation: "compact", maximumFractionDigits: 1 }).format(value);
  if (unit === "percent") return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "auto" }).format(value)}%`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
