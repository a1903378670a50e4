// Applies a lifecycle move to the database: checks the table, updates the status only if nobody
// moved the job meanwhile (compare-and-set on the old status), stamps the date columns, and records
// who did it and when in JobStatusChange, all in one transaction.
import "server-only";
import { DomainError } from "@/lib/authz/errors";
import { getPrisma } from "@/lib/db/client";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { moveGroup } from "@/lib/groups/move-group";
import { OPEN_GROUP_STATUSES, SYSTEM_COMMENTS } from "@/lib/groups/state-machine";
import { checkTransition, type TransitionActor } from "./state-machine";
import { clock } from "@/lib/clock";

export interface TransitionRequest {
  jobId: string;
  to: JobStatus;
  actor: { kind: TransitionActor; userId: string | null };
  reason?: string;
  /** The status the caller saw; defaults to the current one. */
  expectedFrom?: JobStatus;
  now?: Date;
}

export interface TransitionResult {
  jobId: string;
  from: JobStatus;
  to: JobStatus;
  buyerOrgId: string;
}

function stamps(to: JobStatus, now: Date) {
  if (to === "OPEN") return { publishedAt: now };
  if (to === "AWARDED") return { awardedAt: now };
  if (to === "CLOSED" || to === "CANCELLED" || to === "EXPIRED") return { closedAt: now };
  return {};
}

/** Throws DomainError("jobs.errors.illegalTransition") for a move the table does not allow and
 *  "jobs.errors.changedMeanwhile" when another request changed the status first. */
export async function transitionJob(request: TransitionRequest): Promise<TransitionResult> {
  const prisma = await getPrisma();
  const now = request.now ?? clock.now();
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: request.jobId }, select: { status: true, buyerOrgId: true } });
    if (!job) throw new DomainError("jobs.errors.notFound");
    const from = request.expectedFrom ?? job.status;
    if (from !== job.status) throw new DomainError("jobs.errors.changedMeanwhile");
    const check = checkTransition(from, request.to, request.actor.kind);
    if (!check.ok) {
      throw new DomainError("jobs.errors.illegalTransition", { from: from, to: request.to });
    }
    const updated = await tx.job.updateMany({ where: { id: request.jobId, status: from }, data: { status: request.to, ...stamps(request.to, now) } });
    if (updated.count !== 1) throw new DomainError("jobs.errors.changedMeanwhile");
    await tx.jobStatusChange.create({
      data: { jobId: request.jobId, fromStatus: from, toStatus: request.to, actorId: request.actor.userId, reason: request.reason?.slice(0, 1000) ?? null, createdAt: now },
    });
    if (request.to === "CANCELLED" || request.to === "EXPIRED") {
      // A job that ends takes its not-yet-ordered groups with it, so no firm waits on a dead job.
      const groups = await tx.jointOrderGroup.findMany({ where: { jobId: request.jobId, status: { in: [...OPEN_GROUP_STATUSES] } }, select: { id: true, status: true } });
      for (const group of groups) await moveGroup(tx, { groupId: group.id, from: group.status, to: "CANCELLED", actor: "system", actorId: request.actor.userId, comment: request.to === "CANCELLED" ? SYSTEM_COMMENTS.jobCancelled : SYSTEM_COMMENTS.jobExpired });
    }
    return { jobId: request.jobId, from, to: request.to, buyerOrgId: job.buyerOrgId };
  });
}
