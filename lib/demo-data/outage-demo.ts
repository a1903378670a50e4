// A firm that went down, for the screens to show something true (issue 21 item 5): a joint order
// in production led by the Ota demo firm (firm-admin@demo), whose second step a member firm cannot
// finish: it declared a breakdown two days ago for the next two weeks, and its lead was told then.
// The group page proposes substitutes for that step, so the step's process is one several other
// verified firms offer with room for it. The down firm has no pending invitation (it would have
// been declined). Run after the history, so nothing else of the seed changes.
import type { Database } from "@/lib/db/client";
import { addDays, isoDate, startOfUtcDay } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";

export const OUTAGE_JOB_TITLE = "【デモ】シャフトの旋削と熱処理（協力企業が休止中）";
const QUANTITY = 400;
const PREFERRED = ["heat_treatment", "plating", "grinding", "milling", "surface_treatment", "painting"];

export async function addOutageDemo(db: Database, now: Date, buyer: SeedBuyer, lead: SeedFirm, demoFirmIds: readonly string[]): Promise<number> {
  const today = startOfUtcDay(now);
  // Processes with at least three verified firms (not the demo firms, and with no work
  // in hand elsewhere) that could take the step whole.
  const offered = await db.sql.query<{ process_code: string; firm_ids: string[] }>(
    `SELECT c."processCode" AS process_code, array_agg(c."firmId" ORDER BY c."firmId") AS firm_ids
       FROM "Capability" c JOIN "Firm" f ON f.id = c."firmId" AND f.status = 'VERIFIED'
      WHERE c."monthlyCapacity" >= $1 AND c."leadTimeDays" <= 7 AND NOT (c."firmId" = ANY($2::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM "GroupMember" m WHERE m."firmId" = c."firmId" AND m.status = 'INVITED')
        -- Nor unfinished work elsewhere: every lead of it would have been told too.
        AND NOT EXISTS (SELECT 1 FROM "GroupStepAssignment" a JOIN "GroupMember" m ON m.id = a."memberId" AND m.status = 'ACCEPTED'
                         JOIN "JointOrderGroup" g ON g.id = a."groupId" AND g.status IN ('INVITING', 'PENDING_APPROVAL', 'SENT_BACK', 'APPROVED', 'AWARDED', 'IN_PRODUCTION')
                         WHERE m."firmId" = c."firmId" AND a.status <> 'DONE')
      GROUP BY 1 HAVING count(*) >= 3`,
    [QUANTITY * 4, [...demoFirmIds]],
  );
  const first = lead.capabilities.find((c) => c.processCode === "turning") ?? lead.capabilities[0];
  const chosen = [...offered].sort((a, b) => rank(a.process_code) - rank(b.process_code) || (a.process_code < b.process_code ? -1 : 1)).find((o) => o.process_code !== first?.processCode);
  if (!first || !chosen) return 0;
  const downFirmId = chosen.firm_ids[0]!;
  const p = db.prisma;
  const contracted = addDays(today, -14);
  const job = await p.job.create({
    data: {
      buyerOrgId: buyer.id, createdById: buyer.userId, titleJa: OUTAGE_JOB_TITLE, titleEn: "[Demo] Shafts turned and heat-treated (a partner firm is down)",
      descriptionJa: "旋削後に次工程で仕上げるシャフト。", descriptionEn: "Turned shafts finished in the next step.",
      partName: "シャフト", quantity: QUANTITY, deadline: addDays(today, 30), deliveryPlace: "本社工場", status: "IN_PRODUCTION", publishedAt: addDays(today, -30), awardedAt: contracted, createdAt: addDays(today, -32), updatedAt: contracted,
      steps: { create: [{ position: 1, processCode: first.processCode, quantity: QUANTITY }, { position: 2, processCode: chosen.process_code, quantity: QUANTITY }] },
    },
    select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const jobMoves = [[null, "DRAFT", -32], ["DRAFT", "OPEN", -30], ["OPEN", "GROUPS_INVITED", -25], ["GROUPS_INVITED", "AWARDED", -14], ["AWARDED", "IN_PRODUCTION", -12]] as const;
  await p.jobStatusChange.createMany({ data: jobMoves.map(([fromStatus, toStatus, day]) => ({ jobId: job.id, fromStatus, toStatus, actorId: toStatus === "IN_PRODUCTION" ? lead.adminUserId : buyer.userId, createdAt: addDays(today, day) })) });
  const group = await p.jointOrderGroup.create({ data: { kind: "JOB", jobId: job.id, name: `${lead.nameJa}グループ`, leadFirmId: lead.id, status: "IN_PRODUCTION", version: 4, proposedById: buyer.userId, formedAt: addDays(today, -20), createdAt: addDays(today, -25) }, select: { id: true } });
  await p.groupStatusChange.createMany({ data: (["INVITING", "PENDING_APPROVAL", "APPROVED", "AWARDED", "IN_PRODUCTION"] as const).map((to, i, all) => ({ groupId: group.id, fromStatus: i ? all[i - 1]! : null, toStatus: to, actorId: to === "AWARDED" || to === "INVITING" ? buyer.userId : null, createdAt: addDays(today, -25 + i * 3) })) });
  const [leadMember, downMember] = await Promise.all([lead.id, downFirmId].map((firmId, i) =>
    p.groupMember.create({ data: { groupId: group.id, firmId, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: 5_000, shareYen: 800_000n, invitedAt: addDays(today, -25), respondedAt: addDays(today, -24) }, select: { id: true } })));
  await p.groupStepAssignment.create({ data: { groupId: group.id, memberId: leadMember!.id, jobStepId: job.steps[0]!.id, processCode: first.processCode, quantity: QUANTITY, qualityOwnerMemberId: leadMember!.id, status: "DONE", percentComplete: 100, plannedStart: addDays(today, -12), plannedEnd: addDays(today, -3), actualStart: addDays(today, -12), actualEnd: addDays(today, -3) } });
  await p.groupStepAssignment.create({ data: { groupId: group.id, memberId: downMember!.id, jobStepId: job.steps[1]!.id, processCode: chosen.process_code, quantity: QUANTITY, qualityOwnerMemberId: downMember!.id, status: "PLANNED", percentComplete: 0, plannedStart: addDays(today, -2), plannedEnd: addDays(today, 20) } });
  await p.order.create({ data: { jobId: job.id, groupId: group.id, buyerOrgId: buyer.id, contractedValueYen: 1_600_000n, contractedOn: new Date(`${isoDate(contracted)}T00:00:00Z`), dueOn: new Date(`${isoDate(addDays(today, 30))}T00:00:00Z`), status: "IN_PRODUCTION", createdAt: contracted } });

  const declaredAt = new Date(addDays(today, -2).getTime() + 9 * 3_600_000);
  const startsOn = addDays(today, -2);
  const endsOn = addDays(today, 14);
  const admin = await p.user.findFirst({ where: { firmId: downFirmId, role: "FIRM_ADMIN", status: "ACTIVE" }, orderBy: { email: "asc" }, select: { id: true } });
  await p.firmOutage.create({ data: { firmId: downFirmId, kind: "BREAKDOWN", startsOn, endsOn, note: "熱処理炉の故障。交換部品の入荷待ち。", declaredAt, declaredById: admin?.id ?? null, updatedAt: declaredAt, updatedById: admin?.id ?? null } });
  const down = await p.firm.findUniqueOrThrow({ where: { id: downFirmId }, select: { nameJa: true, nameEn: true } });
  const day = (d: Date) => isoDate(d);
  const leadAdmins = await p.user.findMany({ where: { firmId: lead.id, role: "FIRM_ADMIN", status: "ACTIVE" }, select: { id: true } });
  await p.notification.createMany({
    data: leadAdmins.map((u) => ({
      // Read an hour later: the lead saw it then (its unread count is the other demo notifications').
      userId: u.id, kind: "outage.memberDown", linkPath: `/groups/${group.id}`, createdAt: declaredAt, readAt: new Date(declaredAt.getTime() + 3_600_000),
      params: { title: OUTAGE_JOB_TITLE, titleEn: "[Demo] Shafts turned and heat-treated (a partner firm is down)", firm: down.nameJa, firmEn: down.nameEn || down.nameJa, kind: "設備故障", kindEn: "equipment breakdown", period: `${day(startsOn)}〜${day(endsOn)}`, periodEn: `${day(startsOn)} to ${day(endsOn)}` },
    })),
  });
  return 1;
}

function rank(process: string): number {
  const i = PREFERRED.indexOf(process);
  return i < 0 ? PREFERRED.length : i;
}
