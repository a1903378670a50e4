// The non-conformance lifecycle as data, like the group's (lib/groups/state-machine.ts). Every
// status change goes through moveNc (./move-nc.ts), which refuses a move this table does not allow.
//   RAISED (by hand, or by an out-of-tolerance measured value)
//   → ASSIGNED (the lead firm names the responsible member, the agreement's clause and the cost split)
//   → CONTAINED (the responsible member: what was done with the suspect parts)
//   → CAUSE_FOUND (the responsible member: the root cause, by 4M)
//   → CORRECTED (the responsible member: the corrective action)
//   → CLOSED (the organisation that raised it verified the correction), or back to CONTAINED when
//     the verification fails. The lead may re-assign before the correction; the raiser may withdraw
//     a non-conformance raised by mistake before it is assigned. Nothing skips a stage.
import type { NcStatus } from "@/lib/generated/prisma/enums";

/** The parts a user can play for one non-conformance (one user may play several). */
export type NcActor = "raiser" | "lead" | "responsible";

type Table = Partial<Record<NcStatus, Partial<Record<NcStatus, readonly NcActor[]>>>>;

export const NC_TRANSITIONS: Table = {
  RAISED: { ASSIGNED: ["lead"], WITHDRAWN: ["raiser"] },
  ASSIGNED: { ASSIGNED: ["lead"], CONTAINED: ["responsible"] },
  CONTAINED: { ASSIGNED: ["lead"], CAUSE_FOUND: ["responsible"] },
  CAUSE_FOUND: { ASSIGNED: ["lead"], CORRECTED: ["responsible"] },
  CORRECTED: { CLOSED: ["raiser"], CONTAINED: ["raiser"] },
};

export const NC_STATUSES = ["RAISED", "ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED", "CLOSED", "WITHDRAWN"] as const satisfies readonly NcStatus[];
/** Still being worked: counted as open on the scorecard and the group's page. */
export const OPEN_NC_STATUSES = ["RAISED", "ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED"] as const satisfies readonly NcStatus[];
/** Stages in which the members bearing the cost acknowledge their part. */
export const ACKNOWLEDGE_STATUSES = ["ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED"] as const satisfies readonly NcStatus[];

/** Whose turn it is at each open stage (for "waiting for …" on the page). */
export const NC_NEXT_PARTY: Partial<Record<NcStatus, NcActor>> = { RAISED: "lead", ASSIGNED: "responsible", CONTAINED: "responsible", CAUSE_FOUND: "responsible", CORRECTED: "raiser" };

export function canMoveNc(from: NcStatus, to: NcStatus, actors: readonly NcActor[]): boolean {
  const allowed = NC_TRANSITIONS[from]?.[to];
  return allowed !== undefined && actors.some((a) => allowed.includes(a));
}

/** The moves open to a user who plays these parts, in the table's order. */
export function nextNcMoves(from: NcStatus, actors: readonly NcActor[]): NcStatus[] {
  return Object.keys(NC_TRANSITIONS[from] ?? {}).filter((to) => canMoveNc(from, to as NcStatus, actors)) as NcStatus[];
}

/** What a move must carry besides the status (checked by the server; the form asks for these). */
export type NcMoveProblem = "containmentRequired" | "causeRequired" | "correctiveRequired" | "verificationRequired" | "notAcknowledged" | "rmaOpen" | "assignmentRequired";

export interface NcFacts {
  responsibleMemberId: string | null;
  costShares: readonly { basisPoints: number; acknowledgedAt: Date | null }[];
  rmaQuantity: number | null;
  rmaResolvedAt: Date | null;
}

export interface NcMoveInput {
  to: NcStatus;
  note: string;
  cause?: string | null;
}

/** Why this move cannot be made with this content, or null. Closing needs every cost share
 *  acknowledged and returned parts resolved: the split of responsibility is settled first. */
export function ncMoveProblem(facts: NcFacts, move: NcMoveInput, from: NcStatus): NcMoveProblem | null {
  const note = move.note.trim();
  switch (move.to) {
    case "CONTAINED":
      if (from === "CORRECTED") return note ? null : "verificationRequired";
      return note ? null : "containmentRequired";
    case "CAUSE_FOUND":
      return note && move.cause ? null : "causeRequired";
    case "CORRECTED":
      return note ? null : "correctiveRequired";
    case "CLOSED":
      if (!note) return "verificationRequired";
      if (facts.costShares.length === 0 || facts.costShares.some((s) => s.basisPoints > 0 && s.acknowledgedAt === null)) return "notAcknowledged";
      if (facts.rmaQuantity !== null && facts.rmaResolvedAt === null) return "rmaOpen";
      return null;
    case "ASSIGNED":
      return facts.responsibleMemberId ? null : "assignmentRequired";
    default:
      return null;
  }
}
