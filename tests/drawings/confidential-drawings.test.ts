// Drawings under a confidentiality agreement, on a real database: firms agree before they see, every
// copy carries its reader, the buyer sees who looked and may withdraw, access narrows at award, the
// log cannot be edited, and drawings go when the retention period ends.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { saveDraft, submitJob } = await import("@/lib/jobs/job-editing");
const { attachToJob } = await import("@/lib/jobs/attachments");
const { loadDrawing } = await import("@/lib/drawings/drawings-access");
const { drawingForReader } = await import("@/lib/drawings/serve-drawing");
const { acceptNda, withdrawAccess } = await import("@/lib/drawings/acceptance");
const { ndaOverview } = await import("@/lib/drawings/nda-overview");
const { accessLogOf } = await import("@/lib/drawings/access-log");
const { attachNdaDocument, ndaDocumentOf } = await import("@/lib/drawings/job-nda");
const { deleteDrawing, deleteExpiredDrawings } = await import("@/lib/drawings/retention");
const { awardGroup } = await import("@/lib/groups/orders");
const { priceEveryStep, sendGroupOffer } = await import("../helpers/quotes");
const { transitionJob } = await import("@/lib/jobs/transitions");
const { pathForKey } = await import("@/lib/uploads/storage");
const { ForbiddenError, NotFoundError } = await import("@/lib/authz");
const { drawingPdf, drawingPng, encryptedPdf, brokenPdf } = await import("../helpers/drawings");
const { pdfPageTexts } = await import("../helpers/pdf-text");

const today = new Date();
const DAY = 86_400_000;
const inDays = (n: number) => new Date(today.getTime() + n * DAY).toISOString().slice(0, 10);
const IP = "203.0.113.7";
const jobInput = (overrides: Record<string, unknown> = {}) => ({
  titleJa: "機密シャフト", titleEn: "Confidential shaft", descriptionJa: "", descriptionEn: "", partName: "シャフト", quantity: 100,
  deadline: inDays(90), answerBy: undefined, deliveryPlace: "", deliveryMunicipalityCode: undefined, budgetMinYen: undefined, budgetMaxYen: undefined,
  leadCertificationCode: undefined, visibility: "ALL_VERIFIED" as const, confirmTightDeadline: true,
  steps: [{ processCode: "turning", materialCode: undefined, toleranceUm: undefined, sizeMm: undefined, quantity: undefined, notes: "" }],
  ndaKind: "STANDARD" as const, ndaRetentionDays: 30,
  ...overrides,
});

describe("confidential drawings", () => {
  let buyer: Viewer;
  let otherBuyer: Viewer;
  let adminA: Viewer;
  let memberA: Viewer;
  let adminB: Viewer;
  let staff: Viewer;
  let firmAName: string;

  /** A published confidential job with one PDF drawing and one PNG. */
  async function confidentialJob(overrides: Record<string, unknown> = {}) {
    const { jobId } = await saveDraft(buyer, { titleJa: "下書き" });
    const pdf = await attachToJob(buyer, jobId, { bytes: await drawingPdf(2), name: "shaft.pdf" });
    const png = await attachToJob(buyer, jobId, { bytes: await drawingPng(), name: "photo.png" });
    await submitJob(buyer, { ...jobInput(overrides), jobId }, today);
    return { jobId, pdfId: pdf.id, pngId: png.id };
  }

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    const db = testDb.current;
    await seedDemoData(db, { firms: 40, seed: 7, today });
    buyer = await viewerOf(db, "buyer@demo.kyodo.example");
    otherBuyer = await viewerOf(db, "buyer2@demo.kyodo.example");
    adminA = await viewerOf(db, "firm-admin@demo.kyodo.example");
    memberA = await viewerOf(db, "firm-member@demo.kyodo.example");
    adminB = await viewerOf(db, "press-admin@demo.kyodo.example");
    staff = { ...(await viewerOf(db, "federation@demo.kyodo.example")), twoFactorPending: false };
    firmAName = (await db.prisma.firm.findUniqueOrThrow({ where: { id: adminA.firmId! } })).nameJa;
  }, 120_000);
  afterAll(async () => testDb.current?.close());

  it("refuses an encrypted or broken PDF at upload with a clear reason, and accepts a sound one", async () => {
    const { jobId } = await saveDraft(buyer, { titleJa: "アップロード検査" });
    await expect(attachToJob(buyer, jobId, { bytes: await encryptedPdf(), name: "locked.pdf" })).rejects.toMatchObject({ problem: "encrypted" });
    await expect(attachToJob(buyer, jobId, { bytes: brokenPdf(), name: "broken.pdf" })).rejects.toMatchObject({ problem: "unreadable" });
    expect((await attachToJob(buyer, jobId, { bytes: await drawingPdf(), name: "ok.pdf" })).mimeType).toBe("application/pdf");
  });

  it("shows a firm the route and the agreement but answers 404 for every drawing until its admin accepts", async () => {
    const { jobId, pdfId, pngId } = await confidentialJob();
    const overview = (await ndaOverview(memberA, jobId))!;
    expect(overview.kind).toBe("STANDARD");
    expect(overview.templateVersion).toBe(1);
    const buyerName = (await testDb.current!.prisma.buyerOrganization.findUniqueOrThrow({ where: { id: buyer.buyerOrgId! } })).name;
    expect(overview.text!.ja).toContain(`${buyerName}（以下「開示者」）`); // the buyer's name filled into the standard text
    expect(overview.text!.ja).toContain("30日");
    expect(overview.canSeeDrawings).toBe(false);
    expect(overview.canAccept).toBe(false); // a member may not accept for the firm
    expect((await ndaOverview(adminA, jobId))!.canAccept).toBe(true);
    for (const id of [pdfId, pngId]) {
      for (const viewer of [adminA, memberA, adminB]) {
        await expect(loadDrawing(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
        await expect(drawingForReader(viewer, id, "DOWNLOAD", IP)).rejects.toBeInstanceOf(NotFoundError);
        await expect(drawingForReader(viewer, id, "VIEW", IP)).rejects.toBeInstanceOf(NotFoundError);
      }
    }
    await expect(acceptNda(memberA, { jobId }, IP)).rejects.toBeInstanceOf(ForbiddenError);
    // Staff are no party to the agreement either.
    await expect(loadDrawing(staff, pdfId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await testDb.current!.prisma.drawingAccess.count({ where: { jobId } })).toBe(0);
  });

  it("records who accepted, when, from where and which version; then the firm's users read copies stamped with the firm's name", async () => {
    const { jobId, pdfId, pngId } = await confidentialJob();
    const before = await drawingPdf(2);
    const first = await acceptNda(adminA, { jobId }, IP, today);
    expect((await acceptNda(adminA, { jobId }, IP, today)).id).toBe(first.id); // sent twice, accepted once
    const acceptance = await testDb.current!.prisma.ndaAcceptance.findUniqueOrThrow({ where: { id: first.id } });
    expect(acceptance).toMatchObject({ firmId: adminA.firmId, acceptedById: adminA.userId, ipAddress: IP, kind: "STANDARD", templateVersion: 1, withdrawnAt: null });
    expect(acceptance.acceptedAt.getTime()).toBe(today.getTime());

    const copy = await drawingForReader(memberA, pdfId, "DOWNLOAD", IP, today);
    const pages = await pdfPageTexts(copy.bytes);
    expect(pages).toHaveLength(2);
    for (const text of pages) {
      expect(text).toContain(firmAName);
      expect(text).toContain(memberA.name);
      expect(text).toContain("社外秘 / CONFIDENTIAL");
    }
    expect(pages[0]).toContain(new Date(today.getTime() + 9 * 3_600_000).toISOString().slice(0, 10));
    // The buyer alone gets the original, unstamped.
    const original = await drawingForReader(buyer, pdfId, "DOWNLOAD", IP, today);
    expect((await pdfPageTexts(original.bytes)).join("")).not.toContain("CONFIDENTIAL");
    expect(original.bytes.byteLength).toBe(before.byteLength);
    // Images carry the mark too: same size, other pixels.
    const image = await drawingForReader(memberA, pngId, "VIEW", IP, today);
    const sharp = (await import("sharp")).default;
    const [plain, stamped] = await Promise.all([sharp(await drawingPng()).raw().toBuffer(), sharp(image.bytes).removeAlpha().raw().toBuffer()]);
    expect((await sharp(image.bytes).metadata()).width).toBe(400);
    expect(Buffer.compare(plain, stamped)).not.toBe(0);
    // The other firm, which has not agreed, still gets 404.
    await expect(drawingForReader(adminB, pdfId, "DOWNLOAD", IP)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("logs each view and download with firm, user, file, time and IP, shows the log to the buyer and staff only, and nobody can edit it", async () => {
    const { jobId, pdfId, pngId } = await confidentialJob();
    await acceptNda(adminA, { jobId }, IP, today);
    const t1 = new Date(today.getTime() + 1000);
    const t2 = new Date(today.getTime() + 2000);
    await drawingForReader(memberA, pdfId, "VIEW", "198.51.100.1", t1);
    await drawingForReader(adminA, pngId, "DOWNLOAD", "198.51.100.2", t2);
    const { entries, total } = await accessLogOf(buyer, jobId);
    expect(total).toBe(2);
    expect(entries.map((e) => ({ kind: e.kind, firmName: e.firmName, userName: e.userName, fileName: e.fileName, ipAddress: e.ipAddress, at: e.at.getTime() }))).toEqual([
      { kind: "DOWNLOAD", firmName: firmAName, userName: adminA.name, fileName: "photo.png", ipAddress: "198.51.100.2", at: t2.getTime() },
      { kind: "VIEW", firmName: firmAName, userName: memberA.name, fileName: "shaft.pdf", ipAddress: "198.51.100.1", at: t1.getTime() },
    ]);
    // Staff read it when a leak is reported, and that reading is audited.
    expect((await accessLogOf(staff, jobId)).total).toBe(2);
    expect(await testDb.current!.prisma.auditLog.count({ where: { action: "drawing.log.read", targetId: jobId, actorId: staff.userId } })).toBe(1);
    await expect(accessLogOf(adminA, jobId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(accessLogOf(otherBuyer, jobId)).rejects.toBeInstanceOf(NotFoundError);
    // The database refuses any edit, whoever asks.
    const sql = testDb.current!.sql;
    await expect(sql.query(`UPDATE "DrawingAccess" SET "firmName" = 'someone else' WHERE "jobId" = $1`, [jobId])).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM "DrawingAccess" WHERE "jobId" = $1`, [jobId])).rejects.toThrow(/append-only/);
    await expect(testDb.current!.prisma.drawingAccess.deleteMany({ where: { jobId } })).rejects.toThrow();
    expect((await accessLogOf(buyer, jobId)).total).toBe(2);
  });

  it("takes a withdrawal into effect at once; the withdrawn firm cannot accept again", async () => {
    const { jobId, pdfId } = await confidentialJob();
    await acceptNda(adminA, { jobId }, IP);
    await drawingForReader(memberA, pdfId, "VIEW", IP);
    await withdrawAccess(buyer, { jobId, firmId: adminA.firmId! });
    await expect(drawingForReader(memberA, pdfId, "VIEW", IP)).rejects.toBeInstanceOf(NotFoundError);
    await expect(drawingForReader(adminA, pdfId, "DOWNLOAD", IP)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptNda(adminA, { jobId }, IP)).rejects.toMatchObject({ messageKey: "drawings.errors.withdrawn" });
    const overview = (await ndaOverview(buyer, jobId))!;
    expect(overview.acceptances.map((a) => [a.firmId, a.withdrawnAt !== null])).toEqual([[adminA.firmId, true]]);
  });

  it("narrows access to the awarded group's members at award, and a firm in the group that has not agreed still sees nothing", async () => {
    const db = testDb.current!;
    const { jobId, pdfId } = await confidentialJob();
    await acceptNda(adminA, { jobId }, IP);
    await acceptNda(adminB, { jobId }, IP);
    await drawingForReader(adminB, pdfId, "VIEW", IP);
    // An approved group of firm A and a third firm that never agreed (joined as a replacement, say).
    const third = await db.prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [adminA.firmId!, adminB.firmId!] }, users: { some: { role: "FIRM_ADMIN" } } }, select: { id: true } });
    const step = await db.prisma.jobStep.findFirstOrThrow({ where: { jobId } });
    const group = await db.prisma.jointOrderGroup.create({
      data: {
        jobId, name: "A グループ", leadFirmId: adminA.firmId!, status: "APPROVED",
        members: { create: [{ firmId: adminA.firmId!, isLead: true, status: "ACCEPTED", shareBasisPoints: 6000 }, { firmId: third.id, status: "ACCEPTED", shareBasisPoints: 4000 }] },
      },
      include: { members: true },
    });
    await db.prisma.groupStepAssignment.create({ data: { groupId: group.id, memberId: group.members[0]!.id, jobStepId: step.id, processCode: step.processCode, quantity: 100 } });
    const thirdAdmin = await viewerOf(db, (await db.prisma.user.findFirstOrThrow({ where: { firmId: third.id, role: "FIRM_ADMIN" } })).email);
    await expect(drawingForReader(thirdAdmin, pdfId, "VIEW", IP)).rejects.toBeInstanceOf(NotFoundError);

    // Award takes the group's offer (issue 17): its member prices the step and the lead sends it.
    await priceEveryStep(db, group.id, today);
    const sent = await sendGroupOffer(db, group.id, today);
    const offer = await db.prisma.groupOffer.findUniqueOrThrow({ where: { id: sent.offerId }, select: { rowVersion: true } });
    await awardGroup(db, buyer, { groupId: group.id, offerId: sent.offerId, rowVersion: offer.rowVersion }, today);
    await expect(drawingForReader(adminB, pdfId, "VIEW", IP)).rejects.toBeInstanceOf(NotFoundError); // agreed, but not in the awarded group
    await expect(acceptNda(adminB, { jobId }, IP)).rejects.toMatchObject({ messageKey: "drawings.errors.awardedElsewhere" });
    expect((await drawingForReader(memberA, pdfId, "VIEW", IP)).mimeType).toBe("application/pdf");
    await expect(drawingForReader(thirdAdmin, pdfId, "VIEW", IP)).rejects.toBeInstanceOf(NotFoundError);
    await acceptNda(thirdAdmin, { jobId }, IP);
    expect((await drawingForReader(thirdAdmin, pdfId, "VIEW", IP)).mimeType).toBe("application/pdf");
  });

  it("keeps every drawing object to its own tenants: other buyers, firms and made-up ids get 404", async () => {
    const { jobId, pdfId } = await confidentialJob();
    await acceptNda(adminA, { jobId }, IP);
    await expect(loadDrawing(otherBuyer, pdfId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawAccess(otherBuyer, { jobId, firmId: adminA.firmId! })).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawAccess(adminB, { jobId, firmId: adminA.firmId! })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withdrawAccess(buyer, { jobId, firmId: adminB.firmId! })).rejects.toBeInstanceOf(NotFoundError); // no such acceptance
    await expect(deleteDrawing(otherBuyer, pdfId, IP)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteDrawing(adminA, pdfId, IP)).rejects.toBeInstanceOf(ForbiddenError);
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      await expect(drawingForReader(adminA, id, "DOWNLOAD", IP)).rejects.toBeInstanceOf(NotFoundError);
      await expect(acceptNda(adminA, { jobId: id }, IP)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A draft's agreement is the buyer's alone.
    const { jobId: draftId } = await saveDraft(buyer, { titleJa: "下書きの契約", ndaKind: "CUSTOM" });
    await attachNdaDocument(buyer, draftId, { bytes: await drawingPdf(), name: "nda.pdf" });
    await expect(ndaDocumentOf(adminA, draftId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ndaDocumentOf(otherBuyer, draftId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attachNdaDocument(otherBuyer, draftId, { bytes: await drawingPdf(), name: "x.pdf" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await ndaDocumentOf(buyer, draftId))!.mimeType).toBe("application/pdf");
  });

  it("takes the buyer's own agreement as a sound PDF and records its fingerprint on acceptance", async () => {
    const { jobId } = await saveDraft(buyer, { titleJa: "自社契約" });
    await attachToJob(buyer, jobId, { bytes: await drawingPdf(), name: "part.pdf" });
    await expect(submitJob(buyer, { ...jobInput({ ndaKind: "CUSTOM" }), jobId }, today)).rejects.toMatchObject({ messageKey: "drawings.errors.documentMissing", field: "ndaKind" });
    await expect(attachNdaDocument(buyer, jobId, { bytes: await encryptedPdf(), name: "nda.pdf" })).rejects.toMatchObject({ problem: "encrypted" });
    await expect(attachNdaDocument(buyer, jobId, { bytes: await drawingPng(), name: "nda.png" })).rejects.toMatchObject({ problem: "typeNotAllowed" });
    const document = await attachNdaDocument(buyer, jobId, { bytes: await drawingPdf(), name: "nda.pdf" });
    await submitJob(buyer, { ...jobInput({ ndaKind: "CUSTOM" }), jobId }, today);
    expect((await ndaDocumentOf(adminA, jobId))!.fileName).toBe("nda.pdf");
    await acceptNda(adminA, { jobId }, IP);
    const stored = await testDb.current!.prisma.attachment.findUniqueOrThrow({ where: { id: document.id } });
    expect(await testDb.current!.prisma.ndaAcceptance.findFirst({ where: { jobId }, select: { kind: true, documentSha256: true, templateVersion: true } })).toEqual({ kind: "CUSTOM", documentSha256: stored.sha256, templateVersion: null });
    // The agreement itself is not a drawing: the drawing routes do not serve it.
    await expect(loadDrawing(buyer, document.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("deletes drawings when the retention period after the job ended is over, logs each deletion, and does it once", async () => {
    const db = testDb.current!;
    const { jobId, pdfId, pngId } = await confidentialJob({ ndaRetentionDays: 30 });
    const plain = await confidentialJob({ ndaKind: "NONE" });
    const keys = (await db.prisma.attachment.findMany({ where: { id: { in: [pdfId, pngId] } }, select: { storageKey: true } })).map((a) => a.storageKey);
    const ended = new Date(today.getTime() + DAY);
    await transitionJob({ jobId, to: "CANCELLED", actor: { kind: "buyer", userId: buyer.userId }, now: ended });
    await transitionJob({ jobId: plain.jobId, to: "CANCELLED", actor: { kind: "buyer", userId: buyer.userId }, now: ended });

    expect((await deleteExpiredDrawings(db, new Date(ended.getTime() + 30 * DAY - 1))).deleted.filter((id) => [pdfId, pngId, plain.pdfId].includes(id))).toEqual([]);
    const due = await deleteExpiredDrawings(db, new Date(ended.getTime() + 30 * DAY));
    expect(due.deleted.sort()).toEqual([pdfId, pngId].sort());
    expect(await db.prisma.attachment.count({ where: { id: { in: [pdfId, pngId] } } })).toBe(0);
    for (const key of keys) expect(existsSync(pathForKey(key))).toBe(false);
    const log = await db.prisma.drawingAccess.findMany({ where: { jobId, kind: "DELETE" }, select: { attachmentId: true, userId: true, at: true } });
    expect(log.map((l) => l.attachmentId).sort()).toEqual([pdfId, pngId].sort());
    expect(log.every((l) => l.userId === null && l.at.getTime() === ended.getTime() + 30 * DAY)).toBe(true);
    expect((await deleteExpiredDrawings(db, new Date(ended.getTime() + 31 * DAY))).deleted).toEqual([]); // nothing left to do
    // Without an agreement the default 90 days apply.
    expect((await deleteExpiredDrawings(db, new Date(ended.getTime() + 90 * DAY - 1))).deleted).not.toContain(plain.pdfId);
    expect((await deleteExpiredDrawings(db, new Date(ended.getTime() + 90 * DAY))).deleted).toEqual(expect.arrayContaining([plain.pdfId, plain.pngId]));
  });

  it("lets the buyer delete a drawing early, logged under its name", async () => {
    const { jobId, pdfId } = await confidentialJob();
    await deleteDrawing(buyer, pdfId, IP, today);
    await expect(loadDrawing(buyer, pdfId)).rejects.toBeInstanceOf(NotFoundError);
    const entries = (await accessLogOf(buyer, jobId)).entries;
    expect(entries.map((e) => [e.kind, e.userName, e.fileName])).toEqual([["DELETE", buyer.name, "shaft.pdf"]]);
    await expect(deleteDrawing(buyer, pdfId, IP, today)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("serves drawings of a job without an agreement to every firm that sees it, still stamped", async () => {
    const { pdfId } = await confidentialJob({ ndaKind: "NONE" });
    const copy = await drawingForReader(adminB, pdfId, "DOWNLOAD", IP, today);
    expect((await pdfPageTexts(copy.bytes))[0]).toContain("CONFIDENTIAL");
    expect((await loadDrawing(staff, pdfId)).attachment.id).toBe(pdfId);
  });

  it("has no agreement to accept on a job without one", async () => {
    const { jobId } = await confidentialJob({ ndaKind: "NONE" });
    expect(await ndaOverview(adminA, jobId)).toBeNull();
    await expect(acceptNda(adminA, { jobId }, IP)).rejects.toBeInstanceOf(NotFoundError);
  });
});
