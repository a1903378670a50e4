// Loads one job the way every job page, action and route handler must: scoped by the viewer's
// visibility (jobVisibleWhere) so an invited-only job, a draft or another buyer's job simply is
// not found (→ 404), then checked against the policy with the ownership facts.
import "server-only";
import { cache } from "react";
import { authorize, NotFoundError, type Action } from "@/lib/authz";
import type { Resource } from "@/lib/authz/resources";
import { jobVisibleWhere } from "@/lib/authz/scope";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPrisma } from "@/lib/db/client";
import type { JobStatus, JobVisibility } from "@/lib/generated/prisma/enums";
import { PUBLISHED_STATUSES } from "./state-machine";

export interface JobRef {
  id: string;
  buyerOrgId: string;
  status: JobStatus;
  visibility: JobVisibility;
  resource: Extract<Resource, { type: "job" }>;
}

/** The job as the viewer's scope lets them see it. Read once per render: a job page asks for it
 *  from several components (the page, its drawings, the agreement); each call still authorizes its
 *  own action. Outside a render (actions, route handlers, tests) React's `cache` reads every time. */
const scopedJob = cache(async (viewer: Viewer, jobId: string) => {
  const prisma = await getPrisma();
  return prisma.job.findFirst({
    where: { AND: [{ id: jobId }, jobVisibleWhere(viewer)] },
    select: { id: true, buyerOrgId: true, status: true, visibility: true, invitedFirms: viewer.firmId ? { where: { firmId: viewer.firmId }, select: { firmId: true } } : false },
  });
});

export async function loadJobRef(viewer: Viewer, jobId: string, action: Action = "job.view"): Promise<JobRef> {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw new NotFoundError("job");
  const job = await scopedJob(viewer, jobId);
  if (!job) throw new NotFoundError("job");
  const invited = "invitedFirms" in job && Array.isArray(job.invitedFirms) ? job.invitedFirms.map((f) => f.firmId) : [];
  const resource: JobRef["resource"] = {
    type: "job",
    id: job.id,
    buyerOrgId: job.buyerOrgId,
    published: PUBLISHED_STATUSES.includes(job.status),
    visibleToFirmIds: job.visibility === "INVITED_ONLY" ? invited : undefined,
  };
  authorize(viewer, action, resource);
  return { id: job.id, buyerOrgId: job.buyerOrgId, status: job.status, visibility: job.visibility, resource };
}
