// A firm agrees before it sees: one of its admins accepts the job's agreement for the firm, and the
// platform keeps who, when, from which address and which version (template version or the PDF's
// SHA-256). The buyer may withdraw a firm's access at any time; from the next request on, the
// firm's users get 404 on every drawing, and the firm cannot accept again.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadDrawingsRef } from "./drawings-access";

export async function acceptNda(viewer: Viewer, input: { jobId: string }, ipAddress: string, now = clock.now()) {
  const { job, nda, resource } = await loadDrawingsRef(viewer, input.jobId, "drawing.accept");
  if (!nda || !viewer.firmId) throw new NotFoundError("job");
  if (resource.awardedFirmIds && !resource.awardedFirmIds.includes(viewer.firmId)) throw new DomainError("drawings.errors.awardedElsewhere");
  if (nda.kind === "CUSTOM" && !nda.document) throw new DomainError("drawings.errors.documentMissing");
  const prisma = await getPrisma();
  const key = { jobId_firmId: { jobId: job.id, firmId: viewer.firmId } };
  const existing = await prisma.ndaAcceptance.findUnique({ where: key, select: { id: true, withdrawnAt: true } });
  if (existing?.withdrawnAt) throw new DomainError("drawings.errors.withdrawn");
  if (existing) return { id: existing.id }; // the same acceptance sent twice
  try {
    const created = await prisma.ndaAcceptance.create({
      data: {
        jobId: job.id, firmId: viewer.firmId, acceptedById: viewer.userId, acceptedAt: now, ipAddress, kind: nda.kind,
        templateVersion: nda.kind === "STANDARD" ? (nda.template?.version ?? null) : null,
        documentSha256: nda.kind === "CUSTOM" ? (nda.document?.sha256 ?? null) : null,
      },
      select: { id: true },
    });
    await audit({ action: "drawing.nda.accepted", actor: { userId: viewer.userId, role: viewer.role }, targetType: "job", targetId: job.id, details: { firmId: viewer.firmId } });
    return created;
  } catch (error) {
    // Two admins of the firm accepted at the same moment: one acceptance stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return prisma.ndaAcceptance.findUniqueOrThrow({ where: key, select: { id: true } });
    throw error;
  }
}

export async function withdrawAccess(viewer: Viewer, input: { jobId: string; firmId: string }, now = clock.now()) {
  const { job } = await loadDrawingsRef(viewer, input.jobId, "drawing.manage");
  const prisma = await getPrisma();
  const acceptance = await prisma.ndaAcceptance.findUnique({ where: { jobId_firmId: { jobId: job.id, firmId: input.firmId } }, select: { id: true } });
  if (!acceptance) throw new NotFoundError("job");
  const withdrawn = await prisma.ndaAcceptance.updateMany({ where: { id: acceptance.id, withdrawnAt: null }, data: { withdrawnAt: now, withdrawnById: viewer.userId } });
  if (withdrawn.count === 1) {
    await audit({ action: "drawing.nda.withdrawn", actor: { userId: viewer.userId, role: viewer.role }, targetType: "job", targetId: job.id, details: { firmId: input.firmId } });
  }
}
