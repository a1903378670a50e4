// An invoice's payment, as data. The platform never moves money; it records what the parties say:
//   UNPAID → PAID (the payer, with the day it paid) → RECEIVED (the payee confirms)
//   PAID → UNPAID (the payee has not received it: the payer's mark is taken back)
//   UNPAID → VOID (the invoice was replaced by a new version, which carries its own payment)
// Overdue is not a status: it is UNPAID after the due day (Tokyo), found by the queue.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";

export type PaymentActor = "payer" | "payee" | "system";

export const PAYMENT_TRANSITIONS: Partial<Record<PaymentStatus, Partial<Record<PaymentStatus, readonly PaymentActor[]>>>> = {
  UNPAID: { PAID: ["payer"], VOID: ["system"] },
  PAID: { RECEIVED: ["payee"], UNPAID: ["payee"] },
};

export const PAYMENT_STATUSES = ["UNPAID", "PAID", "RECEIVED", "VOID"] as const satisfies readonly PaymentStatus[];

export function canMovePayment(from: PaymentStatus, to: PaymentStatus, actor: PaymentActor): boolean {
  return PAYMENT_TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

export class IllegalPaymentMove extends Error {
  constructor(from: PaymentStatus, to: PaymentStatus, actor: PaymentActor) {
    super(`a payment cannot move from ${from} to ${to} by ${actor}`);
    this.name = "IllegalPaymentMove";
  }
}

export async function movePayment(
  tx: Prisma.TransactionClient,
  move: { invoiceId: string; from: PaymentStatus; to: PaymentStatus; actor: PaymentActor; rowVersion?: number; data?: Omit<Prisma.InvoicePaymentUpdateManyMutationInput, "status" | "rowVersion"> },
): Promise<boolean> {
  if (!canMovePayment(move.from, move.to, move.actor)) throw new IllegalPaymentMove(move.from, move.to, move.actor);
  const moved = await tx.invoicePayment.updateMany({
    where: { invoiceId: move.invoiceId, status: move.from, ...(move.rowVersion === undefined ? {} : { rowVersion: move.rowVersion }) },
    data: { ...move.data, status: move.to, rowVersion: { increment: 1 } },
  });
  return moved.count === 1;
}
