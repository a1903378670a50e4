// Integer yen, consumption tax per document and rate, and the registration number's check digit.
import { describe, expect, it } from "vitest";
import { corporateNumberCheckDigit, formatRegistrationNumber, isValidCorporateNumber, parseRegistrationNumber } from "@/lib/money/registration-number";
import { documentTotals, taxOf } from "@/lib/money/tax";
import { apportion, formatYen, MAX_YEN, parseYen, timesQuantity } from "@/lib/money/yen";

describe("parsing yen as people type it", () => {
  it.each([
    ["12345", 12_345n],
    ["１２，３４５円", 12_345n],
    ["¥1,200,000", 1_200_000n],
    ["0", 0n],
    ["100000000000", MAX_YEN],
  ])("reads %s as %s", (input, expected) => {
    expect(parseYen(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "required"],
    ["-500", "negative"],
    ["−500", "negative"],
    ["12.5", "notInteger"],
    ["1e6", "notInteger"],
    ["abc", "notInteger"],
    ["100000000001", "tooBig"],
    ["99999999999999999999999", "tooBig"],
  ])("refuses %s (%s)", (input, problem) => {
    expect(parseYen(input)).toEqual({ ok: false, problem });
  });

  it("multiplies exactly beyond floating point's integers", () => {
    expect(timesQuantity(99_999_999n, 1_000_000)).toBe(99_999_999_000_000n);
    expect(() => timesQuantity(1n, 1.5)).toThrow();
    expect(formatYen(1_234_567n, "ja")).toBe("¥1,234,567");
    expect(formatYen(-5n, "en")).toBe("-¥5");
  });
});

describe("consumption tax", () => {
  it("is computed once per document and rate and rounded down, not per line", () => {
    // Three lines of ¥105: per line 10.5 → 10 each (30); per document 315 → 31.
    const totals = documentTotals([105n, 105n, 105n].map((amountYen) => ({ amountYen, taxRatePercent: 10 })));
    expect(totals).toMatchObject({ subtotalYen: 315n, taxYen: 31n, totalYen: 346n });
    expect(totals.rates).toEqual([{ taxRatePercent: 10, baseYen: 315n, taxYen: 31n }]);
  });

  it("keeps rates apart, highest first", () => {
    const totals = documentTotals([{ amountYen: 999n, taxRatePercent: 8 }, { amountYen: 1_999n, taxRatePercent: 10 }, { amountYen: 1n, taxRatePercent: 8 }]);
    expect(totals.rates).toEqual([
      { taxRatePercent: 10, baseYen: 1_999n, taxYen: 199n },
      { taxRatePercent: 8, baseYen: 1_000n, taxYen: 80n },
    ]);
    expect(totals.totalYen).toBe(2_999n + 279n);
    expect(taxOf(-105n, 10)).toBe(-10n);
  });

  it("apportions a whole in proportion with parts that add up exactly", () => {
    expect(apportion(10_000n, [1n, 1n, 1n])).toEqual([3_334n, 3_333n, 3_333n]);
    expect(apportion(10_000n, [600_000n, 300_000n, 100_000n])).toEqual([6_000n, 3_000n, 1_000n]);
    const parts = apportion(10_000n, [123_457n, 987_653n, 5n]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(10_000n);
  });
});

describe("qualified invoice registration numbers", () => {
  it("computes the corporate number's check digit (9 − Σ digit × 1,2,1,2… from the right, mod 9)", () => {
    // A published corporate number: 1180301018771.
    expect(corporateNumberCheckDigit("180301018771")).toBe(1);
    expect(isValidCorporateNumber("1180301018771")).toBe(true);
    expect(isValidCorporateNumber("2180301018771")).toBe(false);
  });

  it("accepts T and 13 digits typed with full-width characters and hyphens, and refuses a wrong check digit", () => {
    expect(parseRegistrationNumber("ｔ1-1803-0101-8771")).toEqual({ ok: true, value: "T1180301018771" });
    expect(parseRegistrationNumber("T2180301018771")).toEqual({ ok: false, problem: "checkDigit" });
    expect(parseRegistrationNumber("1180301018771")).toEqual({ ok: false, problem: "format" });
    expect(parseRegistrationNumber("T118030101877")).toEqual({ ok: false, problem: "format" });
    expect(formatRegistrationNumber("T1180301018771")).toBe("T1-1803-0101-8771");
  });
});
