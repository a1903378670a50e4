// The settings form: one row per kind. Shared by the form (field names) and the server action.
// Checkbox "inApp.<kind>" is present only when ticked; "email.<kind>" is one of the kind's choices.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { isNotificationKind, kindDefinition, KIND_NAMES, type NotificationKind } from "./kinds";

const frequency = z.enum(["IMMEDIATE", "DAILY_DIGEST", "NEVER"]);

export const preferenceSchema = z
  .object({
    kind: storableString().refine(isNotificationKind),
    inApp: z.boolean(),
    email: frequency,
  })
  .refine((p) => !isNotificationKind(p.kind) || kindDefinition(p.kind).emailChoices.includes(p.email), { path: ["email"] })
  .transform((p) => ({ ...p, kind: p.kind as NotificationKind }));

export const preferencesSchema = z.object({ preferences: z.array(preferenceSchema).min(1).max(KIND_NAMES.length) });
export type PreferencesInput = z.output<typeof preferencesSchema>;

export const inAppField = (kind: string) => `inApp.${kind}`;
export const emailField = (kind: string) => `email.${kind}`;

/** Reads the flat form fields ("kinds" lists the rows shown) into the schema's shape. */
export const preferencesFormSchema = z.preprocess((raw) => {
  const form = (raw ?? {}) as Record<string, unknown>;
  const kinds = String(form.kinds ?? "").split(",").filter(Boolean);
  return {
    preferences: kinds.map((kind) => ({
      kind,
      inApp: form[inAppField(kind)] === "on" || form[inAppField(kind)] === "true",
      email: form[emailField(kind)],
    })),
  };
}, preferencesSchema);
