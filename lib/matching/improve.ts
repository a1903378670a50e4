// Local improvement under the exact score: move one step to another of its options, hand all of
// one member's steps to another firm, or move two consecutive steps to a pair of past partners (the pairwise term the set-cover costs cannot
// see), while that raises the score (minus any diversity violation), until no move helps.
import { diversityViolation } from "./diversity";
import { chooseLead, membersInRouteOrder, quickScore, scoreGroup, type ScoringContext } from "./scoring";
import type { StepOption } from "./step-options";
import type { StepAssignment, SuggestedGroup } from "./types";

const MAX_PASSES = 4;
const VIOLATION_PENALTY = 1000;
/** quickScore differs from the scorer by rounding only (~1e-13). */
const QUICK_MARGIN = 1e-6;

export function improve(ctx: ScoringContext, options: readonly StepOption[][], start: StepAssignment[], accepted: readonly (readonly string[])[]): SuggestedGroup | null {
  let best: { group: SuggestedGroup; objective: number } | null = null;
  const evaluate = (assignments: StepAssignment[]) => {
    const violation = VIOLATION_PENALTY * diversityViolation(membersInRouteOrder(assignments), accepted);
    // Most trials lose: the score alone, without building the group, settles those (the margin
    // leaves every close call to the scorer, so the moves made are the scorer's).
    if (best && quickScore(ctx, assignments) - violation <= best.objective + 1e-9 - QUICK_MARGIN) return null;
    const lead = chooseLead(ctx, assignments);
    if (!lead) return null;
    const group = scoreGroup(ctx, assignments, lead, { reasons: false });
    return { group, objective: group.score - violation };
  };
  let current = start.map((a) => ({ ...a }));
  best = evaluate(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let index = 0; index < current.length; index++) {
      for (const option of options[index]!) {
        if (sameParts(option.parts, current[index]!.parts)) continue;
        const trial = current.map((a, i) => (i === index ? { stepId: a.stepId, parts: option.parts } : a));
        const result = evaluate(trial);
        if (result && (!best || result.objective > best.objective + 1e-9)) {
          best = result;
          current = trial;
          moved = true;
        }
      }
    }
    for (const trial of memberSwaps(current, options)) {
      const result = evaluate(trial);
      if (result && (!best || result.objective > best.objective + 1e-9)) {
        best = result;
        current = trial;
        moved = true;
      }
    }
    for (let index = 0; index + 1 < current.length; index++) {
      for (const [first, second] of partnerPairs(ctx, options[index]!, options[index + 1]!)) {
        const trial = replaceFirm(replaceFirm(current, options, index, first), options, index + 1, second);
        const result = evaluate(trial);
        if (result && (!best || result.objective > best.objective + 1e-9)) {
          best = result;
          current = trial;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  if (!best || diversityViolation(best.group.memberIds, accepted) > 0) return null;
  return best.group;
}

const sameParts = (a: StepAssignment["parts"], b: StepAssignment["parts"]) => a.length === b.length && a.every((p, i) => p.firmId === b[i]!.firmId && p.quantity === b[i]!.quantity);

/** Option pairs for two consecutive steps whose firms have delivered together before. */
function partnerPairs(ctx: ScoringContext, first: readonly StepOption[], second: readonly StepOption[]): [StepOption, StepOption][] {
  const secondByFirm = new Map<string, StepOption>();
  for (const option of second) if (option.parts.length === 1) secondByFirm.set(option.parts[0]!.firmId, option);
  const pairs: [StepOption, StepOption][] = [];
  for (const option of first) {
    if (option.parts.length !== 1) continue;
    const firm = ctx.firms.get(option.parts[0]!.firmId)!;
    for (const partnerId of Object.keys(firm.partners)) {
      const match = secondByFirm.get(partnerId);
      if (match) pairs.push([option, match]);
    }
  }
  return pairs;
}

/** Every way to give all the steps one firm does alone to another firm that can do them all. */
function* memberSwaps(current: readonly StepAssignment[], options: readonly StepOption[][]): Generator<StepAssignment[]> {
  const stepsOf = new Map<string, number[]>();
  current.forEach((a, i) => {
    if (a.parts.length === 1) stepsOf.set(a.parts[0]!.firmId, [...(stepsOf.get(a.parts[0]!.firmId) ?? []), i]);
  });
  for (const [firmId, steps] of stepsOf) {
    if (steps.length < 2) continue; // single steps are covered by single moves
    const able = steps.map((i) => new Map(options[i]!.filter((o) => o.parts.length === 1).map((o) => [o.parts[0]!.firmId, o])));
    for (const candidate of able[0]!.keys()) {
      if (candidate === firmId || !able.every((m) => m.has(candidate))) continue;
      yield current.map((a, i) => (steps.includes(i) ? { stepId: a.stepId, parts: able[steps.indexOf(i)]!.get(candidate)!.parts } : a));
    }
  }
}

/** Puts the option's firm on step `index` and on every other step the replaced firm did that it can do. */
function replaceFirm(current: readonly StepAssignment[], options: readonly StepOption[][], index: number, option: StepOption): StepAssignment[] {
  const replaced = current[index]!.parts.length === 1 ? current[index]!.parts[0]!.firmId : null;
  const firmId = option.parts[0]!.firmId;
  return current.map((a, i) => {
    if (i === index) return { stepId: a.stepId, parts: option.parts };
    if (replaced === null || a.parts.length !== 1 || a.parts[0]!.firmId !== replaced) return a;
    const own = options[i]!.find((o) => o.parts.length === 1 && o.parts[0]!.firmId === firmId);
    return own ? { stepId: a.stepId, parts: own.parts } : a;
  });
}
