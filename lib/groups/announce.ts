// Who hears about what happens to a group. Called after the change is committed (mails cannot be
// rolled back); a failure to notify never undoes the business change.
import "server-only";
import type { Database } from "@/lib/db/client";
import { notify, notifyBuyerOrg, notifyFirm } from "@/lib/notifications";

async function groupFacts(db: Database, groupId: string) {
  return db.prisma.jointOrderGroup.findUniqueOrThrow({
    where: { id: groupId },
    select: { id: true, kind: true, name: true, leadFirmId: true, job: { select: { titleJa: true, titleEn: true, buyerOrgId: true } }, members: { select: { id: true, firmId: true, status: true, inviteExpiresAt: true, declineReason: true, firm: { select: { nameJa: true, associationId: true } } } } },
  });
}
type GroupFacts = Awaited<ReturnType<typeof groupFacts>>;
/** A job group is known by its job's title, a standing group by its own name. */
const title = (g: GroupFacts) => (g.job ? { title: g.job.titleJa, titleEn: g.job.titleEn || g.job.titleJa } : { title: g.name, titleEn: g.name });
const link = (groupId: string) => `/groups/${groupId}`;
const standing = (g: GroupFacts) => g.kind === "STANDING";

export async function announceInvitations(db: Database, groupId: string, firmIds: readonly string[]): Promise<void> {
  const g = await groupFacts(db, groupId);
  const expires = g.members[0]?.inviteExpiresAt?.toISOString().slice(0, 16).replace("T", " ") ?? "";
  const kind = standing(g) ? "standing.invited" : "group.invited";
  for (const firmId of firmIds) await notifyFirm(db.prisma, firmId, { kind, params: { ...title(g), expires }, linkPath: link(groupId) }, { onlyAdmins: true });
}

export async function announceDeclined(db: Database, groupId: string, memberId: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  const member = g.members.find((m) => m.id === memberId);
  const params = { ...title(g), firm: member?.firm.nameJa ?? "", reason: member?.declineReason ?? "" };
  if (g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, { kind: "group.declined", params, linkPath: link(groupId) });
  if (standing(g)) await notifyFirm(db.prisma, g.leadFirmId, { kind: "standing.declined", params, linkPath: link(groupId) }, { onlyAdmins: true });
}

export async function announceReadyForApproval(db: Database, groupId: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  const associationIds = [...new Set(g.members.map((m) => m.firm.associationId))];
  const staff = await db.prisma.user.findMany({ where: { status: "ACTIVE", OR: [{ role: "ASSOCIATION_STAFF", associationId: { in: associationIds } }, { role: "FEDERATION_STAFF" }] }, select: { id: true } });
  await notify(db.prisma, { kind: standing(g) ? "standing.awaitingApproval" : "group.awaitingApproval", params: title(g), linkPath: link(groupId), userIds: staff.map((u) => u.id) });
}

export async function announceApproved(db: Database, groupId: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  if (g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, { kind: "group.approved", params: title(g), linkPath: link(groupId) });
  const kind = standing(g) ? "standing.approved" : "group.approved";
  for (const m of g.members.filter((x) => x.status === "ACCEPTED")) await notifyFirm(db.prisma, m.firmId, { kind, params: title(g), linkPath: link(groupId) });
}

export async function announceSentBack(db: Database, groupId: string, comment: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  if (g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, { kind: "group.sentBack", params: { ...title(g), comment }, linkPath: link(groupId) });
  // A standing group has no buyer: its lead firm revises the profile and asks again.
  if (standing(g)) await notifyFirm(db.prisma, g.leadFirmId, { kind: "standing.sentBack", params: { ...title(g), comment }, linkPath: link(groupId) }, { onlyAdmins: true });
}

export async function announceCancelled(db: Database, groupId: string, reason: string, audience: { toBuyer: boolean }): Promise<void> {
  const g = await groupFacts(db, groupId);
  const input = { kind: standing(g) ? ("standing.ended" as const) : ("group.cancelled" as const), params: { ...title(g), reason }, linkPath: link(groupId) };
  for (const m of g.members.filter((x) => x.status === "INVITED" || x.status === "ACCEPTED")) await notifyFirm(db.prisma, m.firmId, input, { onlyAdmins: true });
  if (audience.toBuyer && g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, input);
}

export async function announceAwarded(db: Database, groupId: string, value: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  for (const m of g.members.filter((x) => x.status === "ACCEPTED")) await notifyFirm(db.prisma, m.firmId, { kind: "group.awarded", params: { ...title(g), value }, linkPath: link(groupId) });
}

export async function announceDelivered(db: Database, groupId: string): Promise<void> {
  const g = await groupFacts(db, groupId);
  if (g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, { kind: "group.delivered", params: title(g), linkPath: link(groupId) });
}

export async function announceLateStep(db: Database, groupId: string, leadFirmId: string, params: { assignmentId: string; step: number; plannedEnd: string; forecast: string }): Promise<void> {
  const g = await groupFacts(db, groupId);
  if (g.job) await notifyBuyerOrg(db.prisma, g.job.buyerOrgId, { kind: "group.stepLate", params: { ...title(g), ...params }, linkPath: link(groupId) });
  await notifyFirm(db.prisma, leadFirmId, { kind: "group.stepLate", params: { ...title(g), ...params }, linkPath: link(groupId) }, { onlyAdmins: true });
}
