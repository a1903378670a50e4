// Issuing the documents of an order and reading them back. Documents are issued by the flow itself
// (注文書, 注文請書 and 発注書 at award, 納品書 at delivery, 検収書 at acceptance) or by a party
// (a sub-order's revision by the contractor, invoices by their issuers). Each is a snapshot that is
// never changed: a revision is the next version naming the one it replaces.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError, NotFoundError } from "@/lib/authz";
import { isStaff } from "@/lib/authz/policy-rules";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderDocumentKind, PartyKind } from "@/lib/generated/prisma/enums";
import { isoDay, tokyoDay } from "@/lib/quotes/working-days";
import { notifyFirm } from "@/lib/notifications";
import { acceptanceNoteDocument, buyerLines, deliveryNoteDocument, invoiceDocument, orderAcceptanceDocument, orderDocument, subOrderDocument } from "./document-builders";
import { documentNumber, totalsOf, type DocumentContent } from "./document-content";
import { loadOrderContext, type OrderContext } from "./order-context";
import { actsForContractor, loadOrderRef } from "./order-access";
import { DEFAULT_PAYMENT_TERMS, dueDateFor, isPaymentTermsCode, PAYMENT_TERMS, subcontractCheck, type PaymentTermsCode } from "./payment-terms";
import { movePayment } from "./payment-lifecycle";
import { notifyAssociationStaff } from "./contractor";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function createDocument(tx: Prisma.TransactionClient, content: DocumentContent, meta: { orderId: string; memberId?: string | null; issuedById: string | null; replacesId?: string | null; now: Date }) {
  const totals = totalsOf(content.lines);
  return tx.orderDocument.create({
    data: {
      orderId: meta.orderId, kind: content.kind, number: content.number, version: content.version, replacesId: meta.replacesId ?? null, memberId: meta.memberId ?? null,
      issuerKind: content.issuer.kind, issuerId: content.issuer.id, issuerName: content.issuer.name.ja, recipientKind: content.recipient.kind, recipientId: content.recipient.id, recipientName: content.recipient.name.ja,
      issuedOn: asDate(content.issuedOn), subtotalYen: totals.subtotalYen, taxYen: totals.taxYen, totalYen: totals.totalYen,
      content: content as unknown as Prisma.InputJsonObject, issuedById: meta.issuedById, createdAt: meta.now,
    },
    select: { id: true, number: true, version: true, totalYen: true },
  });
}

const first = (kind: OrderDocumentKind, ctx: OrderContext, now: Date, memberPlace?: number) => ({ kind, number: documentNumber(kind, ctx.order.id, memberPlace), version: 1, replaces: null, issuedOn: tokyoDay(now) });

/** 注文書, 注文請書 and a 発注書 per subcontractor, in the award's transaction (orders from an offer only). */
export async function issueAwardDocuments(tx: Prisma.TransactionClient, orderId: string, actorId: string | null, now: Date) {
  const ctx = await loadOrderContext(tx, orderId);
  if (!ctx.offer) return;
  const order = orderDocument(ctx, first("ORDER", ctx, now));
  await createDocument(tx, order, { orderId, issuedById: actorId, now });
  await createDocument(tx, orderAcceptanceDocument(ctx, first("ORDER_ACCEPTANCE", ctx, now), order.number), { orderId, issuedById: null, now });
  for (const member of ctx.subcontractors) {
    await createDocument(tx, subOrderDocument(ctx, first("SUB_ORDER", ctx, now, member.place), member.id, DEFAULT_PAYMENT_TERMS, order.number, ""), { orderId, memberId: member.id, issuedById: null, now });
  }
}

/** 納品書 at delivery, 検収書 at acceptance, in the move's transaction. */
export async function issueStageDocument(tx: Prisma.TransactionClient, orderId: string, kind: "DELIVERY_NOTE" | "ACCEPTANCE_NOTE", actorId: string | null, now: Date) {
  const ctx = await loadOrderContext(tx, orderId);
  if (!ctx.offer) return;
  const orderNumber = documentNumber("ORDER", orderId);
  const content = kind === "DELIVERY_NOTE" ? deliveryNoteDocument(ctx, first(kind, ctx, now), orderNumber) : acceptanceNoteDocument(ctx, first(kind, ctx, now), orderNumber);
  await createDocument(tx, content, { orderId, issuedById: actorId, now });
}

/** The newest version of a document number, or null. */
async function latestVersion(tx: Prisma.TransactionClient, number: string) {
  return tx.orderDocument.findFirst({ where: { number }, orderBy: { version: "desc" }, select: { id: true, version: true, content: true, memberId: true, orderId: true, kind: true, payment: { select: { status: true } } } });
}

/** The contractor revises a member's sub-order (terms, a note): the next version, naming the one it replaces. */
export async function reviseSubOrder(db: Database, viewer: Viewer, input: { documentId: string; terms: PaymentTermsCode; note: string }, now = clock.now()) {
  if (!/^[0-9a-f-]{36}$/i.test(input.documentId)) throw new NotFoundError("order");
  const doc = await db.prisma.orderDocument.findUnique({ where: { id: input.documentId }, select: { id: true, kind: true, number: true, orderId: true, memberId: true, replacedBy: { select: { id: true } } } });
  if (!doc || doc.kind !== "SUB_ORDER" || !doc.memberId) throw new NotFoundError("order");
  const { order, contractorAssociationId } = await loadOrderRef(db, viewer, { orderId: doc.orderId }, "order.documents.issue");
  if (!actsForContractor(viewer, order, contractorAssociationId)) throw new DomainError("orders.errors.contractorOnly");
  if (order.status === "CANCELLED") throw new DomainError("orders.errors.cancelled");
  if (doc.replacedBy) throw new DomainError("orders.errors.notLatest");
  const created = await db.prisma.$transaction(async (tx) => {
    const invoiced = await tx.orderDocument.count({ where: { orderId: doc.orderId, kind: "INVOICE", memberId: doc.memberId } });
    if (invoiced > 0) throw new DomainError("orders.errors.alreadyInvoiced");
    const latest = (await latestVersion(tx, doc.number))!;
    if (latest.id !== doc.id) throw new DomainError("orders.errors.notLatest");
    const ctx = await loadOrderContext(tx, doc.orderId);
    const header = { kind: "SUB_ORDER" as const, number: doc.number, version: latest.version + 1, replaces: { number: doc.number, version: latest.version }, issuedOn: tokyoDay(now) };
    return createDocument(tx, subOrderDocument(ctx, header, doc.memberId!, input.terms, documentNumber("ORDER", doc.orderId), input.note), { orderId: doc.orderId, memberId: doc.memberId, issuedById: viewer.userId, replacesId: doc.id, now });
  });
  await audit({ action: "order.subOrder.revise", actor: { userId: viewer.userId, role: viewer.role }, targetType: "orderDocument", targetId: created.id, details: { replaces: doc.id, terms: input.terms } });
  const check = subcontractCheck(PAYMENT_TERMS[input.terms]);
  if (check.exceeds) await alertLongTerms(db, order.groupId, contractorAssociationId, order.group.leadFirmId, { number: doc.number, days: check.longestDays }, now);
  return { documentId: created.id, exceeds: check.exceeds, longestDays: check.longestDays };
}

/** Sub-order terms that can pay later than 60 days after delivery: the contractor and staff are told. */
async function alertLongTerms(db: Database, groupId: string, contractorAssociationId: string | null, leadFirmId: string, params: { number: string; days: number }, now: Date) {
  const input = { kind: "order.longTerms" as const, params, linkPath: `/groups/${groupId}`, at: now };
  await notifyFirm(db.prisma, leadFirmId, input, { onlyAdmins: true });
  const staffOf = new Set<string>(contractorAssociationId ? [contractorAssociationId] : []);
  const members = await db.prisma.groupMember.findMany({ where: { groupId, status: "ACCEPTED", firmId: leadFirmId }, select: { firm: { select: { associationId: true } } } });
  for (const m of members) staffOf.add(m.firm.associationId);
  for (const associationId of staffOf) await notifyAssociationStaff(db, associationId, input);
}

/**
 * An invoice (適格請求書): the contractor's to the buyer once the buyer accepted the delivery, or a
 * member's to the contractor for its sub-order once the order is delivered. Issuing again replaces
 * an unpaid invoice with the next version (its payment is voided, the new one carries its own).
 */
export async function issueInvoice(db: Database, viewer: Viewer, input: { orderId: string; side: "contractor" | "member"; terms?: PaymentTermsCode | null }, now = clock.now()) {
  const { order, contractorAssociationId } = await loadOrderRef(db, viewer, { orderId: input.orderId }, "order.documents.issue");
  if (!order.offerId) throw new DomainError("orders.errors.noDocuments");
  if (order.status === "CANCELLED") throw new DomainError("orders.errors.cancelled");
  const created = await db.prisma.$transaction(async (tx) => {
    const ctx = await loadOrderContext(tx, order.id);
    const today = tokyoDay(now);
    let content: DocumentContent;
    let memberId: string | null = null;
    let number: string;
    let payer: { kind: "BUYER" | "FIRM" | "ASSOCIATION"; id: string };
    if (input.side === "contractor") {
      if (!actsForContractor(viewer, order, contractorAssociationId)) throw new DomainError("orders.errors.contractorOnly");
      if (order.status !== "ACCEPTED" || !order.acceptedOn) throw new DomainError("orders.errors.notAcceptedYet");
      const terms = input.terms && isPaymentTermsCode(input.terms) ? input.terms : DEFAULT_PAYMENT_TERMS;
      const transactionDate = isoDay(order.acceptedOn);
      number = documentNumber("INVOICE", order.id);
      content = invoiceDocument({ kind: "INVOICE", number, version: 1, replaces: null, issuedOn: today }, { issuer: ctx.contractor, recipient: ctx.buyer, subject: { ja: ctx.order.job.titleJa, en: ctx.order.job.titleEn || ctx.order.job.titleJa }, lines: buyerLines(ctx), transactionDate, dueOn: dueDateFor(today > transactionDate ? today : transactionDate, PAYMENT_TERMS[terms]), terms, reference: documentNumber("ORDER", order.id) });
      payer = { kind: "BUYER", id: ctx.buyer.id };
    } else {
      const member = ctx.subcontractors.find((m) => m.firmId === viewer.firmId);
      if (!member || viewer.role !== "FIRM_ADMIN") throw new DomainError("orders.errors.noSubOrder");
      if ((order.status !== "DELIVERED" && order.status !== "ACCEPTED") || !order.deliveredOn) throw new DomainError("orders.errors.notDeliveredYet");
      const subOrder = await latestVersion(tx, documentNumber("SUB_ORDER", order.id, member.place));
      if (!subOrder) throw new DomainError("orders.errors.noSubOrder");
      const stated = subOrder.content as unknown as DocumentContent;
      const terms = stated.terms && isPaymentTermsCode(stated.terms) ? stated.terms : DEFAULT_PAYMENT_TERMS;
      const received = isoDay(order.deliveredOn);
      number = documentNumber("INVOICE", order.id, member.place);
      memberId = member.id;
      // What the member invoices is what the sub-order ordered (less the cooperative's fee), no more.
      content = invoiceDocument({ kind: "INVOICE", number, version: 1, replaces: null, issuedOn: today }, { issuer: member.party, recipient: ctx.contractor, subject: stated.subject, lines: stated.lines, transactionDate: received, dueOn: dueDateFor(received, PAYMENT_TERMS[terms]), terms, reference: `${stated.number} (v${stated.version})` });
      payer = { kind: ctx.contractor.kind, id: ctx.contractor.id };
    }
    if (!content.issuer.registrationNumber) throw new DomainError("orders.errors.registrationNeeded");
    const previous = await latestVersion(tx, number);
    if (previous) {
      if (previous.payment?.status !== "UNPAID") throw new DomainError("orders.errors.invoicePaid");
      content = { ...content, version: previous.version + 1, replaces: { number, version: previous.version } };
      await movePayment(tx, { invoiceId: previous.id, from: "UNPAID", to: "VOID", actor: "system" });
    }
    const doc = await createDocument(tx, content, { orderId: order.id, memberId, issuedById: viewer.userId, replacesId: previous?.id ?? null, now });
    await tx.invoicePayment.create({ data: { invoiceId: doc.id, orderId: order.id, payerKind: payer.kind, payerId: payer.id, payeeKind: content.issuer.kind, payeeId: content.issuer.id, amountYen: doc.totalYen, terms: content.terms!, dueOn: asDate(content.dueOn!), createdAt: now } });
    return doc;
  });
  await audit({ action: "order.invoice.issue", actor: { userId: viewer.userId, role: viewer.role }, targetType: "orderDocument", targetId: created.id, details: { number: created.number, version: created.version } });
  return { documentId: created.id, number: created.number, version: created.version };
}

export interface DocumentListItem {
  id: string;
  kind: OrderDocumentKind;
  number: string;
  version: number;
  replacesVersion: number | null;
  latest: boolean;
  memberId: string | null;
  issuerName: string;
  recipientName: string;
  recipientId: string;
  issuedOn: string;
  totalYen: bigint;
  terms: string | null;
  payment: { status: "UNPAID" | "PAID" | "RECEIVED" | "VOID"; dueOn: string; paidOn: string | null; rowVersion: number; payerKind: PartyKind; payerId: string; payeeKind: PartyKind; payeeId: string; overdue: boolean } | null;
}

/** The order's documents the viewer may see: its buyer the buyer's, each member its own, the lead
 *  firm and the contractor all, staff in scope all. Null when the group has no order. */
export async function orderDocumentsFor(db: Database, viewer: Viewer, groupId: string, now = clock.now()) {
  const exists = await db.prisma.order.findUnique({ where: { groupId }, select: { id: true } });
  if (!exists) return null;
  const { order, contractorAssociationId } = await loadOrderRef(db, viewer, { groupId }, "order.documents.view");
  const rows = await db.prisma.orderDocument.findMany({
    where: { orderId: order.id },
    orderBy: [{ kind: "asc" }, { number: "asc" }, { version: "desc" }],
    select: { id: true, kind: true, number: true, version: true, memberId: true, issuerKind: true, issuerId: true, issuerName: true, recipientKind: true, recipientId: true, recipientName: true, issuedOn: true, totalYen: true, content: true, replaces: { select: { version: true } }, replacedBy: { select: { id: true } }, payment: { select: { status: true, dueOn: true, paidOn: true, rowVersion: true, payerKind: true, payerId: true, payeeKind: true, payeeId: true } } },
  });
  const today = tokyoDay(now);
  const contractor = actsForContractor(viewer, order, contractorAssociationId);
  const visible = rows.filter((d) => seesDocument(viewer, d, { leadFirmId: order.group.leadFirmId, contractor }));
  const documents: DocumentListItem[] = visible.map((d) => ({
    id: d.id, kind: d.kind, number: d.number, version: d.version, replacesVersion: d.replaces?.version ?? null, latest: d.replacedBy === null, memberId: d.memberId,
    issuerName: d.issuerName, recipientName: d.recipientName, recipientId: d.recipientId, issuedOn: isoDay(d.issuedOn), totalYen: d.totalYen, terms: (d.content as unknown as DocumentContent).terms ?? null,
    payment: d.payment ? { ...d.payment, dueOn: isoDay(d.payment.dueOn), paidOn: d.payment.paidOn ? isoDay(d.payment.paidOn) : null, overdue: d.payment.status === "UNPAID" && isoDay(d.payment.dueOn) < today } : null,
  }));
  return { orderId: order.id, orderStatus: order.status, contractor, hasOffer: order.offerId !== null, documents };
}

type PartyFacts = { issuerKind: string; issuerId: string; recipientKind: string; recipientId: string };

function seesDocument(viewer: Viewer, d: PartyFacts, order: { leadFirmId: string; contractor: boolean }): boolean {
  if (isStaff(viewer) || order.contractor) return true;
  const party = (kind: string, id: string | null) => id !== null && ((d.issuerKind === kind && d.issuerId === id) || (d.recipientKind === kind && d.recipientId === id));
  if (viewer.role === "BUYER") return party("BUYER", viewer.buyerOrgId);
  if (viewer.role === "FIRM_ADMIN" || (viewer.role === "FIRM_MEMBER" && viewer.firmShowsPrices === true)) return viewer.firmId === order.leadFirmId || party("FIRM", viewer.firmId);
  return false;
}

/** One document for its PDF, if the viewer may see it. */
export async function documentFor(db: Database, viewer: Viewer, documentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(documentId)) throw new NotFoundError("order");
  const doc = await db.prisma.orderDocument.findUnique({ where: { id: documentId }, select: { id: true, orderId: true, number: true, version: true, issuerKind: true, issuerId: true, recipientKind: true, recipientId: true, content: true } });
  if (!doc) throw new NotFoundError("order");
  const { order, contractorAssociationId } = await loadOrderRef(db, viewer, { orderId: doc.orderId }, "order.documents.view");
  if (!seesDocument(viewer, doc, { leadFirmId: order.group.leadFirmId, contractor: actsForContractor(viewer, order, contractorAssociationId) })) throw new NotFoundError("order");
  return { ...doc, content: doc.content as unknown as DocumentContent };
}
