// A job as the matching library sees it, loaded with the caller's scope (out of scope → 404).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { jobVisibleWhere } from "@/lib/authz/scope";
import { NotFoundError } from "@/lib/authz/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Action } from "@/lib/authz/actions";
import type { JobInput } from "@/lib/matching";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";

const DAY_MS = 86_400_000;

/** The delivery place's centroid, from the taxonomy the Municipality table is filled from (one
 *  round trip fewer on every suggestion). */
function deliveryPoint(code: string | null): JobInput["deliveryPoint"] {
  const place = code === null ? undefined : MUNICIPALITY_BY_CODE.get(code);
  return place ? { latitude: place.latitude, longitude: place.longitude } : null;
}

export async function loadJobForMatching(prisma: PrismaClient, viewer: Viewer, jobId: string, action: Action, today: Date) {
  // The job and its steps at once, each under the viewer's scope: one wait for the database rather
  // than two in a row (Prisma reads an included relation in a statement of its own, after the first).
  const visible = jobVisibleWhere(viewer);
  const [found, steps] = await Promise.all([
    prisma.job.findFirst({ where: { AND: [{ id: jobId }, visible] } }),
    prisma.jobStep.findMany({ where: { jobId, job: visible }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
  ]);
  if (!found) throw new NotFoundError("job");
  const job = { ...found, steps };
  authorize(viewer, action, { type: "job", id: job.id, buyerOrgId: job.buyerOrgId, published: job.status !== "DRAFT" && job.status !== "UNDER_REVIEW" });
  const input: JobInput = {
    id: job.id,
    daysToDeadline: Math.floor((job.deadline.getTime() - today.getTime()) / DAY_MS),
    leadCertificationCode: job.leadCertificationCode,
    deliveryPoint: deliveryPoint(job.deliveryMunicipalityCode),
    steps: job.steps.map((s) => ({ id: s.id, position: s.position, processCode: s.processCode, materialCode: s.materialCode, toleranceUm: s.toleranceUm, sizeMm: s.sizeMm, quantity: s.quantity })),
  };
  return { job, input };
}
