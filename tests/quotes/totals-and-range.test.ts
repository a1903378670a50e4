// Offer totals (steps, one-time costs, the firm's material, the lead's fee and transport, tax once),
// members' shares from their lines, and the reference range with its five-order floor.
import { describe, expect, it } from "vitest";
import { memberShares, offerTotals, stepAmount } from "@/lib/quotes/offer-totals";
import { MIN_ORDERS, quantityBand, referenceRange } from "@/lib/quotes/reference-range";

const step = (memberId: string, quantity: number, unitPriceYen: bigint, extra: Partial<{ setupYen: bigint; toolingYen: bigint; materialSupply: "BUYER" | "FIRM"; materialYen: bigint }> = {}) => ({
  memberId, quantity, unitPriceYen, setupYen: 0n, toolingYen: 0n, materialSupply: "BUYER" as const, materialYen: 0n, ...extra,
});

describe("offer totals", () => {
  it("adds unit price × quantity, one-time costs and the firm's material; buyer-supplied material costs nothing", () => {
    expect(stepAmount(step("a", 500, 1_234n, { setupYen: 30_000n, toolingYen: 12_000n, materialSupply: "FIRM", materialYen: 80_000n }))).toBe(617_000n + 122_000n);
    expect(stepAmount(step("a", 500, 1_234n, { materialSupply: "BUYER", materialYen: 80_000n }))).toBe(617_000n);
  });

  it("adds the lead's fee and transport and rounds the tax down once for the document", () => {
    const totals = offerTotals({ steps: [step("a", 3, 35n), step("b", 3, 35n), step("c", 3, 35n)], coordinationFeeYen: 9n, transportYen: 0n });
    // 315 + 9 = 324 → tax floor(32.4) = 32.
    expect(totals).toMatchObject({ stepsYen: 315n, subtotalYen: 324n, taxYen: 32n, totalYen: 356n });
  });

  it("gives each member its lines, the lead also its fee and transport, in yen and basis points summing to 10,000", () => {
    const shares = memberShares({ steps: [step("a", 1, 600_000n), step("b", 1, 250_000n), step("b", 1, 50_000n)], leadMemberId: "a", coordinationFeeYen: 70_000n, transportYen: 30_000n, memberIds: ["a", "b", "c"] });
    expect(shares.get("a")).toEqual({ yen: 700_000n, basisPoints: 7_000 });
    expect(shares.get("b")).toEqual({ yen: 300_000n, basisPoints: 3_000 });
    expect(shares.get("c")).toEqual({ yen: 0n, basisPoints: 0 });
  });
});

describe("the reference range", () => {
  it("shows nothing with fewer than five orders behind it", () => {
    expect(MIN_ORDERS).toBe(5);
    expect(referenceRange([100n, 200n, 300n, 400n, 500n, 600n], 4)).toBeNull();
    expect(referenceRange([], 7)).toBeNull();
  });

  it("is the interquartile range of the unit prices, interpolated as PostgreSQL's percentile_cont does", () => {
    // Sorted 100…800 (8 values): Q1 at 1.75 → 275, median at 3.5 → 450, Q3 at 5.25 → 625.
    expect(referenceRange([800n, 100n, 300n, 200n, 500n, 400n, 700n, 600n], 5)).toEqual({ q1: 275n, median: 450n, q3: 625n, orders: 5 });
    expect(referenceRange([1_000n, 1_000n, 1_000n, 1_000n, 1_000n], 5)).toEqual({ q1: 1_000n, median: 1_000n, q3: 1_000n, orders: 5 });
  });

  it("bands quantities by order of magnitude", () => {
    expect(quantityBand(1)).toEqual({ min: 1, max: 10 });
    expect(quantityBand(99)).toEqual({ min: 10, max: 100 });
    expect(quantityBand(500)).toEqual({ min: 100, max: 1000 });
    expect(quantityBand(25_000)).toEqual({ min: 10_000, max: null });
  });
});
