// The non-conformance lifecycle table: every stage in order, who makes each move, and what a move
// must carry. Pure: no database.
import { describe, expect, it } from "vitest";
import { canMoveNc, NC_STATUSES, NC_TRANSITIONS, ncMoveProblem, nextNcMoves, type NcActor } from "./nc-lifecycle";

const ALL: NcActor[] = ["raiser", "lead", "responsible"];
const facts = { responsibleMemberId: "m1", costShares: [{ basisPoints: 10_000, acknowledgedAt: new Date() }], rmaQuantity: null, rmaResolvedAt: null };

describe("non-conformance lifecycle", () => {
  it("walks raised → assigned → contained → cause found → corrected → closed, each by its party", () => {
    const path = [["RAISED", "ASSIGNED", "lead"], ["ASSIGNED", "CONTAINED", "responsible"], ["CONTAINED", "CAUSE_FOUND", "responsible"], ["CAUSE_FOUND", "CORRECTED", "responsible"], ["CORRECTED", "CLOSED", "raiser"]] as const;
    for (const [from, to, actor] of path) {
      expect(canMoveNc(from, to, [actor])).toBe(true);
      for (const wrong of ALL.filter((a) => a !== actor)) expect(canMoveNc(from, to, [wrong])).toBe(false);
    }
  });

  it("never skips a stage, whoever asks", () => {
    const order = ["RAISED", "ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED", "CLOSED"] as const;
    order.forEach((from, i) => {
      for (const to of order.slice(i + 2)) expect(canMoveNc(from, to, ALL)).toBe(false);
    });
  });

  it("leaves closed and withdrawn ones where they are", () => {
    for (const to of NC_STATUSES) {
      expect(canMoveNc("CLOSED", to, ALL)).toBe(false);
      expect(canMoveNc("WITHDRAWN", to, ALL)).toBe(false);
    }
  });

  it("goes back only to containment after a failed verification, or to assignment by the lead before correction", () => {
    expect(nextNcMoves("CORRECTED", ["raiser"])).toEqual(["CLOSED", "CONTAINED"]);
    expect(nextNcMoves("CAUSE_FOUND", ["lead"])).toEqual(["ASSIGNED"]);
    expect(canMoveNc("CORRECTED", "ASSIGNED", ALL)).toBe(false);
    expect(Object.keys(NC_TRANSITIONS.RAISED!)).toEqual(["ASSIGNED", "WITHDRAWN"]);
  });

  it("asks each stage for its content", () => {
    expect(ncMoveProblem(facts, { to: "CONTAINED", note: " " }, "ASSIGNED")).toBe("containmentRequired");
    expect(ncMoveProblem(facts, { to: "CONTAINED", note: "" }, "CORRECTED")).toBe("verificationRequired");
    expect(ncMoveProblem(facts, { to: "CAUSE_FOUND", note: "摩耗" }, "CONTAINED")).toBe("causeRequired");
    expect(ncMoveProblem(facts, { to: "CAUSE_FOUND", note: "摩耗", cause: "MACHINE" }, "CONTAINED")).toBeNull();
    expect(ncMoveProblem(facts, { to: "CORRECTED", note: "" }, "CAUSE_FOUND")).toBe("correctiveRequired");
  });

  it("closes only with every cost share acknowledged and returned parts resolved", () => {
    expect(ncMoveProblem(facts, { to: "CLOSED", note: "合格" }, "CORRECTED")).toBeNull();
    expect(ncMoveProblem({ ...facts, costShares: [] }, { to: "CLOSED", note: "合格" }, "CORRECTED")).toBe("notAcknowledged");
    expect(ncMoveProblem({ ...facts, costShares: [{ basisPoints: 5_000, acknowledgedAt: new Date() }, { basisPoints: 5_000, acknowledgedAt: null }] }, { to: "CLOSED", note: "合格" }, "CORRECTED")).toBe("notAcknowledged");
    expect(ncMoveProblem({ ...facts, rmaQuantity: 5 }, { to: "CLOSED", note: "合格" }, "CORRECTED")).toBe("rmaOpen");
    expect(ncMoveProblem({ ...facts, rmaQuantity: 5, rmaResolvedAt: new Date() }, { to: "CLOSED", note: "合格" }, "CORRECTED")).toBeNull();
  });
});
