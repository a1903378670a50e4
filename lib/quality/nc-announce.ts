// Who hears about a non-conformance: the buyer and the lead firm at every stage (the policy asks
// that responsibility be visible), and the responsible member when it is named or asked to act.
// Called after the change is committed; a failure to notify never undoes it.
import "server-only";
import type { Database } from "@/lib/db/client";
import { notifyBuyerOrg, notifyFirm } from "@/lib/notifications";
import en from "@/messages/en/quality.json";
import ja from "@/messages/ja/quality.json";

/** A stage of the lifecycle, or a change to its returned parts. */
export type NcNews = keyof typeof ja.quality.nc.stage;

export async function announceNc(db: Database, ncId: string, news: NcNews): Promise<void> {
  const nc = await db.prisma.nonConformance.findUniqueOrThrow({
    where: { id: ncId },
    select: {
      id: true, groupId: true, description: true,
      group: { select: { leadFirmId: true, job: { select: { titleJa: true, titleEn: true, buyerOrgId: true } } } },
      responsibleMember: { select: { firmId: true } },
    },
  });
  const job = nc.group.job;
  const input = {
    kind: "quality.nc" as const,
    params: { title: job?.titleJa ?? "", titleEn: job?.titleEn || job?.titleJa || "", stage: ja.quality.nc.stage[news], stageEn: en.quality.nc.stage[news], description: nc.description.slice(0, 80) },
    linkPath: `/groups/${nc.groupId}/quality/nc/${nc.id}`,
  };
  if (job) await notifyBuyerOrg(db.prisma, job.buyerOrgId, input);
  const firms = new Set([nc.group.leadFirmId, ...(nc.responsibleMember ? [nc.responsibleMember.firmId] : [])]);
  for (const firmId of firms) await notifyFirm(db.prisma, firmId, input);
}
