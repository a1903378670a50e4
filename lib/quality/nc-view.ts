// What the quality pages show of non-conformances: a group's list, and one with its history, the
// cost split and the moves open to the viewer. Scoped through the group (loadGroupRef / loadNcRef).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import { loadNcRef } from "./nc-access";
import { ACKNOWLEDGE_STATUSES, nextNcMoves, OPEN_NC_STATUSES } from "./nc-lifecycle";
import type { NcStatus } from "@/lib/generated/prisma/enums";

const memberSelect = { id: true, firmId: true, status: true, firm: { select: { nameJa: true, nameEn: true } } } as const;

export async function groupNonConformances(db: Database, viewer: Viewer, groupId: string) {
  const { group, resource } = await loadGroupRef(db.prisma, viewer, groupId, "progress.view");
  const list = await db.prisma.nonConformance.findMany({
    where: { groupId: group.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, source: true, description: true, quantityAffected: true, createdAt: true, closedAt: true, responsibleMember: { select: memberSelect } },
  });
  return { list, canRaise: can(viewer, "nc.raise", resource), openCount: list.filter((n) => (OPEN_NC_STATUSES as readonly NcStatus[]).includes(n.status)).length };
}

export async function nonConformanceDetail(db: Database, viewer: Viewer, groupId: string, ncId: string) {
  const { nc: ref, group, resource, actors } = await loadNcRef(db.prisma, viewer, ncId, "progress.view");
  if (ref.groupId !== groupId) throw new NotFoundError("nonConformance");
  const nc = await db.prisma.nonConformance.findUniqueOrThrow({
    where: { id: ncId },
    select: {
      id: true, status: true, version: true, source: true, description: true, quantityAffected: true, raisedByFirmId: true, raisedByBuyerOrgId: true,
      agreementClause: true, costYen: true, containment: true, cause: true, rootCause: true, correctiveAction: true, verification: true, closedAt: true,
      rmaQuantity: true, rmaDisposition: true, rmaReturnedAt: true, rmaResolvedAt: true, createdAt: true,
      assignment: { select: { processCode: true, jobStep: { select: { position: true } } } },
      responsibleMember: { select: memberSelect },
      costShares: { orderBy: { basisPoints: "desc" }, select: { memberId: true, basisPoints: true, acknowledgedAt: true, member: { select: memberSelect } } },
      events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true } },
    },
  });
  const raisedBy = nc.raisedByFirmId
    ? await db.prisma.firm.findUnique({ where: { id: nc.raisedByFirmId }, select: { nameJa: true, nameEn: true } })
    : nc.raisedByBuyerOrgId ? await db.prisma.buyerOrganization.findUnique({ where: { id: nc.raisedByBuyerOrgId }, select: { name: true } }).then((b) => (b ? { nameJa: b.name, nameEn: b.name } : null)) : null;
  const open = (OPEN_NC_STATUSES as readonly NcStatus[]).includes(nc.status);
  const ownShareOpen = nc.costShares.some((s) => s.member.firmId === viewer.firmId && s.acknowledgedAt === null);
  return {
    nc,
    raisedBy,
    members: await db.prisma.groupMember.findMany({ where: { groupId: group.id, status: "ACCEPTED" }, orderBy: [{ isLead: "desc" }, { invitedAt: "asc" }], select: memberSelect }),
    actors,
    moves: can(viewer, "nc.work", resource) ? nextNcMoves(nc.status, actors) : [],
    canAssign: can(viewer, "nc.assign", resource) && nextNcMoves(nc.status, actors).includes("ASSIGNED"),
    canAcknowledge: ownShareOpen && (ACKNOWLEDGE_STATUSES as readonly NcStatus[]).includes(nc.status) && can(viewer, "nc.acknowledge", resource),
    canRecordRma: open && nc.rmaQuantity === null && (actors.includes("raiser") || actors.includes("lead")) && can(viewer, "nc.work", resource),
    canResolveRma: nc.rmaQuantity !== null && nc.rmaResolvedAt === null && actors.includes("responsible"),
  };
}

/** The header and steps of a group's quality pages: its job, lead firm and each step's member. */
export async function qualityGroupHeader(db: Database, viewer: Viewer, groupId: string) {
  const { group, resource } = await loadGroupRef(db.prisma, viewer, groupId, "progress.view");
  const detail = await db.prisma.jointOrderGroup.findUniqueOrThrow({
    where: { id: group.id },
    select: {
      id: true, kind: true, status: true, leadFirmId: true,
      job: { select: { id: true, titleJa: true, titleEn: true } },
      assignments: { orderBy: [{ jobStep: { position: "asc" } }], select: { id: true, processCode: true, quantity: true, jobStep: { select: { position: true } }, member: { select: memberSelect } } },
    },
  });
  return { group: detail, resource };
}
