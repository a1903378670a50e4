// Measured values against limits, exactly: values are decimal strings with at most four decimals
// (the database's DECIMAL(14,4)), compared as scaled integers so that 20.010 at an upper limit of
// 20.010 is in tolerance (floating point would sometimes say otherwise). Pure: used by the
// phone's form to flag a value as it is typed and by the server to judge it.
import { toHalfWidth } from "@/lib/validation/normalize";

export const DECIMALS = 4;
const SCALE = 10n ** BigInt(DECIMALS);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** "２０．０１", "20.01 ", "−0.021", "1,234.5" → a canonical decimal string, or null if not a number
 *  or more precise than four decimals. */
export function parseDecimal(input: string): string | null {
  const text = toHalfWidth(input).normalize("NFKC").replace(/[\s,]/g, "").replace(/[−‐–—ー]/g, "-");
  if (!NUMBER.test(text)) return null;
  const negative = text.startsWith("-");
  const [whole = "", fraction = ""] = text.replace(/^[+-]/, "").split(".");
  if (fraction.length > DECIMALS) return null;
  const digits = (whole.replace(/^0+(?=\d)/, "") || "0") + (fraction ? `.${fraction.replace(/0+$/, "")}` : "");
  const canonical = digits.endsWith(".") ? digits.slice(0, -1) : digits;
  return negative && canonical !== "0" ? `-${canonical}` : canonical;
}

export function scaled(decimal: string): bigint {
  const negative = decimal.startsWith("-");
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  const value = BigInt(whole) * SCALE + BigInt((fraction + "0".repeat(DECIMALS)).slice(0, DECIMALS));
  return negative ? -value : value;
}

export function fromScaled(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const fraction = (abs % SCALE).toString().padStart(DECIMALS, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${abs / SCALE}${fraction ? `.${fraction}` : ""}`;
}

export interface Limits {
  lower: string | null;
  upper: string | null;
}

/** A limit as typed in the plan: an absolute value ("19.979"), or a deviation from the nominal
 *  ("+0.010", "-0.021"); "±0.05" gives both limits. Returns null when it cannot be read. */
export function limitsFromText(nominal: string | null, lowerText: string, upperText: string): Limits | null {
  const pm = /^[±]/.exec(toHalfWidth(upperText).trim());
  if (pm) {
    const deviation = parseDecimal(toHalfWidth(upperText).trim().slice(1));
    if (!nominal || !deviation) return null;
    return { lower: fromScaled(scaled(nominal) - scaled(deviation)), upper: fromScaled(scaled(nominal) + scaled(deviation)) };
  }
  const one = (text: string): string | null | undefined => {
    const trimmed = toHalfWidth(text).trim().replace(/^[−‐–—]/, "-");
    if (trimmed === "") return null;
    const value = parseDecimal(trimmed);
    if (value === null) return undefined;
    // A signed number next to a nominal is a deviation (公差); unsigned is an absolute limit.
    if (nominal && /^[+-]/.test(trimmed)) return fromScaled(scaled(nominal) + scaled(value));
    return value;
  };
  const lower = one(lowerText);
  const upper = one(upperText);
  if (lower === undefined || upper === undefined) return null;
  return { lower, upper };
}

export type Judgement = "OK" | "LOW" | "HIGH";

/** Within the limits (inclusive), below the lower or above the upper. */
export function judge(value: string, limits: Limits): Judgement {
  const v = scaled(value);
  if (limits.lower !== null && v < scaled(limits.lower)) return "LOW";
  if (limits.upper !== null && v > scaled(limits.upper)) return "HIGH";
  return "OK";
}

export function limitsAreOrdered(limits: Limits): boolean {
  return limits.lower === null || limits.upper === null || scaled(limits.lower) <= scaled(limits.upper);
}
