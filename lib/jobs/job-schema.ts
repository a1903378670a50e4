// The one schema of the job form, used by the form (client) and the server actions. The form sends
// strings (hidden inputs, IME-typed digits); the process route arrives as one JSON hidden input so
// steps can be reordered on the client without renaming fields. Text is kept verbatim (React
// escapes it on output); lengths and numbers are bounded so hostile input cannot grow rows or
// overflow columns.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { toHalfWidth } from "@/lib/validation/normalize";

export const LIMITS = {
  title: 200,
  description: 10_000,
  partName: 200,
  place: 300,
  notes: 2_000,
  steps: 30,
  quantity: 10_000_000,
  toleranceUm: 100_000,
  sizeMm: 100_000,
  /** ¥1 trillion: far above any job, far below BigInt and JS safe-integer trouble. */
  budgetYen: 1_000_000_000_000,
  /** Days a confidential job's drawings are kept after it ends (ten years at most). */
  retentionDays: 3_650,
} as const;

const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : v ?? ""), storableString().max(max, "validation.tooLong"));
const requiredText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : v), storableString({ error: "validation.required" }).min(1, "validation.required").max(max, "validation.tooLong"));

/** "１，２００" or "1,200 " → 1200; empty → undefined. Rejects decimals, signs and exponents. */
function digits(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  const cleaned = toHalfWidth(value).replace(/[,\s¥円]/g, "");
  if (cleaned === "") return undefined;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}
const integer = (min: number, max: number) => z.number({ error: "validation.number" }).int("validation.number").min(min, "jobs.validation.positive").max(max, "validation.tooBig");
const wholeNumber = (min: number, max: number) => z.preprocess(digits, integer(min, max));
// optional() must sit inside preprocess: zod checks an outer optional() against the raw "" of an
// empty input, not against the undefined that digits() made of it.
const optionalWholeNumber = (min: number, max: number) => z.preprocess(digits, integer(min, max).optional());

const dateField = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).trim() : v),
  storableString({ error: "validation.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "jobs.validation.date").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "jobs.validation.date"),
);
const optionalCode = z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), storableString().max(40).regex(/^[a-z0-9_]+$/i, "validation.invalid").optional());

export const stepSchema = z.object({
  processCode: storableString({ error: "validation.required" }).min(1, "validation.required").max(40).regex(/^[a-z0-9_]+$/, "validation.invalid"),
  materialCode: optionalCode,
  toleranceUm: optionalWholeNumber(1, LIMITS.toleranceUm),
  sizeMm: optionalWholeNumber(1, LIMITS.sizeMm),
  quantity: optionalWholeNumber(1, LIMITS.quantity),
  notes: text(LIMITS.notes),
});
export type StepInput = z.output<typeof stepSchema>;

const stepsField = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  if (v.trim() === "") return [];
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return null;
  }
}, z.array(stepSchema, { error: "jobs.validation.steps" }).min(1, "jobs.validation.stepsRequired").max(LIMITS.steps, "jobs.validation.tooManySteps"));

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** Fields shared by drafts and published jobs. */
const baseShape = {
  titleJa: requiredText(LIMITS.title),
  titleEn: text(LIMITS.title),
  descriptionJa: text(LIMITS.description),
  descriptionEn: text(LIMITS.description),
  partName: text(LIMITS.partName),
  quantity: wholeNumber(1, LIMITS.quantity),
  deadline: dateField,
  answerBy: dateField.optional().or(z.literal("").transform(() => undefined)),
  deliveryPlace: text(LIMITS.place),
  deliveryMunicipalityCode: optionalCode,
  budgetMinYen: optionalWholeNumber(0, LIMITS.budgetYen),
  budgetMaxYen: optionalWholeNumber(0, LIMITS.budgetYen),
  leadCertificationCode: optionalCode,
  visibility: z.enum(["ALL_VERIFIED", "INVITED_ONLY"], { error: "validation.choose" }).default("ALL_VERIFIED"),
  steps: stepsField,
  /** The buyer saw the "tight deadline" warning and confirms. */
  confirmTightDeadline: checkbox.default(false),
  /** Confidential job: none, the platform's standard agreement, or the buyer's own PDF (lib/drawings). */
  ndaKind: z.enum(["NONE", "STANDARD", "CUSTOM"], { error: "validation.choose" }).default("NONE"),
  ndaRetentionDays: z.preprocess(digits, integer(0, LIMITS.retentionDays).default(90)),
};

export const jobFormSchema = z.object(baseShape).superRefine((value, ctx) => {
  if (value.budgetMinYen !== undefined && value.budgetMaxYen !== undefined && value.budgetMinYen > value.budgetMaxYen) {
    ctx.addIssue({ code: "custom", path: ["budgetMaxYen"], message: "jobs.validation.budgetOrder" });
  }
  if (value.answerBy && value.answerBy > value.deadline) {
    ctx.addIssue({ code: "custom", path: ["answerBy"], message: "jobs.validation.answerAfterDeadline" });
  }
});
export type JobFormInput = z.output<typeof jobFormSchema>;

/** Saving a draft as the buyer types: every field optional and loose, never an error for missing
 *  data; the full schema runs on submit. Malformed values are simply not saved. */
export const draftSchema = z.object({
  jobId: storableString().uuid().optional().or(z.literal("").transform(() => undefined)),
  titleJa: text(LIMITS.title).optional(),
  titleEn: text(LIMITS.title).optional(),
  descriptionJa: text(LIMITS.description).optional(),
  descriptionEn: text(LIMITS.description).optional(),
  partName: text(LIMITS.partName).optional(),
  quantity: optionalWholeNumber(1, LIMITS.quantity).catch(undefined),
  deadline: dateField.optional().catch(undefined),
  answerBy: dateField.optional().catch(undefined),
  deliveryPlace: text(LIMITS.place).optional(),
  deliveryMunicipalityCode: optionalCode.catch(undefined),
  budgetMinYen: optionalWholeNumber(0, LIMITS.budgetYen).catch(undefined),
  budgetMaxYen: optionalWholeNumber(0, LIMITS.budgetYen).catch(undefined),
  leadCertificationCode: optionalCode.catch(undefined),
  visibility: z.enum(["ALL_VERIFIED", "INVITED_ONLY"]).optional().catch(undefined),
  ndaKind: z.enum(["NONE", "STANDARD", "CUSTOM"]).optional().catch(undefined),
  ndaRetentionDays: optionalWholeNumber(0, LIMITS.retentionDays).catch(undefined),
  steps: z.preprocess((v) => {
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  }, z.array(stepSchema).max(LIMITS.steps).optional()).catch(undefined),
});
export type DraftInput = z.output<typeof draftSchema>;

export const jobIdSchema = z.object({ jobId: storableString({ error: "validation.required" }).uuid("validation.invalid") });
export const transitionSchema = z.object({
  jobId: storableString().uuid("validation.invalid"),
  to: z.enum(["DRAFT", "UNDER_REVIEW", "OPEN", "GROUPS_INVITED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED", "CANCELLED"]),
  reason: text(1000),
});
export const handRaiseSchema = z.object({
  jobId: storableString().uuid("validation.invalid"),
  stepIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(storableString().uuid("validation.invalid")).min(1, "jobs.validation.chooseStep").max(LIMITS.steps)),
  note: text(1000),
});
export const questionSchema = z.object({ jobId: storableString().uuid("validation.invalid"), question: requiredText(2000) });
export const answerSchema = z.object({ questionId: storableString().uuid("validation.invalid"), answer: requiredText(4000) });
