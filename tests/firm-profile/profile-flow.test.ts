// The firm profile on a real database: a firm admin saves their own profile (audited, confirmed,
// then found in the directory), edits equipment rows in place, and imports/exports spreadsheets
// all or nothing; nobody else can edit the firm.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { confirmOwnProfile, loadOwnProfile, saveOwnProfile } = await import("@/lib/firm-profile/profile-data");
const { profileFormValues } = await import("@/lib/firm-profile/form-values");
const { firmProfileSchema } = await import("@/lib/firm-profile/schema");
const { commitImport, exportSheet, previewImport } = await import("@/lib/firm-profile/import-export");
const { readSheet } = await import("@/lib/firm-profile/spreadsheet");
const { listStaleProfiles } = await import("@/lib/firm-profile/staleness");
const { addFirmImage, firmImageForDownload, removeFirmPhoto } = await import("@/lib/firm-profile/media");
const { searchDirectory } = await import("@/lib/directory/search");
const { parseDirectoryQuery } = await import("@/lib/directory/search-params");
const { DomainError, ForbiddenError, NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

/** The editor's round trip: stored profile → form strings (lists as JSON) → schema → save. */
async function formInput(viewer: Viewer, change: (values: ReturnType<typeof profileFormValues>) => void) {
  const values = profileFormValues(await loadOwnProfile(viewer));
  change(values);
  return firmProfileSchema.parse({ ...values, capabilities: JSON.stringify(values.capabilities), equipment: JSON.stringify(values.equipment), certifications: JSON.stringify(values.certifications) });
}
const csv = (text: string) => ({ bytes: new TextEncoder().encode(text) });

describe("firm profile", () => {
  let admin: Viewer;
  let firmId: string;
  let otherFirmId: string;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 5, today });
    const firms = await db().prisma.firm.findMany({ where: { status: "VERIFIED", equipment: { some: {} }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    firmId = firms[0]!.id;
    otherFirmId = firms[1]!.id;
    const user = await db().prisma.user.findFirstOrThrow({ where: { firmId, role: "FIRM_ADMIN", status: "ACTIVE" }, orderBy: { email: "asc" } });
    admin = await viewerOf(db(), user.email);
  }, 180_000);

  it("saves the admin's own profile in one go, audits who and when, and the directory finds it", async () => {
    const input = await formInput(admin, (v) => {
      v.nameJa = "ヤマダ精機製作所";
      v.nameKana = "やまだせいきせいさくしょ";
      v.descriptionEn = "Precision turning of titanium parts";
      v.capabilities = [{ processCode: "turning", materialCodes: ["ti64"], bestToleranceUm: "２", maxWorkpieceMm: "120", monthlyCapacity: "3000", leadTimeDays: "5", notes: "" }];
      v.certifications = [{ certificationCode: "iso9001", certificateNumber: "JQA-1", issuer: "JQA", issuedOn: "2020-01-01", expiresOn: "2029-01-01" }];
    });
    const saved = await saveOwnProfile(admin, input, today);
    expect(saved.firmId).toBe(firmId);

    const profile = await loadOwnProfile(admin);
    expect(profile).toMatchObject({ nameJa: "ヤマダ精機製作所", profileConfirmedAt: today });
    expect(profile.capabilities).toEqual([expect.objectContaining({ processCode: "turning", bestToleranceUm: 2, materials: [{ materialCode: "ti64" }] })]);
    expect(profile.lastSave?.by).toBe(admin.name);
    const log = await db().prisma.auditLog.findFirstOrThrow({ where: { action: "firm.profile.saved", targetId: firmId } });
    expect(log.actorId).toBe(admin.userId);

    const found = await searchDirectory(db().sql, admin, parseDirectoryQuery(new URLSearchParams({ q: "ﾔﾏﾀﾞｾｲｷ", process: "turning", tolMax: "2", material: "ti64" })));
    expect(found.firms.map((f) => f.id)).toContain(firmId);
  });

  it("edits, adds and removes equipment rows in place, and never touches another firm's machine", async () => {
    const before = await db().prisma.equipment.findMany({ where: { firmId }, orderBy: { createdAt: "asc" } });
    const foreign = await db().prisma.equipment.findFirstOrThrow({ where: { firmId: otherFirmId } });
    const input = await formInput(admin, (v) => {
      v.equipment = v.equipment.slice(0, 1).map((e) => ({ ...e, model: "EDITED-1", count: "3" }));
      v.equipment.push({ id: "", kind: "CMM", maker: "ミツトヨ", model: "CRYSTA", year: "2021", count: "1", travelXMm: "", travelYMm: "", travelZMm: "", maxDiameterMm: "", tonnage: "", accuracyUm: "2", notes: "" });
      v.equipment.push({ ...v.equipment[0]!, id: foreign.id, model: "HIJACK" });
    });
    await saveOwnProfile(admin, input, today);
    const after = await db().prisma.equipment.findMany({ where: { firmId }, orderBy: { createdAt: "asc" } });
    expect(after).toHaveLength(3);
    expect(after.find((e) => e.id === input.equipment[0]!.id)).toMatchObject({ model: "EDITED-1", count: 3 });
    expect(after.filter((e) => before.some((b) => b.id === e.id))).toHaveLength(1);
    expect(await db().prisma.equipment.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ firmId: otherFirmId, model: foreign.model });
  });

  it("lets only the firm's own verified admin edit it", async () => {
    const memberUser = await db().prisma.user.findFirst({ where: { firmId, role: "FIRM_MEMBER", status: "ACTIVE" } });
    const member = memberUser ? await viewerOf(db(), memberUser.email) : { ...admin, role: "FIRM_MEMBER" as const };
    await expect(loadOwnProfile(member)).rejects.toBeInstanceOf(ForbiddenError);
    const pendingAdmin = await db().prisma.user.findFirstOrThrow({ where: { role: "FIRM_ADMIN", firm: { status: "PENDING" } } });
    await expect(confirmOwnProfile(await viewerOf(db(), pendingAdmin.email))).rejects.toBeInstanceOf(ForbiddenError);
    const buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    await expect(loadOwnProfile(buyer)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("previews a broken sheet with every problem by row and column, and imports nothing", async () => {
    const before = await db().prisma.equipment.count({ where: { firmId } });
    const broken = csv(["kind,maker,model,year,count,colour", "CNC_LATHE,オークマ,LB3000,2018,2,red", "SPACESHIP,,X,2099,0,", "MACHINING_CENTER,DMG森精機,NVX 5080,,1,"].join("\r\n"));
    const preview = await previewImport(admin, "equipment", broken);
    expect(preview.rowCount).toBe(3);
    expect(preview.problems).toEqual(expect.arrayContaining([
      { row: 1, column: "colour", message: "directory.import.unknownColumn" },
      { row: 3, column: "kind", message: "validation.choose" },
      { row: 3, column: "maker", message: "validation.required" },
      { row: 3, column: "year", message: "directory.validation.futureYear" },
      { row: 3, column: "count", message: "validation.tooSmall" },
    ]));
    expect(preview.problems.every((p) => p.row !== 2 && p.row !== 4)).toBe(true);
    await expect(commitImport(admin, "equipment", broken)).rejects.toBeInstanceOf(DomainError);
    expect(await db().prisma.equipment.count({ where: { firmId } })).toBe(before);
  });

  it("rejects a file that is not CSV or .xlsx by its content", async () => {
    const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) };
    await expect(previewImport(admin, "equipment", png)).rejects.toMatchObject({ name: "UploadRejectedError" });
  });

  it("imports a clean sheet all at once and exports the same format back (CSV and .xlsx)", async () => {
    const clean = csv(["processCode,materialCodes,bestToleranceUm,maxWorkpieceMm,monthlyCapacity,leadTimeDays,notes", "milling,A5052;SUS304,10,500,800,6,", "grinding,SKD11,1,200,300,8,=not a formula"].join("\r\n"));
    const result = await commitImport(admin, "capabilities", clean);
    expect(result.imported).toBe(2);
    const stored = await db().prisma.capability.findMany({ where: { firmId }, include: { materials: true }, orderBy: { processCode: "asc" } });
    expect(stored.map((c) => [c.processCode, c.materials.map((m) => m.materialCode).sort()])).toEqual([["grinding", ["skd11"]], ["milling", ["a5052", "sus304"]]]);

    for (const format of ["csv", "xlsx"] as const) {
      const exported = await exportSheet(admin, "capabilities", format);
      const back = await readSheet("capabilities", format, exported.bytes);
      if (back.target !== "capabilities") throw new Error("read the wrong sheet");
      expect(back.problems).toEqual([]);
      expect(back.rows.map((r) => [r.processCode, r.bestToleranceUm, r.notes])).toEqual([["milling", 10, ""], ["grinding", 1, "=not a formula"]]);
    }
    const equipmentXlsx = await exportSheet(admin, "equipment", "xlsx");
    const preview = await previewImport(admin, "equipment", equipmentXlsx);
    expect(preview.problems).toEqual([]);
    expect(preview.rowCount).toBe(await db().prisma.equipment.count({ where: { firmId } }));
  });

  it("stores a logo and photos by content type, shows them to those who may see the firm, removes photos", async () => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "kj-firm-media-"));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    const logo = await addFirmImage(admin, "logo", { bytes: png, name: "logo.png" });
    const photo = await addFirmImage(admin, "photo", { bytes: png, name: "shop.png" });
    await expect(addFirmImage(admin, "photo", { bytes: new TextEncoder().encode("%PDF-1.4 not an image"), name: "shop.png" })).rejects.toMatchObject({ problem: "typeNotAllowed" });
    const buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    await expect(firmImageForDownload(buyer, firmId, logo.id)).resolves.toMatchObject({ mimeType: "image/png" });
    await expect(firmImageForDownload(buyer, otherFirmId, photo.id)).rejects.toBeInstanceOf(NotFoundError);
    await removeFirmPhoto(admin, photo.id);
    await expect(firmImageForDownload(buyer, firmId, photo.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("flags profiles nobody confirmed for six months", async () => {
    await db().prisma.firm.update({ where: { id: otherFirmId }, data: { profileConfirmedAt: new Date("2026-04-01T00:00:00Z") } });
    const stale = await listStaleProfiles(db().sql, today);
    expect(stale.map((s) => s.firmId)).toContain(otherFirmId);
    expect(stale.map((s) => s.firmId)).not.toContain(firmId);
  });
});
