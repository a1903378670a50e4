// Shared zod fields. Error messages are message keys ("validation.*" in messages/*/auth.json) that
// the action wrapper translates into the user's language (see error-map.ts).
import { z } from "zod";
import { storableString } from "./text";
import { digitsOnly, toHalfWidth } from "./normalize";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;

const trimmed = (value: unknown) => (typeof value === "string" ? toHalfWidth(value).trim() : value);

export const emailField = z.preprocess(
  (value) => (typeof value === "string" ? toHalfWidth(value).trim().toLowerCase() : value),
  storableString({ error: "validation.required" }).min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.email")),
);

/** OWASP ASVS 2.1: 8–64 characters, any characters (spaces and Unicode allowed), never truncated or
 *  trimmed. The common-password and context checks run on the server (password-rules.ts). */
export const passwordField = storableString({ error: "validation.required" })
  .min(PASSWORD_MIN, "validation.passwordTooShort")
  .max(PASSWORD_MAX, "validation.passwordTooLong");

/** A person's or organisation's name: trimmed, full-width ASCII folded, 1–100 characters. */
export const nameField = z.preprocess(
  (value) => (typeof value === "string" ? value.normalize("NFKC").trim() : value),
  storableString({ error: "validation.required" }).min(1, "validation.required").max(100, "validation.tooLong"),
);

export const optionalText = (max: number) =>
  z.preprocess((value) => (typeof value === "string" ? value.trim() : value ?? ""), storableString().max(max, "validation.tooLong"));

export const uuidField = z.preprocess(
  trimmed,
  storableString({ error: "validation.required" }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "validation.invalid"),
);

export const localeField = z.enum(["ja", "en"], { error: "validation.invalid" });

/** Digits typed in any width, e.g. postal code "１４４－００５２" → "1440052". */
export const digitsField = (length: number) =>
  z.preprocess((value) => (typeof value === "string" ? digitsOnly(value) : value), storableString().length(length, "validation.digits"));

/** A six-digit authenticator code or a recovery code. */
export const otpField = z.preprocess((value) => (typeof value === "string" ? toHalfWidth(value).replace(/\s/g, "") : value), storableString().min(6, "validation.otp").max(20, "validation.otp"));

/** A checkbox: present → true. */
export const checkboxField = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
