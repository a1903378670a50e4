// The job lifecycle as data: which status may follow which, and who may make each move. Pure, so
// the table is tested exhaustively (tests/jobs/state-machine.test.ts) and shown in the decision
// record; lib/jobs/transitions.ts applies it to the database.
import type { JobStatus } from "@/lib/generated/prisma/enums";

export const JOB_STATUSES = [
  "DRAFT",
  "UNDER_REVIEW",
  "OPEN",
  "GROUPS_INVITED",
  "AWARDED",
  "IN_PRODUCTION",
  "DELIVERED",
  "CLOSED",
  "CANCELLED",
  "EXPIRED",
] as const satisfies readonly JobStatus[];

/** Who asks for a move: the job's buyer, platform staff, or the platform itself (scheduled tasks,
 *  the group/award service). */
export type TransitionActor = "buyer" | "staff" | "system";

type Table = Partial<Record<JobStatus, Partial<Record<JobStatus, readonly TransitionActor[]>>>>;

// Cancelling stays possible until production starts; after that the order contract governs.
// EXPIRED is only ever set by the scheduled expiry task (answer date passed without an award).
export const TRANSITIONS: Table = {
  DRAFT: { UNDER_REVIEW: ["buyer"], OPEN: ["buyer"], CANCELLED: ["buyer", "staff"] },
  UNDER_REVIEW: { OPEN: ["staff"], DRAFT: ["staff", "buyer"], CANCELLED: ["buyer", "staff"] },
  OPEN: { GROUPS_INVITED: ["buyer", "staff", "system"], AWARDED: ["buyer", "system"], CANCELLED: ["buyer", "staff"], EXPIRED: ["system"] },
  GROUPS_INVITED: { AWARDED: ["buyer", "system"], CANCELLED: ["buyer", "staff"], EXPIRED: ["system"] },
  AWARDED: { IN_PRODUCTION: ["buyer", "staff", "system"], CANCELLED: ["buyer", "staff"] },
  IN_PRODUCTION: { DELIVERED: ["buyer", "staff", "system"] },
  DELIVERED: { CLOSED: ["buyer", "staff", "system"] },
};

export const TERMINAL_STATUSES: readonly JobStatus[] = ["CLOSED", "CANCELLED", "EXPIRED"];
/** Statuses firms see on the board (a draft or a job under review is private to buyer and staff). */
export const PUBLISHED_STATUSES: readonly JobStatus[] = ["OPEN", "GROUPS_INVITED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"];
/** Statuses in which firms may still raise their hand or ask questions. */
export const ACCEPTING_STATUSES: readonly JobStatus[] = ["OPEN", "GROUPS_INVITED"];
/** Statuses in which the buyer may still change the job's content. */
export const EDITABLE_STATUSES: readonly JobStatus[] = ["DRAFT", "UNDER_REVIEW"];

export type TransitionCheck = { ok: true } | { ok: false; reason: "illegal" | "notAllowedForActor" };

export function checkTransition(from: JobStatus, to: JobStatus, actor: TransitionActor): TransitionCheck {
  const actors = TRANSITIONS[from]?.[to];
  if (!actors) return { ok: false, reason: "illegal" };
  if (!actors.includes(actor)) return { ok: false, reason: "notAllowedForActor" };
  return { ok: true };
}

/** The statuses a given actor may move a job to from `from` (for showing buttons). */
export function nextStatuses(from: JobStatus, actor: TransitionActor): JobStatus[] {
  const row = TRANSITIONS[from] ?? {};
  return (Object.keys(row) as JobStatus[]).filter((to) => row[to]?.includes(actor));
}
