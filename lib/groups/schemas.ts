// One zod schema per group action, shared by its form and the server.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { toHalfWidth } from "@/lib/validation/normalize";

const id = storableString({ error: "validation.required" }).uuid("validation.invalid");
const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")), storableString().max(max, "validation.tooLong"));
const whole = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s¥円]/g, "") : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.tooSmall").max(max, "validation.tooBig"),
  );

export const proposeSchema = z.object({ suggestionId: id, contractModel: z.enum(["JOINT_ORDER", "MEDIATION"], { error: "validation.choose" }) });
export const respondSchema = z.object({ groupId: id, decision: z.enum(["accept", "decline"]), reason: text(1000), version: whole(0, 1_000_000) });
export const approvalSchema = z.object({ approvalId: id, version: whole(0, 1_000_000), decision: z.enum(["approve", "sendBack"]), comment: text(2000) });
export const confirmAgreementSchema = z.object({ groupId: id, agreementId: id });
/** Award takes an offer (lib/quotes/schemas.ts), never a typed value. */
export { awardOfferSchema as awardSchema } from "@/lib/quotes/schemas";
/** An optional photo from the shop floor; type and size are checked on the bytes by lib/uploads. */
const optionalPhoto = z.preprocess((v) => (v instanceof File && v.size > 0 ? v : undefined), z.instanceof(File).optional());
export const progressSchema = z.object({ assignmentId: id, percent: whole(0, 100), note: text(2000), photo: optionalPhoto });
export const handoffSchema = z.object({ fromAssignmentId: id, toAssignmentId: id, side: z.enum(["send", "receive"]), quantity: whole(1, 10_000_000) });
export const qualitySchema = z.object({
  assignmentId: id,
  /** Inspection records only: a non-conformance has its own lifecycle (lib/quality/nc-schemas.ts). */
  kind: z.literal("INSPECTION").default("INSPECTION"),
  result: z.enum(["PASS", "FAIL", "CONDITIONAL"]).optional().or(z.literal("").transform(() => undefined)),
  description: text(4000).pipe(storableString().min(1, "validation.required")),
  responsibleMemberId: id.optional().or(z.literal("").transform(() => undefined)),
  correctiveAction: text(4000).optional(),
});
export const groupIdSchema = z.object({ groupId: id });
/** Acceptance rates each member (lib/ratings). */
export { acceptDeliverySchema } from "@/lib/ratings/schemas";
export const replaceSchema = z.object({ groupId: id, memberId: id, firmId: id });
export const resubmitSchema = z.object({ groupId: id, version: whole(0, 1_000_000), note: text(2000) });
/** A message's text fields (its file, if any, is checked by lib/uploads). */
export const messageSchema = z.object({ groupId: id, channel: z.enum(["internal", "buyer"], { error: "validation.choose" }), body: text(4000) });
export const cancelSchema = z.object({ groupId: id, version: whole(0, 1_000_000), reason: text(2000) });

/** Placeholders an agreement cannot do without: who the parties are and what each does. */
export const REQUIRED_PLACEHOLDERS = ["{buyer}", "{job}", "{lead}", "{members}"] as const;
const templateBody = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC").replace(/\r\n/g, "\n").trim() : (v ?? "")),
  storableString()
    .min(1, "validation.required")
    .max(50_000, "validation.tooLong")
    .refine((body) => REQUIRED_PLACEHOLDERS.every((p) => body.includes(p)), "groups.template.placeholders"),
);
export const templateSchema = z.object({ baseVersion: whole(0, 1_000_000), bodyJa: templateBody, bodyEn: templateBody });

// ── A group composed by hand (lib/groups/compose.ts; form: components/groups/compose-form.tsx) ──
/** At most this many firms share one step (as the matching service's maxSplit). */
export const MAX_FIRMS_PER_STEP = 3;
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());
/** The step list and the shares arrive as JSON hidden inputs (the form edits them as lists). */
const jsonList = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z.preprocess((v) => {
    if (typeof v !== "string") return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return null;
    }
  }, z.array(item, { error: "validation.invalid" }).min(1, message).max(max, "validation.tooBig"));
/** A share of the order value in percent, at most two decimals ("33.33", "３３．３４％"), as basis points. */
const percent = z.preprocess(
  (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[%％\s]/g, "") : typeof v === "number" ? String(v) : v),
  storableString({ error: "validation.required" })
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "groups.compose.problems.shareFormat")
    .transform((s) => Math.round(Number(s) * 100))
    .pipe(z.number().int().min(1, "groups.compose.problems.shareFormat").max(10_000, "groups.compose.problems.shareFormat")),
);
const composedStep = z.object({
  stepId: id,
  parts: z.array(z.object({ firmId: storableString({ error: "groups.compose.problems.chooseFirm" }).uuid("groups.compose.problems.chooseFirm"), quantity: whole(1, 10_000_000) })).min(1, "groups.compose.problems.chooseFirm").max(MAX_FIRMS_PER_STEP, "validation.tooBig"),
  qualityFirmId: storableString({ error: "groups.compose.problems.chooseQuality" }).uuid("groups.compose.problems.chooseQuality"),
});
export const composeSchema = z
  .object({
    jobId: id,
    /** The suggestion the form was prefilled from, if any. */
    fromSuggestionId: optionalId,
    contractModel: z.enum(["JOINT_ORDER", "MEDIATION"], { error: "validation.choose" }),
    leadFirmId: storableString({ error: "groups.compose.problems.chooseLead" }).uuid("groups.compose.problems.chooseLead"),
    steps: jsonList(composedStep, 30, "groups.compose.problems.chooseFirm"),
    shares: jsonList(z.object({ firmId: id, percent }).transform((s) => ({ firmId: s.firmId, basisPoints: s.percent })), 30 * MAX_FIRMS_PER_STEP, "groups.compose.problems.sharesMembers"),
  })
  // The checks that need nothing but the form; those that need the job and the firms' records are
  // in lib/groups/composition.ts, run by the server.
  .superRefine((value, ctx) => {
    const members = new Set(value.steps.flatMap((s) => s.parts.map((p) => p.firmId)));
    value.steps.forEach((step, i) => {
      if (new Set(step.parts.map((p) => p.firmId)).size !== step.parts.length) ctx.addIssue({ code: "custom", path: ["steps", i, "parts"], message: "groups.compose.problems.firmTwice" });
      if (!members.has(step.qualityFirmId)) ctx.addIssue({ code: "custom", path: ["steps", i, "qualityFirmId"], message: "groups.compose.problems.qualityNotMember" });
    });
    if (new Set(value.steps.map((s) => s.stepId)).size !== value.steps.length) ctx.addIssue({ code: "custom", path: ["steps"], message: "groups.compose.problems.stepTwice" });
    if (!members.has(value.leadFirmId)) ctx.addIssue({ code: "custom", path: ["leadFirmId"], message: "groups.compose.problems.leadNotMember" });
    const shared = new Set(value.shares.map((s) => s.firmId));
    if (shared.size !== value.shares.length || shared.size !== members.size || [...members].some((m) => !shared.has(m))) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: "groups.compose.problems.sharesMembers" });
    } else if (value.shares.every((s) => Number.isInteger(s.basisPoints)) && value.shares.reduce((sum, s) => sum + s.basisPoints, 0) !== 10_000) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: "groups.compose.problems.sharesTotal" });
    }
  });
export type ComposeInput = z.output<typeof composeSchema>;
/** Find a firm by name while composing, to see what it can do for each step and why not. */
export const composeLookupSchema = z.object({ jobId: id, query: text(100) });
