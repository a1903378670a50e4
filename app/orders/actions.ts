"use server";
// Order actions (lib/orders): naming and accepting the contractor, the cooperative's terms, sub-order
// revisions, invoices, payments and certificates. Each checks its permission first (defineAction);
// lib/orders then loads the order in the caller's scope and checks the object and the party.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { issueCertificate as issue } from "@/lib/orders/certificates";
import { decideContractor as decide, nominateContractor as nominate, saveCooperativeTerms as saveTerms } from "@/lib/orders/contractor";
import { issueInvoice as invoice, reviseSubOrder as revise } from "@/lib/orders/documents";
import { confirmReceipt as confirm, markPaid as paid } from "@/lib/orders/payments";
import type { PaymentTermsCode } from "@/lib/orders/payment-terms";
import { confirmReceiptSchema, cooperativeTermsSchema, decideContractorSchema, issueCertificateSchema, issueInvoiceSchema, markPaidSchema, nominateSchema, reviseSubOrderSchema } from "@/lib/orders/schemas";

const refresh = () => {
  revalidatePath("/groups/[id]", "page");
  revalidatePath("/staff/cooperative");
};

export const nominateContractor = defineAction({
  name: "contractor.nominate",
  permission: "contractor.nominate",
  schema: nominateSchema,
  successMessage: "orders.contractor.saved",
  handler: async ({ input, viewer }) => {
    const result = await nominate(await getDatabase(), viewer, input);
    refresh();
    return result;
  },
});

export const decideContractor = defineAction({
  name: "contractor.decide",
  permission: "contractor.decide",
  schema: decideContractorSchema,
  successMessage: "orders.contractor.decided",
  handler: async ({ input, viewer }) => {
    await decide(await getDatabase(), viewer, { nominationId: input.nominationId, accept: input.decision === "accept", rowVersion: input.rowVersion, comment: input.comment });
    refresh();
  },
});

export const saveCooperativeTerms = defineAction({
  name: "cooperative.terms",
  permission: "cooperative.manage",
  schema: cooperativeTermsSchema,
  successMessage: "orders.cooperative.saved",
  handler: async ({ input, viewer }) => {
    await saveTerms(await getDatabase(), viewer, { feeRateBasisPoints: input.feeRate, invoiceRegistrationNumber: input.invoiceRegistrationNumber });
    refresh();
  },
});

export const reviseSubOrder = defineAction({
  name: "order.subOrder.revise",
  oneTime: true,
  permission: "order.documents.issue",
  schema: reviseSubOrderSchema,
  successMessage: "orders.documents.revised",
  handler: async ({ input, viewer }) => {
    const result = await revise(await getDatabase(), viewer, { documentId: input.documentId, terms: input.terms as PaymentTermsCode, note: input.note });
    refresh();
    return result;
  },
});

export const issueInvoice = defineAction({
  name: "order.invoice.issue",
  oneTime: true,
  permission: "order.documents.issue",
  schema: issueInvoiceSchema,
  successMessage: "orders.documents.issued",
  handler: async ({ input, viewer }) => {
    const result = await invoice(await getDatabase(), viewer, { orderId: input.orderId, side: input.side, terms: (input.terms ?? null) as PaymentTermsCode | null });
    refresh();
    return result;
  },
});

export const markInvoicePaid = defineAction({
  name: "payment.paid",
  permission: "payment.record",
  schema: markPaidSchema,
  successMessage: "orders.documents.recorded",
  handler: async ({ input, viewer }) => {
    await paid(await getDatabase(), viewer, input);
    refresh();
  },
});

export const confirmPaymentReceipt = defineAction({
  name: "payment.receipt",
  permission: "payment.record",
  schema: confirmReceiptSchema,
  successMessage: "orders.documents.recorded",
  handler: async ({ input, viewer }) => {
    await confirm(await getDatabase(), viewer, { invoiceId: input.invoiceId, received: input.received === "yes", rowVersion: input.rowVersion });
    refresh();
  },
});

export const issueOrderCertificate = defineAction({
  name: "certificate.issue",
  oneTime: true,
  permission: "certificate.issue",
  schema: issueCertificateSchema,
  successMessage: "orders.certificate.issued",
  handler: async ({ input, viewer }) => {
    const result = await issue(await getDatabase(), viewer, input);
    refresh();
    return { id: result.id };
  },
});
