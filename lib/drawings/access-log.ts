// The log of who looked at a job's drawings. Rows are only ever inserted (the table refuses UPDATE
// and DELETE); names are copied in, so the log still reads right after a firm renames or a user
// leaves.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPrisma } from "@/lib/db/client";
import type { DrawingAccessKind } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadDrawingsRef } from "./drawings-access";

type Tx = Pick<PrismaClient, "drawingAccess">;

export interface AccessEntry {
  jobId: string;
  attachment: { id: string; fileName: string };
  kind: DrawingAccessKind;
  /** null: the platform itself (the retention task). */
  who: { firmId: string | null; firmName: string; userId: string; userName: string } | null;
  ipAddress: string;
  at: Date;
}

export async function recordAccess(tx: Tx, entry: AccessEntry): Promise<void> {
  await tx.drawingAccess.create({
    data: {
      jobId: entry.jobId, attachmentId: entry.attachment.id, fileName: entry.attachment.fileName, kind: entry.kind,
      firmId: entry.who?.firmId ?? null, firmName: entry.who?.firmName ?? "", userId: entry.who?.userId ?? null, userName: entry.who?.userName ?? "",
      ipAddress: entry.ipAddress, at: entry.at,
    },
  });
}

/** The viewer's organisation as a stamp and the log name it: the firm, the buyer, the association. */
export async function organisationName(viewer: Viewer): Promise<string> {
  const prisma = await getPrisma();
  if (viewer.firmId) return (await prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { nameJa: true } }))?.nameJa ?? "";
  if (viewer.buyerOrgId) return (await prisma.buyerOrganization.findUnique({ where: { id: viewer.buyerOrgId }, select: { name: true } }))?.name ?? "";
  if (viewer.associationId) return (await prisma.association.findUnique({ where: { id: viewer.associationId }, select: { nameJa: true } }))?.nameJa ?? "";
  if (viewer.federationId) return (await prisma.federation.findUnique({ where: { id: viewer.federationId }, select: { nameJa: true } }))?.nameJa ?? "";
  return "";
}

export const LOG_PAGE = 200;

/** The newest entries of a job's log, for its buyer, and for staff looking into a reported leak
 *  (their reading is itself audited). */
export async function accessLogOf(viewer: Viewer, jobId: string) {
  const { job } = await loadDrawingsRef(viewer, jobId, "drawing.log.view");
  if (viewer.buyerOrgId !== job.buyerOrgId) {
    await audit({ action: "drawing.log.read", actor: { userId: viewer.userId, role: viewer.role }, targetType: "job", targetId: job.id });
  }
  const prisma = await getPrisma();
  const [entries, total] = await Promise.all([
    prisma.drawingAccess.findMany({
      where: { jobId: job.id },
      orderBy: [{ at: "desc" }, { id: "asc" }],
      take: LOG_PAGE,
      select: { id: true, fileName: true, kind: true, firmName: true, userName: true, ipAddress: true, at: true, firmId: true, userId: true },
    }),
    prisma.drawingAccess.count({ where: { jobId: job.id } }),
  ]);
  return { entries, total };
}
