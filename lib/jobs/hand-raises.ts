// A firm raises its hand for one or more steps of a job (仲間まわし): the buyer sees it on the job,
// and the matching service gives those firms the hand-raised bonus for those steps.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { announceHandRaised } from "./announce";
import { loadJobRef } from "./job-access";
import { ACCEPTING_STATUSES } from "./state-machine";

export async function raiseHand(viewer: Viewer, input: { jobId: string; stepIds: string[]; note: string }): Promise<{ raised: number }> {
  const job = await loadJobRef(viewer, input.jobId, "job.handRaise");
  if (!ACCEPTING_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notAccepting");
  const prisma = await getPrisma();
  const steps = await prisma.jobStep.findMany({ where: { jobId: job.id, id: { in: input.stepIds } }, select: { id: true } });
  if (steps.length !== new Set(input.stepIds).size) throw new DomainError("jobs.validation.chooseStep", {}, "stepIds");
  const firmId = viewer.firmId!;
  const raisedBefore = await prisma.handRaise.count({ where: { jobId: job.id, firmId } });
  await prisma.$transaction(
    steps.map((step) =>
      prisma.handRaise.upsert({
        where: { stepId_firmId: { stepId: step.id, firmId } },
        create: { jobId: job.id, stepId: step.id, firmId, note: input.note },
        update: { note: input.note },
      }),
    ),
  );
  // The buyer hears of a firm's hand once, not again for each edit of its note.
  if (raisedBefore === 0) {
    const firm = await prisma.firm.findUniqueOrThrow({ where: { id: firmId }, select: { nameJa: true } });
    await announceHandRaised(job.id, firm.nameJa);
  }
  return { raised: steps.length };
}

export async function withdrawHand(viewer: Viewer, input: { jobId: string }): Promise<{ withdrawn: number }> {
  const job = await loadJobRef(viewer, input.jobId, "job.handRaise");
  if (!ACCEPTING_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notAccepting");
  const prisma = await getPrisma();
  const { count } = await prisma.handRaise.deleteMany({ where: { jobId: job.id, firmId: viewer.firmId! } });
  return { withdrawn: count };
}
