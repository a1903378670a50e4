// Declaring, editing and ending a firm's outage. Who may: the firm's admin for its own firm, staff
// for a firm they cover (lib/authz "outage.declare"); anyone else gets 404 for a firm out of scope.
// A firm has at most one outage on any day: a second overlapping one is refused (edit the first),
// and the firm's row is locked while checking, so two people declaring at once make one outage.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { firmVisibleWhere } from "@/lib/authz/scope";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { addDays, dayOf, isoDay, tokyoToday } from "@/lib/capacity/weeks";
import { announceDeclined } from "@/lib/groups/announce";
import { isFederationApprovalOnly } from "@/lib/groups/request-approvals";
import { sendPendingMails } from "@/lib/notifications";
import { applyOutage, type Consequences } from "./consequences";
import type { DeclareOutageInput, EditOutageInput, OutageKindValue } from "./schema";

const FAR = "9999-12-31";

/** The firm, checked for outage.declare (outside the viewer's scope: 404). */
export async function firmForOutage(db: Database | { prisma: Prisma.TransactionClient }, viewer: Viewer, firmId: string) {
  const firm = await db.prisma.firm.findFirst({ where: { AND: [{ id: firmId }, firmVisibleWhere(viewer)] }, select: { id: true, nameJa: true, nameEn: true, status: true, associationId: true, association: { select: { federationId: true } } } });
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, "outage.declare", { type: "firm", id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status });
  return firm;
}

async function refuseOverlap(tx: Prisma.TransactionClient, firmId: string, startsOn: string, endsOn: string | null, exceptId?: string) {
  // Serialises declarations for one firm: the second waits here, then sees the first.
  await tx.$queryRaw`SELECT id FROM "Firm" WHERE id = ${firmId}::uuid FOR UPDATE`;
  const overlap = await tx.firmOutage.findFirst({
    where: { firmId, ...(exceptId ? { id: { not: exceptId } } : {}), startsOn: { lte: dayOf(endsOn ?? FAR) }, OR: [{ endsOn: null }, { endsOn: { gte: dayOf(startsOn) } }] },
    select: { id: true },
  });
  if (overlap) throw new DomainError("outages.errors.overlaps", {}, "startsOn");
}

async function afterCommit(db: Database, done: Consequences) {
  for (const d of done.declined) await announceDeclined(db, d.groupId, d.memberId);
  for (const mails of done.mails) await sendPendingMails(db.prisma, mails);
}

export async function declareOutage(db: Database, viewer: Viewer, input: DeclareOutageInput, now = clock.now()) {
  const firm = await firmForOutage(db, viewer, input.firmId);
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null && endsOn < tokyoToday(now)) throw new DomainError("outages.errors.endedAlready", {}, "endsOn");
  const federationOnly = await isFederationApprovalOnly(db);
  const { outage, done } = await db.prisma.$transaction(async (tx) => {
    await refuseOverlap(tx, firm.id, input.startsOn, endsOn);
    const outage = await tx.firmOutage.create({
      data: { firmId: firm.id, kind: input.kind, startsOn: dayOf(input.startsOn), endsOn: endsOn ? dayOf(endsOn) : null, note: input.note, declaredAt: now, declaredById: viewer.userId, updatedAt: now, updatedById: viewer.userId },
      select: { id: true },
    });
    const done = await applyOutage(tx, { id: outage.id, firmId: firm.id, kind: input.kind, startsOn: input.startsOn, endsOn }, viewer, now, federationOnly);
    return { outage, done };
  });
  await afterCommit(db, done);
  return { outageId: outage.id, declined: done.declined.length, alerted: done.alertedGroupIds.length };
}

async function outageForEdit(db: Database, viewer: Viewer, outageId: string) {
  const outage = await db.prisma.firmOutage.findUnique({ where: { id: outageId }, select: { id: true, firmId: true, kind: true, startsOn: true, endsOn: true, version: true } });
  if (!outage) throw new NotFoundError("outage");
  await firmForOutage(db, viewer, outage.firmId);
  return outage;
}

/** A changed outage: its period or kind. A period that grows declines invitations it now touches;
 *  leads were alerted when it was declared and are not alerted again. */
export async function editOutage(db: Database, viewer: Viewer, input: EditOutageInput, now = clock.now()) {
  const outage = await outageForEdit(db, viewer, input.outageId);
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null && endsOn < tokyoToday(now)) throw new DomainError("outages.errors.endedAlready", {}, "endsOn");
  const federationOnly = await isFederationApprovalOnly(db);
  const done = await db.prisma.$transaction(async (tx) => {
    await refuseOverlap(tx, outage.firmId, input.startsOn, endsOn, outage.id);
    const changed = await tx.firmOutage.updateMany({
      where: { id: outage.id, version: input.version },
      data: { kind: input.kind, startsOn: dayOf(input.startsOn), endsOn: endsOn ? dayOf(endsOn) : null, note: input.note, updatedAt: now, updatedById: viewer.userId, version: { increment: 1 } },
    });
    if (changed.count !== 1) throw new DomainError("outages.errors.changedMeanwhile");
    const applied = await applyOutage(tx, { id: outage.id, firmId: outage.firmId, kind: input.kind, startsOn: input.startsOn, endsOn }, viewer, now, federationOnly);
    return { ...applied, mails: [], alertedGroupIds: [] };
  });
  await afterCommit(db, done);
  return { outageId: outage.id };
}

/** The firm is back: its last day out becomes yesterday. An outage that had not begun before
 *  today is withdrawn altogether (nothing was out). */
export async function endOutage(db: Database, viewer: Viewer, input: { outageId: string; version: number }, now = clock.now()) {
  const outage = await outageForEdit(db, viewer, input.outageId);
  const yesterday = addDays(tokyoToday(now), -1);
  const startsOn = isoDay(outage.startsOn);
  if (outage.endsOn && isoDay(outage.endsOn) <= yesterday) throw new DomainError("outages.errors.endedAlready");
  const changed =
    startsOn > yesterday
      ? await db.prisma.firmOutage.deleteMany({ where: { id: outage.id, version: input.version } })
      : await db.prisma.firmOutage.updateMany({ where: { id: outage.id, version: input.version }, data: { endsOn: dayOf(yesterday), updatedAt: now, updatedById: viewer.userId, version: { increment: 1 } } });
  if (changed.count !== 1) throw new DomainError("outages.errors.changedMeanwhile");
  return { outageId: outage.id, withdrawn: startsOn > yesterday };
}

export interface OutageRow {
  id: string;
  kind: OutageKindValue;
  startsOn: string;
  endsOn: string | null;
  note: string;
  version: number;
  declaredAt: Date;
}

/** A firm's current and coming outages, for its own page and staff acting for it. */
export async function outagesOfFirm(db: Database, viewer: Viewer, firmId: string, now = clock.now()): Promise<OutageRow[]> {
  await firmForOutage(db, viewer, firmId);
  const rows = await db.prisma.firmOutage.findMany({
    where: { firmId, OR: [{ endsOn: null }, { endsOn: { gte: dayOf(tokyoToday(now)) } }] },
    orderBy: { startsOn: "asc" },
    select: { id: true, kind: true, startsOn: true, endsOn: true, note: true, version: true, declaredAt: true },
  });
  return rows.map((r) => ({ ...r, startsOn: isoDay(r.startsOn), endsOn: r.endsOn ? isoDay(r.endsOn) : null }));
}
