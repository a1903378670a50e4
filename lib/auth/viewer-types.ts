// Who is making a request, as every policy check and data-access function sees it.
// Loaded from the database on each request (never trusted from the session token alone).
import type { FirmStatus, Locale, Role } from "@/lib/generated/prisma/enums";

export type { Role };

export interface Viewer {
  userId: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  /** Set for FIRM_ADMIN and FIRM_MEMBER. */
  firmId: string | null;
  firmStatus: FirmStatus | null;
  /** The firm lets its shop-floor members (FIRM_MEMBER) see prices (Firm.showPricesToMembers). */
  firmShowsPrices?: boolean;
  /** The association of the viewer's firm (firm roles) or the staff member's association. */
  associationId: string | null;
  /** Set for BUYER. */
  buyerOrgId: string | null;
  /** Set for FEDERATION_STAFF (and known for association staff through their association). */
  federationId: string | null;
  /**
   * True when the role requires two-factor sign-in (staff, system admin) and the user has not
   * enrolled yet: the policy then allows only the viewer's own profile (where enrolment happens).
   */
  twoFactorPending?: boolean;
}
