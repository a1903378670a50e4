// Account administration: federation staff create and disable staff accounts and manage
// associations; the system admin manages every user (status, role) and installation settings.
// Role and status changes end the user's sessions (sessionVersion + 1) and are audited.
import "server-only";
import type { z } from "zod";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { authorize, can } from "@/lib/authz/policy";
import { userManageWhere } from "@/lib/authz/scope";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";
import type { associationSchema, createStaffSchema, settingsSchema } from "@/lib/validation/auth-schemas";
import { inviteUser } from "./invitations";

const actorOf = (v: Viewer) => ({ userId: v.userId, role: v.role });

export async function createStaffAccount(viewer: Viewer, input: z.output<typeof createStaffSchema>) {
  authorize(viewer, "staff.manage");
  const prisma = await getPrisma();
  let organisationName: string;
  let associationId: string | null = null;
  if (input.role === "ASSOCIATION_STAFF") {
    const association = await prisma.association.findFirst({ where: { id: input.associationId ?? "", federationId: viewer.federationId ?? "" }, select: { id: true, nameJa: true } });
    if (!association) throw new DomainError("errors.unknownAssociation", {}, "associationId");
    organisationName = association.nameJa;
    associationId = association.id;
  } else {
    const federation = await prisma.federation.findUnique({ where: { id: viewer.federationId ?? "" }, select: { nameJa: true } });
    if (!federation) throw new NotFoundError("federation");
    organisationName = federation.nameJa;
  }
  authorize(viewer, "staff.manage", { type: "user", id: "new", role: input.role, firmId: null, buyerOrgId: null, associationId, federationId: viewer.federationId });
  return inviteUser(viewer, {
    email: input.email,
    name: input.name,
    role: input.role,
    associationId,
    federationId: input.role === "FEDERATION_STAFF" ? viewer.federationId : null,
    organisationName,
  });
}

export async function listManagedUsers(viewer: Viewer, filter: { q?: string; role?: Role; status?: UserStatus; page?: number } = {}) {
  if (!can(viewer, "user.manage") && !can(viewer, "staff.manage")) authorize(viewer, "user.manage");
  const prisma = await getPrisma();
  const q = filter.q?.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      userManageWhere(viewer),
      filter.role ? { role: filter.role } : {},
      filter.status ? { status: filter.status } : {},
      q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q, mode: "insensitive" } }] } : {},
    ],
  };
  const page = Math.max(1, filter.page ?? 1);
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      select: {
        id: true, name: true, email: true, role: true, status: true, lastLoginAt: true, totpEnabledAt: true,
        firm: { select: { nameJa: true } }, buyerOrg: { select: { name: true } }, association: { select: { nameJa: true } },
      },
      orderBy: [{ role: "asc" }, { email: "asc" }],
      skip: (page - 1) * 50,
      take: 50,
    }),
  ]);
  return { total, page, users: users.map(({ totpEnabledAt, ...u }) => ({ ...u, twoFactor: totpEnabledAt !== null })) };
}

/** The target user, if inside the viewer's management scope (else NotFound). */
async function managedUser(viewer: Viewer, userId: string) {
  const prisma = await getPrisma();
  const user = await prisma.user.findFirst({
    where: { AND: [{ id: userId }, userManageWhere(viewer)] },
    select: { id: true, role: true, status: true, firmId: true, buyerOrgId: true, associationId: true, federationId: true, association: { select: { federationId: true } } },
  });
  if (!user) throw new NotFoundError("user");
  return user;
}

export async function setUserStatus(viewer: Viewer, userId: string, status: "ACTIVE" | "DISABLED") {
  if (userId === viewer.userId) throw new DomainError("errors.selfChange");
  const user = await managedUser(viewer, userId);
  const resource = { type: "user" as const, id: user.id, role: user.role, firmId: user.firmId, buyerOrgId: user.buyerOrgId, associationId: user.associationId, federationId: user.federationId ?? user.association?.federationId ?? null };
  authorize(viewer, viewer.role === "SYSTEM_ADMIN" ? "user.manage" : "staff.manage", resource);
  if (user.status === "INVITED" && status === "ACTIVE") throw new DomainError("validation.invalid");
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: user.id }, data: { status, sessionVersion: { increment: 1 } } });
  await audit({ action: "user.status.changed", actor: actorOf(viewer), targetType: "user", targetId: user.id, details: { from: user.status, to: status } });
}

/** System admin only. The organisation columns must fit the new role (checked in SQL too). */
export async function setUserRole(viewer: Viewer, userId: string, role: Role) {
  authorize(viewer, "user.manage");
  if (userId === viewer.userId) throw new DomainError("errors.selfChange");
  const user = await managedUser(viewer, userId);
  const fits =
    ((role === "FIRM_ADMIN" || role === "FIRM_MEMBER") && user.firmId !== null) ||
    (role === "BUYER" && user.buyerOrgId !== null) ||
    (role === "ASSOCIATION_STAFF" && user.associationId !== null) ||
    (role === "FEDERATION_STAFF" && user.federationId !== null) ||
    (role === "SYSTEM_ADMIN" && !user.firmId && !user.buyerOrgId && !user.associationId && !user.federationId);
  if (!fits) throw new DomainError("validation.invalid", {}, "role");
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
  await audit({ action: "user.role.changed", actor: actorOf(viewer), targetType: "user", targetId: user.id, details: { from: user.role, to: role } });
}

/** Ends every session of a user (lost device). */
export async function revokeSessions(viewer: Viewer, userId: string) {
  const user = await managedUser(viewer, userId);
  authorize(viewer, viewer.role === "SYSTEM_ADMIN" ? "user.manage" : "staff.manage", {
    type: "user", id: user.id, role: user.role, firmId: user.firmId, buyerOrgId: user.buyerOrgId, associationId: user.associationId, federationId: user.federationId ?? user.association?.federationId ?? null,
  });
  const prisma = await getPrisma();
  await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await audit({ action: "user.sessions.revoked", actor: actorOf(viewer), targetType: "user", targetId: user.id });
}

export async function listAssociations(viewer: Viewer) {
  authorize(viewer, "association.manage");
  const prisma = await getPrisma();
  return prisma.association.findMany({
    where: { federationId: viewer.federationId ?? "" },
    select: { id: true, code: true, nameJa: true, nameEn: true, isCooperative: true, _count: { select: { firms: true, users: true } } },
    orderBy: { code: "asc" },
  });
}

export async function saveAssociation(viewer: Viewer, input: z.output<typeof associationSchema>) {
  authorize(viewer, "association.manage");
  const prisma = await getPrisma();
  const federationId = viewer.federationId ?? "";
  try {
    if (input.id) {
      const existing = await prisma.association.findFirst({ where: { id: input.id, federationId }, select: { id: true, federationId: true } });
      if (!existing) throw new NotFoundError("association");
      authorize(viewer, "association.manage", { type: "association", id: existing.id, federationId: existing.federationId });
      await prisma.association.update({ where: { id: existing.id }, data: { code: input.code, nameJa: input.nameJa, nameEn: input.nameEn, isCooperative: input.isCooperative } });
      await audit({ action: "association.updated", actor: actorOf(viewer), targetType: "association", targetId: existing.id });
      return { id: existing.id };
    }
    const created = await prisma.association.create({ data: { federationId, code: input.code, nameJa: input.nameJa, nameEn: input.nameEn, isCooperative: input.isCooperative }, select: { id: true } });
    await audit({ action: "association.created", actor: actorOf(viewer), targetType: "association", targetId: created.id });
    return created;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DomainError("validation.invalid", {}, "code");
    throw error;
  }
}

export const SETTING_KEYS = { firstJobReview: "buyers.firstJobReview", federationApprovalOnly: "groups.federationApprovalOnly", maintenanceNotice: "site.maintenanceNotice" } as const;

export async function readSettings(viewer: Viewer) {
  authorize(viewer, "settings.manage");
  const prisma = await getPrisma();
  const rows = await prisma.setting.findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } });
  const get = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    firstJobReview: get(SETTING_KEYS.firstJobReview) !== false,
    federationApprovalOnly: get(SETTING_KEYS.federationApprovalOnly) === true,
    maintenanceNotice: typeof get(SETTING_KEYS.maintenanceNotice) === "string" ? (get(SETTING_KEYS.maintenanceNotice) as string) : "" };
}

export async function saveSettings(viewer: Viewer, input: z.output<typeof settingsSchema>) {
  authorize(viewer, "settings.manage");
  const prisma = await getPrisma();
  const entries: [string, Prisma.InputJsonValue][] = [
    [SETTING_KEYS.firstJobReview, input.firstJobReview],
    [SETTING_KEYS.federationApprovalOnly, input.federationApprovalOnly],
    [SETTING_KEYS.maintenanceNotice, input.maintenanceNotice],
  ];
  await prisma.$transaction(entries.map(([key, value]) => prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } })));
  await audit({ action: "settings.changed", actor: actorOf(viewer), targetType: "setting", details: Object.fromEntries(entries) as Prisma.InputJsonObject });
}
