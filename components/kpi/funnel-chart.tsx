"use client";
// The job funnel as horizontal bars, widest (posted) first.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function FunnelChart({ steps, label, jobsName }: { steps: readonly { stage: string; label: string; jobs: number }[]; label: string; jobsName: string }) {
  return (
    <figure className="h-64 w-full min-w-0" aria-label={label} data-testid="funnel-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={steps.map((s) => ({ name: s.label, jobs: s.jobs }))} layout="vertical" margin={{ top: 4, right: 48, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 11 }} allowDecimals={false} />
          <YAxis type="category" dataKey="name" tick={{ fontSize: 12 }} width={96} />
          <Tooltip />
          <Bar dataKey="jobs" name={jobsName} fill="#0f766e" isAnimationActive={false}>
            <LabelList dataKey="jobs" position="right" style={{ fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
