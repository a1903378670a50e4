// 適格請求書発行事業者登録番号: "T" followed by 13 digits. For a corporation the digits are its
// 法人番号, whose first digit is a check digit over the other twelve:
//   9 − (Σ digit × weight) mod 9, weights 1 and 2 alternating from the rightmost digit.
// Individuals get a number of the same form from the tax office; it is checked the same way.
import { toHalfWidth } from "@/lib/validation/normalize";

/** The check digit of a 12-digit body. */
export function corporateNumberCheckDigit(body: string): number {
  if (!/^\d{12}$/.test(body)) throw new RangeError("a corporate number body has 12 digits");
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(body[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(digits: string): boolean {
  return /^\d{13}$/.test(digits) && corporateNumberCheckDigit(digits.slice(1)) === Number(digits[0]);
}

export type RegistrationNumberProblem = "format" | "checkDigit";

/** "ｔ１２３４-５６７８-９０１２３" → "T1234567890123", or why it is not a registration number. */
export function parseRegistrationNumber(input: string): { ok: true; value: string } | { ok: false; problem: RegistrationNumberProblem } {
  const text = toHalfWidth(input).replace(/[\s\-‐−ー]/g, "").toUpperCase();
  if (!/^T\d{13}$/.test(text)) return { ok: false, problem: "format" };
  if (!isValidCorporateNumber(text.slice(1))) return { ok: false, problem: "checkDigit" };
  return { ok: true, value: text };
}

/** "T1234567890123" → "T1-2345-6789-0123", as the tax office's register shows it. */
export function formatRegistrationNumber(value: string): string {
  return /^T\d{13}$/.test(value) ? `T${value[1]}-${value.slice(2, 6)}-${value.slice(6, 10)}-${value.slice(10)}` : value;
}
