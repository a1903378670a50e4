// Two joint orders the demo buyer has received and not yet accepted: the Ota machining firm (lead)
// and the Sumida press firm finished every step, the lead marked the delivery. The buyer accepts
// each one, rating each firm's work, after which the firms rate the buyer. Two, so a person (or the
// desktop and phone end-to-end runs) can each accept one.
import type { Database } from "@/lib/db/client";
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";

export const DELIVERED_JOB_TITLES = ["【デモ】センサーブラケット（納品済み・受入待ち）", "【デモ】ポンプ用カップリング（納品済み・受入待ち）"] as const;
const EN_TITLES = ["[Demo] Sensor brackets (delivered, awaiting acceptance)", "[Demo] Pump couplings (delivered, awaiting acceptance)"];

const day = (d: Date) => new Date(`${isoDate(d)}T00:00:00Z`);

export async function addDeliveredDemoGroups(db: Database, now: Date, buyer: SeedBuyer, lead: SeedFirm, partner: SeedFirm): Promise<void> {
  const p = db.prisma;
  for (const [index, title] of DELIVERED_JOB_TITLES.entries()) {
    const quantity = index === 0 ? 400 : 250;
    const awarded = addDays(now, -30 - index * 5);
    const delivered = addDays(now, -2 - index);
    const job = await p.job.create({
      data: {
        buyerOrgId: buyer.id, createdById: buyer.userId, titleJa: title, titleEn: EN_TITLES[index]!,
        descriptionJa: "切削と曲げ・穴あけの2工程。納品済みで、受入検査と評価を待っています。", descriptionEn: "Machining, then bending and piercing. Delivered; waiting for the buyer's acceptance and rating.",
        partName: index === 0 ? "ブラケット" : "カップリング", quantity, deadline: addDays(now, 5 + index), deliveryPlace: "本社工場",
        status: "DELIVERED", publishedAt: addDays(awarded, -14), awardedAt: awarded, createdAt: addDays(awarded, -16), updatedAt: delivered,
        steps: { create: [{ position: 1, processCode: "turning", quantity }, { position: 2, processCode: "press", quantity }] },
      },
      select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    // Its history, as the lifecycle would have written it (the award day is the job's awardedAt).
    const jobMoves = [[null, "DRAFT", -16], ["DRAFT", "OPEN", -14], ["OPEN", "GROUPS_INVITED", -10], ["GROUPS_INVITED", "AWARDED", 0], ["AWARDED", "IN_PRODUCTION", 1]] as const;
    await p.jobStatusChange.createMany({ data: [
      ...jobMoves.map(([fromStatus, toStatus, days]) => ({ jobId: job.id, fromStatus, toStatus, actorId: toStatus === "IN_PRODUCTION" ? lead.adminUserId : buyer.userId, createdAt: addDays(awarded, days) })),
      { jobId: job.id, fromStatus: "IN_PRODUCTION" as const, toStatus: "DELIVERED" as const, actorId: lead.adminUserId, createdAt: delivered },
    ] });
    const group = await p.jointOrderGroup.create({ data: { kind: "JOB", jobId: job.id, name: `${lead.nameJa}グループ`, leadFirmId: lead.id, status: "DELIVERED", version: 6, proposedById: buyer.userId, formedAt: addDays(awarded, -6), createdAt: addDays(awarded, -10) }, select: { id: true } });
    const members: { id: string }[] = [];
    for (const [i, firm] of [lead, partner].entries()) {
      members.push(await p.groupMember.create({ data: { groupId: group.id, firmId: firm.id, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: i === 0 ? 5_500 : 4_500, shareYen: BigInt((i === 0 ? 550 : 450) * quantity), invitedAt: addDays(awarded, -10), respondedAt: addDays(awarded, -9) }, select: { id: true } }));
    }
    for (const [i, step] of job.steps.entries()) {
      const plannedStart = addDays(awarded, 1 + i * 12);
      await p.groupStepAssignment.create({ data: { groupId: group.id, memberId: members[i]!.id, jobStepId: step.id, processCode: i === 0 ? "turning" : "press", quantity, qualityOwnerMemberId: members[i]!.id, status: "DONE", percentComplete: 100, plannedStart, plannedEnd: addDays(plannedStart, 12), actualStart: plannedStart, actualEnd: addDays(plannedStart, 11) } });
    }
    const moves = ["INVITING", "PENDING_APPROVAL", "APPROVED", "AWARDED", "IN_PRODUCTION", "DELIVERED"] as const;
    await p.groupStatusChange.createMany({ data: moves.map((to, i) => ({ groupId: group.id, fromStatus: i ? moves[i - 1]! : null, toStatus: to, actorId: to === "AWARDED" || to === "INVITING" ? buyer.userId : null, createdAt: to === "DELIVERED" ? delivered : addDays(awarded, -10 + i * 3) })) });
    await p.order.create({ data: { jobId: job.id, groupId: group.id, buyerOrgId: buyer.id, contractedValueYen: BigInt(1_100 * quantity), contractedOn: day(awarded), dueOn: day(addDays(now, 5 + index)), deliveredOn: day(delivered), status: "DELIVERED", createdAt: awarded } });
  }
}
