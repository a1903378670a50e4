// Turns verified session claims into a Viewer by reading the user from the database. The session
// ends (null) when the account is not ACTIVE, its session version moved on (sign-out elsewhere,
// password change, disable, role change), or the idle/absolute limit passed.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requiresTwoFactor } from "@/lib/authz/viewer-kinds";
import type { SessionClaims, SessionEnd } from "./session-claims";
import { sessionTimeEnd } from "./session-claims";
import type { SessionLimits } from "./session-limits";
import type { Viewer } from "./viewer-types";
import { clock } from "@/lib/clock";

export type ViewerLookup = { viewer: Viewer; end?: undefined } | { viewer: null; end: SessionEnd };

export async function loadViewer(prisma: PrismaClient, claims: SessionClaims, limits: SessionLimits, now = clock.now()): Promise<ViewerLookup> {
  const timeEnd = sessionTimeEnd(claims, Math.floor(now.getTime() / 1000), limits);
  if (timeEnd) return { viewer: null, end: timeEnd };
  const user = await prisma.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      locale: true,
      sessionVersion: true,
      totpEnabledAt: true,
      firmId: true,
      buyerOrgId: true,
      associationId: true,
      federationId: true,
      firm: { select: { status: true, associationId: true, showPricesToMembers: true, association: { select: { federationId: true } } } },
      association: { select: { federationId: true } },
    },
  });
  if (!user || user.status !== "ACTIVE") return { viewer: null, end: "inactive" };
  if (user.sessionVersion !== claims.sessionVersion) return { viewer: null, end: "revoked" };
  const isFirmRole = user.role === "FIRM_ADMIN" || user.role === "FIRM_MEMBER";
  if (isFirmRole && !user.firm) return { viewer: null, end: "inactive" };
  const viewer: Viewer = {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    firmId: isFirmRole ? user.firmId : null,
    firmStatus: isFirmRole ? (user.firm?.status ?? null) : null,
    firmShowsPrices: isFirmRole ? (user.firm?.showPricesToMembers ?? false) : false,
    associationId: isFirmRole ? (user.firm?.associationId ?? null) : user.role === "ASSOCIATION_STAFF" ? user.associationId : null,
    buyerOrgId: user.role === "BUYER" ? user.buyerOrgId : null,
    federationId:
      user.role === "FEDERATION_STAFF"
        ? user.federationId
        : user.role === "ASSOCIATION_STAFF"
          ? (user.association?.federationId ?? null)
          : isFirmRole
            ? (user.firm?.association.federationId ?? null)
            : null,
    twoFactorPending: requiresTwoFactor(user.role) && !user.totpEnabledAt,
  };
  return { viewer };
}
