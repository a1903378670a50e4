// Bulk import and export of the viewer's own equipment or capability list. The file's type is
// decided from its bytes (lib/uploads), never its name. Preview and import read the same file the
// same way; the import runs only when the preview has no problem, and replaces the whole list in
// one transaction (all or nothing). Export writes what the import reads.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { detectFileKind } from "@/lib/uploads/file-kinds";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { ownFirmRef, replaceCapabilities, replaceEquipment, specsNotes } from "./profile-data";
import type { CapabilityRow, EquipmentRow } from "./schema";
import { readSheet, SHEET_COLUMNS, writeSheet, type ParsedSheet, type SheetFormat, type SheetProblem, type SheetTarget } from "./spreadsheet";
import { clock } from "@/lib/clock";

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const PREVIEW_ROWS = 50;

export interface ImportPreview {
  target: SheetTarget;
  rowCount: number;
  problems: SheetProblem[];
  /** The first rows as they will be stored, for the user to eyeball. */
  sample: (string | number)[][];
  columns: readonly string[];
}

async function parseUpload(target: SheetTarget, file: { bytes: Uint8Array }): Promise<ParsedSheet> {
  if (file.bytes.byteLength === 0) throw new UploadRejectedError("empty");
  if (file.bytes.byteLength > IMPORT_MAX_BYTES) throw new UploadRejectedError("tooLarge");
  const kind = await detectFileKind(file.bytes);
  if (kind !== "csv" && kind !== "xlsx") throw new UploadRejectedError("typeNotAllowed");
  return readSheet(target, kind as SheetFormat, file.bytes);
}

function preview(parsed: ParsedSheet): ImportPreview {
  const columns = SHEET_COLUMNS[parsed.target];
  const sample = (parsed.rows as (EquipmentRow | CapabilityRow)[]).slice(0, PREVIEW_ROWS).map((row) =>
    columns.map((c) => {
      const v = (row as unknown as Record<string, unknown>)[c];
      return Array.isArray(v) ? v.join(";") : typeof v === "number" ? v : v === undefined ? "" : String(v);
    }),
  );
  return { target: parsed.target, rowCount: parsed.rowCount, problems: parsed.problems, sample, columns };
}

export async function previewImport(viewer: Viewer, target: SheetTarget, file: { bytes: Uint8Array }): Promise<ImportPreview> {
  await ownFirmRef(viewer);
  return preview(await parseUpload(target, file));
}

export async function commitImport(viewer: Viewer, target: SheetTarget, file: { bytes: Uint8Array }): Promise<ImportPreview & { imported: number }> {
  const firm = await ownFirmRef(viewer);
  const parsed = await parseUpload(target, file);
  if (parsed.problems.length) throw new DomainError("directory.import.notClean");
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if (parsed.target === "equipment") await replaceEquipment(tx, firm.id, parsed.rows.map((r) => ({ ...r, id: undefined })));
    else await replaceCapabilities(tx, firm.id, parsed.rows);
    await tx.firm.update({ where: { id: firm.id }, data: { profileConfirmedAt: clock.now() } });
  });
  await audit({ action: "firm.profile.imported", actor: { userId: viewer.userId, role: viewer.role }, targetType: "firm", targetId: firm.id, details: { target, rows: parsed.rows.length } });
  return { ...preview(parsed), imported: parsed.rows.length };
}

export async function exportSheet(viewer: Viewer, target: SheetTarget, format: SheetFormat): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string }> {
  const firm = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  let rows: (EquipmentRow | CapabilityRow)[];
  if (target === "equipment") {
    const equipment = await prisma.equipment.findMany({ where: { firmId: firm.id }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] });
    rows = equipment.map((e) => ({
      kind: e.kind, maker: e.maker, model: e.model, year: e.year ?? undefined, count: e.count,
      travelXMm: e.travelXMm ?? undefined, travelYMm: e.travelYMm ?? undefined, travelZMm: e.travelZMm ?? undefined,
      maxDiameterMm: e.maxDiameterMm ?? undefined, tonnage: e.tonnage ?? undefined, accuracyUm: e.accuracyUm ?? undefined, notes: specsNotes(e.specs),
    }));
  } else {
    const capabilities = await prisma.capability.findMany({ where: { firmId: firm.id }, orderBy: { process: { sortOrder: "asc" } }, include: { materials: true } });
    rows = capabilities.map((c) => ({
      processCode: c.processCode, materialCodes: c.materials.map((m) => m.materialCode).sort(), bestToleranceUm: c.bestToleranceUm,
      maxWorkpieceMm: c.maxWorkpieceMm, monthlyCapacity: c.monthlyCapacity, leadTimeDays: c.leadTimeDays, notes: c.notes,
    }));
  }
  const bytes = await writeSheet(target, format, rows);
  return {
    bytes,
    fileName: `${target}.${format}`,
    mimeType: format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}
