// One zod schema per inquiry form, shared by the form (field names, limits) and the server action.
// A file is optional; its real type and size are checked on the bytes by lib/uploads.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";

export const INQUIRY_LIMITS = { subject: 120, body: 4000 } as const;
/** Below the server actions' body limit (next.config.mjs) with room for the text fields. */
export const INQUIRY_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** What a file input offers; the server decides by content (drawings, PDFs, images). */
export const INQUIRY_FILE_ACCEPT = ".pdf,.dxf,.step,.stp,.iges,.igs,.png,.jpg,.jpeg,.webp";

const id = storableString({ error: "validation.required" }).uuid("validation.invalid");
const requiredText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")),
    storableString({ error: "validation.required" }).min(1, "validation.required").max(max, "validation.tooLong"),
  );
/** An empty file input sends a nameless empty File: that means "no file". */
const optionalFile = z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File).optional());

export const startInquirySchema = z.object({
  firmId: id,
  subject: requiredText(INQUIRY_LIMITS.subject),
  body: requiredText(INQUIRY_LIMITS.body),
  file: optionalFile,
});
export type StartInquiryInput = z.output<typeof startInquirySchema>;

export const replyInquirySchema = z.object({
  inquiryId: id,
  body: requiredText(INQUIRY_LIMITS.body),
  file: optionalFile,
});
export type ReplyInquiryInput = z.output<typeof replyInquirySchema>;
