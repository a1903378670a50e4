import { describe, expect, it } from "vitest";
import type { SuggestedGroup, TermKey } from "./types";
import { TERM_KEYS } from "./weights";
import { varyingTerms } from "./varying-terms";

const group = (contributions: Partial<Record<TermKey, number>>): Pick<SuggestedGroup, "terms"> => ({
  terms: Object.fromEntries(TERM_KEYS.map((key) => [key, { value: 0, weight: 10, contribution: contributions[key] ?? 0 }])) as SuggestedGroup["terms"],
});

describe("varyingTerms", () => {
  it("leaves out a row that is the same for every group shown", () => {
    const shown = [group({ members: 0, proximity: 8.2, fairness: 3 }), group({ members: 0, proximity: 6.1, fairness: 3 }), group({ members: 0, proximity: 7, fairness: 3.04 })];
    expect(varyingTerms(shown)).toEqual(["proximity"]);
  });

  it("keeps a row that differs in one group, and every row of a single group", () => {
    expect(varyingTerms([group({ record: 4 }), group({ record: 4 }), group({ record: 4.5 })])).toEqual(["record"]);
    expect(varyingTerms([group({})])).toEqual(TERM_KEYS);
  });
});
