// The firm profile of the viewer's OWN firm: load it for the editor, save it, confirm it unchanged.
// There is no firm id in any input: the firm is always the viewer's, so a firm can edit only itself.
// Each save is one transaction (basics and every list together) and is audited with who and when.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError } from "@/lib/authz";
import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import type { CapabilityRow, CertificationRow, EquipmentRow, FirmProfileInput } from "./schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";

type Tx = Prisma.TransactionClient;

/** The viewer's firm, after checking they may edit it (verified firm admin of this very firm). */
export async function ownFirmRef(viewer: Viewer, permission: "firm.update" | "firm.view" = "firm.update") {
  if (!viewer.firmId) throw new NotFoundError("firm");
  const prisma = await getPrisma();
  const firm = await prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { id: true, associationId: true, status: true, municipalityCode: true } });
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, permission, { type: "firm", id: firm.id, associationId: firm.associationId, status: firm.status });
  return firm;
}

export async function loadOwnProfile(viewer: Viewer) {
  const ref = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  const firm = await prisma.firm.findUniqueOrThrow({
    where: { id: ref.id },
    select: {
      id: true, nameJa: true, nameKana: true, nameEn: true, postalCode: true, municipalityCode: true, address: true, employees: true,
      foundedYear: true, website: true, invoiceRegistrationNumber: true, descriptionJa: true, descriptionEn: true, strengthsJa: true, strengthsEn: true,
      profileConfirmedAt: true, updatedAt: true, logoAttachmentId: true,
      capabilities: { orderBy: { process: { sortOrder: "asc" } }, select: { processCode: true, bestToleranceUm: true, maxWorkpieceMm: true, monthlyCapacity: true, leadTimeDays: true, notes: true, materials: { select: { materialCode: true } } } },
      equipment: { orderBy: [{ kind: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, maker: true, model: true, year: true, count: true, travelXMm: true, travelYMm: true, travelZMm: true, maxDiameterMm: true, tonnage: true, accuracyUm: true, specs: true } },
      certifications: { orderBy: { certificationCode: "asc" }, select: { certificationCode: true, certificateNumber: true, issuer: true, issuedOn: true, expiresOn: true } },
      photos: { where: { kind: "FIRM_PHOTO" }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true } },
    },
  });
  const lastSave = await prisma.auditLog.findFirst({
    where: { targetType: "firm", targetId: firm.id, action: { in: ["firm.profile.saved", "firm.profile.confirmed", "firm.profile.imported"] } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return { ...firm, lastSave: lastSave ? { at: lastSave.createdAt, by: lastSave.actor?.name ?? null } : null };
}
export type OwnProfile = Awaited<ReturnType<typeof loadOwnProfile>>;

export { specsNotes } from "./specs-notes";

export async function replaceCapabilities(tx: Tx, firmId: string, rows: readonly CapabilityRow[]) {
  await tx.capability.deleteMany({ where: { firmId, processCode: { notIn: rows.map((r) => r.processCode) } } });
  for (const row of rows) {
    const data = { bestToleranceUm: row.bestToleranceUm, maxWorkpieceMm: row.maxWorkpieceMm, monthlyCapacity: row.monthlyCapacity, leadTimeDays: row.leadTimeDays, notes: row.notes };
    const capability = await tx.capability.upsert({
      where: { firmId_processCode: { firmId, processCode: row.processCode } },
      create: { firmId, processCode: row.processCode, ...data },
      update: data,
      select: { id: true },
    });
    await tx.capabilityMaterial.deleteMany({ where: { capabilityId: capability.id } });
    if (row.materialCodes.length) await tx.capabilityMaterial.createMany({ data: row.materialCodes.map((materialCode) => ({ capabilityId: capability.id, materialCode })) });
  }
}

const equipmentData = (row: EquipmentRow) => ({
  kind: row.kind, maker: row.maker, model: row.model, year: row.year ?? null, count: row.count,
  travelXMm: row.travelXMm ?? null, travelYMm: row.travelYMm ?? null, travelZMm: row.travelZMm ?? null,
  maxDiameterMm: row.maxDiameterMm ?? null, tonnage: row.tonnage ?? null, accuracyUm: row.accuracyUm ?? null,
  specs: row.notes ? { notes: row.notes } : {},
});

/** Rows with an id of this firm are updated, new rows created, the rest removed. An id of another
 *  firm's machine is treated as a new row (never an update across firms). */
export async function replaceEquipment(tx: Tx, firmId: string, rows: readonly EquipmentRow[]) {
  const existing = new Set((await tx.equipment.findMany({ where: { firmId }, select: { id: true } })).map((e) => e.id));
  const keep = rows.map((r) => r.id).filter((id): id is string => id !== undefined && existing.has(id));
  await tx.equipment.deleteMany({ where: { firmId, id: { notIn: keep } } });
  for (const row of rows) {
    if (row.id && existing.has(row.id)) await tx.equipment.update({ where: { id: row.id }, data: equipmentData(row) });
    else await tx.equipment.create({ data: { firmId, ...equipmentData(row) } });
  }
}

const asDate = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function replaceCertifications(tx: Tx, firmId: string, rows: readonly CertificationRow[]) {
  await tx.firmCertification.deleteMany({ where: { firmId, certificationCode: { notIn: rows.map((r) => r.certificationCode) } } });
  for (const row of rows) {
    const data = { certificateNumber: row.certificateNumber ?? null, issuer: row.issuer ?? null, issuedOn: asDate(row.issuedOn), expiresOn: asDate(row.expiresOn) };
    await tx.firmCertification.upsert({ where: { firmId_certificationCode: { firmId, certificationCode: row.certificationCode } }, create: { firmId, certificationCode: row.certificationCode, ...data }, update: data });
  }
}

export async function saveOwnProfile(viewer: Viewer, input: FirmProfileInput, now = clock.now()) {
  const ref = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  const municipality = MUNICIPALITY_BY_CODE.get(input.municipalityCode)!;
  await prisma.$transaction(async (tx) => {
    await tx.firm.update({
      where: { id: ref.id },
      data: {
        nameJa: input.nameJa, nameKana: input.nameKana ?? null, nameEn: input.nameEn ?? null, postalCode: input.postalCode ?? null,
        municipalityCode: input.municipalityCode, prefecture: municipality.prefecture, address: input.address, employees: input.employees,
        foundedYear: input.foundedYear ?? null, website: input.website ?? null, invoiceRegistrationNumber: input.invoiceRegistrationNumber,
        descriptionJa: input.descriptionJa, descriptionEn: input.descriptionEn, strengthsJa: input.strengthsJa, strengthsEn: input.strengthsEn,
        // A move to another ward/city moves the firm's map point to that area's centre (no geocoding offline).
        ...(ref.municipalityCode !== input.municipalityCode ? { latitude: municipality.latitude, longitude: municipality.longitude } : {}),
        profileConfirmedAt: now,
      },
    });
    await replaceCapabilities(tx, ref.id, input.capabilities);
    await replaceEquipment(tx, ref.id, input.equipment);
    await replaceCertifications(tx, ref.id, input.certifications);
  });
  await audit({
    action: "firm.profile.saved",
    actor: { userId: viewer.userId, role: viewer.role },
    targetType: "firm",
    targetId: ref.id,
    details: { capabilities: input.capabilities.length, equipment: input.equipment.length, certifications: input.certifications.length },
  });
  return { firmId: ref.id, savedAt: now.toISOString() };
}

/** "Nothing changed, still true": resets the six-month reminder clock. */
export async function confirmOwnProfile(viewer: Viewer, now = clock.now()) {
  const ref = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  await prisma.firm.update({ where: { id: ref.id }, data: { profileConfirmedAt: now } });
  await audit({ action: "firm.profile.confirmed", actor: { userId: viewer.userId, role: viewer.role }, targetType: "firm", targetId: ref.id });
  return { confirmedAt: now.toISOString() };
}
