// Turns zod issues into one localized message per field. Schemas use message keys
// ("validation.required"); zod's own defaults (wrong type, too small …) are mapped here.
import type { z } from "zod";
import { isMessageKey, translate, type AppLocale } from "./messages";

function keyFor(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "validation.required" : "validation.invalid";
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "validation.required" : "validation.tooSmall";
    case "too_big":
      return issue.origin === "string" ? "validation.tooLong" : "validation.tooBig";
    case "invalid_value":
      return "validation.choose";
    default:
      return "validation.invalid";
  }
}

/** First error per field, translated; issues without a path become the form-level message. */
export function localizedIssues(error: z.ZodError, locale: AppLocale): { fieldErrors: Record<string, string>; formError?: string } {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const text = translate(locale, keyFor(issue));
    const field = issue.path.map(String).join(".");
    if (!field) formError ??= text;
    else fieldErrors[field] ??= text;
  }
  return formError === undefined ? { fieldErrors } : { fieldErrors, formError };
}
