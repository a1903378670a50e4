// The one schema of the firm profile, used by the editor (client), the save action (server) and the
// spreadsheet import (each row of an equipment or capability sheet is checked by the same row
// schema). The form sends strings: IME-typed digits ("１２"), empty strings for "not given"; lists
// arrive as JSON in one field so rows can be added and removed in place without renaming inputs.
// Error messages are message keys, translated by the action wrapper.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { registrationNumberField } from "@/lib/money/fields";
import { EquipmentKind } from "@/lib/generated/prisma/enums";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import { toHalfWidth, wholeDigits } from "@/lib/validation/normalize";
import { clock } from "@/lib/clock";

export const PROFILE_LIMITS = {
  name: 100,
  address: 200,
  description: 4000,
  strengths: 2000,
  notes: 500,
  capabilities: 30,
  materialsPerProcess: 20,
  equipment: 200,
  certifications: 20,
  toleranceUm: 100_000,
  workpieceMm: 100_000,
  monthlyCapacity: 100_000_000,
  leadTimeDays: 365,
  employees: 100_000,
  equipmentCount: 999,
  specMm: 100_000,
  tonnage: 10_000,
} as const;

const MATERIAL_CODES = new Set(MATERIALS.map((m) => m.code));
const CERTIFICATION_CODES = new Set(CERTIFICATIONS.map((c) => c.code));
export const EQUIPMENT_KINDS = Object.values(EquipmentKind) as [EquipmentKind, ...EquipmentKind[]];

const clean = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : v);
const text = (max: number) => z.preprocess((v) => clean(v) ?? "", storableString().max(max, "validation.tooLong"));
const requiredText = (max: number) =>
  z.preprocess(clean, storableString({ error: "validation.required" }).min(1, "validation.required").max(max, "validation.tooLong"));
const optionalText = (max: number) => z.preprocess((v) => (clean(v) === "" ? undefined : clean(v)), storableString().max(max, "validation.tooLong").optional());

const digits = wholeDigits;
const number = (min: number, max: number) =>
  z.number({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.number") }).int("validation.number").min(min, "validation.tooSmall").max(max, "validation.tooBig");
const whole = (min: number, max: number) => z.preprocess(digits, number(min, max));
// The optional sits inside the preprocess: "" becomes undefined there, after zod's own optional check.
const optionalWhole = (min: number, max: number) => z.preprocess(digits, number(min, max).optional());
// A year says what it expects: "値が小さすぎます" for "18" did not tell anyone to write 2018.
const optionalYear = z.preprocess(digits, z.number({ error: "directory.validation.year" }).int("directory.validation.year").min(1900, "directory.validation.year").max(2200, "directory.validation.year").optional());

const isoDate = z.preprocess(
  (v) => (typeof v === "string" ? (toHalfWidth(v).trim().replaceAll("/", "-") || undefined) : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  storableString().regex(/^\d{4}-\d{1,2}-\d{1,2}$/, "directory.validation.date").transform((s, ctx) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1 || y < 1900 || y > 2200) {
      ctx.addIssue({ code: "custom", message: "directory.validation.date" });
      return z.NEVER;
    }
    return date.toISOString().slice(0, 10);
  }).optional(),
);

const code = (valid: (c: string) => boolean) =>
  z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim().toLowerCase() : v), storableString({ error: "validation.choose" }).min(1, "validation.choose").refine(valid, "validation.choose"));

/** Materials as a list, or one cell "SUS304; A5052" / "sus304 a5052" from a spreadsheet. */
const materialList = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).split(/[;,、\s]+/) : v ?? []),
  z.array(storableString()).transform((codes) => [...new Set(codes.map((c) => c.trim().toLowerCase()).filter(Boolean))]).pipe(
    z.array(storableString().refine((c) => MATERIAL_CODES.has(c), "directory.validation.unknownMaterial")).max(PROFILE_LIMITS.materialsPerProcess, "validation.tooBig"),
  ),
);

export const capabilityRowSchema = z.object({
  processCode: code((c) => PROCESS_BY_CODE.has(c)),
  materialCodes: materialList,
  bestToleranceUm: whole(1, PROFILE_LIMITS.toleranceUm),
  maxWorkpieceMm: whole(1, PROFILE_LIMITS.workpieceMm),
  monthlyCapacity: whole(1, PROFILE_LIMITS.monthlyCapacity),
  leadTimeDays: whole(1, PROFILE_LIMITS.leadTimeDays),
  notes: text(PROFILE_LIMITS.notes),
});
export type CapabilityRow = z.output<typeof capabilityRowSchema>;

const currentYear = () => clock.now().getUTCFullYear();

export const equipmentRowSchema = z.object({
  /** Present for rows that already exist; new rows have none. */
  id: z.preprocess((v) => (v === "" || v === null ? undefined : v), storableString().regex(/^[0-9a-f-]{36}$/i, "validation.invalid").optional()),
  kind: z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim().toUpperCase() : v), z.enum(EQUIPMENT_KINDS, { error: "validation.choose" })),
  maker: requiredText(PROFILE_LIMITS.name),
  model: requiredText(PROFILE_LIMITS.name),
  year: optionalYear.refine((y) => y === undefined || y <= currentYear() + 1, "directory.validation.futureYear"),
  count: z.preprocess((v) => (digits(v) === undefined ? 1 : v), whole(1, PROFILE_LIMITS.equipmentCount)),
  travelXMm: optionalWhole(1, PROFILE_LIMITS.specMm),
  travelYMm: optionalWhole(1, PROFILE_LIMITS.specMm),
  travelZMm: optionalWhole(1, PROFILE_LIMITS.specMm),
  maxDiameterMm: optionalWhole(1, PROFILE_LIMITS.specMm),
  tonnage: optionalWhole(1, PROFILE_LIMITS.tonnage),
  accuracyUm: optionalWhole(1, PROFILE_LIMITS.toleranceUm),
  notes: text(PROFILE_LIMITS.notes),
});
export type EquipmentRow = z.output<typeof equipmentRowSchema>;

export const certificationRowSchema = z
  .object({
    certificationCode: code((c) => CERTIFICATION_CODES.has(c)),
    certificateNumber: optionalText(60),
    issuer: optionalText(PROFILE_LIMITS.name),
    issuedOn: isoDate,
    expiresOn: isoDate,
  })
  .refine((c) => !c.issuedOn || !c.expiresOn || c.expiresOn >= c.issuedOn, { message: "directory.validation.expiryBeforeIssue", path: ["expiresOn"] });
export type CertificationRow = z.output<typeof certificationRowSchema>;

/** A JSON list in one form field, each row checked, with a duplicate check on `key`. */
function jsonList<S extends z.ZodType>(row: S, max: number, key?: string) {
  return z.preprocess(
    (v) => {
      if (typeof v !== "string") return v ?? [];
      if (v.trim() === "") return [];
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return null;
      }
    },
    z.array(row, { error: "validation.invalid" }).max(max, "directory.validation.tooManyRows").superRefine((rows, ctx) => {
      if (!key) return;
      const seen = new Set<unknown>();
      rows.forEach((r, i) => {
        const value = (r as Record<string, unknown>)[key];
        if (seen.has(value)) ctx.addIssue({ code: "custom", message: "directory.validation.duplicate", path: [i, key] });
        seen.add(value);
      });
    }),
  );
}

export const firmProfileSchema = z.object({
  nameJa: requiredText(PROFILE_LIMITS.name),
  nameKana: optionalText(PROFILE_LIMITS.name),
  nameEn: optionalText(PROFILE_LIMITS.name),
  postalCode: z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).replace(/[^0-9]/g, "") || undefined : v), storableString().length(7, "validation.digits").optional()),
  municipalityCode: storableString({ error: "validation.choose" }).refine((c) => MUNICIPALITY_BY_CODE.has(c), "validation.choose"),
  address: requiredText(PROFILE_LIMITS.address),
  employees: whole(1, PROFILE_LIMITS.employees),
  foundedYear: optionalWhole(1800, 2200).refine((y) => y === undefined || y <= currentYear(), "directory.validation.futureYear"),
  website: z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).trim() || undefined : v),
    storableString().max(300, "validation.tooLong").regex(/^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i, "directory.validation.url").optional(),
  ),
  /** 適格請求書発行事業者登録番号, printed on the firm's quotations ("T" + 13 digits, check digit validated). */
  invoiceRegistrationNumber: registrationNumberField,
  descriptionJa: text(PROFILE_LIMITS.description),
  descriptionEn: text(PROFILE_LIMITS.description),
  strengthsJa: text(PROFILE_LIMITS.strengths),
  strengthsEn: text(PROFILE_LIMITS.strengths),
  capabilities: jsonList(capabilityRowSchema, PROFILE_LIMITS.capabilities, "processCode"),
  equipment: jsonList(equipmentRowSchema, PROFILE_LIMITS.equipment),
  certifications: jsonList(certificationRowSchema, PROFILE_LIMITS.certifications, "certificationCode"),
});
export type FirmProfileInput = z.output<typeof firmProfileSchema>;

export const confirmProfileSchema = z.object({});
export const photoIdSchema = z.object({ attachmentId: storableString().regex(/^[0-9a-f-]{36}$/i, "validation.invalid") });

/** A spreadsheet sent for preview or import: which list, and the file (its type is decided by content). */
export const sheetUploadSchema = z.object({
  target: z.enum(["equipment", "capabilities"], { error: "validation.choose" }),
  file: z.instanceof(File, { error: "firmProfile.upload.missing" }).refine((f) => f.size > 0, "firmProfile.upload.missing"),
});

/** A logo or shop photo upload (type and size are checked on the bytes by lib/uploads). */
export const imageUploadSchema = z.object({
  slot: z.enum(["logo", "photo"], { error: "validation.choose" }),
  file: z.instanceof(File, { error: "firmProfile.upload.missing" }).refine((f) => f.size > 0, "firmProfile.upload.missing"),
});
