// Staff review of a new buyer's first job: publish it, or send it back to draft with a reason.
import "server-only";
import { markFirstJobApproved } from "@/lib/auth/buyer-review";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { announcePublished, announceReturned } from "./announce";
import { transitionJob } from "./transitions";

export async function listJobsUnderReview(viewer: Viewer) {
  authorize(viewer, "job.review", undefined);
  const prisma = await getPrisma();
  return prisma.job.findMany({
    where: { status: "UNDER_REVIEW" },
    orderBy: { updatedAt: "asc" },
    select: { id: true, titleJa: true, titleEn: true, deadline: true, createdAt: true, buyerOrg: { select: { id: true, name: true } }, steps: { orderBy: { position: "asc" }, select: { processCode: true } } },
  });
}

export async function reviewJob(viewer: Viewer, input: { jobId: string; decision: "publish" | "return"; reason: string }) {
  const prisma = await getPrisma();
  const job = await prisma.job.findUnique({ where: { id: input.jobId }, select: { id: true, buyerOrgId: true, status: true } });
  if (!job) throw new NotFoundError("job");
  authorize(viewer, "job.review", { type: "job", id: job.id, buyerOrgId: job.buyerOrgId });
  const to = input.decision === "publish" ? "OPEN" : "DRAFT";
  const result = await transitionJob({ jobId: job.id, to, expectedFrom: "UNDER_REVIEW", actor: { kind: "staff", userId: viewer.userId }, reason: input.reason || undefined });
  if (to === "OPEN") await markFirstJobApproved(job.buyerOrgId);
  await (to === "OPEN" ? announcePublished(job.id) : announceReturned(job.id, input.reason));
  return result;
}
