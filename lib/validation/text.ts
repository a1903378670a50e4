// Text the database and JSON can hold. PostgreSQL refuses a NUL byte in text and jsonb, and a lone
// UTF-16 surrogate (half of an emoji, or a hand-made request) becomes "\ud800" in JSON, which jsonb
// refuses: either would fail a write half-way (decision 019). Every input string is checked here.
import { z } from "zod";

export const UNSTORABLE_TEXT = "validation.unstorable";

const NUL_OR_LONE_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, for the server log; null when it can. */
export function unstorableReason(value: string): "nul byte" | "lone surrogate" | null {
  const match = NUL_OR_LONE_SURROGATE.exec(value);
  if (!match) return null;
  return match[0] === "\u0000" ? "nul byte" : "lone surrogate";
}

export function isStorableText(value: string): boolean {
  return !NUL_OR_LONE_SURROGATE.test(value);
}

/** `z.string()` for every input schema: refuses NUL bytes and lone surrogates with a clear message. */
export function storableString(params?: string | z.core.$ZodStringParams): z.ZodString {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT);
}

/** Every string (and file name) in a submitted value that cannot be stored, by path ("steps.0.note"). */
export function unstorableFields(value: unknown, path: string[] = []): { field: string; reason: string }[] {
  if (typeof value === "string") {
    const reason = unstorableReason(value);
    return reason ? [{ field: path.join("."), reason }] : [];
  }
  if (typeof File !== "undefined" && value instanceof File) return unstorableFields(value.name, path);
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableFields(item, [...path, String(index)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => unstorableFields(item, [...path, key]));
  return [];
}
