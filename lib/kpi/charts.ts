// The data behind each chart and table of the dashboard, as flat rows: the chart draws them and the
// CSV download writes exactly the same rows (tests/kpi check that the two agree).
import Papa from "papaparse";
import type { KpiIndicator } from "@/lib/generated/prisma/enums";
import { INDICATOR_CODES } from "./indicators";

export const CHART_IDS = [...INDICATOR_CODES, "funnel", "gaps", "breakdown"] as const;
export type ChartId = KpiIndicator | "funnel" | "gaps" | "breakdown";
export type ChartRow = Record<string, string | number | null>;

/** The parts of the dashboard the charts read (kept structural so client components can pass it). */
export interface ChartSource {
  indicators: readonly { code: KpiIndicator; series: readonly { label: string; value: number | null; target: number | null }[] }[];
  funnel: readonly { stage: string; jobs: number }[];
  gaps: readonly { processCode: string; jobs: number; capableFirms: number; jobsPerFirm: number }[];
  breakdown: { dimension: string; rows: readonly { key: string; orderValueYen: number | null; groupsFormed: number | null; participatingFirms: number | null; activeFirms: number | null }[] } | null;
}

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export function chartRows(source: ChartSource, chart: ChartId): ChartRow[] {
  if (chart === "funnel") return source.funnel.map((s) => ({ stage: s.stage, jobs: s.jobs }));
  if (chart === "gaps") return source.gaps.map((g) => ({ process: g.processCode, jobs: g.jobs, capableFirms: g.capableFirms, jobsPerFirm: g.jobsPerFirm }));
  if (chart === "breakdown") {
    return (source.breakdown?.rows ?? []).map((r) => ({ key: r.key, orderValueYen: r.orderValueYen, groupsFormed: r.groupsFormed, participatingFirms: r.participatingFirms, activeFirms: r.activeFirms }));
  }
  const indicator = source.indicators.find((i) => i.code === chart);
  return (indicator?.series ?? []).map((p) => ({ period: p.label, value: p.value, target: p.target }));
}

/** CSV of a chart's rows, header first; empty cells for missing values. */
export function chartCsv(rows: readonly ChartRow[]): string {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return Papa.unparse(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? ""]))), { columns, newline: "\r\n" });
}
