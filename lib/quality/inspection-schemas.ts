// One zod schema per inspection form, shared by the form and the server. Limits and measured values
// are read by lib/quality/tolerance.ts (exact decimals); a value the server cannot read is reported
// on its own field.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { optionalText, uuidField } from "@/lib/validation/fields";
import { toHalfWidth } from "@/lib/validation/normalize";
import { limitsAreOrdered, limitsFromText, parseDecimal } from "./tolerance";

const required = (max: number) => optionalText(max).pipe(storableString().min(1, "validation.required"));
/** A step's id, or "final" for the inspection at delivery. */
const stepField = z.preprocess((v) => (v === "" || v === "final" || v === undefined ? null : v), uuidField.nullable());
const whole = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s個]/g, "") : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.tooSmall").max(max, "validation.tooBig"),
  );
const decimalOrEmpty = z.preprocess((v) => (typeof v === "string" ? v : ""), storableString().max(30, "validation.tooLong")).transform((s, ctx) => {
  if (s.trim() === "") return null;
  const value = parseDecimal(s);
  if (value === null) ctx.addIssue({ code: "custom", message: "quality.plan.problems.number" });
  return value;
});

export const characteristicSchema = z
  .object({
    groupId: uuidField,
    assignmentId: stepField,
    name: required(200),
    kind: z.enum(["VARIABLE", "ATTRIBUTE"], { error: "validation.choose" }),
    unit: optionalText(20),
    nominal: decimalOrEmpty,
    lower: optionalText(30),
    upper: optionalText(30),
    method: optionalText(200),
  })
  .transform((value, ctx) => {
    if (value.kind === "ATTRIBUTE") return { ...value, limits: { lower: null, upper: null } };
    const limits = limitsFromText(value.nominal, value.lower, value.upper);
    if (!limits) {
      ctx.addIssue({ code: "custom", path: ["upper"], message: "quality.plan.problems.limits" });
      return z.NEVER;
    }
    if (limits.lower === null && limits.upper === null) {
      ctx.addIssue({ code: "custom", path: ["upper"], message: "quality.plan.problems.noLimits" });
      return z.NEVER;
    }
    if (!limitsAreOrdered(limits)) {
      ctx.addIssue({ code: "custom", path: ["lower"], message: "quality.plan.problems.order" });
      return z.NEVER;
    }
    return { ...value, limits };
  });

export const templateSchema = z.object({ groupId: uuidField, assignmentId: stepField });
export const removeCharacteristicSchema = z.object({ characteristicId: uuidField });

/** Measured values arrive as fields "m:<characteristicId>:<sample>" (a number, or OK / NG). */
export const MEASUREMENT_FIELD_PREFIX = "m:";
export const MAX_SAMPLE_SIZE = 30;
export const lotSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const entries = Object.entries(raw as Record<string, unknown>);
    const values = entries.filter(([k]) => k.startsWith(MEASUREMENT_FIELD_PREFIX)).map(([k, v]) => {
      const [characteristicId = "", sample = ""] = k.slice(MEASUREMENT_FIELD_PREFIX.length).split(":");
      return { characteristicId, sampleIndex: Number(sample), value: typeof v === "string" ? v : "" };
    });
    return { ...Object.fromEntries(entries.filter(([k]) => !k.startsWith(MEASUREMENT_FIELD_PREFIX))), values: (raw as { values?: unknown }).values ?? values };
  },
  z.object({
    groupId: uuidField,
    assignmentId: stepField,
    lotNumber: required(50),
    lotQuantity: whole(1, 10_000_000),
    sampleSize: whole(1, MAX_SAMPLE_SIZE),
    values: z.array(z.object({ characteristicId: uuidField, sampleIndex: z.number().int().min(1).max(MAX_SAMPLE_SIZE), value: storableString().max(30) })).max(MAX_SAMPLE_SIZE * 50),
  }).refine((v) => v.sampleSize <= v.lotQuantity, { path: ["sampleSize"], message: "quality.measure.problems.sampleTooBig" }),
);
export type LotInput = z.output<typeof lotSchema>;

/** A document with a delivery: its kind, the lot it belongs to ("" for the whole delivery) and the
 *  file (its type and size are checked on the bytes by lib/uploads). */
export const DELIVERY_DOCUMENT_TYPES = ["MILL_CERTIFICATE", "CONFORMITY_CERTIFICATE", "ROHS_DECLARATION", "REACH_DECLARATION", "OTHER"] as const;
export const deliveryDocumentSchema = z.object({
  groupId: uuidField,
  lotId: z.preprocess((v) => (v === "" || v === undefined ? null : v), uuidField.nullable()),
  kind: z.enum(DELIVERY_DOCUMENT_TYPES, { error: "validation.choose" }),
  file: z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File, { error: "validation.required" })),
});
