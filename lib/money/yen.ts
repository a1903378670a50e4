// Integer yen, end to end: amounts are bigint (BIGINT in the database), never floating point.
// Parsing accepts what people type in Japan (full-width digits, "¥", "円", thousands separators).
import { toHalfWidth } from "@/lib/validation/normalize";

export type Yen = bigint;

/** The largest amount one field or document may hold: ¥100 billion (a sanity bound, far above any job). */
export const MAX_YEN: Yen = 100_000_000_000n;

export type YenProblem = "required" | "notInteger" | "negative" | "tooBig";

/** "１２，３４５円" → 12345n; a problem when it is not a whole, non-negative amount up to MAX_YEN. */
export function parseYen(input: unknown): { ok: true; value: Yen } | { ok: false; problem: YenProblem } {
  if (typeof input === "bigint") return checkRange(input);
  if (typeof input === "number") return Number.isSafeInteger(input) ? checkRange(BigInt(input)) : { ok: false, problem: "notInteger" };
  if (typeof input !== "string") return { ok: false, problem: "required" };
  const text = toHalfWidth(input).replace(/[,，\s¥￥円]/g, "").replace(/^\\/, "");
  if (text === "") return { ok: false, problem: "required" };
  if (/^[-−]/.test(text) && /^[-−]\d+(\.\d+)?$/.test(text)) return { ok: false, problem: "negative" };
  if (!/^\d+$/.test(text)) return { ok: false, problem: "notInteger" };
  // Leading zeros are harmless; the length check keeps BigInt from parsing something absurd.
  if (text.replace(/^0+/, "").length > 15) return { ok: false, problem: "tooBig" };
  return checkRange(BigInt(text));
}

function checkRange(value: Yen): { ok: true; value: Yen } | { ok: false; problem: YenProblem } {
  if (value < 0n) return { ok: false, problem: "negative" };
  if (value > MAX_YEN) return { ok: false, problem: "tooBig" };
  return { ok: true, value };
}

export function sumYen(amounts: Iterable<Yen>): Yen {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

/** unit price × quantity, exactly. */
export function timesQuantity(unit: Yen, quantity: number): Yen {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`quantity ${quantity} is not a whole number`);
  return unit * BigInt(quantity);
}

const FORMATS = { ja: new Intl.NumberFormat("ja-JP"), en: new Intl.NumberFormat("en-US") } as const;

/** "¥1,234,567" (both languages; Japanese business documents use the same "¥" prefix). */
export function formatYen(amount: Yen, locale: "ja" | "en" = "ja"): string {
  const sign = amount < 0n ? "-" : "";
  return `${sign}¥${FORMATS[locale].format(amount < 0n ? -amount : amount)}`;
}

/** The amount as a plain digit string (for form values and JSON, which has no bigint). */
export const yenDigits = (amount: Yen): string => amount.toString();

/**
 * Splits `total` in proportion to `weights` by the largest-remainder method, so the parts are whole
 * and add up exactly (shares in basis points from amounts in yen, allocations of a fee, …).
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = sumYen(weights);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0n));
  const exact = weights.map((w) => ({ floor: (total * w) / sum, remainder: (total * w) % sum }));
  let left = total - sumYen(exact.map((e) => e.floor));
  const order = exact.map((e, i) => ({ i, remainder: e.remainder })).sort((a, b) => (b.remainder === a.remainder ? a.i - b.i : b.remainder > a.remainder ? 1 : -1));
  const parts = exact.map((e) => e.floor);
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}
