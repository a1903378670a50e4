// Firm administrators manage the people of their own firm. Every query is scoped to the viewer's
// firm, so another firm's user id finds nothing (NotFoundError → 404).
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { authorize } from "@/lib/authz/policy";
import { getPrisma } from "@/lib/db/client";
import { inviteUser, sendInvitation } from "./invitations";

async function ownFirm(viewer: Viewer) {
  const prisma = await getPrisma();
  const firm = viewer.firmId ? await prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { id: true, nameJa: true, associationId: true, status: true, showPricesToMembers: true } }) : null;
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, "firm.members.manage", { type: "firm", id: firm.id, associationId: firm.associationId, status: firm.status });
  return firm;
}

export async function listMembers(viewer: Viewer) {
  const firm = await ownFirm(viewer);
  const prisma = await getPrisma();
  const members = await prisma.user.findMany({
    where: { firmId: firm.id, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] }, status: { in: ["ACTIVE", "INVITED"] } },
    select: { id: true, name: true, email: true, role: true, status: true, lastLoginAt: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
  return { firm: { id: firm.id, name: firm.nameJa, showPricesToMembers: firm.showPricesToMembers }, members };
}

/** Whether the firm's shop-floor members (FIRM_MEMBER) see quote prices: the admin's choice, off by default. */
export async function setPricesForMembers(viewer: Viewer, show: boolean) {
  const firm = await ownFirm(viewer);
  const prisma = await getPrisma();
  await prisma.firm.update({ where: { id: firm.id }, data: { showPricesToMembers: show } });
  await audit({ action: "firm.pricesForMembers", actor: { userId: viewer.userId, role: viewer.role }, targetType: "firm", targetId: firm.id, details: { show } });
}

export async function inviteMember(viewer: Viewer, input: { email: string; name: string; role: "FIRM_ADMIN" | "FIRM_MEMBER" }) {
  const firm = await ownFirm(viewer);
  return inviteUser(viewer, { ...input, firmId: firm.id, organisationName: firm.nameJa });
}

async function scopedMember(viewer: Viewer, userId: string) {
  const firm = await ownFirm(viewer);
  const prisma = await getPrisma();
  const member = await prisma.user.findFirst({ where: { id: userId, firmId: firm.id }, select: { id: true, role: true, status: true, email: true } });
  if (!member) throw new NotFoundError("user");
  return { firm, member };
}

export async function resendMemberInvitation(viewer: Viewer, userId: string) {
  const { firm, member } = await scopedMember(viewer, userId);
  if (member.status !== "INVITED") throw new NotFoundError("user");
  await sendInvitation(viewer, member.id, member.email, firm.nameJa);
}

/** Disables the member (ending their sessions); an invitation never accepted is deleted. */
export async function removeMember(viewer: Viewer, userId: string) {
  if (userId === viewer.userId) throw new DomainError("errors.selfChange");
  const { firm, member } = await scopedMember(viewer, userId);
  const prisma = await getPrisma();
  if (member.role === "FIRM_ADMIN" && member.status === "ACTIVE") {
    const admins = await prisma.user.count({ where: { firmId: firm.id, role: "FIRM_ADMIN", status: "ACTIVE" } });
    if (admins <= 1) throw new DomainError("errors.lastAdmin");
  }
  if (member.status === "INVITED") await prisma.user.delete({ where: { id: member.id } });
  else await prisma.user.update({ where: { id: member.id }, data: { status: "DISABLED", sessionVersion: { increment: 1 } } });
  await audit({ action: "user.removed", actor: { userId: viewer.userId, role: viewer.role }, targetType: "user", targetId: member.id, details: { firmId: firm.id } });
}
