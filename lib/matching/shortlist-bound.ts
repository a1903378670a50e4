// The search looks at the best options of each step only (the shortlist). A group that uses an
// option left out may still exist; this bounds its score, so the bound reported for a suggestion
// covers every feasible group, not just the shortlist's. Past partnerships of firms left out are
// not known to the library (the service loads them for the shortlist only), so they count as
// perfect here, and so does proximity: the bound is honest rather than tight.
import type { ScoringContext } from "./scoring";
import { coverTable, indexFirms, itemTable, searchOptions } from "./search-bounds";
import type { StepOption } from "./step-options";

/** −∞ when nothing was left out. */
export function shortlistBound(ctx: ScoringContext, all: readonly StepOption[][], kept: readonly StepOption[][], teamCap: readonly number[]): number {
  const S = ctx.job.steps.length;
  const { weights } = ctx;
  const keptKeys = kept.map((list) => new Set(list.map(optionKey)));
  const leftOut = all.map((list, j) => list.filter((o) => !keptKeys[j]!.has(optionKey(o))));
  if (leftOut.every((list, j) => list.length === 0 && teamCap[j] === -Infinity)) return -Infinity;

  const memberCost = S >= 2 ? weights.members / (S - 1) : 0;
  const memberConstant = S >= 2 ? (weights.members * S) / (S - 1) : weights.members;
  const options = searchOptions(all);
  const { firmAffinity, stepsOfFirm } = indexFirms(options, S);
  const items = itemTable(options, firmAffinity, stepsOfFirm, S, memberCost);
  teamCap.forEach((cap, j) => {
    if (cap > -Infinity) items[1 << j] = Math.max(items[1 << j]!, cap / S); // unknown team: no member paid for
  });
  const cover = coverTable(items);
  const full = (1 << S) - 1;
  const bestAffinity = options.map((list, j) => Math.max(teamCap[j]!, ...list.map((o) => o.option.affinity)));
  const hasTeams = teamCap.some((c) => c > -Infinity) || options.some((list) => list.some((o) => o.firms.length > 1));

  let best = -Infinity;
  for (let j = 0; j < S; j++) {
    const outside = leftOut[j]!;
    if (outside.length === 0 && teamCap[j] === -Infinity) continue;
    // The item that does step j must use a firm left out there (or an unformed team).
    const outsideSingles = new Set(outside.filter((o) => o.parts.length === 1).map((o) => o.parts[0]!.firmId));
    const outsideItems = itemTable(options, firmAffinity, stepsOfFirm, S, memberCost, outsideSingles);
    // Teams formed but not kept pay for their firms found on no other step; unformed ones pay nothing.
    let outsideTeam = teamCap[j]!;
    if (outsideTeam > -Infinity) outsideItems[1 << j] = Math.max(outsideItems[1 << j]!, outsideTeam / S);
    for (const o of outside) {
      if (o.parts.length === 1) continue;
      outsideTeam = Math.max(outsideTeam, o.affinity);
      const exclusive = o.parts.filter((p) => stepsOfFirm.get(p.firmId) === 1 << j).length;
      outsideItems[1 << j] = Math.max(outsideItems[1 << j]!, o.affinity / S - memberCost * exclusive);
    }
    let linear = -Infinity;
    for (let s = full; s > 0; s = (s - 1) & full) if (s & (1 << j)) linear = Math.max(linear, outsideItems[s]! + cover[full ^ s]!);
    linear += memberConstant;
    if (hasTeams) {
      const cap = Math.max(outsideTeam, ...outside.map((o) => o.affinity));
      linear = Math.max(linear, (bestAffinity.reduce((sum, a, i) => sum + (i === j ? cap : a), 0)) / S);
    }
    best = Math.max(best, linear);
  }
  return best + weights.proximity + weights.partnership;
}

const optionKey = (o: StepOption) => o.parts.map((p) => `${p.firmId}:${p.quantity}`).join("+");
