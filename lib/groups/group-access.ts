// Loads a group for a viewer the one way every group page and action must: scoped by
// groupVisibleWhere (outside scope → 404), then checked against the policy with its facts.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError, type Action } from "@/lib/authz";
import { groupVisibleWhere } from "@/lib/authz/scope";
import type { Resource } from "@/lib/authz/resources";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type GroupResource = Extract<Resource, { type: "group" }>;

export async function loadGroupRef(prisma: PrismaClient, viewer: Viewer, groupId: string, action: Action) {
  if (!/^[0-9a-f-]{36}$/i.test(groupId)) throw new NotFoundError("group");
  const group = await prisma.jointOrderGroup.findFirst({
    where: { AND: [{ id: groupId }, groupVisibleWhere(viewer)] },
    select: {
      id: true, kind: true, name: true, status: true, version: true, leadFirmId: true, jobId: true, proposedById: true, contractModel: true,
      job: { select: { buyerOrgId: true, status: true } },
      members: { select: { id: true, firmId: true, status: true, version: true, firm: { select: { associationId: true } } } },
    },
  });
  if (!group) throw new NotFoundError("group");
  const resource: GroupResource = {
    type: "group",
    id: group.id,
    leadFirmId: group.leadFirmId,
    memberFirmIds: group.members.filter((m) => m.status !== "DECLINED" && m.status !== "REPLACED" && m.status !== "REMOVED").map((m) => m.firmId),
    associationIds: [...new Set(group.members.map((m) => m.firm.associationId))],
    buyerOrgId: group.job?.buyerOrgId ?? null,
  };
  authorize(viewer, action, resource);
  return { group, resource };
}
