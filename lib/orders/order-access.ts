// Loads an order for a viewer the one way every order page, route and action must: its group in
// the viewer's scope (outside it → 404), then the policy checked on the order with its facts —
// the buyer, the member firms, their associations and the contracting cooperative.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError, type Action } from "@/lib/authz";
import type { Resource } from "@/lib/authz/resources";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";

export type OrderResource = Extract<Resource, { type: "order" }>;

export async function loadOrderRef(db: Database, viewer: Viewer, where: { orderId: string } | { groupId: string }, action: Action) {
  const id = "orderId" in where ? where.orderId : where.groupId;
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError("order");
  const order = await db.prisma.order.findUnique({
    where: "orderId" in where ? { id: where.orderId } : { groupId: where.groupId },
    select: { id: true, status: true, groupId: true, buyerOrgId: true, offerId: true, deliveredOn: true, acceptedOn: true, group: { select: { contractModel: true, leadFirmId: true, nominations: { where: { status: "ACCEPTED" }, take: 1, select: { associationId: true } } } } },
  });
  if (!order) throw new NotFoundError("order");
  const { group, resource: groupResource } = await loadGroupRef(db.prisma, viewer, order.groupId, "group.view");
  // The same rule as the documents (./order-context.ts): the cooperative whose staff accepted.
  const contractorAssociationId = order.group.contractModel === "JOINT_ORDER" ? (order.group.nominations[0]?.associationId ?? null) : null;
  const resource: OrderResource = { type: "order", id: order.id, buyerOrgId: order.buyerOrgId, memberFirmIds: groupResource.memberFirmIds, associationIds: groupResource.associationIds, contractorAssociationId };
  authorize(viewer, action, resource);
  return { order, group, resource, contractorAssociationId };
}

/** Does the viewer act for the contracting party: the cooperative's staff under 共同受注, the lead firm's admin otherwise? */
export function actsForContractor(viewer: Viewer, order: { group: { leadFirmId: string } }, contractorAssociationId: string | null): boolean {
  if (contractorAssociationId) return viewer.role === "ASSOCIATION_STAFF" && viewer.associationId === contractorAssociationId;
  return viewer.role === "FIRM_ADMIN" && viewer.firmId === order.group.leadFirmId;
}
