// Drawings and specifications on a job: only the buyer attaches (while the job is editable), and
// only those who may see the job download. Files are checked by content and stored outside the
// web root (lib/uploads); downloads are attachments with a safe name.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { DRAWING_KINDS, IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { storeUpload } from "@/lib/uploads/storage";
import { loadJobRef } from "./job-access";
import { EDITABLE_STATUSES } from "./state-machine";

export const JOB_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
const MAX_FILES_PER_JOB = 20;

export async function attachToJob(viewer: Viewer, jobId: string, file: { bytes: Uint8Array; name: string }) {
  const job = await loadJobRef(viewer, jobId, "job.update");
  if (!EDITABLE_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notEditable");
  const prisma = await getPrisma();
  if ((await prisma.attachment.count({ where: { jobId: job.id } })) >= MAX_FILES_PER_JOB) throw new DomainError("jobs.upload.tooLarge");
  const stored = await storeUpload(file.bytes, file.name, { allowed: DRAWING_KINDS, maxBytes: JOB_ATTACHMENT_MAX_BYTES });
  return prisma.attachment.create({
    data: {
      kind: IMAGE_KINDS.includes(stored.kind) ? "IMAGE" : stored.kind === "pdf" ? "SPECIFICATION" : "DRAWING",
      fileName: stored.fileName,
      mimeType: stored.mimeType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      uploadedById: viewer.userId,
      jobId: job.id,
    },
    select: { id: true, fileName: true, sizeBytes: true, mimeType: true },
  });
}

/** A job attachment the viewer may download (job visible to them), else 404. */
export async function jobAttachmentForDownload(viewer: Viewer, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) throw new NotFoundError("job");
  const prisma = await getPrisma();
  const attachment = await prisma.attachment.findUnique({ where: { id: attachmentId }, select: { storageKey: true, fileName: true, mimeType: true, jobId: true } });
  if (!attachment?.jobId) throw new NotFoundError("job");
  await loadJobRef(viewer, attachment.jobId, "job.view");
  return attachment;
}
