// One zod schema per quote form, shared by the form and the server. Amounts are whole yen
// (lib/money/fields.ts); dates are calendar days. Checks that need the clock or the database (a
// validity in the past, a step the firm is not assigned) are the server's, reported on the field.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { optionalYenField, yenField } from "@/lib/money/fields";
import { toHalfWidth } from "@/lib/validation/normalize";
import { BUYER_DECLINE_REASONS } from "./offer-lifecycle";

const id = storableString({ error: "validation.required" }).uuid("validation.invalid");
const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : (v ?? "")), storableString().max(max, "validation.tooLong"));
const whole = (min: number, max: number, tooBig = "validation.tooBig") =>
  z.preprocess(
    (v) => (typeof v === "string" ? toHalfWidth(v).replace(/[,\s]/g, "") : v),
    z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.tooSmall").max(max, tooBig),
  );
const day = z.preprocess((v) => (typeof v === "string" ? toHalfWidth(v).trim().replace(/\//g, "-") : v), storableString({ error: "validation.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "quotes.problems.date").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "quotes.problems.date"));
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The longest lead time a member may quote for one step. */
export const MAX_LEAD_TIME_DAYS = 365;

export const quoteLineSchema = z
  .object({
    assignmentId: id,
    unitPriceYen: yenField(),
    setupYen: optionalYenField(),
    toolingYen: optionalYenField(),
    materialSupply: z.enum(["BUYER", "FIRM"], { error: "validation.choose" }),
    materialYen: optionalYenField(),
    leadTimeDays: whole(1, MAX_LEAD_TIME_DAYS, "quotes.problems.leadTimeTooLong"),
    earliestStart: day,
    validUntil: day,
    conditions: text(2000),
    /** The version of the line the member edited (-1: none yet). */
    version: whole(-1, 1_000_000),
  })
  .superRefine((value, ctx) => {
    if (value.materialSupply === "BUYER" && value.materialYen !== 0n) ctx.addIssue({ code: "custom", path: ["materialYen"], message: "quotes.problems.materialSuppliedByBuyer" });
    if (value.validUntil < value.earliestStart) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "quotes.problems.validityBeforeStart" });
  });
export type QuoteLineInput = z.output<typeof quoteLineSchema>;

export const offerDraftSchema = z.object({
  groupId: id,
  coordinationFeeYen: optionalYenField(),
  transportYen: optionalYenField(),
  showBreakdown: checkbox,
  validUntil: day,
  paymentTerms: text(500),
  deliveryPlace: text(500),
  conditions: text(4000),
});
export type OfferDraftInput = z.output<typeof offerDraftSchema>;

export const sendOfferSchema = z.object({ groupId: id, offerId: id, rowVersion: whole(0, 1_000_000) });
export const revisionSchema = z.object({ offerId: id, rowVersion: whole(0, 1_000_000), comment: text(2000).pipe(storableString().min(1, "quotes.problems.commentRequired")) });
export const declineSchema = z
  .object({ offerId: id, rowVersion: whole(0, 1_000_000), reason: z.enum(BUYER_DECLINE_REASONS, { error: "quotes.problems.chooseReason" }), comment: text(2000) })
  .superRefine((value, ctx) => {
    if (value.reason === "OTHER" && value.comment === "") ctx.addIssue({ code: "custom", path: ["comment"], message: "quotes.problems.commentRequired" });
  });
/** Award takes the offer the buyer's screen showed, at the row version it showed. */
export const awardOfferSchema = z.object({ groupId: id, offerId: id, rowVersion: whole(0, 1_000_000) });
