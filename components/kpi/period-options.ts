// The periods offered in the selector: five fiscal years, and the quarters and months of the
// selected one.
import { fiscalYearMonths, selectableFiscalYears } from "@/lib/kpi/period";

export interface PeriodOption {
  code: string;
  kind: "fy" | "quarter" | "month";
  year: number;
  quarter?: number;
  month?: number;
}

export function periodOptions(selectedFiscalYear: number, today: Date): PeriodOption[] {
  const years = selectableFiscalYears(today);
  if (!years.includes(selectedFiscalYear)) years.push(selectedFiscalYear);
  const options: PeriodOption[] = years.map((year) => ({ code: `FY${year}`, kind: "fy", year }));
  for (const quarter of [1, 2, 3, 4]) options.push({ code: `FY${selectedFiscalYear}-Q${quarter}`, kind: "quarter", year: selectedFiscalYear, quarter });
  for (const month of fiscalYearMonths(selectedFiscalYear)) {
    const [y, m] = month.split("-").map(Number) as [number, number];
    options.push({ code: month, kind: "month", year: y, month: m });
  }
  return options;
}
