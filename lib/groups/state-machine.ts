// The joint-order group lifecycle as data, like the job's (lib/jobs/state-machine.ts).
//   DRAFT → INVITING (proposed; invitations out) → PENDING_APPROVAL (every member accepted)
//   → APPROVED (every association involved approved; formedAt) → AWARDED (buyer's order)
//   → IN_PRODUCTION → DELIVERED → CLOSED (buyer accepted and rated).
// SENT_BACK: a staff member sent it back with comments; the proposer fixes it and invites again.
import type { GroupStatus } from "@/lib/generated/prisma/enums";

export type GroupActor = "proposer" | "member" | "staff" | "buyer" | "system";

type Table = Partial<Record<GroupStatus, Partial<Record<GroupStatus, readonly GroupActor[]>>>>;

export const GROUP_TRANSITIONS: Table = {
  DRAFT: { INVITING: ["proposer"], CANCELLED: ["proposer", "staff"] },
  INVITING: { PENDING_APPROVAL: ["system"], CANCELLED: ["proposer", "buyer", "staff"] },
  PENDING_APPROVAL: { APPROVED: ["system"], SENT_BACK: ["staff"], CANCELLED: ["proposer", "buyer", "staff"] },
  SENT_BACK: { INVITING: ["proposer"], CANCELLED: ["proposer", "buyer", "staff"] },
  APPROVED: { AWARDED: ["buyer"], CANCELLED: ["proposer", "buyer", "staff", "system"] },
  AWARDED: { IN_PRODUCTION: ["member", "system"] },
  IN_PRODUCTION: { DELIVERED: ["member"] },
  DELIVERED: { CLOSED: ["buyer", "system"] },
  CLOSED: { DISSOLVED: ["staff", "proposer"] },
};

export const GROUP_STATUSES = ["DRAFT", "INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED", "CANCELLED", "DISSOLVED"] as const satisfies readonly GroupStatus[];

export function canMove(from: GroupStatus, to: GroupStatus, actor: GroupActor): boolean {
  return GROUP_TRANSITIONS[from]?.[to]?.includes(actor) ?? false;
}

/** Before the order, a group can still change; after it, the contract governs. */
export const OPEN_GROUP_STATUSES: readonly GroupStatus[] = ["DRAFT", "INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED"];
