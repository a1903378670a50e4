// The exact search: depth-first branch and bound over the steps, choosing one option per step.
// A subtree is cut when its bound (search-bounds.ts) cannot beat the best group found. The work
// is counted (bounds computed and groups scored), never timed, so the same input gives the same
// answer on any machine under any load. When the budget runs out, the best bound among the
// subtrees left unexplored says how far the answer may be from the best possible group.
import { diversityViolation } from "./diversity";
import { compareGroups } from "./group-order";
import { chooseLead, membersInRouteOrder, scoreGroup } from "./scoring";
import { childState, leafScore, linearBound, nodeBound, partnershipBound, proximityBound, rootState, type NodeState, type SearchModel, type SearchOption } from "./search-bounds";
import type { StepAssignment, SuggestedGroup } from "./types";

export interface SearchOutcome {
  group: SuggestedGroup | null;
  /** No feasible group (diverse from `accepted`) among the model's options scores more. */
  bound: number;
  /** The search finished: `group` is the best, `bound` its score. */
  complete: boolean;
  work: number;
}

/** Scores within this are equal (floating-point sums in another order differ by ~1e-13). */
const EPSILON = 1e-9;
/** leafScore differs from the scorer by rounding only; this margin leaves the decision to the scorer. */
const LEAF_SLACK = 1e-6;
const NO_GROUP_LIMIT = 5;
const NO_GROUP_FLOOR = 2_000;

export function branchAndBound(model: SearchModel, accepted: readonly (readonly string[])[], budget: number, start: SuggestedGroup | null = null): SearchOutcome {
  const { ctx, stepCount } = model;
  let best: SuggestedGroup | null = start && diversityViolation(start.memberIds, accepted) === 0 ? start : null;
  let openBound = -Infinity;
  let work = 0;
  const chosen: SearchOption[] = [];
  const threshold = () => (best ? best.score + EPSILON : -Infinity);

  const leaf = () => {
    const assignments: StepAssignment[] = chosen.map((c, i) => ({ stepId: ctx.job.steps[i]!.id, parts: c.option.parts }));
    // A group too like a suggestion above it is dropped before it is scored in full.
    if (accepted.length > 0 && diversityViolation(membersInRouteOrder(assignments), accepted) > 0) return;
    const lead = chooseLead(ctx, assignments);
    if (!lead) return;
    const group = scoreGroup(ctx, assignments, lead, { reasons: false });
    if (!best || compareGroups(group, best) < 0) best = group;
  };

  const visit = (node: NodeState, bound: number) => {
    if (bound <= threshold()) return;
    // Without any group yet, the first rank's search goes on a little (a dive finds one quickly);
    // a later rank may simply have no group different enough from the ones above it.
    if (work >= budget && (best !== null || accepted.length > 0 || work >= Math.max(NO_GROUP_LIMIT * budget, NO_GROUP_FLOOR))) {
      openBound = Math.max(openBound, bound);
      return;
    }
    work++;
    const d = node.depth;
    // What every child shares; a child's own affinity is all that differs (options are sorted by it).
    // (linearBound grows by exactly affinity / S with the child's affinity.)
    const shared = linearBound(model, node, d + 1) + proximityBound(model, node) + partnershipBound(model, node);
    const children: { node: NodeState; bound: number; choice: SearchOption }[] = [];
    for (const choice of model.options[d]!) {
      if (shared + choice.option.affinity / stepCount <= threshold()) break;
      work++;
      if (d + 1 === stepCount) {
        // Only a group that may beat the best so far is scored in full (and checked for a lead).
        if (leafScore(model, node, choice) <= threshold() - LEAF_SLACK) continue;
        chosen.push(choice);
        leaf();
        chosen.pop();
        continue;
      }
      const child = childState(model, node, choice);
      const childBound = nodeBound(model, child);
      if (childBound > threshold()) children.push({ node: child, bound: childBound, choice });
    }
    children.sort((a, b) => b.bound - a.bound);
    for (const { node: child, bound: childBound, choice } of children) {
      chosen.push(choice);
      visit(child, childBound);
      chosen.pop();
    }
  };

  const root = rootState(model);
  const rootBound = stepCount === 0 ? -Infinity : nodeBound(model, root);
  if (stepCount > 0) visit(root, rootBound);
  const complete = openBound === -Infinity;
  const found = best as SuggestedGroup | null;
  return { group: found, bound: Math.max(openBound, found?.score ?? -Infinity), complete, work };
}
