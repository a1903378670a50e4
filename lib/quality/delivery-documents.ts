// Documents that travel with a delivery: mill certificates (ミルシート), certificates of conformity
// and RoHS / REACH declarations, uploaded by a member per lot (or for the whole delivery). The file
// is checked by its bytes (a PDF or a scanned image, lib/uploads) and stored through the storage
// module; the buyer downloads each with the lot's inspection report (/api/group-files/<id>).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { DeliveryDocumentKind } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import type { FileKind } from "@/lib/uploads/file-kinds";
import { deleteUpload, storeUpload } from "@/lib/uploads/storage";

export const DELIVERY_DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "png", "jpeg"];
export const DELIVERY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const WORKING = ["AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"];

export interface DeliveryDocumentInput {
  groupId: string;
  lotId: string | null;
  kind: DeliveryDocumentKind;
  file: { bytes: Uint8Array; name: string };
}

/** A member of the group uploads a document for one of its lots or for the delivery as a whole. */
export async function addDeliveryDocument(db: Database, viewer: Viewer, input: DeliveryDocumentInput, now = clock.now()): Promise<{ id: string }> {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "quality.report");
  if (!WORKING.includes(group.status)) throw new DomainError("quality.plan.problems.notAwarded");
  if (input.lotId && !(await db.prisma.inspectionLot.count({ where: { id: input.lotId, groupId: group.id } }))) throw new DomainError("validation.invalid", {}, "lotId");
  const stored = await storeUpload(input.file.bytes, input.file.name, { allowed: DELIVERY_DOCUMENT_KINDS, maxBytes: DELIVERY_DOCUMENT_MAX_BYTES });
  try {
    return await db.prisma.$transaction(async (tx) => {
      const attachment = await tx.attachment.create({ data: { kind: "DOCUMENT", fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: viewer.userId, groupId: group.id, createdAt: now }, select: { id: true } });
      return tx.deliveryDocument.create({ data: { groupId: group.id, lotId: input.lotId, kind: input.kind, attachmentId: attachment.id, uploadedById: viewer.userId, uploadedByFirmId: viewer.firmId, createdAt: now }, select: { id: true } });
    });
  } catch (error) {
    // Nothing points at the bytes if the row was not written.
    await deleteUpload(stored.storageKey).catch(() => undefined);
    throw error;
  }
}

/** A group's delivery documents, newest first, for those who follow its progress. */
export async function listDeliveryDocuments(db: Database, viewer: Viewer, groupId: string) {
  const { group } = await loadGroupRef(db.prisma, viewer, groupId, "progress.view");
  return db.prisma.deliveryDocument.findMany({
    where: { groupId: group.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, lotId: true, kind: true, createdAt: true, attachment: { select: { id: true, fileName: true, sizeBytes: true, sha256: true } } },
  });
}
