// One zod schema per standing-group action, shared by its form and the server.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { optionalText, uuidField } from "@/lib/validation/fields";
import { toHalfWidth } from "@/lib/validation/normalize";

const version = z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim() : v), z.coerce.number({ error: "validation.number" }).int().min(0).max(1_000_000));
const groupName = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC").trim() : v),
  storableString({ error: "validation.required" }).min(1, "validation.required").max(80, "validation.tooLong"),
);
/** Checkboxes arrive as one value or several; the form sends firm ids. */
const firmIds = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(uuidField).max(20, "validation.tooBig"));

const profile = { name: groupName, descriptionJa: optionalText(2000), descriptionEn: optionalText(2000) };

export const formStandingSchema = z.object({ originGroupId: uuidField, ...profile, firmIds });
export const standingProfileSchema = z.object({ groupId: uuidField, version, ...profile });
export const standingMemberSchema = z.object({ groupId: uuidField, memberId: uuidField, reason: optionalText(1000) });
export const standingEndSchema = z.object({ groupId: uuidField, version, reason: optionalText(2000).pipe(storableString().min(1, "validation.required")) });
