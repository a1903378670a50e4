// Input normalisation for Japanese users: full-width digits, letters and symbols typed with an IME
// (０３－１２３４, ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ) become their ASCII forms before validation.

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to half-width; other text unchanged. */
export function toHalfWidth(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[ー−―‐]/g, (ch) => (/[0-9]/.test(ch) ? ch : ch)); // keep long vowel marks in names
}

/** Digits only, for postal codes, phone and corporate numbers: "〒１４４－００５２" → "1440052". */
export function digitsOnly(value: string): string {
  return toHalfWidth(value).replace(/[^0-9]/g, "");
}

/** A whole number typed in a form: "１，２００" or "1,200 " → 1200; empty → undefined; decimals,
 *  signs and words → NaN (so the schema reports an error instead of guessing). */
export function wholeDigits(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value ?? undefined;
  const cleaned = toHalfWidth(value).replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
