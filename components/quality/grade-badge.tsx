// A scorecard grade (A–D) as a coloured letter; "—" for a month without a grade.
import type { Grade } from "@/lib/quality/scorecard-formula";

const GRADE_TONE = { A: "bg-green-100 text-green-900", B: "bg-sky-100 text-sky-900", C: "bg-amber-100 text-amber-900", D: "bg-red-100 text-red-900" } as const;

export function GradeBadge({ grade, className = "", testId }: { grade: Grade | null; className?: string; testId?: string }) {
  return (
    <span className={`rounded px-2 text-center font-bold ${grade ? GRADE_TONE[grade] : "text-slate-500"} ${className}`} data-testid={testId}>
      {grade ?? "—"}
    </span>
  );
}
