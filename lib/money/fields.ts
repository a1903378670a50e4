// zod fields for money shared by every form that takes an amount or a registration number; the
// messages are keys of the "money" namespace (messages/*/money.json), shown next to the field.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { parseRegistrationNumber } from "./registration-number";
import { parseYen, type Yen } from "./yen";

/** An amount in whole yen, 0 … ¥100 billion; full-width digits, "¥", "円" and commas accepted. */
export const yenField = (options: { min?: Yen } = {}) =>
  z.unknown().transform((value, ctx): Yen => {
    const parsed = parseYen(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `money.problems.${parsed.problem}` });
      return z.NEVER;
    }
    if (options.min !== undefined && parsed.value < options.min) {
      ctx.addIssue({ code: "custom", message: "money.problems.tooSmall" });
      return z.NEVER;
    }
    return parsed.value;
  });

/** An optional amount: empty means zero. */
export const optionalYenField = () => z.preprocess((v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? "0" : v), yenField());

/** A registration number ("T" + 13 digits, check digit validated), or empty for none. */
export const registrationNumberField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v ?? ""),
  storableString().transform((value, ctx): string | null => {
    if (value === "") return null;
    const parsed = parseRegistrationNumber(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `money.registration.${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.value;
  }),
);
