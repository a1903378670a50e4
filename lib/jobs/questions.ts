// Public questions and answers on a job: firms ask, the buyer answers, and every firm that can
// see the job sees every answer (no private side deals).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import { getPrisma } from "@/lib/db/client";
import { announceQuestionAnswered, announceQuestionAsked } from "./announce";
import { loadJobRef } from "./job-access";
import { ACCEPTING_STATUSES } from "./state-machine";
import { NO_ID } from "@/lib/authz/scope";
import { clock } from "@/lib/clock";

export async function askQuestion(viewer: Viewer, input: { jobId: string; question: string }) {
  const job = await loadJobRef(viewer, input.jobId, "job.ask");
  if (!ACCEPTING_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notAccepting");
  const prisma = await getPrisma();
  const created = await prisma.jobQuestion.create({ data: { jobId: job.id, firmId: viewer.firmId!, askedById: viewer.userId, question: input.question }, select: { id: true } });
  await announceQuestionAsked(job.id);
  return { questionId: created.id, jobId: job.id, buyerOrgId: job.buyerOrgId };
}

export async function answerQuestion(viewer: Viewer, input: { questionId: string; answer: string }) {
  const prisma = await getPrisma();
  const question = await prisma.jobQuestion.findFirst({
    where: { id: input.questionId, job: { buyerOrgId: viewer.buyerOrgId ?? NO_ID } },
    select: { id: true, firmId: true, job: { select: { id: true, buyerOrgId: true } } },
  });
  if (!question) throw new NotFoundError("job");
  authorize(viewer, "job.answer", { type: "job", id: question.job.id, buyerOrgId: question.job.buyerOrgId });
  await prisma.jobQuestion.update({ where: { id: question.id }, data: { answer: input.answer, answeredById: viewer.userId, answeredAt: clock.now() } });
  await announceQuestionAnswered(question.job.id, question.firmId);
  return { jobId: question.job.id, askingFirmId: question.firmId };
}
