// The order of groups: higher score first; ties broken by the assignment itself, so input order
// never matters.
import type { SuggestedGroup } from "./types";

export function compareGroups(a: SuggestedGroup, b: SuggestedGroup): number {
  return b.score - a.score || signature(a).localeCompare(signature(b));
}

export function signature(group: SuggestedGroup): string {
  return group.assignments.map((a) => a.parts.map((p) => `${p.firmId}:${p.quantity}`).join("+")).join("|") + `#${group.leadFirmId}`;
}
