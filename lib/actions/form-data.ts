// FormData → plain object for zod (repeated names become arrays) and the input to re-display.
// Never sent back to the browser. Whole-word "code" (an authenticator code), not "municipalityCode".
const SENSITIVE = /pass|^code$|recoveryCode|token|secret|otp/i;

export function formDataToObject(input: FormData | Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (!input) return {};
  if (!(input instanceof FormData)) return { ...input };
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js' own fields
    const current = out[key];
    if (current === undefined) out[key] = value;
    else out[key] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

/** Strings the form may show again; passwords, codes and tokens are never sent back. */
export function redisplayValues(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SENSITIVE.test(key)) continue;
    if (typeof value === "string") out[key] = value.slice(0, 2000);
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value);
  }
  return out;
}
