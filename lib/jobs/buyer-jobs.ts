// The buyer's own jobs, newest first, with what needs the buyer's attention.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { NO_ID } from "@/lib/authz/scope";

export async function listOwnJobs(viewer: Viewer) {
  authorize(viewer, "job.create");
  const prisma = await getPrisma();
  return prisma.job.findMany({
    where: { buyerOrgId: viewer.buyerOrgId ?? NO_ID },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
    select: {
      id: true, titleJa: true, titleEn: true, status: true, deadline: true, createdAt: true,
      steps: { orderBy: { position: "asc" }, select: { processCode: true } },
      _count: { select: { handRaises: true, questions: { where: { answer: null } } } },
    },
  });
}
