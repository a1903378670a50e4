// Prisma `where` fragments that limit a query to what the viewer may see. Data-access functions
// AND them with their own conditions, so an id from outside the scope simply finds nothing (→ 404):
//   prisma.firm.findFirst({ where: { AND: [{ id }, firmVisibleWhere(viewer)] }, select })
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isBuyerViewer, isStaffViewer, isVerifiedFirmViewer } from "./viewer-kinds";

/** Matches nothing: the safe answer for a viewer outside every scope. */
export const NOTHING = { id: { in: [] as string[] } };
/** Stands in for a missing id in an equality filter: a valid UUID that matches no row. */
export const NO_ID = "00000000-0000-0000-0000-000000000000";

/** Firms a staff member is responsible for (verification queue, suspension, association KPIs). */
export function staffFirmWhere(viewer: Viewer): Prisma.FirmWhereInput {
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) return { association: { federationId: viewer.federationId } };
  if (viewer.role === "ASSOCIATION_STAFF" && viewer.associationId) return { associationId: viewer.associationId };
  return NOTHING;
}

/** Firms whose profile the viewer may read: own firm, verified firms (business users), staff scope. */
export function firmVisibleWhere(viewer: Viewer): Prisma.FirmWhereInput {
  if (isStaffViewer(viewer)) return staffFirmWhere(viewer);
  const own: Prisma.FirmWhereInput[] = viewer.firmId ? [{ id: viewer.firmId }] : [];
  if (isVerifiedFirmViewer(viewer) || isBuyerViewer(viewer)) return { OR: [...own, { status: "VERIFIED" }] };
  return own.length ? { OR: own } : NOTHING;
}

/** Users a manager may see: system admin everyone, federation staff the staff of their federation,
 *  a firm admin the members of their firm. */
export function userManageWhere(viewer: Viewer): Prisma.UserWhereInput {
  if (viewer.twoFactorPending) return NOTHING;
  if (viewer.role === "SYSTEM_ADMIN") return {};
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) {
    return {
      OR: [
        { role: "FEDERATION_STAFF", federationId: viewer.federationId },
        { role: "ASSOCIATION_STAFF", association: { federationId: viewer.federationId } },
      ],
    };
  }
  if (viewer.role === "FIRM_ADMIN" && viewer.firmId && viewer.firmStatus === "VERIFIED") {
    return { firmId: viewer.firmId, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] } };
  }
  return NOTHING;
}

/** Associations a staff member may see (their own; federation staff: all of the federation). */
export function associationVisibleWhere(viewer: Viewer): Prisma.AssociationWhereInput {
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) return { federationId: viewer.federationId };
  if (viewer.role === "ASSOCIATION_STAFF" && viewer.associationId) return { id: viewer.associationId };
  return NOTHING;
}

/** Jobs the viewer may read: own buyer org's; published jobs for verified firms; all for staff. */
export function jobVisibleWhere(viewer: Viewer): Prisma.JobWhereInput {
  if (viewer.twoFactorPending) return NOTHING;
  if (isStaffViewer(viewer)) return {};
  if (isBuyerViewer(viewer) && viewer.buyerOrgId) return { buyerOrgId: viewer.buyerOrgId };
  if (isVerifiedFirmViewer(viewer) && viewer.firmId) {
    return {
      status: { in: ["OPEN", "GROUPS_INVITED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"] },
      OR: [{ visibility: "ALL_VERIFIED" }, { invitedFirms: { some: { firmId: viewer.firmId } } }],
    };
  }
  return NOTHING;
}

/** Groups the viewer may read: member firms', the buyer's (of its jobs), staff of a member's association. */
export function groupVisibleWhere(viewer: Viewer): Prisma.JointOrderGroupWhereInput {
  if (viewer.twoFactorPending) return NOTHING;
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) return {};
  if (viewer.role === "ASSOCIATION_STAFF" && viewer.associationId) {
    return { members: { some: { firm: { associationId: viewer.associationId } } } };
  }
  if (isBuyerViewer(viewer) && viewer.buyerOrgId) return { job: { buyerOrgId: viewer.buyerOrgId } };
  if (isVerifiedFirmViewer(viewer) && viewer.firmId) return { members: { some: { firmId: viewer.firmId } } };
  return NOTHING;
}

/** Inquiry threads the viewer's organisation is a party to: a firm's received and sent ones, a buyer
 *  organisation's, and for staff those their association (or the federation) started. Nobody else's. */
export function inquiryVisibleWhere(viewer: Viewer): Prisma.InquiryWhereInput {
  if (viewer.twoFactorPending) return NOTHING;
  if (isVerifiedFirmViewer(viewer) && viewer.firmId) return { OR: [{ firmId: viewer.firmId }, { senderFirmId: viewer.firmId }] };
  if (isBuyerViewer(viewer) && viewer.buyerOrgId) return { senderBuyerOrgId: viewer.buyerOrgId };
  if (viewer.role === "ASSOCIATION_STAFF" && viewer.associationId) return { senderAssociationId: viewer.associationId };
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) return { senderFederationId: viewer.federationId };
  return NOTHING;
}
