// Inspection plans and measured results on a real database: the lead or the buyer plans what to
// check; the member receiving the parts (or the step's quality owner) enters values for a sample;
// a value out of tolerance raises a non-conformance at once; each lot has an inspection report PDF.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { pdfPageTexts } from "../helpers/pdf-text";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { addCharacteristic, addTemplate, readPlan, removeCharacteristic } = await import("@/lib/quality/inspection-plan");
const { characteristicSchema, lotSchema } = await import("@/lib/quality/inspection-schemas");
const { recordLot } = await import("@/lib/quality/lots");
const { inspectionReportFor, inspectionReportPdf } = await import("@/lib/quality/inspection-report");
const { NotFoundError } = await import("@/lib/authz");
const { addDeliveryDocument, listDeliveryDocuments } = await import("@/lib/quality/delivery-documents");
const { groupFileForDownload } = await import("@/lib/groups/group-files");

const today = new Date("2026-11-01T00:00:00Z");
const at = (hours: number) => new Date(today.getTime() + hours * 3_600_000);
afterAll(async () => testDb.current?.close());

describe("inspection plans and measured results", () => {
  const db = () => testDb.current!;
  let groupId: string;
  let steps: { id: string; processCode: string; firmId: string; ownerFirmId: string | null }[];
  let lead: Viewer;
  let receiver: Viewer; // the firm of step 2, which receives step 1's parts
  let buyer: Viewer;
  let outsider: Viewer;
  let diameterId: string;
  const problem = (key: string) => expect.objectContaining({ messageKey: key });
  const lotInput = (lotNumber: string, values: Record<string, string[]>, sampleSize = 3) =>
    lotSchema.parse({ groupId, assignmentId: steps[0]!.id, lotNumber, lotQuantity: "500", sampleSize: String(sampleSize), ...Object.fromEntries(Object.entries(values).flatMap(([id, vs]) => vs.map((v, i) => [`m:${id}:${i + 1}`, v]))) });

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 80, seed: 5, today });
    const [row] = await db().sql.query<{ id: string }>(`
      SELECT g.id FROM "JointOrderGroup" g
       WHERE g.kind = 'JOB' AND g.status = 'IN_PRODUCTION'
         AND (SELECT count(DISTINCT m."firmId") FROM "GroupMember" m WHERE m."groupId" = g.id AND m.status = 'ACCEPTED') >= 2
         AND (SELECT count(*) FROM "GroupStepAssignment" a WHERE a."groupId" = g.id) >= 2
         -- not the demo group whose inspection is already planned: this test plans from nothing
         AND NOT EXISTS (SELECT 1 FROM "InspectionCharacteristic" c WHERE c."groupId" = g.id)
       ORDER BY g.id LIMIT 1`);
    groupId = row!.id;
    const assignments = await db().prisma.groupStepAssignment.findMany({ where: { groupId }, orderBy: { jobStep: { position: "asc" } }, select: { id: true, processCode: true, member: { select: { firmId: true } }, qualityOwner: { select: { firmId: true } } } });
    steps = assignments.map((a) => ({ id: a.id, processCode: a.processCode, firmId: a.member.firmId, ownerFirmId: a.qualityOwner?.firmId ?? null }));
    const group = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { leadFirmId: true, job: { select: { buyerOrgId: true } } } });
    lead = await firmAdminOf(db(), group.leadFirmId);
    receiver = await firmAdminOf(db(), steps[1]!.firmId);
    buyer = await viewerOf(db(), (await db().prisma.user.findFirstOrThrow({ where: { buyerOrgId: group.job!.buyerOrgId, role: "BUYER" } })).email);
    const memberFirms = (await db().prisma.groupMember.findMany({ where: { groupId }, select: { firmId: true } })).map((m) => m.firmId);
    outsider = await firmAdminOf(db(), (await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: memberFirms }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } })).id);
  }, 120_000);

  it("is planned by the lead or the buyer: a template per process and the drawing's own limits", async () => {
    const { added } = await addTemplate(db(), lead, { groupId, assignmentId: steps[0]!.id }, at(1));
    expect(added).toBeGreaterThan(0);
    const diameter = characteristicSchema.parse({ groupId, assignmentId: steps[0]!.id, name: "外径 φ20 h7", kind: "VARIABLE", unit: "mm", nominal: "20", lower: "-0.021", upper: "+0", method: "マイクロメータ" });
    expect(diameter.limits).toEqual({ lower: "19.979", upper: "20" });
    ({ id: diameterId } = await addCharacteristic(db(), lead, diameter, at(1)));
    await addCharacteristic(db(), buyer, characteristicSchema.parse({ groupId, assignmentId: "final", name: "外観", kind: "ATTRIBUTE", method: "目視" }), at(1));
    // A member that is not the lead, and a firm outside the group, may not plan.
    if (receiver.firmId !== lead.firmId) await expect(addTemplate(db(), receiver, { groupId, assignmentId: null }, at(1))).rejects.toBeInstanceOf(NotFoundError);
    await expect(addTemplate(db(), outsider, { groupId, assignmentId: null }, at(1))).rejects.toBeInstanceOf(NotFoundError);
    const plan = await readPlan(db(), groupId);
    expect(plan.filter((c) => c.assignmentId === steps[0]!.id)).toHaveLength(added + 1);
    expect(plan.find((c) => c.id === diameterId)).toMatchObject({ nominal: "20", lower: "19.979", upper: "20", kind: "VARIABLE" });
    expect(() => characteristicSchema.parse({ groupId, assignmentId: "", name: "硬さ", kind: "VARIABLE", lower: "62", upper: "58" })).toThrow();
  });

  it("takes a lot's values from the member receiving the parts; all in tolerance makes a passing lot and no non-conformance", async () => {
    const plan = (await readPlan(db(), groupId)).filter((c) => c.assignmentId === steps[0]!.id);
    const inTolerance = Object.fromEntries(plan.map((c) => [c.id, c.kind === "ATTRIBUTE" ? ["OK", "OK", "OK"] : Array(3).fill(c.lower ?? c.upper ?? "10")]));
    await expect(recordLot(db(), outsider, lotInput("L-001", inTolerance), at(2))).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordLot(db(), buyer, lotInput("L-001", inTolerance), at(2))).rejects.toEqual(problem("quality.measure.problems.notInspector"));
    const lot = await recordLot(db(), receiver, lotInput("L-001", inTolerance), at(2));
    expect(lot).toMatchObject({ nonconformingUnits: 0, ncId: null });
    expect(await db().prisma.measurement.count({ where: { lotId: lot.lotId } })).toBe(plan.length * 3);
    await expect(recordLot(db(), receiver, lotInput("L-001", inTolerance), at(2))).rejects.toEqual(problem("quality.measure.problems.lotExists"));
  });

  it("flags values out of tolerance and raises a non-conformance against the step at once", async () => {
    const plan = (await readPlan(db(), groupId)).filter((c) => c.assignmentId === steps[0]!.id);
    const values = Object.fromEntries(plan.map((c) => [c.id, c.kind === "ATTRIBUTE" ? ["OK", "OK", "OK"] : Array(3).fill(c.lower ?? c.upper ?? "10")]));
    values[diameterId] = ["19.990", "20.005", "１９．９７５"]; // two out: above 20 and below 19.979
    const lot = await recordLot(db(), receiver, lotInput("L-002", values), at(3));
    expect(lot.nonconformingUnits).toBe(2);
    const nc = await db().prisma.nonConformance.findUniqueOrThrow({ where: { id: lot.ncId! } });
    expect(nc).toMatchObject({ source: "MEASUREMENT", status: "RAISED", lotId: lot.lotId, assignmentId: steps[0]!.id, quantityAffected: 2, raisedByFirmId: receiver.firmId });
    expect(nc.description).toContain("L-002");
    expect(nc.description).toContain("20.005");
    const told = await db().prisma.notification.count({ where: { kind: "quality.nc", linkPath: `/groups/${groupId}/quality/nc/${nc.id}`, userId: lead.userId } });
    expect(told).toBe(1);
    // The characteristic now has measured values: it stays in the plan.
    await expect(removeCharacteristic(db(), lead, { characteristicId: diameterId })).rejects.toEqual(problem("quality.plan.problems.measured"));
  });

  it("refuses a lot with a missing or unreadable value, naming the field", async () => {
    const plan = (await readPlan(db(), groupId)).filter((c) => c.assignmentId === steps[0]!.id);
    const values = Object.fromEntries(plan.map((c) => [c.id, c.kind === "ATTRIBUTE" ? ["OK", "OK", "OK"] : Array(3).fill(c.lower ?? c.upper ?? "10")]));
    values[diameterId] = ["19.99", "abc", ""];
    await expect(recordLot(db(), receiver, lotInput("L-003", values), at(4))).rejects.toEqual(expect.objectContaining({ messageKey: "quality.measure.problems.value", params: { count: 2 }, field: `m:${diameterId}:2` }));
    expect(await db().prisma.inspectionLot.count({ where: { groupId, lotNumber: "L-003" } })).toBe(0);
  });

  it("makes each lot's inspection report in Japanese and English, with every value and the verdict", async () => {
    const lot = await db().prisma.inspectionLot.findFirstOrThrow({ where: { groupId, lotNumber: "L-002" } });
    await expect(inspectionReportFor(db(), outsider, lot.id)).rejects.toBeInstanceOf(NotFoundError);
    const report = await inspectionReportFor(db(), buyer, lot.id);
    const jaBytes = await inspectionReportPdf(report, "ja");
    if (process.env.KEEP_REPORT) writeFileSync(`${process.env.KEEP_REPORT}.ja.pdf`, jaBytes);
    const ja = (await pdfPageTexts(jaBytes)).join("\n");
    expect(ja).toContain("検査成績書");
    expect(ja).toContain("L-002");
    expect(ja).toContain("外径 φ20 h7");
    expect(ja).toContain("19.979 – 20");
    expect(ja).toContain("20.005 *");
    expect(ja).toContain("不合格（2 個）");
    const enBytes = await inspectionReportPdf(report, "en");
    const en = (await pdfPageTexts(enBytes)).join("\n");
    expect(en).toContain("Inspection Report");
    expect(en).toContain("Fail (2 pcs)");
    if (process.env.KEEP_REPORT) writeFileSync(process.env.KEEP_REPORT, enBytes);
  });

  it("keeps mill certificates and RoHS declarations per lot, checked by content, for the buyer to download", async () => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "kj-delivery-documents-"));
    const lot = await db().prisma.inspectionLot.findFirstOrThrow({ where: { groupId, lotNumber: "L-001" } });
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 200]);
    const bytes = await pdf.save();
    const doc = await addDeliveryDocument(db(), receiver, { groupId, lotId: lot.id, kind: "MILL_CERTIFICATE", file: { bytes, name: "ミルシート S45C.pdf" } }, at(5));
    await addDeliveryDocument(db(), lead, { groupId, lotId: null, kind: "ROHS_DECLARATION", file: { bytes, name: "rohs.pdf" } }, at(5));
    // A file named .pdf that is not one is refused; so is a lot of another group.
    await expect(addDeliveryDocument(db(), lead, { groupId, lotId: null, kind: "REACH_DECLARATION", file: { bytes: new TextEncoder().encode("<html>not a pdf</html>"), name: "reach.pdf" } }, at(5))).rejects.toMatchObject({ problem: "typeNotAllowed" });
    const foreignLot = await db().prisma.inspectionLot.findFirst({ where: { groupId: { not: groupId } } });
    if (foreignLot) await expect(addDeliveryDocument(db(), lead, { groupId, lotId: foreignLot.id, kind: "OTHER", file: { bytes, name: "x.pdf" } }, at(5))).rejects.toEqual(problem("validation.invalid"));
    await expect(addDeliveryDocument(db(), outsider, { groupId, lotId: null, kind: "OTHER", file: { bytes, name: "x.pdf" } }, at(5))).rejects.toBeInstanceOf(NotFoundError);

    const listed = await listDeliveryDocuments(db(), buyer, groupId);
    expect(listed.map((d) => [d.kind, d.lotId])).toEqual(expect.arrayContaining([["MILL_CERTIFICATE", lot.id], ["ROHS_DECLARATION", null]]));
    const mill = listed.find((d) => d.id === doc.id)!;
    expect(mill.attachment.fileName).toContain("S45C");
    await expect(groupFileForDownload(db(), buyer, mill.attachment.id)).resolves.toMatchObject({ mimeType: "application/pdf" });
    await expect(groupFileForDownload(db(), outsider, mill.attachment.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
