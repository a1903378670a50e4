// One zod schema per group action, shared by its form and the server.
import { z } from "zod";
import { toHalfWidth } from "@/lib/validation/normalize";

const id = z.string({ error: "validation.required" }).uuid("validation.invalid");
const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")), z.string().max(max, "validation.tooLong"));
const whole = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s¥円]/g, "") : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.tooSmall").max(max, "validation.tooBig"),
  );

export const proposeSchema = z.object({ suggestionId: id, contractModel: z.enum(["JOINT_ORDER", "MEDIATION"], { error: "validation.choose" }) });
export const respondSchema = z.object({ groupId: id, decision: z.enum(["accept", "decline"]), reason: text(1000), version: whole(0, 1_000_000) });
export const approvalSchema = z.object({ approvalId: id, version: whole(0, 1_000_000), decision: z.enum(["approve", "sendBack"]), comment: text(2000) });
export const confirmAgreementSchema = z.object({ groupId: id, agreementId: id });
export const awardSchema = z.object({ groupId: id, contractedValueYen: whole(1, 1_000_000_000_000) });
/** An optional photo from the shop floor; type and size are checked on the bytes by lib/uploads. */
const optionalPhoto = z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File).optional());
export const progressSchema = z.object({ assignmentId: id, percent: whole(0, 100), note: text(2000), photo: optionalPhoto });
export const handoffSchema = z.object({ fromAssignmentId: id, toAssignmentId: id, side: z.enum(["send", "receive"]), quantity: whole(1, 10_000_000) });
export const qualitySchema = z.object({
  assignmentId: id,
  kind: z.enum(["INSPECTION", "NON_CONFORMANCE"]),
  result: z.enum(["PASS", "FAIL", "CONDITIONAL"]).optional().or(z.literal("").transform(() => undefined)),
  description: text(4000).pipe(z.string().min(1, "validation.required")),
  responsibleMemberId: id.optional().or(z.literal("").transform(() => undefined)),
  correctiveAction: text(4000).optional(),
});
export const groupIdSchema = z.object({ groupId: id });
export const acceptDeliverySchema = z.object({ groupId: id, delivery: whole(1, 5), quality: whole(1, 5), communication: whole(1, 5), comment: text(2000) });
export const replaceSchema = z.object({ groupId: id, memberId: id, firmId: id });
export const resubmitSchema = z.object({ groupId: id, version: whole(0, 1_000_000), note: text(2000) });
/** A message's text fields (its file, if any, is checked by lib/uploads). */
export const messageSchema = z.object({ groupId: id, channel: z.enum(["internal", "buyer"], { error: "validation.choose" }), body: text(4000) });
export const cancelSchema = z.object({ groupId: id, version: whole(0, 1_000_000), reason: text(2000) });

/** Placeholders an agreement cannot do without: who the parties are and what each does. */
export const REQUIRED_PLACEHOLDERS = ["{buyer}", "{job}", "{lead}", "{members}"] as const;
const templateBody = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n/g, "\n").trim() : (v ?? "")),
  z
    .string()
    .min(1, "validation.required")
    .max(50_000, "validation.tooLong")
    .refine((body) => REQUIRED_PLACEHOLDERS.every((p) => body.includes(p)), "groups.template.placeholders"),
);
export const templateSchema = z.object({ baseVersion: whole(0, 1_000_000), bodyJa: templateBody, bodyEn: templateBody });
