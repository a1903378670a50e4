// Non-conformances (不適合) in a joint order, from raising to closing. Each change loads the NC in
// the caller's scope (./nc-access.ts), asks the lifecycle table (./nc-lifecycle.ts) whether the
// parts the caller plays allow it, applies it only to the version the caller saw (./move-nc.ts),
// and tells the buyer, the lead firm and the responsible member (./nc-announce.ts).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NcCause, NcSource, NcStatus, RmaDisposition } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import { announceNc } from "./nc-announce";
import { loadNcRef } from "./nc-access";
import { ACKNOWLEDGE_STATUSES, canMoveNc, ncMoveProblem, OPEN_NC_STATUSES } from "./nc-lifecycle";
import { moveNc } from "./move-nc";

/** Group statuses in which parts exist that can fail: from the order on, also after acceptance. */
const WORKING_GROUP_STATUSES = ["AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"];
/** The standard agreement's article on defects (lib/demo-data/agreement-template.ts, 第7条). */
export const DEFAULT_DEFECT_CLAUSE = "第7条";

export interface RaiseNcInput {
  groupId: string;
  assignmentId?: string;
  description: string;
  quantityAffected?: number;
  /** The inspected lot that raised it (source MEASUREMENT). */
  lotId?: string;
}

/** Raises a non-conformance by hand, or (source MEASUREMENT, inside the caller's transaction)
 *  from an out-of-tolerance value. The raiser is the viewer's organisation: it verifies the fix. */
export async function raiseNc(db: Database, viewer: Viewer, input: RaiseNcInput, now = clock.now()): Promise<{ ncId: string }> {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "nc.raise");
  const ncId = await db.prisma.$transaction((tx) => createNc(tx, viewer, group, input, "MANUAL", now));
  await announceNc(db, ncId, "RAISED");
  return { ncId };
}

/** The insert itself, for callers that already checked the group (measurements). */
export async function createNc(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  group: { id: string; status: string; members: readonly { id: string }[] },
  input: RaiseNcInput,
  source: NcSource,
  now: Date,
): Promise<string> {
  if (!WORKING_GROUP_STATUSES.includes(group.status)) throw new DomainError("quality.nc.problems.notInProduction");
  if (input.assignmentId) {
    const step = await tx.groupStepAssignment.findFirst({ where: { id: input.assignmentId, groupId: group.id }, select: { id: true } });
    if (!step) throw new DomainError("validation.invalid", {}, "assignmentId");
  }
  const nc = await tx.nonConformance.create({
    data: {
      groupId: group.id, assignmentId: input.assignmentId ?? null, lotId: input.lotId ?? null, source, description: input.description, quantityAffected: input.quantityAffected ?? null,
      raisedById: viewer.userId, raisedByFirmId: viewer.role === "BUYER" ? null : viewer.firmId, raisedByBuyerOrgId: viewer.role === "BUYER" ? viewer.buyerOrgId : null,
      createdAt: now, updatedAt: now,
    },
    select: { id: true },
  });
  await tx.ncEvent.create({ data: { ncId: nc.id, fromStatus: null, toStatus: "RAISED", actorId: viewer.userId, note: input.description, createdAt: now } });
  return nc.id;
}

export interface AssignNcInput {
  ncId: string;
  version: number;
  responsibleMemberId: string;
  agreementClause: string;
  costYen?: bigint;
  note: string;
  /** Who bears what part of the cost, in basis points adding up to 10,000; empty: all the responsible member. */
  shares: readonly { memberId: string; basisPoints: number }[];
}

/** The lead firm names the responsible member and splits the cost as the agreement says; a
 *  re-assignment starts the work again from containment, and every member acknowledges anew. */
export async function assignNc(db: Database, viewer: Viewer, input: AssignNcInput, now = clock.now()): Promise<void> {
  const { nc, group, actors } = await loadNcRef(db.prisma, viewer, input.ncId, "nc.assign");
  if (!canMoveNc(nc.status, "ASSIGNED", actors)) throw new DomainError("quality.nc.problems.notYourMove");
  const working = group.members.filter((m) => m.status === "ACCEPTED");
  if (!working.some((m) => m.id === input.responsibleMemberId)) throw new DomainError("validation.invalid", {}, "responsibleMemberId");
  const shares = input.shares.length ? input.shares : [{ memberId: input.responsibleMemberId, basisPoints: 10_000 }];
  if (shares.some((s) => !working.some((m) => m.id === s.memberId))) throw new DomainError("validation.invalid", {}, "shares");
  if (new Set(shares.map((s) => s.memberId)).size !== shares.length || shares.reduce((sum, s) => sum + s.basisPoints, 0) !== 10_000) throw new DomainError("quality.nc.problems.sharesTotal", {}, "shares");
  await db.prisma.$transaction(async (tx) => {
    const moved = await moveNc(tx, {
      ncId: nc.id, from: nc.status, to: "ASSIGNED", actors, actorId: viewer.userId, version: input.version, note: input.note, now,
      data: { responsibleMemberId: input.responsibleMemberId, agreementClause: input.agreementClause, costYen: input.costYen ?? null },
    });
    if (!moved) throw new DomainError("quality.nc.problems.changed");
    await tx.ncCostShare.deleteMany({ where: { ncId: nc.id } });
    await tx.ncCostShare.createMany({ data: shares.map((s) => ({ ncId: nc.id, memberId: s.memberId, basisPoints: s.basisPoints })) });
  });
  await announceNc(db, nc.id, "ASSIGNED");
}

export interface MoveNcInput {
  ncId: string;
  version: number;
  to: Exclude<NcStatus, "RAISED" | "ASSIGNED">;
  note: string;
  cause?: NcCause;
}

/** What each stage writes into the non-conformance besides its history. */
function stageData(input: MoveNcInput, from: NcStatus, viewer: Viewer, now: Date): Omit<Prisma.NonConformanceUncheckedUpdateManyInput, "status" | "version" | "updatedAt"> {
  switch (input.to) {
    case "CONTAINED":
      // Back from CORRECTED: the verification failed; the stage's text stays, the reason is the history's.
      return from === "CORRECTED" ? { verification: input.note } : { containment: input.note };
    case "CAUSE_FOUND":
      return { cause: input.cause ?? null, rootCause: input.note };
    case "CORRECTED":
      return { correctiveAction: input.note };
    case "CLOSED":
      return { verification: input.note, verifiedById: viewer.userId, closedAt: now };
    default:
      return {};
  }
}

/** Contain, find the cause, correct, verify (close or send back), withdraw: one stage at a time. */
export async function moveNcStage(db: Database, viewer: Viewer, input: MoveNcInput, now = clock.now()): Promise<void> {
  const { nc, actors } = await loadNcRef(db.prisma, viewer, input.ncId, "nc.work");
  if (nc.version !== input.version) throw new DomainError("quality.nc.problems.changed");
  if (!canMoveNc(nc.status, input.to, actors)) throw new DomainError("quality.nc.problems.notYourMove");
  const problem = ncMoveProblem(nc, input, nc.status);
  if (problem) throw new DomainError(`quality.nc.problems.${problem}`, {}, problem === "causeRequired" && input.note ? "cause" : "note");
  const moved = await db.prisma.$transaction((tx) =>
    moveNc(tx, { ncId: nc.id, from: nc.status, to: input.to, actors, actorId: viewer.userId, version: input.version, note: input.note, now, data: stageData(input, nc.status, viewer, now) }),
  );
  if (!moved) throw new DomainError("quality.nc.problems.changed");
  await announceNc(db, nc.id, input.to);
}

/** A member firm's admin acknowledges its part of the cost (and with it the responsibility). */
export async function acknowledgeNcCost(db: Database, viewer: Viewer, input: { ncId: string }, now = clock.now()): Promise<void> {
  const { nc, group } = await loadNcRef(db.prisma, viewer, input.ncId, "nc.acknowledge");
  if (!(ACKNOWLEDGE_STATUSES as readonly NcStatus[]).includes(nc.status)) throw new DomainError("quality.nc.problems.notYourMove");
  const memberIds = group.members.filter((m) => m.firmId === viewer.firmId).map((m) => m.id);
  const acknowledged = await db.prisma.ncCostShare.updateMany({ where: { ncId: nc.id, memberId: { in: memberIds }, acknowledgedAt: null }, data: { acknowledgedAt: now, acknowledgedById: viewer.userId } });
  if (acknowledged.count === 0) throw new DomainError("quality.nc.problems.nothingToAcknowledge");
}

/** Parts go back (RMA): the raiser or the lead records how many and what is to be done with them. */
export async function recordRma(db: Database, viewer: Viewer, input: { ncId: string; version: number; quantity: number; disposition: RmaDisposition }, now = clock.now()): Promise<void> {
  const { nc, actors } = await loadNcRef(db.prisma, viewer, input.ncId, "nc.work");
  if (!actors.includes("raiser") && !actors.includes("lead")) throw new DomainError("quality.nc.problems.notYourMove");
  if (!(OPEN_NC_STATUSES as readonly NcStatus[]).includes(nc.status) || nc.rmaQuantity !== null) throw new DomainError("quality.nc.problems.notYourMove");
  const updated = await db.prisma.nonConformance.updateMany({
    where: { id: nc.id, version: input.version, status: nc.status },
    data: { rmaQuantity: input.quantity, rmaDisposition: input.disposition, rmaReturnedAt: now, version: { increment: 1 }, updatedAt: now },
  });
  if (updated.count !== 1) throw new DomainError("quality.nc.problems.changed");
  await announceNc(db, nc.id, "RMA_RETURNED");
}

/** The responsible member has reworked or replaced the returned parts (or scrapped them). */
export async function resolveRma(db: Database, viewer: Viewer, input: { ncId: string; version: number }, now = clock.now()): Promise<void> {
  const { nc, actors } = await loadNcRef(db.prisma, viewer, input.ncId, "nc.work");
  if (!actors.includes("responsible") || nc.rmaQuantity === null || nc.rmaResolvedAt !== null) throw new DomainError("quality.nc.problems.notYourMove");
  const updated = await db.prisma.nonConformance.updateMany({
    where: { id: nc.id, version: input.version, rmaResolvedAt: null },
    data: { rmaResolvedAt: now, version: { increment: 1 }, updatedAt: now },
  });
  if (updated.count !== 1) throw new DomainError("quality.nc.problems.changed");
  await announceNc(db, nc.id, "RMA_RESOLVED");
}

/** Guards for pages that show one NC: the group it belongs to must be the one in the URL. */
export async function ncOfGroup(db: Database, ncId: string, groupId: string): Promise<void> {
  const found = await db.prisma.nonConformance.count({ where: { id: ncId, groupId } });
  if (found !== 1) throw new NotFoundError("nonConformance");
}
