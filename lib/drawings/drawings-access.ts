// Loads a job's drawings the one way every drawing page, route and action must: the job scoped by
// the viewer (loadJobRef: outside scope → 404), then the facts the policy needs — is the job
// confidential, has the viewer's firm agreed (and not been withdrawn), is the job awarded and to
// whom — checked by authorize() in lib/authz. Read on every request, so a withdrawal or an award
// takes effect on the next one.
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError, type Action } from "@/lib/authz";
import type { Resource } from "@/lib/authz/resources";
import { NO_ID } from "@/lib/authz/scope";
import { getPrisma } from "@/lib/db/client";
import { loadJobRef } from "@/lib/jobs/job-access";

export type DrawingsResource = Extract<Resource, { type: "drawings" }>;

/** The agreement and award facts of a job the viewer sees, read once per render (as `scopedJob` in
 *  lib/jobs/job-access.ts); every call authorizes its own action below. */
const drawingsFacts = cache(async (viewer: Viewer, jobId: string) => {
  const prisma = await getPrisma();
  const nda = await prisma.jobNda.findUnique({
    where: { jobId },
    select: {
      kind: true, retentionDays: true, templateId: true, documentId: true,
      template: { select: { version: true } },
      document: { select: { sha256: true } },
      // The policy needs only whether the viewer's own firm agreed.
      acceptances: { where: { firmId: viewer.firmId ?? NO_ID, withdrawnAt: null }, select: { firmId: true } },
    },
  });
  const order = nda
    ? await prisma.order.findUnique({ where: { jobId }, select: { group: { select: { members: { where: { status: "ACCEPTED" }, select: { firmId: true } } } } } })
    : null;
  return { nda, order };
});

/** `action` omitted: only that the viewer sees the job (the caller asks `can` about the rest). */
export async function loadDrawingsRef(viewer: Viewer, jobId: string, action?: Action) {
  const job = await loadJobRef(viewer, jobId, "job.view");
  const { nda, order } = await drawingsFacts(viewer, job.id);
  const resource: DrawingsResource = {
    type: "drawings",
    id: job.id,
    buyerOrgId: job.buyerOrgId,
    published: job.resource.published === true,
    visibleToFirmIds: job.resource.visibleToFirmIds,
    confidential: nda !== null,
    agreedFirmIds: nda?.acceptances.map((a) => a.firmId) ?? [],
    awardedFirmIds: order ? order.group.members.map((m) => m.firmId) : undefined,
  };
  if (action) authorize(viewer, action, resource);
  return { job, nda, resource };
}

const UUID = /^[0-9a-f-]{36}$/i;

/** A drawing of a job (not the buyer's agreement PDF) the viewer may read, else 404. */
export async function loadDrawing(viewer: Viewer, attachmentId: string, action: Action = "drawing.view") {
  if (!UUID.test(attachmentId)) throw new NotFoundError("job");
  const prisma = await getPrisma();
  const attachment = await prisma.attachment.findUnique({ where: { id: attachmentId }, select: { id: true, kind: true, storageKey: true, fileName: true, mimeType: true, sizeBytes: true, jobId: true } });
  if (!attachment?.jobId || attachment.kind === "NDA") throw new NotFoundError("job");
  const ref = await loadDrawingsRef(viewer, attachment.jobId, action);
  return { attachment: { ...attachment, jobId: attachment.jobId }, ...ref };
}
