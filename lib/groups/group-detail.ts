// Everything a group's page shows, for a viewer who may see the group.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "./group-access";
import { buildTimeline } from "./timeline";
import { clock } from "@/lib/clock";
import { OPEN_NC_STATUSES } from "@/lib/quality/nc-lifecycle";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function getGroupDetail(db: Database, viewer: Viewer, groupId: string, today = clock.now()) {
  const { resource } = await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  const group = await db.prisma.jointOrderGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: {
      id: true, kind: true, status: true, version: true, contractModel: true, leadFirmId: true, formedAt: true, createdAt: true,
      job: { select: { id: true, titleJa: true, titleEn: true, deadline: true, buyerOrgId: true, buyerOrg: { select: { name: true } } } },
      members: {
        orderBy: { invitedAt: "asc" },
        select: { id: true, firmId: true, isLead: true, status: true, version: true, shareBasisPoints: true, inviteExpiresAt: true, declineReason: true, firm: { select: { nameJa: true, nameEn: true, associationId: true } } },
      },
      assignments: {
        orderBy: [{ jobStep: { position: "asc" } }],
        select: {
          id: true, memberId: true, processCode: true, quantity: true, qualityOwnerMemberId: true, status: true, percentComplete: true,
          plannedStart: true, plannedEnd: true, actualStart: true, actualEnd: true, jobStep: { select: { position: true } },
          handoffsOut: { select: { toAssignmentId: true, sentAt: true, receivedAt: true } },
          progressUpdates: { orderBy: { createdAt: "desc" }, take: 3, select: { id: true, percent: true, note: true, createdAt: true, photos: { select: { id: true, fileName: true } } } },
        },
      },
      approvals: { orderBy: { createdAt: "asc" }, select: { id: true, associationId: true, status: true, version: true, comment: true, decidedAt: true, association: { select: { nameJa: true, nameEn: true } } } },
      statusChanges: { orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true, comment: true } },
      qualityRecords: { orderBy: { createdAt: "desc" }, select: { id: true, kind: true, result: true, description: true, correctiveAction: true, assignmentId: true, responsibleMemberId: true, createdAt: true } },
      nonConformances: { where: { status: { in: [...OPEN_NC_STATUSES] } }, select: { id: true } },
      order: { select: { contractedValueYen: true, contractedOn: true, dueOn: true, deliveredOn: true, acceptedOn: true, status: true, rating: true } },
    },
  });
  const agreement = await db.prisma.agreement.findFirst({
    where: { groupId },
    orderBy: { generatedAt: "desc" },
    select: { id: true, contentJa: true, contentEn: true, template: { select: { version: true } }, confirmations: { select: { memberId: true } } },
  });
  const timeline = buildTimeline(
    group.assignments.map((a) => ({
      id: a.id, position: a.jobStep?.position ?? 0, plannedStart: day(a.plannedStart), plannedEnd: day(a.plannedEnd), actualEnd: day(a.actualEnd), percentComplete: a.percentComplete, done: a.status === "DONE",
    })),
    day(today)!,
  );
  return { group, agreement, timeline, resource };
}
