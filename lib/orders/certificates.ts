// 受注証明書: a member firm certifies its part of a confirmed order for its bank or the credit
// guarantee corporation. The certificate is a snapshot (never changed) with an unguessable code;
// the public page /verify/<code> shows exactly what it states and whether the order is still live,
// nothing else, and is rate-limited per address. Staff list the certificates issued in their scope.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { lockedForSeconds, recordFailure } from "@/lib/auth/throttle";
import { DomainError, NotFoundError } from "@/lib/authz";
import { staffFirmWhere } from "@/lib/authz/scope";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/quotes/working-days";
import { translate } from "@/lib/validation/messages";
import { documentNumber, totalsOf, type Bilingual, type DocumentContent, type PartySnapshot } from "./document-content";
import { loadOrderContext } from "./order-context";
import { loadOrderRef } from "./order-access";
import { PAYMENT_TERMS, dueDateFor, isPaymentTermsCode } from "./payment-terms";

export interface CertificateContent {
  orderNumber: string;
  subject: Bilingual;
  buyer: PartySnapshot;
  contractor: PartySnapshot;
  member: PartySnapshot;
  /** The member's part: its sub-order (or, for the lead firm contracting under 受注斡旋, the order). */
  subtotalYen: string;
  taxYen: string;
  totalYen: string;
  contractedOn: string;
  deliveryDue: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  expectedPayment: string | null;
}

/** 128 random bits, URL-safe: unguessable, short enough for a QR code and to type. */
export const newCertificateCode = () => randomBytes(16).toString("base64url");
const CODE_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export async function issueCertificate(db: Database, viewer: Viewer, input: { orderId: string }, now = clock.now()) {
  const ref = await loadOrderRef(db, viewer, { orderId: input.orderId }, "certificate.issue").catch((error: unknown) => {
    if (error instanceof NotFoundError) throw new DomainError("orders.errors.notOrderMember");
    throw error;
  });
  if (viewer.role !== "FIRM_ADMIN" || !viewer.firmId || !ref.resource.memberFirmIds.includes(viewer.firmId)) throw new DomainError("orders.errors.notOrderMember");
  if (ref.order.status === "CANCELLED") throw new DomainError("orders.errors.orderCancelled");
  const created = await db.prisma.$transaction(async (tx) => {
    const ctx = await loadOrderContext(tx, ref.order.id);
    const member = ctx.members.find((m) => m.firmId === viewer.firmId);
    if (!member) throw new DomainError("orders.errors.notOrderMember");
    const isContractor = ctx.contractor.kind === "FIRM" && ctx.contractor.id === member.firmId;
    let totals = { subtotalYen: member.shareYen, taxYen: 0n, totalYen: member.shareYen };
    let expectedPayment: string | null = null;
    if (isContractor) {
      totals = { subtotalYen: ctx.offer?.subtotalYen ?? ctx.order.contractedValueYen, taxYen: ctx.order.contractedValueYen - (ctx.offer?.subtotalYen ?? ctx.order.contractedValueYen), totalYen: ctx.order.contractedValueYen };
    } else {
      const subOrder = await tx.orderDocument.findFirst({ where: { orderId: ctx.order.id, kind: "SUB_ORDER", memberId: member.id }, orderBy: { version: "desc" }, select: { content: true } });
      if (subOrder) {
        const stated = subOrder.content as unknown as DocumentContent;
        const t = totalsOf(stated.lines);
        totals = { subtotalYen: t.subtotalYen, taxYen: t.taxYen, totalYen: t.totalYen };
        const delivery = member.plannedEnd ?? isoDay(ctx.order.dueOn);
        if (stated.terms && isPaymentTermsCode(stated.terms)) expectedPayment = dueDateFor(delivery, PAYMENT_TERMS[stated.terms]);
      }
    }
    const content: CertificateContent = {
      orderNumber: documentNumber("ORDER", ctx.order.id),
      subject: { ja: ctx.order.job.titleJa, en: ctx.order.job.titleEn || ctx.order.job.titleJa },
      buyer: ctx.buyer, contractor: ctx.contractor, member: member.party,
      subtotalYen: totals.subtotalYen.toString(), taxYen: totals.taxYen.toString(), totalYen: totals.totalYen.toString(),
      contractedOn: isoDay(ctx.order.contractedOn), deliveryDue: isoDay(ctx.order.dueOn), plannedStart: member.plannedStart, plannedEnd: member.plannedEnd, expectedPayment,
    };
    return tx.orderCertificate.create({ data: { code: newCertificateCode(), orderId: ctx.order.id, memberId: member.id, firmId: member.firmId, amountYen: totals.totalYen, content: content as unknown as Prisma.InputJsonObject, issuedById: viewer.userId, issuedAt: now }, select: { id: true, code: true } });
  });
  await audit({ action: "certificate.issue", actor: { userId: viewer.userId, role: viewer.role }, targetType: "orderCertificate", targetId: created.id });
  return created;
}

/** Look-ups per address per window on the public page. */
export const VERIFY_LIMIT = 30;
export const VERIFY_WINDOW_SECONDS = 600;

export type Verification =
  | { state: "limited" }
  | { state: "unknown" }
  | { state: "found"; live: boolean; orderStatus: OrderStatus; issuedAt: Date; content: CertificateContent };

/** What /verify/<code> shows: the certificate's own statements and the order's state, nothing more. */
export async function verifyCertificate(db: Database, code: string, ip: string, now = clock.now()): Promise<Verification> {
  const key = `verify:${ip}`;
  if ((await lockedForSeconds([key], now)) > 0) return { state: "limited" };
  await recordFailure(key, VERIFY_LIMIT, VERIFY_WINDOW_SECONDS, now);
  if (!CODE_PATTERN.test(code)) return { state: "unknown" };
  const certificate = await db.prisma.orderCertificate.findUnique({ where: { code }, select: { issuedAt: true, content: true, order: { select: { status: true } } } });
  if (!certificate) return { state: "unknown" };
  return { state: "found", live: certificate.order.status !== "CANCELLED", orderStatus: certificate.order.status, issuedAt: certificate.issuedAt, content: certificate.content as unknown as CertificateContent };
}

/** A certificate for its PDF: the issuing firm's own. */
export async function certificateFor(db: Database, viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("order");
  const certificate = await db.prisma.orderCertificate.findUnique({ where: { id }, select: { id: true, code: true, firmId: true, issuedAt: true, content: true } });
  if (!certificate || viewer.firmId !== certificate.firmId || (viewer.role !== "FIRM_ADMIN" && viewer.firmShowsPrices !== true)) throw new NotFoundError("order");
  return { ...certificate, content: certificate.content as unknown as CertificateContent };
}

/** The firm's own certificates of an order (for the group page). */
export async function ownCertificates(db: Database, viewer: Viewer, orderId: string) {
  if (!viewer.firmId) return [];
  return db.prisma.orderCertificate.findMany({ where: { orderId, firmId: viewer.firmId }, orderBy: { issuedAt: "desc" }, select: { id: true, code: true, issuedAt: true, amountYen: true } });
}

/** Certificates issued by firms in the staff member's scope, newest first. */
export async function listCertificates(db: Database, viewer: Viewer, take = 200) {
  // One federation: its staff see every certificate; an association's staff those of its firms.
  const where = viewer.role === "FEDERATION_STAFF" ? {} : { firmId: { in: (await db.prisma.firm.findMany({ where: staffFirmWhere(viewer), select: { id: true } })).map((f) => f.id) } };
  const rows = await db.prisma.orderCertificate.findMany({
    where,
    orderBy: { issuedAt: "desc" },
    take,
    select: { id: true, code: true, issuedAt: true, amountYen: true, content: true, order: { select: { status: true, groupId: true } } },
  });
  return rows.map((r) => ({ ...r, content: r.content as unknown as CertificateContent }));
}

export const orderStatusText = (status: OrderStatus, locale: "ja" | "en") => translate(locale, `orders.orderStatus.${status}`);
