// The order's lifecycle as data, and the one function that moves an order. An order moves with
// its group (the group's table, ./state-machine.ts, says who may make each move), so this table
// says only which moves exist: contracted → in production → delivered → accepted.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const ORDER_STATUSES = ["CONTRACTED", "IN_PRODUCTION", "DELIVERED", "ACCEPTED", "CANCELLED"] as const satisfies readonly OrderStatus[];

export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  // Cancelled only before work starts; after that the contract's own terms govern.
  CONTRACTED: ["IN_PRODUCTION", "CANCELLED"],
  IN_PRODUCTION: ["DELIVERED"],
  DELIVERED: ["ACCEPTED"],
  ACCEPTED: [],
  CANCELLED: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Moves the group's order from `from` to `to` if it is still there; false when it was not. */
export async function moveOrder(tx: Prisma.TransactionClient, move: { groupId: string; from: OrderStatus; to: OrderStatus; data?: Omit<Prisma.OrderUpdateManyMutationInput, "status"> }): Promise<boolean> {
  if (!canMoveOrder(move.from, move.to)) throw new Error(`an order cannot move from ${move.from} to ${move.to}`);
  const moved = await tx.order.updateMany({ where: { groupId: move.groupId, status: move.from }, data: { ...move.data, status: move.to } });
  return moved.count === 1;
}
