// The pure rules of orders: payment terms and the subcontracting law's 60 days, the cooperative's
// fee (members' amounts plus the fee equal the order to the yen), tax once per invoice and rate,
// registration numbers, and the lifecycle tables of the contractor's nomination and of payments.
import { describe, expect, it } from "vitest";
import { dueDateFor, PAYMENT_TERMS, subcontractCheck, withinSubcontractLimit } from "@/lib/orders/payment-terms";
import { splitFee } from "@/lib/orders/fee";
import { line, totalsOf } from "@/lib/orders/document-content";
import { canMoveNomination, CONTRACTOR_TRANSITIONS } from "@/lib/orders/contractor-lifecycle";
import { canMovePayment, PAYMENT_STATUSES, PAYMENT_TRANSITIONS } from "@/lib/orders/payment-lifecycle";
import { parseRegistrationNumber } from "@/lib/money/registration-number";
import { feeRateField } from "@/lib/orders/schemas";

describe("payment terms", () => {
  it("computes the payment day from the closing day", () => {
    expect(dueDateFor("2027-01-15", PAYMENT_TERMS.EOM_NEXT_EOM)).toBe("2027-02-28");
    expect(dueDateFor("2027-01-31", PAYMENT_TERMS.EOM_NEXT_10)).toBe("2027-02-10");
    expect(dueDateFor("2027-01-21", PAYMENT_TERMS.D20_NEXT_10)).toBe("2027-03-10"); // after the 20th: next period
    expect(dueDateFor("2027-01-20", PAYMENT_TERMS.D20_NEXT_10)).toBe("2027-02-10");
    expect(dueDateFor("2026-12-05", PAYMENT_TERMS.EOM_2ND_EOM)).toBe("2027-02-28");
    expect(dueDateFor("2028-01-31", PAYMENT_TERMS.EOM_NEXT_EOM)).toBe("2028-02-29"); // leap year
  });

  it("holds month-end closing with payment next month within the law, and flags longer terms", () => {
    // 7/1 → 8/31 is 61 days, yet within two months: the Fair Trade Commission's reading.
    expect(withinSubcontractLimit("2027-07-01", "2027-08-31")).toBe(true);
    expect(withinSubcontractLimit("2027-01-01", "2027-03-10")).toBe(false);
    expect(subcontractCheck(PAYMENT_TERMS.EOM_NEXT_EOM).exceeds).toBe(false);
    expect(subcontractCheck(PAYMENT_TERMS.EOM_NEXT_10).exceeds).toBe(false);
    expect(subcontractCheck(PAYMENT_TERMS.D20_NEXT_10).exceeds).toBe(false);
    expect(subcontractCheck(PAYMENT_TERMS.D20_NEXT_EOM)).toMatchObject({ exceeds: true });
    expect(subcontractCheck(PAYMENT_TERMS.EOM_2ND_10).exceeds).toBe(true);
    expect(subcontractCheck(PAYMENT_TERMS.EOM_2ND_EOM)).toEqual({ exceeds: true, longestDays: 91 });
  });
});

describe("the cooperative's fee", () => {
  it("makes members' amounts plus the fee equal the order before tax, to the yen", () => {
    for (const [shares, rate] of [[[333_333n, 333_333n, 333_334n], 350], [[1n, 2n, 999_997n], 1_999], [[1_234_567n], 2_000], [[10n, 10n, 10n], 1]] as const) {
      const split = splitFee(shares.map((shareYen, i) => ({ memberId: `m${i}`, shareYen })), rate);
      const total = shares.reduce((s, x) => s + x, 0n);
      expect(split.feeYen).toBe((total * BigInt(rate)) / 10_000n);
      expect(split.members.reduce((s, m) => s + m.amountYen, 0n) + split.feeYen).toBe(total);
      expect(split.members.every((m) => m.amountYen >= 0n && m.feeYen >= 0n)).toBe(true);
    }
  });

  it("refuses a rate outside 0–20 %, with a message for the form", () => {
    expect(() => splitFee([{ memberId: "a", shareYen: 100n }], 2_001)).toThrow(RangeError);
    expect(() => splitFee([{ memberId: "a", shareYen: 100n }], -1)).toThrow(RangeError);
    expect(feeRateField.safeParse("20.01").error?.issues[0]?.message).toBe("orders.problems.feeRate");
    expect(feeRateField.safeParse("-1").error?.issues[0]?.message).toBe("orders.problems.feeRate");
    expect(feeRateField.safeParse("3.555").error?.issues[0]?.message).toBe("orders.problems.feeRate");
    expect(feeRateField.safeParse("abc").success).toBe(false);
    expect(feeRateField.parse("３．５")).toBe(350);
    expect(feeRateField.parse("20")).toBe(2_000);
    expect(feeRateField.parse("0")).toBe(0);
  });
});

describe("invoice tax", () => {
  it("rounds once per invoice and rate, not per line", () => {
    // Three lines of ¥105 at 10 %: per line 10 + 10 + 10 = 30, once on ¥315 it is 31.
    const lines = [line({ ja: "a", en: "a" }, 105n, 10), line({ ja: "b", en: "b" }, 105n, 10), line({ ja: "c", en: "c" }, 105n, 10), line({ ja: "d", en: "d" }, 999n, 8)];
    const totals = totalsOf(lines);
    expect(totals.rates).toEqual([{ taxRatePercent: 10, baseYen: 315n, taxYen: 31n }, { taxRatePercent: 8, baseYen: 999n, taxYen: 79n }]);
    expect(totals.totalYen).toBe(315n + 999n + 31n + 79n);
    // The fee deducted on a sub-order lowers the base before the tax is taken.
    expect(totalsOf([line({ ja: "x", en: "x" }, 1_000n, 10), line({ ja: "fee", en: "fee" }, -35n, 10)]).taxYen).toBe(96n);
  });

  it("takes registration numbers as T and 13 digits with a valid check digit", () => {
    expect(parseRegistrationNumber("T7010001008844")).toEqual({ ok: true, value: "T7010001008844" });
    expect(parseRegistrationNumber("ｔ７０１０００１００８８４４")).toEqual({ ok: true, value: "T7010001008844" });
    expect(parseRegistrationNumber("T8010001008844")).toEqual({ ok: false, problem: "checkDigit" });
    expect(parseRegistrationNumber("8010001008844")).toEqual({ ok: false, problem: "format" });
    expect(parseRegistrationNumber("T801000100884")).toEqual({ ok: false, problem: "format" });
  });
});

describe("lifecycle tables", () => {
  it("lets only the nominated association's staff accept, once, and the group withdraw before the order", () => {
    expect(canMoveNomination("REQUESTED", "ACCEPTED", "contractor")).toBe(true);
    expect(canMoveNomination("REQUESTED", "ACCEPTED", "group")).toBe(false);
    expect(canMoveNomination("ACCEPTED", "ACCEPTED", "contractor")).toBe(false);
    expect(canMoveNomination("DECLINED", "ACCEPTED", "contractor")).toBe(false);
    expect(canMoveNomination("ACCEPTED", "WITHDRAWN", "group")).toBe(true);
    expect(Object.keys(CONTRACTOR_TRANSITIONS).sort()).toEqual(["ACCEPTED", "REQUESTED"]);
  });

  it("moves a payment only as its parties may, and never out of RECEIVED or VOID", () => {
    expect(canMovePayment("UNPAID", "PAID", "payer")).toBe(true);
    expect(canMovePayment("UNPAID", "PAID", "payee")).toBe(false);
    expect(canMovePayment("PAID", "RECEIVED", "payee")).toBe(true);
    expect(canMovePayment("PAID", "RECEIVED", "payer")).toBe(false);
    expect(canMovePayment("PAID", "VOID", "system")).toBe(false); // a paid invoice is not replaced
    for (const to of PAYMENT_STATUSES) {
      expect(canMovePayment("RECEIVED", to, "payee")).toBe(false);
      expect(canMovePayment("VOID", to, "system")).toBe(false);
    }
    expect(PAYMENT_TRANSITIONS.RECEIVED).toBeUndefined();
  });
});
