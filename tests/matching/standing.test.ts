// A standing group suggested as a unit: only its own firms, only when they can do every step, the
// same answer whatever the order of the input, and its capabilities combined per process.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestGroups, suggestStandingGroups, type CandidateFirm, type JobInput } from "@/lib/matching";
import { combineCapabilities } from "@/lib/groups/standing/combine";
import { firmsArbitrary, jobArbitrary } from "./generators";

const reversed = <T>(items: readonly T[]) => [...items].reverse();

describe("standing groups in matching", () => {
  it("suggests a standing group only with its own firms, and exactly when those firms alone can do the job", () => {
    fc.assert(
      fc.property(jobArbitrary, firmsArbitrary, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (job: JobInput, firms: CandidateFirm[], picks) => {
        const memberIds = firms.filter((_, i) => picks[i]).map((f) => f.id);
        const result = suggestStandingGroups(job, firms, [{ id: "g1", name: "会", memberIds }]);
        const alone = suggestGroups(job, firms.filter((f) => memberIds.includes(f.id)), { k: 1 });
        expect(result.suggestions.length).toBe(alone.groups.length > 0 ? 1 : 0);
        for (const s of result.suggestions) {
          expect(s.group.memberIds.every((id) => memberIds.includes(id))).toBe(true);
          expect(s.group.reasons[0]).toEqual({ key: "matching.reasons.standing", params: { name: "会" } });
        }
        if (result.suggestions.length === 0) expect(result.unable[0]?.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("does not depend on the order of firms or groups", () => {
    fc.assert(
      fc.property(jobArbitrary, firmsArbitrary, (job, firms) => {
        const groups = [{ id: "a", name: "A", memberIds: firms.slice(0, 3).map((f) => f.id) }, { id: "b", name: "B", memberIds: firms.slice(2).map((f) => f.id) }];
        expect(suggestStandingGroups(job, reversed(firms), reversed(groups))).toEqual(suggestStandingGroups(job, firms, groups));
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it("combines capabilities per process: firms, tightest tolerance, largest workpiece, total capacity, all materials", () => {
    const combined = combineCapabilities([
      { firmId: "a", processCode: "turning", bestToleranceUm: 10, maxWorkpieceMm: 200, monthlyCapacity: 1000, materialCodes: ["s45c"] },
      { firmId: "b", processCode: "turning", bestToleranceUm: 5, maxWorkpieceMm: 150, monthlyCapacity: 500, materialCodes: ["sus304", "s45c"] },
      { firmId: "b", processCode: "grinding", bestToleranceUm: 2, maxWorkpieceMm: 100, monthlyCapacity: 300, materialCodes: [] },
    ]);
    expect(combined).toEqual([
      { processCode: "grinding", firmIds: ["b"], bestToleranceUm: 2, maxWorkpieceMm: 100, monthlyCapacity: 300, materialCodes: [] },
      { processCode: "turning", firmIds: ["a", "b"], bestToleranceUm: 5, maxWorkpieceMm: 200, monthlyCapacity: 1500, materialCodes: ["s45c", "sus304"] },
    ]);
  });
});
