// Turns verified session claims into a Viewer by reading the user from the database. The session
// ends (null) when the account is not ACTIVE, its session version moved on (sign-out elsewhere,
// password change, disable, role change), or the idle/absolute limit passed.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FirmStatus, Locale, Role, UserStatus } from "@/lib/generated/prisma/enums";
import { requiresTwoFactor } from "@/lib/authz/viewer-kinds";
import type { SessionClaims, SessionEnd } from "./session-claims";
import { sessionTimeEnd } from "./session-claims";
import type { SessionLimits } from "./session-limits";
import type { Viewer } from "./viewer-types";
import { clock } from "@/lib/clock";

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: UserStatus;
  locale: Locale;
  sessionVersion: number;
  totpEnabledAt: Date | null;
  firmId: string | null;
  buyerOrgId: string | null;
  associationId: string | null;
  federationId: string | null;
  firmRowId: string | null;
  firmStatus: FirmStatus | null;
  firmAssociationId: string | null;
  firmShowsPrices: boolean | null;
  firmFederationId: string | null;
  associationFederationId: string | null;
}

export type ViewerLookup = { viewer: Viewer; end?: undefined } | { viewer: null; end: SessionEnd };

export async function loadViewer(prisma: PrismaClient, claims: SessionClaims, limits: SessionLimits, now = clock.now()): Promise<ViewerLookup> {
  const timeEnd = sessionTimeEnd(claims, Math.floor(now.getTime() / 1000), limits);
  if (timeEnd) return { viewer: null, end: timeEnd };
  // One statement (every signed-in request runs it): the nested select of Prisma's client read the
  // user, the firm and each association in turn, four round trips and result mappings (decision 032).
  const [row] = await prisma.$queryRaw<UserRow[]>`
    SELECT u."id", u."name", u."email", u."role"::text AS "role", u."status"::text AS "status", u."locale"::text AS "locale",
           u."sessionVersion", u."totpEnabledAt", u."firmId", u."buyerOrgId", u."associationId", u."federationId",
           f."id" AS "firmRowId", f."status"::text AS "firmStatus", f."associationId" AS "firmAssociationId",
           f."showPricesToMembers" AS "firmShowsPrices", fa."federationId" AS "firmFederationId", ua."federationId" AS "associationFederationId"
      FROM "User" u
      LEFT JOIN "Firm" f ON f."id" = u."firmId"
      LEFT JOIN "Association" fa ON fa."id" = f."associationId"
      LEFT JOIN "Association" ua ON ua."id" = u."associationId"
     WHERE u."id" = ${claims.userId}::uuid`;
  const user = row
    ? {
        ...row,
        firm: row.firmRowId === null ? null : { status: row.firmStatus!, associationId: row.firmAssociationId!, showPricesToMembers: row.firmShowsPrices!, association: { federationId: row.firmFederationId! } },
        association: row.associationId === null ? null : { federationId: row.associationFederationId! },
      }
    : null;
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
