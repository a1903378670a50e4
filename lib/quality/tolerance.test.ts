// Tolerance checks: exact decimal comparison at the limits, deviations from a nominal, one-sided
// limits, and what a phone keyboard may type (full-width digits, a minus sign that is not ASCII).
import { describe, expect, it } from "vitest";
import { fromScaled, judge, limitsFromText, parseDecimal, scaled } from "./tolerance";

describe("tolerance", () => {
  it("reads numbers as typed on a phone, and refuses more than four decimals", () => {
    expect(parseDecimal("２０．０１")).toBe("20.01");
    expect(parseDecimal(" 20.0100 ")).toBe("20.01");
    expect(parseDecimal("−0.021")).toBe("-0.021");
    expect(parseDecimal("1,234.5")).toBe("1234.5");
    expect(parseDecimal(".5")).toBe("0.5");
    expect(parseDecimal("-0")).toBe("0");
    expect(parseDecimal("20.00001")).toBeNull();
    expect(parseDecimal("abc")).toBeNull();
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("1e3")).toBeNull();
  });

  it("compares exactly at the limits, where floating point would not", () => {
    // 0.1 + 0.2 > 0.3 in floating point; in tolerance here.
    const limits = limitsFromText("0.1", "", "+0.2")!;
    expect(limits.upper).toBe("0.3");
    expect(judge("0.3", limits)).toBe("OK");
    expect(judge("0.3001", limits)).toBe("HIGH");
    expect(scaled("-0.021")).toBe(-210n);
    expect(fromScaled(-210n)).toBe("-0.021");
  });

  it("turns a nominal and its deviations into limits (φ20 h7: 0 / −0.021)", () => {
    const h7 = limitsFromText("20", "-0.021", "+0")!;
    expect(h7).toEqual({ lower: "19.979", upper: "20" });
    expect(judge("19.979", h7)).toBe("OK");
    expect(judge("19.978", h7)).toBe("LOW");
    expect(judge("20.0001", h7)).toBe("HIGH");
    expect(limitsFromText("50", "", "±0.05")).toEqual({ lower: "49.95", upper: "50.05" });
  });

  it("takes absolute and one-sided limits (Ra at most 1.6, hardness HRC 58–62)", () => {
    const ra = limitsFromText(null, "", "1.6")!;
    expect(ra).toEqual({ lower: null, upper: "1.6" });
    expect(judge("0.8", ra)).toBe("OK");
    expect(judge("1.7", ra)).toBe("HIGH");
    const hrc = limitsFromText(null, "58", "62")!;
    expect(judge("57.5", hrc)).toBe("LOW");
    expect(judge("62", hrc)).toBe("OK");
  });

  it("refuses a limit it cannot read, and ± without a nominal", () => {
    expect(limitsFromText(null, "x", "1")).toBeNull();
    expect(limitsFromText(null, "", "±0.05")).toBeNull();
  });
});
