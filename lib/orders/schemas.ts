// One zod schema per order form, shared by the form and the server action. Messages are keys of
// the "orders" namespace (messages/*/orders.json) and the shared validation ones.
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { registrationNumberField } from "@/lib/money/fields";
import { toHalfWidth } from "@/lib/validation/normalize";
import { MAX_FEE_RATE_BASIS_POINTS } from "./fee";
import { PAYMENT_TERMS_CODES } from "./payment-terms";

const id = storableString().uuid({ error: "validation.invalid" });
const rowVersion = z.coerce.number({ error: "validation.invalid" }).int().min(0);
const isoDate = storableString().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "orders.problems.date").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "orders.problems.date");

/** A percentage as typed ("3.5", "３．５", "3.5%") → basis points, 0–2,000 (0–20 %), two decimals at most. */
export const feeRateField = z.unknown().transform((value, ctx): number => {
  const text = typeof value === "string" ? toHalfWidth(value).replace(/[%％\s]/g, "") : typeof value === "number" ? String(value) : "";
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: "orders.problems.feeRate" });
    return z.NEVER;
  }
  const [whole, fraction = ""] = text.split(".");
  const basisPoints = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (basisPoints > MAX_FEE_RATE_BASIS_POINTS) {
    ctx.addIssue({ code: "custom", message: "orders.problems.feeRate" });
    return z.NEVER;
  }
  return basisPoints;
});

const terms = z.enum(PAYMENT_TERMS_CODES as [string, ...string[]], { error: "orders.problems.terms" });

export const nominateSchema = z.object({ groupId: id, associationId: storableString({ error: "validation.choose" }).uuid({ error: "validation.choose" }) });
export const decideContractorSchema = z.object({ nominationId: id, decision: z.enum(["accept", "decline"], { error: "validation.choose" }), rowVersion, comment: storableString().trim().max(1000, "validation.tooLong").default("") });
export const cooperativeTermsSchema = z.object({ feeRate: feeRateField, invoiceRegistrationNumber: registrationNumberField });
export const reviseSubOrderSchema = z.object({ documentId: id, terms, note: storableString().trim().max(1000, "validation.tooLong").default("") });
export const issueInvoiceSchema = z.object({ orderId: id, side: z.enum(["contractor", "member"]), terms: terms.optional() });
export const markPaidSchema = z.object({ invoiceId: id, paidOn: isoDate, rowVersion });
export const confirmReceiptSchema = z.object({ invoiceId: id, received: z.enum(["yes", "no"]), rowVersion });
export const issueCertificateSchema = z.object({ orderId: id });
