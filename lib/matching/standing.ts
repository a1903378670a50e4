// Standing groups as a unit: for each formed standing group, the best group its own firms can make
// for the job (the same composer, restricted to the members), so a buyer sees a team that already
// works together next to the open suggestions. A standing group whose firms cannot do every step
// is left out, with the reason the composer gives.
import { suggestGroups } from "./compose";
import type { CandidateFirm, JobInput, MatchingOptions, Reason, SuggestedGroup } from "./types";

export interface StandingGroupInput {
  id: string;
  name: string;
  memberIds: readonly string[];
}

export interface StandingSuggestion {
  standingGroupId: string;
  name: string;
  group: SuggestedGroup;
}

export interface StandingResult {
  suggestions: StandingSuggestion[];
  /** Standing groups that cannot do the job, with why. */
  unable: { standingGroupId: string; reasons: Reason[] }[];
}

/** At most this many standing groups are shown for one job (the best by score). */
export const MAX_STANDING_SUGGESTIONS = 3;

export function suggestStandingGroups(job: JobInput, candidates: readonly CandidateFirm[], standing: readonly StandingGroupInput[], options: MatchingOptions = {}): StandingResult {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const suggestions: StandingSuggestion[] = [];
  const unable: StandingResult["unable"] = [];
  for (const unit of [...standing].sort((a, b) => a.id.localeCompare(b.id))) {
    const members = unit.memberIds.map((id) => byId.get(id)).filter((c): c is CandidateFirm => c !== undefined);
    const result = suggestGroups(job, members, { ...options, k: 1 });
    const group = result.groups[0];
    if (!group) {
      unable.push({ standingGroupId: unit.id, reasons: result.infeasible });
      continue;
    }
    suggestions.push({ standingGroupId: unit.id, name: unit.name, group: { ...group, reasons: [{ key: "matching.reasons.standing", params: { name: unit.name } }, ...group.reasons] } });
  }
  suggestions.sort((a, b) => b.group.score - a.group.score || a.standingGroupId.localeCompare(b.standingGroupId));
  return { suggestions: suggestions.slice(0, MAX_STANDING_SUGGESTIONS), unable };
}
