// Payments on invoices, tracked and never processed: the payer marks an invoice paid (on a day no
// earlier than the invoice and not in the future), the payee confirms receipt or says it has not
// arrived; the queue alerts the contractor, the payer and staff once to invoices past their due day.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { formatYen } from "@/lib/money/yen";
import { notifyBuyerOrg, notifyFirm } from "@/lib/notifications";
import { isoDay, tokyoDay } from "@/lib/quotes/working-days";
import { notifyAssociationStaff } from "./contractor";
import { loadOrderRef } from "./order-access";
import { movePayment } from "./payment-lifecycle";

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Does the viewer speak for this party (a buyer's user, a firm's admin, an association's staff)? */
function speaksFor(viewer: Viewer, kind: PartyKind, id: string): boolean {
  if (kind === "BUYER") return viewer.role === "BUYER" && viewer.buyerOrgId === id;
  if (kind === "FIRM") return viewer.role === "FIRM_ADMIN" && viewer.firmId === id;
  return viewer.role === "ASSOCIATION_STAFF" && viewer.associationId === id;
}

async function loadPayment(db: Database, viewer: Viewer, invoiceId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(invoiceId)) throw new NotFoundError("order");
  const payment = await db.prisma.invoicePayment.findUnique({ where: { invoiceId }, select: { invoiceId: true, orderId: true, status: true, rowVersion: true, payerKind: true, payerId: true, payeeKind: true, payeeId: true, amountYen: true, invoice: { select: { number: true, version: true, issuedOn: true } } } });
  if (!payment) throw new NotFoundError("order");
  const ref = await loadOrderRef(db, viewer, { orderId: payment.orderId }, "payment.record");
  return { payment, groupId: ref.order.groupId };
}

/** The payer says it paid on `paidOn`. */
export async function markPaid(db: Database, viewer: Viewer, input: { invoiceId: string; paidOn: string; rowVersion: number }, now = clock.now()) {
  const { payment, groupId } = await loadPayment(db, viewer, input.invoiceId);
  if (!speaksFor(viewer, payment.payerKind, payment.payerId)) throw new DomainError("orders.errors.notPayer");
  const issued = isoDay(payment.invoice.issuedOn);
  if (input.paidOn < issued) throw new DomainError("orders.problems.paidBeforeInvoice", { date: issued }, "paidOn");
  if (input.paidOn > tokyoDay(now)) throw new DomainError("orders.problems.paidInFuture", {}, "paidOn");
  const moved = await db.prisma.$transaction((tx) => movePayment(tx, { invoiceId: payment.invoiceId, from: "UNPAID", to: "PAID", actor: "payer", rowVersion: input.rowVersion, data: { paidOn: asDate(input.paidOn), markedPaidAt: now, markedPaidById: viewer.userId } }));
  if (!moved) throw new DomainError("orders.errors.paymentChanged");
  await audit({ action: "payment.paid", actor: { userId: viewer.userId, role: viewer.role }, targetType: "orderDocument", targetId: payment.invoiceId, details: { paidOn: input.paidOn } });
  const message = { kind: "payment.paid" as const, params: { number: payment.invoice.number, date: input.paidOn }, linkPath: `/groups/${groupId}`, at: now };
  if (payment.payeeKind === "FIRM") await notifyFirm(db.prisma, payment.payeeId, message, { onlyAdmins: true });
  else if (payment.payeeKind === "ASSOCIATION") await notifyAssociationStaff(db, payment.payeeId, message);
}

/** The payee confirms the money arrived, or says it has not (the payer's mark is taken back). */
export async function confirmReceipt(db: Database, viewer: Viewer, input: { invoiceId: string; received: boolean; rowVersion: number }, now = clock.now()) {
  const { payment } = await loadPayment(db, viewer, input.invoiceId);
  if (!speaksFor(viewer, payment.payeeKind, payment.payeeId)) throw new DomainError("orders.errors.notPayee");
  const moved = await db.prisma.$transaction((tx) =>
    movePayment(tx, input.received
      ? { invoiceId: payment.invoiceId, from: "PAID", to: "RECEIVED", actor: "payee", rowVersion: input.rowVersion, data: { receivedAt: now, confirmedById: viewer.userId } }
      : { invoiceId: payment.invoiceId, from: "PAID", to: "UNPAID", actor: "payee", rowVersion: input.rowVersion, data: { paidOn: null, markedPaidAt: null, markedPaidById: null } }));
  if (!moved) throw new DomainError("orders.errors.paymentChanged");
  await audit({ action: input.received ? "payment.received" : "payment.notReceived", actor: { userId: viewer.userId, role: viewer.role }, targetType: "orderDocument", targetId: payment.invoiceId });
}

/** Unpaid invoices past their due day (Tokyo): the payer, the payee and the staff of the contractor's
 *  association (or of the lead firm's) are told once. Safe to run again. */
export async function alertOverduePayments(db: Database, now = clock.now()): Promise<{ alerted: string[] }> {
  const today = asDate(tokyoDay(now));
  const due = await db.prisma.invoicePayment.findMany({
    where: { status: "UNPAID", dueOn: { lt: today }, overdueAlertedAt: null },
    select: { invoiceId: true, payerKind: true, payerId: true, payeeKind: true, payeeId: true, amountYen: true, dueOn: true, invoice: { select: { number: true, order: { select: { groupId: true, group: { select: { leadFirmId: true, leadFirm: { select: { associationId: true } }, nominations: { where: { status: "ACCEPTED" }, take: 1, select: { associationId: true } } } } } } } } },
  });
  const alerted: string[] = [];
  for (const p of due) {
    const claimed = await db.prisma.invoicePayment.updateMany({ where: { invoiceId: p.invoiceId, overdueAlertedAt: null, status: "UNPAID" }, data: { overdueAlertedAt: now } });
    if (claimed.count !== 1) continue;
    const { order } = p.invoice;
    const message = { kind: "payment.overdue" as const, params: { number: p.invoice.number, date: isoDay(p.dueOn), amount: formatYen(p.amountYen) }, linkPath: `/groups/${order.groupId}`, at: now };
    const parties = [{ kind: p.payerKind, id: p.payerId }, { kind: p.payeeKind, id: p.payeeId }];
    for (const party of parties) {
      if (party.kind === "BUYER") await notifyBuyerOrg(db.prisma, party.id, message);
      else if (party.kind === "FIRM") await notifyFirm(db.prisma, party.id, message, { onlyAdmins: true });
      else await notifyAssociationStaff(db, party.id, message);
    }
    // Staff watching the order: the contractor's association, or the lead firm's under 受注斡旋.
    const watching = order.group.nominations[0]?.associationId ?? order.group.leadFirm.associationId;
    if (!parties.some((x) => x.kind === "ASSOCIATION" && x.id === watching)) await notifyAssociationStaff(db, watching, message);
    alerted.push(p.invoiceId);
  }
  return { alerted };
}
