// The firm's logo and shop photos. Stored by lib/uploads (type decided by content, kept under
// UPLOAD_DIR outside the web root) and served only through a route handler that first checks the
// caller may see the firm.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { firmVisibleWhere } from "@/lib/authz/scope";
import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { storeUpload } from "@/lib/uploads/storage";
import { ownFirmRef } from "./profile-data";

export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function addFirmImage(viewer: Viewer, slot: "logo" | "photo", file: { bytes: Uint8Array; name: string }) {
  const firm = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  if (slot === "photo" && (await prisma.attachment.count({ where: { firmId: firm.id, kind: "FIRM_PHOTO" } })) >= MAX_PHOTOS) {
    throw new DomainError("directory.media.tooMany", { max: MAX_PHOTOS });
  }
  const stored = await storeUpload(file.bytes, file.name, { allowed: IMAGE_KINDS, maxBytes: IMAGE_MAX_BYTES });
  const data = { fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: viewer.userId };
  const attachment = await prisma.$transaction(async (tx) => {
    if (slot === "photo") return tx.attachment.create({ data: { ...data, kind: "FIRM_PHOTO", firmId: firm.id }, select: { id: true, fileName: true } });
    const previous = await tx.firm.findUniqueOrThrow({ where: { id: firm.id }, select: { logoAttachmentId: true } });
    const logo = await tx.attachment.create({ data: { ...data, kind: "FIRM_LOGO" }, select: { id: true, fileName: true } });
    await tx.firm.update({ where: { id: firm.id }, data: { logoAttachmentId: logo.id } });
    if (previous.logoAttachmentId) await tx.attachment.delete({ where: { id: previous.logoAttachmentId } });
    return logo;
  });
  await audit({ action: `firm.${slot}.added`, actor: { userId: viewer.userId, role: viewer.role }, targetType: "firm", targetId: firm.id });
  return attachment;
}

export async function removeFirmPhoto(viewer: Viewer, attachmentId: string) {
  const firm = await ownFirmRef(viewer);
  const prisma = await getPrisma();
  const removed = await prisma.attachment.deleteMany({ where: { id: attachmentId, firmId: firm.id, kind: "FIRM_PHOTO" } });
  if (removed.count === 0) throw new NotFoundError("attachment");
  await audit({ action: "firm.photo.removed", actor: { userId: viewer.userId, role: viewer.role }, targetType: "firm", targetId: firm.id });
}

/** A logo or photo of a firm the viewer may see, else 404. */
export async function firmImageForDownload(viewer: Viewer, firmId: string, attachmentId: string) {
  if (!UUID.test(firmId) || !UUID.test(attachmentId)) throw new NotFoundError("attachment");
  const prisma = await getPrisma();
  const firm = await prisma.firm.findFirst({ where: { AND: [{ id: firmId }, firmVisibleWhere(viewer)] }, select: { id: true, logoAttachmentId: true } });
  if (!firm) throw new NotFoundError("firm");
  const attachment = await prisma.attachment.findUnique({ where: { id: attachmentId }, select: { storageKey: true, fileName: true, mimeType: true, firmId: true, kind: true } });
  const belongs = attachment && ((attachment.kind === "FIRM_PHOTO" && attachment.firmId === firm.id) || (attachment.kind === "FIRM_LOGO" && firm.logoAttachmentId === attachmentId));
  if (!attachment || !belongs) throw new NotFoundError("attachment");
  return attachment;
}
