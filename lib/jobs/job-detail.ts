// Everything the job page shows, for a viewer who may see the job (loadJobRef first).
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPrisma } from "@/lib/db/client";
import { loadJobRef } from "./job-access";

export const getJobDetail = cache(async (viewer: Viewer, jobId: string) => {
  const ref = await loadJobRef(viewer, jobId);
  const prisma = await getPrisma();
  const isOwner = viewer.buyerOrgId === ref.buyerOrgId;
  const job = await prisma.job.findUniqueOrThrow({
    where: { id: ref.id },
    select: {
      id: true, buyerOrgId: true, titleJa: true, titleEn: true, descriptionJa: true, descriptionEn: true, partName: true, quantity: true,
      deadline: true, answerBy: true, deliveryPlace: true, deliveryMunicipalityCode: true, budgetMinYen: true, budgetMaxYen: true,
      leadCertificationCode: true, visibility: true, status: true, publishedAt: true, createdAt: true,
      buyerOrg: { select: { id: true, name: true, nameEn: true } },
      steps: { orderBy: { position: "asc" }, select: { id: true, position: true, processCode: true, materialCode: true, toleranceUm: true, sizeMm: true, quantity: true, notes: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, sizeBytes: true, mimeType: true } },
      questions: { orderBy: { createdAt: "asc" }, select: { id: true, question: true, answer: true, answeredAt: true, createdAt: true } },
      statusChanges: isOwner || viewer.role.endsWith("_STAFF") ? { orderBy: { createdAt: "asc" }, select: { fromStatus: true, toStatus: true, createdAt: true, reason: true } } : false,
    },
  });
  // The buyer and staff see who raised a hand; a firm sees only its own hands.
  const handRaises = await prisma.handRaise.findMany({
    where: { jobId: ref.id, ...(isOwner || viewer.role.endsWith("_STAFF") ? {} : { firmId: viewer.firmId ?? "00000000-0000-0000-0000-000000000000" }) },
    orderBy: { createdAt: "asc" },
    select: { id: true, stepId: true, firmId: true, note: true, createdAt: true, firm: { select: { nameJa: true, nameEn: true } } },
  });
  return { job, handRaises, isOwner, ref };
});
export type JobDetail = Awaited<ReturnType<typeof getJobDetail>>;
