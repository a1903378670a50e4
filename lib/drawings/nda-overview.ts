// What the job page shows about a confidential job's agreement: its text (or the buyer's PDF), the
// retention period, and acceptances — every firm's for the buyer and staff, the viewer's own for a
// firm.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { NO_ID } from "@/lib/authz/scope";
import { getPrisma } from "@/lib/db/client";
import { loadDrawingsRef } from "./drawings-access";
import { fillNda } from "./nda-text";

export async function ndaOverview(viewer: Viewer, jobId: string) {
  const { job, nda, resource } = await loadDrawingsRef(viewer, jobId);
  if (!nda) return null;
  const prisma = await getPrisma();
  const seesAll = can(viewer, "drawing.log.view", resource);
  const [facts, template, document, acceptances] = await Promise.all([
    prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { titleJa: true, titleEn: true, buyerOrg: { select: { name: true, nameEn: true } } } }),
    nda.templateId ? prisma.ndaTemplate.findUnique({ where: { id: nda.templateId }, select: { version: true, bodyJa: true, bodyEn: true } }) : null,
    nda.documentId ? prisma.attachment.findUnique({ where: { id: nda.documentId }, select: { id: true, fileName: true, sizeBytes: true, sha256: true } }) : null,
    prisma.ndaAcceptance.findMany({
      where: { jobId: job.id, ...(seesAll ? {} : { firmId: viewer.firmId ?? NO_ID }) },
      orderBy: { acceptedAt: "asc" },
      select: {
        id: true, firmId: true, acceptedAt: true, ipAddress: true, kind: true, templateVersion: true, documentSha256: true, withdrawnAt: true,
        firm: { select: { nameJa: true, nameEn: true } }, acceptedBy: { select: { name: true } },
      },
    }),
  ]);
  const text = template
    ? {
        ja: fillNda(template.bodyJa, { buyer: facts.buyerOrg.name, job: facts.titleJa, retentionDays: nda.retentionDays }),
        en: fillNda(template.bodyEn, { buyer: facts.buyerOrg.nameEn ?? facts.buyerOrg.name, job: facts.titleEn || facts.titleJa, retentionDays: nda.retentionDays }),
      }
    : null;
  const own = viewer.firmId ? acceptances.find((a) => a.firmId === viewer.firmId) : undefined;
  return {
    kind: nda.kind,
    retentionDays: nda.retentionDays,
    templateVersion: template?.version ?? null,
    text,
    document,
    acceptances,
    own: own ?? null,
    canAccept: can(viewer, "drawing.accept", resource) && !own && (resource.awardedFirmIds === undefined || resource.awardedFirmIds.includes(viewer.firmId ?? "")),
    canSeeDrawings: can(viewer, "drawing.view", resource),
    canManage: can(viewer, "drawing.manage", resource),
    awarded: resource.awardedFirmIds !== undefined,
  };
}
export type NdaOverview = NonNullable<Awaited<ReturnType<typeof ndaOverview>>>;
