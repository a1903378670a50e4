// The one schema of an outage, shared by the form (firm and staff) and the actions. Dates are Tokyo
// days "YYYY-MM-DD"; the last day may be left open (until further notice). Error messages are
// message keys (messages/*/outages.json, validation.*), translated by the action wrapper.
import { z } from "zod";
import { uuidField } from "@/lib/validation/fields";
import { storableString } from "@/lib/validation/text";

export const OUTAGE_KINDS = ["DISASTER", "FIRE", "BREAKDOWN", "ILLNESS", "OTHER"] as const;
export type OutageKindValue = (typeof OUTAGE_KINDS)[number];
export const NOTE_MAX = 1000;

const isRealDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};
const day = storableString({ error: "validation.required" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "outages.errors.date").refine(isRealDay, "outages.errors.date");
const optionalDay = z.preprocess((v) => (v === "" || v === null ? undefined : v), day.optional());
const whole = z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(0, "validation.invalid").max(1_000_000, "validation.invalid");

const fields = z.object({
  kind: z.enum(OUTAGE_KINDS, { error: "validation.choose" }),
  startsOn: day,
  endsOn: optionalDay,
  note: z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")), storableString().max(NOTE_MAX, "validation.tooLong")),
});

const lastNotBeforeFirst = (value: { startsOn: string; endsOn?: string | undefined }, ctx: z.RefinementCtx) => {
  if (value.endsOn !== undefined && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "outages.errors.endsBeforeStart" });
};

/** Declare: for which firm (the firm's own admin sends its own; staff choose one in their scope). */
export const declareOutageSchema = fields.extend({ firmId: uuidField }).superRefine(lastNotBeforeFirst);
/** Edit: the outage as it was seen (its version), changed. */
export const editOutageSchema = fields.extend({ outageId: uuidField, version: whole }).superRefine(lastNotBeforeFirst);
/** End early: the last day out becomes today (or the day before the first, which the edit refuses). */
export const endOutageSchema = z.object({ outageId: uuidField, version: whole });

export type DeclareOutageInput = z.output<typeof declareOutageSchema>;
export type EditOutageInput = z.output<typeof editOutageSchema>;
