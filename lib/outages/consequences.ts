// What a declared outage sets off, inside the declaration's transaction: the firm's pending
// invitations to job groups whose window the outage touches are declined with the outage as the
// reason (through the groups' own answer path, so a group's lifecycle moves as for any decline);
// requests to take over steps sent to it are declined; and the lead of every group where it holds
// an unfinished step is alerted (staff instead, when the lead itself is down). The notifications
// are written here and mailed by the caller after the commit.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordNotifications, type PendingMails } from "@/lib/notifications";
import { answerInvitation } from "@/lib/groups/answer-invitation";
import { isoDay, tokyoToday } from "@/lib/capacity/weeks";
import { declineReasonText, KIND_LABELS, periodText, touches } from "./period";
import type { OutageKindValue } from "./schema";
import { moveSubstitution } from "./substitution-lifecycle";

/** Groups whose members still owe work: before the order and in production. */
export const ACTIVE_GROUP_STATUSES = ["INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED", "AWARDED", "IN_PRODUCTION"] as const;

export interface OutageFacts {
  id: string;
  firmId: string;
  kind: OutageKindValue;
  startsOn: string;
  endsOn: string | null;
}

export interface Consequences {
  declined: { groupId: string; memberId: string }[];
  alertedGroupIds: string[];
  mails: PendingMails[];
}

const title = (job: { titleJa: string; titleEn: string } | null) => ({ title: job?.titleJa ?? "", titleEn: job?.titleEn || job?.titleJa || "" });

export async function applyOutage(tx: Prisma.TransactionClient, outage: OutageFacts, actor: { userId: string }, now: Date, federationOnly: boolean): Promise<Consequences> {
  const today = tokyoToday(now);
  const result: Consequences = { declined: [], alertedGroupIds: [], mails: [] };

  const invited = await tx.groupMember.findMany({
    where: { firmId: outage.firmId, status: "INVITED", group: { kind: "JOB", status: "INVITING" } },
    select: { id: true, version: true, group: { select: { id: true, kind: true, job: { select: { deadline: true } } } } },
  });
  const reason = declineReasonText(outage.kind, outage.startsOn, outage.endsOn);
  for (const member of invited) {
    if (!member.group.job || !touches(outage, today, isoDay(member.group.job.deadline))) continue;
    await answerInvitation(tx, { group: member.group, memberId: member.id, version: member.version, decision: "decline", reason, userId: actor.userId, now, federationOnly });
    result.declined.push({ groupId: member.group.id, memberId: member.id });
  }
  const offered = await tx.stepSubstitution.findMany({ where: { firmId: outage.firmId, status: "PROPOSED" }, select: { id: true } });
  for (const s of offered) await moveSubstitution(tx, { id: s.id, from: "PROPOSED", to: "DECLINED", actor: "system", userId: actor.userId, now, reason });

  // Groups where the firm holds an unfinished step of a job still running when the outage begins.
  const held = await tx.groupStepAssignment.findMany({
    where: {
      status: { not: "DONE" },
      member: { firmId: outage.firmId, status: "ACCEPTED" },
      group: { kind: "JOB", status: { in: [...ACTIVE_GROUP_STATUSES] } },
    },
    select: { group: { select: { id: true, leadFirmId: true, job: { select: { titleJa: true, titleEn: true, deadline: true } }, members: { where: { status: { in: ["INVITED", "ACCEPTED"] } }, select: { firm: { select: { associationId: true } } } } } } },
  });
  const groups = new Map(held.map((a) => [a.group.id, a.group]));
  const firm = await tx.firm.findUniqueOrThrow({ where: { id: outage.firmId }, select: { nameJa: true, nameEn: true } });
  const period = periodText(outage.startsOn, outage.endsOn);
  for (const group of groups.values()) {
    if (!group.job || !touches(outage, today, isoDay(group.job.deadline))) continue;
    const params = { ...title(group.job), firm: firm.nameJa, firmEn: firm.nameEn || firm.nameJa, kind: KIND_LABELS[outage.kind].ja, kindEn: KIND_LABELS[outage.kind].en, period: period.ja, periodEn: period.en };
    const linkPath = `/groups/${group.id}`;
    const leadDown = group.leadFirmId === outage.firmId;
    const associationIds = [...new Set(group.members.map((m) => m.firm.associationId))];
    const users = leadDown
      ? await tx.user.findMany({ where: { status: "ACTIVE", OR: [{ role: "ASSOCIATION_STAFF", associationId: { in: associationIds } }, { role: "FEDERATION_STAFF" }] }, select: { id: true } })
      : await tx.user.findMany({ where: { status: "ACTIVE", role: "FIRM_ADMIN", firmId: group.leadFirmId }, select: { id: true } });
    result.mails.push(await recordNotifications(tx, { kind: leadDown ? "outage.leadDown" : "outage.memberDown", params, linkPath, userIds: users.map((u) => u.id), at: now }));
    result.alertedGroupIds.push(group.id);
  }
  return result;
}
