// The joint-order group lifecycle as data, like the job's (lib/jobs/state-machine.ts). Every status
// change goes through moveGroup (./move-group.ts), which refuses a move this table does not allow.
//   INVITING (proposed; invitations out) → PENDING_APPROVAL (every member accepted)
//   → APPROVED (every association involved approved; formedAt) → AWARDED (buyer's order)
//   → IN_PRODUCTION (first progress) → DELIVERED (lead firm) → CLOSED (buyer accepted and rated).
// SENT_BACK: staff sent it back with comments; the buyer (or staff for the buyer) replaces members
// as needed and proposes it again, which reopens the invitations and then the approvals.
// Until the order, the buyer or staff may cancel a group; an award cancels the job's other groups.
import type { GroupKind, GroupStatus, Role } from "@/lib/generated/prisma/enums";

/** The job's buyer, platform staff, a member firm, or the platform itself (award, schedules). */
export type GroupActor = "buyer" | "staff" | "member" | "system";

type Table = Partial<Record<GroupStatus, Partial<Record<GroupStatus, readonly GroupActor[]>>>>;

const CANCELLERS = ["buyer", "staff", "system"] as const;

export const GROUP_TRANSITIONS: Table = {
  DRAFT: { INVITING: ["buyer", "staff", "member"], CANCELLED: CANCELLERS },
  INVITING: { PENDING_APPROVAL: ["system"], CANCELLED: CANCELLERS },
  PENDING_APPROVAL: { APPROVED: ["staff"], SENT_BACK: ["staff"], CANCELLED: CANCELLERS },
  SENT_BACK: { INVITING: ["buyer", "staff"], CANCELLED: CANCELLERS },
  APPROVED: { AWARDED: ["buyer"], CANCELLED: CANCELLERS },
  AWARDED: { IN_PRODUCTION: ["member"] },
  IN_PRODUCTION: { DELIVERED: ["member"] },
  DELIVERED: { CLOSED: ["buyer"] },
  CLOSED: { DISSOLVED: ["staff"] },
};

/** A standing group (恒常的な共同受注体制) has no job, order or buyer: its lead firm proposes it to
 *  the members of a group that worked well, staff approve it, and it stays formed (APPROVED) until
 *  its lead firm or staff dissolve it. After a send-back the lead firm revises the profile and
 *  asks for approval again; the members have already agreed. */
export const STANDING_GROUP_TRANSITIONS: Table = {
  INVITING: { PENDING_APPROVAL: ["system"], CANCELLED: ["member", "staff", "system"] },
  PENDING_APPROVAL: { APPROVED: ["staff"], SENT_BACK: ["staff"], CANCELLED: ["member", "staff", "system"] },
  SENT_BACK: { PENDING_APPROVAL: ["member"], CANCELLED: ["member", "staff", "system"] },
  APPROVED: { DISSOLVED: ["member", "staff", "system"] },
};

export const GROUP_STATUSES = ["DRAFT", "INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED", "CANCELLED", "DISSOLVED"] as const satisfies readonly GroupStatus[];

export function canMove(from: GroupStatus | null, to: GroupStatus, actor: GroupActor, kind: GroupKind = "JOB"): boolean {
  // A group is born proposed: its first status is INVITING (or DRAFT), set by whoever proposes it.
  if (from === null) return (to === "INVITING" || to === "DRAFT") && actor !== "system";
  const table = kind === "STANDING" ? STANDING_GROUP_TRANSITIONS : GROUP_TRANSITIONS;
  return table[from]?.[to]?.includes(actor) ?? false;
}

/** The part a signed-in user plays in a group's lifecycle, from their role. */
export function groupActorFor(role: Role): GroupActor {
  if (role === "BUYER") return "buyer";
  if (role === "ASSOCIATION_STAFF" || role === "FEDERATION_STAFF") return "staff";
  if (role === "FIRM_ADMIN" || role === "FIRM_MEMBER") return "member";
  return "system";
}

/** Before the order, a group can still change; after it, the contract governs. */
export const OPEN_GROUP_STATUSES: readonly GroupStatus[] = ["DRAFT", "INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED"];

/** Why the platform moved a group by itself; stored as the status change's comment and shown in
 *  the reader's language (groups.detail.system.<key>). */
export const SYSTEM_COMMENTS = { awardedElsewhere: "system:awardedElsewhere", jobCancelled: "system:jobCancelled", jobExpired: "system:jobExpired", tooFewMembers: "system:tooFewMembers" } as const;
