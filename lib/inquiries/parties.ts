// The two parties of an inquiry thread: the firm asked, and the sender's organisation (a firm, a
// buyer organisation, or for staff their association / the federation). People are shown by name
// and organisation only: no e-mail address or phone number ever leaves this module.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Resource } from "@/lib/authz/resources";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface SenderOrg {
  senderFirmId: string | null;
  senderBuyerOrgId: string | null;
  senderAssociationId: string | null;
  senderFederationId: string | null;
}

/** The organisation a viewer writes for; null for a viewer who belongs to none that may ask. */
export function senderOrgOf(viewer: Viewer): SenderOrg | null {
  const none: SenderOrg = { senderFirmId: null, senderBuyerOrgId: null, senderAssociationId: null, senderFederationId: null };
  if ((viewer.role === "FIRM_ADMIN" || viewer.role === "FIRM_MEMBER") && viewer.firmId) return { ...none, senderFirmId: viewer.firmId };
  if (viewer.role === "BUYER" && viewer.buyerOrgId) return { ...none, senderBuyerOrgId: viewer.buyerOrgId };
  if (viewer.role === "ASSOCIATION_STAFF" && viewer.associationId) return { ...none, senderAssociationId: viewer.associationId };
  if (viewer.role === "FEDERATION_STAFF" && viewer.federationId) return { ...none, senderFederationId: viewer.federationId };
  return null;
}

export const inquiryResourceSelect = {
  id: true, firmId: true, senderFirmId: true, senderBuyerOrgId: true, senderAssociationId: true, senderFederationId: true,
} as const satisfies Prisma.InquirySelect;

export function inquiryResource(row: { id: string; firmId: string } & SenderOrg): Extract<Resource, { type: "inquiry" }> {
  return {
    type: "inquiry", id: row.id, firmId: row.firmId,
    senderFirmId: row.senderFirmId, senderBuyerOrgId: row.senderBuyerOrgId, senderAssociationId: row.senderAssociationId, senderFederationId: row.senderFederationId,
  };
}

/** Is the viewer on the side of the firm that was asked (else on the sender's side)? */
export const isFirmSide = (viewer: Viewer, inquiry: { firmId: string }) => viewer.firmId !== null && viewer.firmId === inquiry.firmId;

/** An organisation's name in both languages (the English one may be empty). */
export interface OrgName {
  ja: string;
  en: string;
}

const NAMES = { select: { nameJa: true, nameEn: true } } as const;
const BUYER_NAMES = { select: { name: true, nameEn: true } } as const;
type Named = { nameJa: string; nameEn: string | null } | null;

/** The name of whichever organisation is set: a firm, a buyer organisation, an association, the federation. */
function orgNameOf(o: { firm: Named; buyerOrg: { name: string; nameEn: string | null } | null; association: Named; federation: Named }): OrgName {
  const named = o.firm ?? o.association ?? o.federation;
  if (named) return { ja: named.nameJa, en: named.nameEn ?? "" };
  return o.buyerOrg ? { ja: o.buyerOrg.name, en: o.buyerOrg.nameEn ?? "" } : { ja: "", en: "" };
}

/** The names of the sender's organisation, selected with the inquiry. */
export const senderNamesSelect = { senderFirm: NAMES, senderBuyerOrg: BUYER_NAMES, senderAssociation: NAMES, senderFederation: NAMES } as const satisfies Prisma.InquirySelect;

export function senderOrgName(row: Prisma.InquiryGetPayload<{ select: typeof senderNamesSelect }>): OrgName {
  return orgNameOf({ firm: row.senderFirm, buyerOrg: row.senderBuyerOrg, association: row.senderAssociation, federation: row.senderFederation });
}

/** A person as the other party sees them: name and organisation, nothing else. */
export const personSelect = { name: true, firm: NAMES, buyerOrg: BUYER_NAMES, association: NAMES, federation: NAMES } as const satisfies Prisma.UserSelect;

export function personOrgName(user: Prisma.UserGetPayload<{ select: typeof personSelect }>): OrgName {
  return orgNameOf(user);
}

/** Picks the name for the reader's language. */
export const inLocale = (name: OrgName, locale: string) => (locale === "en" && name.en) || name.ja;
