// The buyer's choice of agreement for a job, made while the job is a draft (so no firm has agreed
// to anything yet): none, the platform's standard text (the version in force is pinned), or its own
// PDF. Once published the choice is fixed: firms accept exactly what they read.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadJobRef } from "@/lib/jobs/job-access";
import { EDITABLE_STATUSES } from "@/lib/jobs/state-machine";
import { deleteUpload, storeUpload } from "@/lib/uploads/storage";
import { assertStampable } from "./check-stampable";

export const NDA_CHOICES = ["NONE", "STANDARD", "CUSTOM"] as const;
export type NdaChoice = (typeof NDA_CHOICES)[number];
export const DEFAULT_RETENTION_DAYS = 90;
export const NDA_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

type Tx = Pick<PrismaClient, "jobNda" | "ndaTemplate">;

/** Applies the choice inside the caller's transaction (draft save or submit). */
export async function applyNdaChoice(tx: Tx, jobId: string, choice: NdaChoice | undefined, retentionDays: number | undefined): Promise<void> {
  if (choice === undefined) return;
  if (choice === "NONE") {
    await tx.jobNda.deleteMany({ where: { jobId } });
    return;
  }
  const days = retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (choice === "STANDARD") {
    const latest = await tx.ndaTemplate.findFirst({ orderBy: { version: "desc" }, select: { id: true } });
    if (!latest) throw new DomainError("drawings.errors.noTemplate", {}, "ndaKind");
    await tx.jobNda.upsert({ where: { jobId }, create: { jobId, kind: "STANDARD", templateId: latest.id, retentionDays: days }, update: { kind: "STANDARD", templateId: latest.id, retentionDays: days } });
    return;
  }
  await tx.jobNda.upsert({ where: { jobId }, create: { jobId, kind: "CUSTOM", retentionDays: days }, update: { kind: "CUSTOM", templateId: null, retentionDays: days } });
}

/** A confidential job cannot be published with its own agreement missing. */
export async function assertNdaComplete(jobId: string): Promise<void> {
  const prisma = await getPrisma();
  const nda = await prisma.jobNda.findUnique({ where: { jobId }, select: { kind: true, documentId: true } });
  if (nda?.kind === "CUSTOM" && !nda.documentId) throw new DomainError("drawings.errors.documentMissing", {}, "ndaKind");
}

/** The buyer uploads its own agreement (a readable, unencrypted PDF) to its editable job. */
export async function attachNdaDocument(viewer: Viewer, jobId: string, file: { bytes: Uint8Array; name: string }) {
  const job = await loadJobRef(viewer, jobId, "job.update");
  if (!EDITABLE_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notEditable");
  await assertStampable(file.bytes);
  const stored = await storeUpload(file.bytes, file.name, { allowed: ["pdf"], maxBytes: NDA_DOCUMENT_MAX_BYTES });
  const prisma = await getPrisma();
  const previous = await prisma.jobNda.findUnique({ where: { jobId: job.id }, select: { document: { select: { id: true, storageKey: true } } } });
  const document = await prisma.$transaction(async (tx) => {
    const created = await tx.attachment.create({
      data: { kind: "NDA", fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey, uploadedById: viewer.userId },
      select: { id: true, fileName: true, sizeBytes: true },
    });
    await tx.jobNda.upsert({ where: { jobId: job.id }, create: { jobId: job.id, kind: "CUSTOM", documentId: created.id }, update: { kind: "CUSTOM", templateId: null, documentId: created.id } });
    if (previous?.document) await tx.attachment.delete({ where: { id: previous.document.id } });
    return created;
  });
  if (previous?.document) await deleteUpload(previous.document.storageKey);
  return document;
}

/** The buyer's agreement PDF, for anyone who may see the job (firms read it before accepting). */
export async function ndaDocumentOf(viewer: Viewer, jobId: string) {
  const job = await loadJobRef(viewer, jobId, "job.view");
  const prisma = await getPrisma();
  const nda = await prisma.jobNda.findUnique({ where: { jobId: job.id }, select: { document: { select: { storageKey: true, fileName: true, mimeType: true } } } });
  if (!nda?.document) return null;
  return nda.document;
}
