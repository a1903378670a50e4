// The order for real, on a real database: under 共同受注 the cooperative's staff must accept the
// contractor role before the award (once, with its fee rate fixed); the award issues the 注文書,
// 注文請書 and the members' 発注書 (numbers, versions, each party sees its own); a sub-order's
// revision is a new version naming the old, and long terms alert the contractor and staff; delivery
// and acceptance add the 納品書 and 検収書; invoices carry the T-number; payments are marked and
// confirmed; overdue invoices are found by the queue once; certificates verify live or cancelled.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ratingsForEachMember } from "../helpers/ratings";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { priceEveryStep, sendGroupOffer } = await import("../helpers/quotes");
const { moveGroup } = await import("@/lib/groups/move-group");
const { awardGroup, reportProgress, markDelivered, acceptDelivery } = await import("@/lib/groups/orders");
const { nominateContractor, decideContractor, saveCooperativeTerms } = await import("@/lib/orders/contractor");
const { orderDocumentsFor, reviseSubOrder, issueInvoice, documentFor } = await import("@/lib/orders/documents");
const { markPaid, confirmReceipt, alertOverduePayments } = await import("@/lib/orders/payments");
const { issueCertificate, verifyCertificate } = await import("@/lib/orders/certificates");
const { contractorInsights } = await import("@/lib/kpi/contracts");
const { periodRange } = await import("@/lib/kpi/period");
const { totalsOf } = await import("@/lib/orders/document-content");
const { splitFee } = await import("@/lib/orders/fee");
const { orderDocumentPdf } = await import("@/lib/orders/document-pdf");
const { certificatePdf } = await import("@/lib/orders/certificate-pdf");
const { pdfPageTexts } = await import("../helpers/pdf-text");
const { misdrawnCharacters } = await import("../helpers/pdf-glyphs");
const { corporateNumberCheckDigit } = await import("@/lib/money/registration-number");
const { NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-12-01T01:00:00Z"); // Tuesday 10:00 in Tokyo
const at = (days: number) => new Date(today.getTime() + days * 86_400_000);
const plus = (days: number) => at(days).toISOString().slice(0, 10);
const tNumber = (body: string) => `T${corporateNumberCheckDigit(body)}${body}`;
afterAll(async () => testDb.current?.close());

describe("a joint order from the contractor's acceptance to the bank's certificate", () => {
  const db = () => testDb.current!;
  let buyer: Viewer;
  let lead: Viewer;
  let member: Viewer;
  let otaStaff: Viewer;
  let tamaStaff: Viewer;
  let groupId: string;
  let orderId: string;
  let otaAssociationId: string;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 7, today });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    lead = await viewerOf(db(), "firm-admin@demo.kyodo.example");
    member = await viewerOf(db(), "press-admin@demo.kyodo.example");
    otaStaff = await viewerOf(db(), "ota-staff@demo.kyodo.example", { twoFactorPending: false });
    tamaStaff = await viewerOf(db(), "tama-staff@demo.kyodo.example", { twoFactorPending: false });
    otaAssociationId = otaStaff.associationId!;
    const job = await db().prisma.job.create({
      data: {
        buyerOrgId: buyer.buyerOrgId!, createdById: buyer.userId, titleJa: "共同受注テスト案件", titleEn: "Joint order test", quantity: 400, deadline: new Date(`${plus(60)}T00:00:00Z`), deliveryPlace: "本社工場", deliveryMunicipalityCode: "13111",
        status: "GROUPS_INVITED", publishedAt: at(-5),
        steps: { create: [{ position: 1, processCode: "turning", materialCode: "s45c", quantity: 400 }, { position: 2, processCode: "press", quantity: 400 }] },
      },
      select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true, processCode: true } } },
    });
    const group = await db().prisma.jointOrderGroup.create({ data: { kind: "JOB", jobId: job.id, name: "テスト共同受注", leadFirmId: lead.firmId!, status: "APPROVED", formedAt: at(-1), contractModel: "JOINT_ORDER" }, select: { id: true } });
    groupId = group.id;
    for (const [i, firmId] of [lead.firmId!, member.firmId!].entries()) {
      const m = await db().prisma.groupMember.create({ data: { groupId, firmId, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: 5_000 } });
      await db().prisma.groupStepAssignment.create({ data: { groupId, memberId: m.id, jobStepId: job.steps[i]!.id, processCode: job.steps[i]!.processCode, quantity: 400 } });
    }
    await priceEveryStep(db(), groupId, today);
    await sendGroupOffer(db(), groupId, today);
  }, 180_000);

  const offer = () => db().prisma.groupOffer.findFirstOrThrow({ where: { groupId, sentAt: { not: null } }, orderBy: { version: "desc" } });
  const award = async () => { const o = await offer(); return awardGroup(db(), buyer, { groupId, offerId: o.id, rowVersion: o.rowVersion }, today); };

  it("refuses the award until the cooperative's staff accept, and lets them accept once", async () => {
    await expect(award()).rejects.toMatchObject({ messageKey: "orders.errors.contractorNotAccepted" });
    // Only an association a member belongs to can be asked.
    await expect(nominateContractor(db(), lead, { groupId, associationId: tamaStaff.associationId! }, today)).rejects.toMatchObject({ messageKey: "orders.problems.notMembersAssociation", field: "associationId" });
    // A non-lead member cannot name the contractor.
    await expect(nominateContractor(db(), member, { groupId, associationId: otaAssociationId }, today)).rejects.toBeInstanceOf(NotFoundError);
    const { nominationId } = await nominateContractor(db(), lead, { groupId, associationId: otaAssociationId }, today);
    await expect(nominateContractor(db(), lead, { groupId, associationId: otaAssociationId }, today)).rejects.toMatchObject({ messageKey: "orders.errors.alreadyNominated" });
    expect(await db().prisma.notification.count({ where: { userId: otaStaff.userId, kind: "contractor.requested" } })).toBe(1);
    // Another association's staff cannot accept for it.
    await expect(decideContractor(db(), tamaStaff, { nominationId, accept: true, rowVersion: 0, comment: "" }, today)).rejects.toBeInstanceOf(NotFoundError);
    // A contractor issues qualified invoices: no registration number, no acceptance.
    await db().prisma.association.update({ where: { id: otaAssociationId }, data: { invoiceRegistrationNumber: null } });
    await expect(decideContractor(db(), otaStaff, { nominationId, accept: true, rowVersion: 0, comment: "" }, today)).rejects.toMatchObject({ messageKey: "orders.errors.contractorNeedsRegistration" });
    await saveCooperativeTerms(db(), otaStaff, { feeRateBasisPoints: 350, invoiceRegistrationNumber: tNumber("100000000001") });
    await decideContractor(db(), otaStaff, { nominationId, accept: true, rowVersion: 0, comment: "" }, today);
    await expect(decideContractor(db(), otaStaff, { nominationId, accept: true, rowVersion: 1, comment: "" }, today)).rejects.toMatchObject({ messageKey: "orders.errors.alreadyDecided" });
    const nomination = await db().prisma.contractorNomination.findUniqueOrThrow({ where: { id: nominationId } });
    expect(nomination).toMatchObject({ status: "ACCEPTED", feeRateBasisPoints: 350, decidedById: otaStaff.userId });
    // A cancelled group's request leaves the cooperative's queue (another group, cancelled by staff).
    const other = await db().prisma.jointOrderGroup.create({ data: { kind: "JOB", jobId: (await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).jobId, name: "別グループ", leadFirmId: lead.firmId!, status: "APPROVED", formedAt: at(-1), contractModel: "JOINT_ORDER", members: { create: [{ firmId: lead.firmId!, isLead: true, status: "ACCEPTED" }] } }, select: { id: true } });
    await nominateContractor(db(), lead, { groupId: other.id, associationId: otaAssociationId }, today);
    await db().prisma.$transaction((tx) => moveGroup(tx, { groupId: other.id, from: "APPROVED", to: "CANCELLED", actor: "staff", actorId: otaStaff.userId, now: today }));
    expect(await db().prisma.contractorNomination.findMany({ where: { groupId: other.id }, select: { status: true } })).toEqual([{ status: "WITHDRAWN" }]);
    // A later change of the cooperative's rate does not touch this group's.
    await saveCooperativeTerms(db(), otaStaff, { feeRateBasisPoints: 500, invoiceRegistrationNumber: tNumber("100000000001") });
    expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).contractingAssociationId).toBe(otaAssociationId);
  });

  it("issues the order, its acceptance and a sub-order per member at award, each seen by its parties", async () => {
    await award();
    orderId = (await db().prisma.order.findUniqueOrThrow({ where: { groupId } })).id;
    const short = orderId.replaceAll("-", "").slice(0, 12).toUpperCase();
    const asLead = (await orderDocumentsFor(db(), lead, groupId, today))!;
    expect(asLead.documents.map((d) => `${d.kind} ${d.number} v${d.version}`).sort()).toEqual([`ORDER PO-${short} v1`, `ORDER_ACCEPTANCE OA-${short} v1`, `SUB_ORDER SO-${short}-1 v1`, `SUB_ORDER SO-${short}-2 v1`].sort());
    // Members' amounts plus the fee equal the order before tax, to the yen.
    const o = await offer();
    const subOrders = await db().prisma.orderDocument.findMany({ where: { orderId, kind: "SUB_ORDER" } });
    const fee = splitFee((await db().prisma.groupMember.findMany({ where: { groupId } })).map((m) => ({ memberId: m.id, shareYen: m.shareYen! })), 350).feeYen;
    expect(subOrders.reduce((s, d) => s + d.subtotalYen, 0n) + fee).toBe(o.subtotalYen);
    expect(fee).toBe((o.subtotalYen! * 350n) / 10_000n);
    // The order states what the offer said, tax once per rate.
    const order = await db().prisma.orderDocument.findFirstOrThrow({ where: { orderId, kind: "ORDER" } });
    expect([order.subtotalYen, order.taxYen, order.totalYen]).toEqual([o.subtotalYen, o.taxYen, o.totalYen]);
    expect(order).toMatchObject({ issuerKind: "BUYER", recipientKind: "ASSOCIATION", recipientId: otaAssociationId });
    // The buyer sees its own documents; a member its own sub-order; another buyer and firm nothing.
    expect((await orderDocumentsFor(db(), buyer, groupId, today))!.documents.map((d) => d.kind).sort()).toEqual(["ORDER", "ORDER_ACCEPTANCE"]);
    const asMember = (await orderDocumentsFor(db(), member, groupId, today))!;
    expect(asMember.documents.map((d) => d.kind)).toEqual(["SUB_ORDER"]);
    expect(asMember.documents[0]!.number).toMatch(/^SO-/);
    await expect(documentFor(db(), member, order.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(orderDocumentsFor(db(), await viewerOf(db(), "buyer2@demo.kyodo.example"), groupId, today)).rejects.toBeInstanceOf(NotFoundError);
    const outsider = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [lead.firmId!, member.firmId!] }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } });
    await expect(documentFor(db(), await firmAdminOf(db(), outsider.id), order.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await orderDocumentsFor(db(), otaStaff, groupId, today))!.documents).toHaveLength(4);
    // An issued document never changes, not even through SQL.
    await expect(db().prisma.orderDocument.update({ where: { id: order.id }, data: { recipientName: "x" } })).rejects.toThrow(/cannot change/);
    await expect(db().prisma.orderDocument.delete({ where: { id: order.id } })).rejects.toThrow(/cannot change/);
  });

  it("revises a sub-order as a new version naming the old, and alerts long terms", async () => {
    const memberRow = await db().prisma.groupMember.findFirstOrThrow({ where: { groupId, firmId: member.firmId! } });
    const v1 = await db().prisma.orderDocument.findFirstOrThrow({ where: { orderId, kind: "SUB_ORDER", memberId: memberRow.id } });
    // The lead firm is not the contractor under 共同受注.
    await expect(reviseSubOrder(db(), lead, { documentId: v1.id, terms: "EOM_NEXT_10", note: "" }, today)).rejects.toMatchObject({ messageKey: "orders.errors.contractorOnly" });
    const revised = await reviseSubOrder(db(), otaStaff, { documentId: v1.id, terms: "EOM_2ND_EOM", note: "支払条件の変更" }, today);
    expect(revised.exceeds).toBe(true);
    const v2 = await db().prisma.orderDocument.findUniqueOrThrow({ where: { id: revised.documentId } });
    expect(v2).toMatchObject({ number: v1.number, version: 2, replacesId: v1.id, subtotalYen: v1.subtotalYen });
    await expect(reviseSubOrder(db(), otaStaff, { documentId: v1.id, terms: "EOM_NEXT_EOM", note: "" }, today)).rejects.toMatchObject({ messageKey: "orders.errors.notLatest" });
    expect(await db().prisma.notification.count({ where: { kind: "order.longTerms", userId: otaStaff.userId } })).toBe(1);
    expect(await db().prisma.notification.count({ where: { kind: "order.longTerms", userId: lead.userId } })).toBe(1);
    // Back to terms within the law: version 3.
    expect((await reviseSubOrder(db(), otaStaff, { documentId: v2.id, terms: "EOM_NEXT_EOM", note: "" }, today)).exceeds).toBe(false);
  });

  it("adds the delivery and acceptance notes, and invoices with registration numbers and payments", async () => {
    for (const a of await db().prisma.groupStepAssignment.findMany({ where: { groupId }, select: { id: true, member: { select: { firmId: true } } } })) {
      await reportProgress(db(), await firmAdminOf(db(), a.member.firmId), { assignmentId: a.id, percent: 100, note: "" }, at(10));
    }
    await markDelivered(db(), lead, { groupId }, at(20));
    // The member invoices the cooperative for its sub-order once delivered: its T-number first.
    await db().prisma.firm.update({ where: { id: member.firmId! }, data: { invoiceRegistrationNumber: null } });
    await expect(issueInvoice(db(), member, { orderId, side: "member" }, at(21))).rejects.toMatchObject({ messageKey: "orders.errors.registrationNeeded" });
    await db().prisma.firm.update({ where: { id: member.firmId! }, data: { invoiceRegistrationNumber: tNumber("200000000002") } });
    const memberInvoice = await issueInvoice(db(), member, { orderId, side: "member" }, at(21));
    const invoice = await db().prisma.orderDocument.findUniqueOrThrow({ where: { id: memberInvoice.documentId }, include: { payment: true } });
    const subOrder = await db().prisma.orderDocument.findFirstOrThrow({ where: { orderId, kind: "SUB_ORDER", memberId: invoice.memberId }, orderBy: { version: "desc" } });
    expect(invoice).toMatchObject({ issuerKind: "FIRM", recipientKind: "ASSOCIATION", subtotalYen: subOrder.subtotalYen, taxYen: subOrder.taxYen });
    // Delivered on 2026-12-21, 月末締め翌月末払い: due 2027-01-31, within 60 days.
    expect(invoice.payment!.dueOn.toISOString().slice(0, 10)).toBe("2027-01-31");
    expect((invoice.content as { issuer: { registrationNumber: string } }).issuer.registrationNumber).toBe(tNumber("200000000002"));
    // The contractor's invoice to the buyer waits for the acceptance.
    await expect(issueInvoice(db(), otaStaff, { orderId, side: "contractor", terms: "EOM_NEXT_EOM" }, at(21))).rejects.toMatchObject({ messageKey: "orders.errors.notAcceptedYet" });
    await acceptDelivery(db(), buyer, { groupId, comment: "", ratings: await ratingsForEachMember(db(), groupId, { delivery: 5, quality: 5, communication: 4, price: 3 }) }, at(22));
    const kinds = (await orderDocumentsFor(db(), buyer, groupId, at(22)))!.documents.map((d) => d.kind).sort();
    expect(kinds).toEqual(["ACCEPTANCE_NOTE", "DELIVERY_NOTE", "ORDER", "ORDER_ACCEPTANCE"]);
    const toBuyer = await issueInvoice(db(), otaStaff, { orderId, side: "contractor", terms: "EOM_NEXT_EOM" }, at(23));
    const buyerInvoice = await db().prisma.orderDocument.findUniqueOrThrow({ where: { id: toBuyer.documentId }, include: { payment: true } });
    const order = await db().prisma.orderDocument.findFirstOrThrow({ where: { orderId, kind: "ORDER" } });
    expect(buyerInvoice.totalYen).toBe(order.totalYen);
    expect(buyerInvoice.payment).toMatchObject({ payerKind: "BUYER", payeeKind: "ASSOCIATION", status: "UNPAID" });
    // Tax rounded once per document and rate, never per line.
    const content = buyerInvoice.content as { lines: { amountYen: string; taxRatePercent: number }[] };
    expect(buyerInvoice.taxYen).toBe(totalsOf(content.lines as never).taxYen);

    // Payments: the payer marks it paid (not before the invoice, not in the future), the payee confirms.
    await expect(markPaid(db(), buyer, { invoiceId: buyerInvoice.id, paidOn: plus(22), rowVersion: 0 }, at(30))).rejects.toMatchObject({ messageKey: "orders.problems.paidBeforeInvoice", field: "paidOn" });
    await expect(markPaid(db(), buyer, { invoiceId: buyerInvoice.id, paidOn: plus(31), rowVersion: 0 }, at(30))).rejects.toMatchObject({ messageKey: "orders.problems.paidInFuture" });
    await expect(markPaid(db(), otaStaff, { invoiceId: buyerInvoice.id, paidOn: plus(29), rowVersion: 0 }, at(30))).rejects.toMatchObject({ messageKey: "orders.errors.notPayer" });
    await markPaid(db(), buyer, { invoiceId: buyerInvoice.id, paidOn: plus(29), rowVersion: 0 }, at(30));
    await expect(markPaid(db(), buyer, { invoiceId: buyerInvoice.id, paidOn: plus(29), rowVersion: 0 }, at(30))).rejects.toMatchObject({ messageKey: "orders.errors.paymentChanged" });
    await confirmReceipt(db(), otaStaff, { invoiceId: buyerInvoice.id, received: true, rowVersion: 1 }, at(31));
    expect((await db().prisma.invoicePayment.findUniqueOrThrow({ where: { invoiceId: buyerInvoice.id } })).status).toBe("RECEIVED");
  });

  it("finds overdue invoices on the queue and alerts once", async () => {
    const before = await alertOverduePayments(db(), new Date("2027-01-31T10:00:00+09:00"));
    expect(before.alerted).toEqual([]);
    const after = await alertOverduePayments(db(), new Date("2027-02-01T09:00:00+09:00"));
    expect(after.alerted).toHaveLength(1); // the member's invoice to the cooperative; the buyer's is paid
    expect(await db().prisma.notification.count({ where: { kind: "payment.overdue", userId: otaStaff.userId } })).toBeGreaterThan(0);
    expect((await alertOverduePayments(db(), new Date("2027-02-02T09:00:00+09:00"))).alerted).toEqual([]);
  });

  it("counts the order for the contractor's association and shows its overdue invoices and days to payment", async () => {
    const all = (await db().prisma.association.findMany({ select: { id: true } })).map((a) => a.id);
    const fy = periodRange({ kind: "fy", fiscalYear: 2026 });
    const rows = await contractorInsights(db().sql, { federationId: otaStaff.federationId ?? "", associationId: null, associationIds: all, federationAssociationCount: all.length }, fy, new Date("2027-02-01T09:00:00+09:00"));
    const ota = rows.find((r) => r.associationId === otaAssociationId)!;
    const order = await db().prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    const otaOrders = await db().prisma.order.findMany({ where: { contractedOn: { gte: new Date(`${fy.start}T00:00:00Z`), lt: new Date(`${fy.end}T00:00:00Z`) }, status: { not: "CANCELLED" }, group: { OR: [{ nominations: { some: { status: "ACCEPTED", associationId: otaAssociationId } }, contractModel: "JOINT_ORDER" }, { contractModel: "MEDIATION", leadFirm: { associationId: otaAssociationId } }, { contractModel: "JOINT_ORDER", nominations: { none: { status: "ACCEPTED" } }, leadFirm: { associationId: otaAssociationId } }] } }, select: { id: true, contractedValueYen: true } });
    expect(otaOrders.map((o) => o.id)).toContain(order.id);
    expect(ota).toMatchObject({ orders: otaOrders.length, valueYen: otaOrders.reduce((s, o) => s + o.contractedValueYen, 0n), overdueInvoices: 1, medianDaysToPayment: 6 });
    // The member's association does not count this order: the cooperative contracted it.
    const memberAssociation = (await db().prisma.firm.findUniqueOrThrow({ where: { id: member.firmId! } })).associationId;
    const memberRow = rows.find((r) => r.associationId === memberAssociation);
    expect(memberRow?.overdueInvoices ?? 0).toBe(0);
  });

  it("certifies a member's order for the bank, and verifies live, cancelled and unknown codes", async () => {
    const outsider = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [lead.firmId!, member.firmId!] }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } });
    await expect(issueCertificate(db(), await firmAdminOf(db(), outsider.id), { orderId }, at(32))).rejects.toMatchObject({ messageKey: "orders.errors.notOrderMember" });
    const certificate = await issueCertificate(db(), member, { orderId }, at(32));
    expect(certificate.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const live = await verifyCertificate(db(), certificate.code, "203.0.113.5", at(32));
    expect(live).toMatchObject({ state: "found", live: true, orderStatus: "ACCEPTED" });
    if (live.state !== "found") throw new Error("not found");
    const subOrder = await db().prisma.orderDocument.findFirstOrThrow({ where: { orderId, kind: "SUB_ORDER", memberId: { not: null }, recipientId: member.firmId! }, orderBy: { version: "desc" } });
    expect(live.content.totalYen).toBe(subOrder.totalYen.toString());
    expect(live.content.contractor.id).toBe(otaAssociationId);
    expect(await verifyCertificate(db(), "AAAAAAAAAAAAAAAAAAAAAA", "203.0.113.5", at(32))).toEqual({ state: "unknown" });
    // A cancelled order says so (a direct write: orders are cancelled by staff outside the flow).
    await db().prisma.order.update({ where: { id: orderId }, data: { status: "CANCELLED" } });
    expect(await verifyCertificate(db(), certificate.code, "203.0.113.5", at(32))).toMatchObject({ state: "found", live: false });
    await expect(issueCertificate(db(), member, { orderId }, at(32))).rejects.toMatchObject({ messageKey: "orders.errors.orderCancelled" });
    // Rate-limited per address.
    for (let i = 0; i < 30; i++) await verifyCertificate(db(), certificate.code, "198.51.100.7", at(33));
    expect(await verifyCertificate(db(), certificate.code, "198.51.100.7", at(33))).toEqual({ state: "limited" });
  });

  it("prints each document in Japanese and English with its number, version, registration number and tax per rate", async () => {
    const dir = process.env.RENDER_PDF_DIR;
    const docs = await db().prisma.orderDocument.findMany({ where: { orderId }, orderBy: [{ kind: "asc" }, { version: "asc" }] });
    for (const doc of docs) {
      const content = (await documentFor(db(), otaStaff, doc.id)).content;
      for (const locale of ["ja", "en"] as const) {
        const bytes = await orderDocumentPdf(content, locale);
        const text = (await pdfPageTexts(bytes)).join("").replace(/\s+/g, "");
        expect(text).toContain(doc.number);
        if (content.issuer.registrationNumber) expect(text).toContain(`${content.issuer.registrationNumber.slice(0, 2)}-`);
        if (doc.replacesId) expect(text).toContain(locale === "ja" ? "に代わるもの" : "replaces");
        // Every character is drawn by the embedded font, not left blank.
        expect(await misdrawnCharacters(bytes)).toEqual([]);
        if (dir) (await import("node:fs")).writeFileSync(`${dir}/${doc.number}-v${doc.version}-${locale}.pdf`, bytes);
      }
    }
    const invoice = docs.find((d) => d.kind === "INVOICE" && d.recipientKind === "BUYER")!;
    const text = (await pdfPageTexts(await orderDocumentPdf((await documentFor(db(), otaStaff, invoice.id)).content, "ja"))).join("");
    expect(text).toContain("適格請求書");
    expect(text).toContain("消費税（10%）");
    const certificate = await db().prisma.orderCertificate.findFirstOrThrow({ where: { orderId } });
    const bytes = await certificatePdf({ code: certificate.code, issuedAt: certificate.issuedAt, content: certificate.content as never }, "ja", `http://localhost:3019/verify/${certificate.code}`);
    expect((await pdfPageTexts(bytes)).join("")).toContain(certificate.code);
    expect(await misdrawnCharacters(bytes)).toEqual([]);
    if (dir) (await import("node:fs")).writeFileSync(`${dir}/certificate-ja.pdf`, bytes);
  });
});
