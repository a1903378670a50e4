// Small jobs: score every assignment exactly. Used when the number of assignments is small, which
// makes the answer provably the best under the full (pairwise) score.
import { isDiverse } from "./diversity";
import { chooseLead, scoreGroup, type ScoringContext } from "./scoring";
import type { StepOption } from "./step-options";
import type { StepAssignment, SuggestedGroup } from "./types";

export function assignmentCount(options: readonly StepOption[][]): number {
  return options.reduce((product, list) => product * list.length, 1);
}

export function exhaustiveTopK(ctx: ScoringContext, options: readonly StepOption[][], k: number): SuggestedGroup[] {
  const scored: SuggestedGroup[] = [];
  const chosen: StepOption[] = [];
  const visit = (index: number) => {
    if (index === options.length) {
      const assignments: StepAssignment[] = chosen.map((option, i) => ({ stepId: ctx.job.steps[i]!.id, parts: option.parts }));
      const lead = chooseLead(ctx, assignments);
      if (lead) scored.push(scoreGroup(ctx, assignments, lead, { reasons: false }));
      return;
    }
    for (const option of options[index]!) {
      chosen.push(option);
      visit(index + 1);
      chosen.pop();
    }
  };
  visit(0);
  scored.sort(compareGroups);
  const picked: SuggestedGroup[] = [];
  for (const group of scored) {
    if (picked.length >= k) break;
    if (picked.every((other) => isDiverse(group.memberIds, other.memberIds))) picked.push(group);
  }
  return picked;
}

/** Higher score first; ties broken by the assignment itself, so input order never matters. */
export function compareGroups(a: SuggestedGroup, b: SuggestedGroup): number {
  return b.score - a.score || signature(a).localeCompare(signature(b));
}

export function signature(group: SuggestedGroup): string {
  return group.assignments.map((a) => a.parts.map((p) => `${p.firmId}:${p.quantity}`).join("+")).join("|") + `#${group.leadFirmId}`;
}
