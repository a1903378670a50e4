// Who hears about what happens on the job board. Called after the change is committed; a failed
// notification is logged and never undoes or fails the change the user made.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { notify, notifyBuyerOrg, notifyFirm, type NotificationInput } from "@/lib/notifications";

type Audience = { buyerOrgId: string } | { firmId: string } | "federationStaff";

async function send(jobId: string, audience: (job: { buyerOrgId: string }) => Audience, input: (title: { title: string; titleEn: string }) => Omit<NotificationInput, "linkPath">) {
  try {
    const prisma = await getPrisma();
    const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, select: { id: true, titleJa: true, titleEn: true, buyerOrgId: true } });
    const message = { ...input({ title: job.titleJa, titleEn: job.titleEn || job.titleJa }), linkPath: `/jobs/${job.id}` };
    const to = audience(job);
    if (to === "federationStaff") {
      const staff = await prisma.user.findMany({ where: { role: "FEDERATION_STAFF", status: "ACTIVE" }, select: { id: true } });
      await notify(prisma, { ...message, userIds: staff.map((u) => u.id) });
    } else if ("buyerOrgId" in to) await notifyBuyerOrg(prisma, to.buyerOrgId, message);
    else await notifyFirm(prisma, to.firmId, message);
  } catch (error) {
    console.warn(`[notifications] job ${jobId}: ${(error as Error).message}`);
  }
}

const toBuyer = (job: { buyerOrgId: string }) => ({ buyerOrgId: job.buyerOrgId });

export const announceAwaitingReview = (jobId: string) => send(jobId, () => "federationStaff", (t) => ({ kind: "job.awaitingReview", params: t }));
export const announcePublished = (jobId: string) => send(jobId, toBuyer, (t) => ({ kind: "job.published", params: t }));
export const announceReturned = (jobId: string, reason: string) => send(jobId, toBuyer, (t) => ({ kind: "job.returned", params: { ...t, reason: reason || "—" } }));
export const announceQuestionAsked = (jobId: string) => send(jobId, toBuyer, (t) => ({ kind: "job.questionAsked", params: t }));
export const announceQuestionAnswered = (jobId: string, firmId: string) => send(jobId, () => ({ firmId }), (t) => ({ kind: "job.questionAnswered", params: t }));
export const announceHandRaised = (jobId: string, firmName: string) => send(jobId, toBuyer, (t) => ({ kind: "job.handRaised", params: { ...t, firm: firmName } }));
