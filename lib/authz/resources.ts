// What a permission is checked against. Each resource carries the ownership facts the policy needs
// (which firm, buyer organisation, association), loaded by the caller with a scoped query.
import type { FirmStatus, Role } from "@/lib/generated/prisma/enums";

export type Resource =
  | { type: "firm"; id: string; associationId: string; federationId?: string; status?: FirmStatus }
  | { type: "buyerOrg"; id: string }
  | {
      type: "job";
      id: string;
      buyerOrgId: string;
      /** Firms of the caller's side that were invited to / are working on the job (for private jobs). */
      visibleToFirmIds?: readonly string[];
      /** false for drafts and jobs under review: only the buyer and staff see them. */
      published?: boolean;
    }
  | {
      type: "group";
      id: string;
      leadFirmId: string;
      memberFirmIds: readonly string[];
      /** Associations of the member firms (who may approve). */
      associationIds: readonly string[];
      buyerOrgId: string | null;
    }
  | {
      /** A job's drawings: who may read them besides those who see the job. */
      type: "drawings";
      /** The job's id. */
      id: string;
      buyerOrgId: string;
      published: boolean;
      visibleToFirmIds?: readonly string[];
      /** Behind an agreement: only firms in agreedFirmIds (accepted, not withdrawn) read them. */
      confidential: boolean;
      agreedFirmIds: readonly string[];
      /** Once awarded (confidential jobs), the awarded group's members alone. */
      awardedFirmIds?: readonly string[];
    }
  | { type: "association"; id: string; federationId: string }
  | {
      type: "user";
      id: string;
      role: Role;
      firmId: string | null;
      buyerOrgId: string | null;
      associationId: string | null;
      /** The user's federation: directly (federation staff) or through their association. */
      federationId: string | null;
    }
  | {
      type: "order";
      id: string;
      buyerOrgId: string;
      memberFirmIds: readonly string[];
      associationIds: readonly string[];
      /** Under 共同受注, the cooperative that contracts (its staff act for it). */
      contractorAssociationId?: string | null;
    }
  | {
      type: "inquiry";
      id: string;
      /** The firm asked. */
      firmId: string;
      /** The sender's organisation: exactly one of these is set. */
      senderFirmId: string | null;
      senderBuyerOrgId: string | null;
      senderAssociationId: string | null;
      senderFederationId: string | null;
    };

export type ResourceType = Resource["type"];
