// Small predicates on a viewer, for data-access code and pages (the policy itself is policy.ts).
import type { Viewer } from "@/lib/auth/viewer-types";

export const isFirmViewer = (v: Viewer) => (v.role === "FIRM_ADMIN" || v.role === "FIRM_MEMBER") && v.firmId !== null;
export const isVerifiedFirmViewer = (v: Viewer) => isFirmViewer(v) && v.firmStatus === "VERIFIED" && !v.twoFactorPending;
/** A firm user whose firm is not (yet) verified: sees the read-only pending notice. */
export const isPendingFirmViewer = (v: Viewer) => isFirmViewer(v) && v.firmStatus !== "VERIFIED";
export const isBuyerViewer = (v: Viewer) => v.role === "BUYER" && v.buyerOrgId !== null && !v.twoFactorPending;
export const isStaffViewer = (v: Viewer) => (v.role === "ASSOCIATION_STAFF" || v.role === "FEDERATION_STAFF") && !v.twoFactorPending;
/** Roles that must sign in with a second factor. */
export const requiresTwoFactor = (role: Viewer["role"]) =>
  role === "ASSOCIATION_STAFF" || role === "FEDERATION_STAFF" || role === "SYSTEM_ADMIN";
