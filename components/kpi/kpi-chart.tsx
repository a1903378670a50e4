"use client";
// One indicator over time: the actual figure as bars (cumulative for flows) and the target as a line.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { IndicatorUnit } from "@/lib/kpi/indicators";
import { formatKpi } from "./format";

export interface KpiChartProps {
  points: readonly { label: string; value: number | null; target: number | null }[];
  unit: IndicatorUnit;
  locale: string;
  label: string;
  valueName: string;
  targetName: string;
}

export function KpiChart({ points, unit, locale, label, valueName, targetName }: KpiChartProps) {
  const data = points.map((p) => ({ label: p.label.startsWith("FY") ? p.label : p.label.slice(2).replace("-", "/"), value: p.value, target: p.target }));
  const format = (v: unknown) => formatKpi(typeof v === "number" ? v : null, unit, locale);
  return (
    <figure className="h-56 w-full min-w-0" aria-label={label} data-testid="kpi-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={format} tick={{ fontSize: 11 }} width={64} />
          <Tooltip formatter={(v) => format(v)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="value" name={valueName} fill="#1d4ed8" isAnimationActive={false} />
          <Line dataKey="target" name={targetName} stroke="#dc2626" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
