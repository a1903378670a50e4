// Drawings and specifications on a job: only the buyer attaches (while the job is editable). Files
// are checked by content (and must stamp: no encrypted or broken PDF) and stored outside the web
// root (lib/uploads). Who reads them, and how, is lib/drawings.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { assertStampable } from "@/lib/drawings/check-stampable";
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
  await assertStampable(file.bytes);
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
