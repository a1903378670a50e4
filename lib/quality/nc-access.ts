// Loads a non-conformance for a viewer the one way every NC page and action must: through its
// group (scoped by loadGroupRef: outside scope → 404, then the policy), and works out which parts
// the viewer plays for it in the lifecycle table: the raiser, the lead firm, the responsible member.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError, type Action } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import type { NcActor } from "./nc-lifecycle";

const UUID = /^[0-9a-f-]{36}$/i;

export async function loadNcRef(prisma: PrismaClient, viewer: Viewer, ncId: string, action: Action) {
  if (!UUID.test(ncId)) throw new NotFoundError("nonConformance");
  const nc = await prisma.nonConformance.findUnique({
    where: { id: ncId },
    select: {
      id: true, groupId: true, status: true, version: true, raisedByFirmId: true, raisedByBuyerOrgId: true, responsibleMemberId: true, rmaQuantity: true, rmaResolvedAt: true,
      costShares: { select: { memberId: true, basisPoints: true, acknowledgedAt: true } },
    },
  });
  if (!nc) throw new NotFoundError("nonConformance");
  const { group, resource } = await loadGroupRef(prisma, viewer, nc.groupId, action);
  return { nc, group, resource, actors: ncActorsOf(viewer, nc, group) };
}

/** The parts this viewer plays for this non-conformance. Staff and outsiders play none. */
export function ncActorsOf(
  viewer: Viewer,
  nc: { raisedByFirmId: string | null; raisedByBuyerOrgId: string | null; responsibleMemberId: string | null },
  group: { leadFirmId: string; members: readonly { id: string; firmId: string; status: string }[] },
): NcActor[] {
  const actors: NcActor[] = [];
  const firmId = viewer.role === "FIRM_ADMIN" || viewer.role === "FIRM_MEMBER" ? viewer.firmId : null;
  const buyerOrgId = viewer.role === "BUYER" ? viewer.buyerOrgId : null;
  if ((firmId && firmId === nc.raisedByFirmId) || (buyerOrgId && buyerOrgId === nc.raisedByBuyerOrgId)) actors.push("raiser");
  if (firmId && firmId === group.leadFirmId) actors.push("lead");
  const responsible = group.members.find((m) => m.id === nc.responsibleMemberId);
  if (firmId && responsible?.firmId === firmId) actors.push("responsible");
  return actors;
}
