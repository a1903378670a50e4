// Which score rows tell the groups on a page apart. A row whose points are the same for every group
// shown (「少ない参加企業数 0.0/22」 on three 3-firm groups) explains nothing and is left out.
import type { SuggestedGroup, TermKey } from "./types";
import { TERM_KEYS } from "./weights";

/** The terms whose contribution (as shown, to 0.1 point) differs between the groups; all of them for a single group. */
export function varyingTerms(groups: readonly Pick<SuggestedGroup, "terms">[]): TermKey[] {
  if (groups.length < 2) return [...TERM_KEYS];
  return TERM_KEYS.filter((key) => new Set(groups.map((g) => g.terms[key].contribution.toFixed(1))).size > 1);
}
