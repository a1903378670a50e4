// Viewers for every role, in two organisations each ("A" and "B"), for policy and endpoint tests.
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Role } from "@/lib/generated/prisma/enums";

export const IDS = {
  federation: "00000000-0000-4000-8000-0000000000f1",
  otherFederation: "00000000-0000-4000-8000-0000000000f2",
  associationA: "00000000-0000-4000-8000-00000000000a",
  associationB: "00000000-0000-4000-8000-00000000000b",
  firmA: "00000000-0000-4000-8000-0000000001aa",
  firmB: "00000000-0000-4000-8000-0000000001bb",
  buyerA: "00000000-0000-4000-8000-0000000002aa",
  buyerB: "00000000-0000-4000-8000-0000000002bb",
};

export function viewerFor(role: Role, side: "A" | "B" = "A", overrides: Partial<Viewer> = {}): Viewer {
  const firmRole = role === "FIRM_ADMIN" || role === "FIRM_MEMBER";
  const association = side === "A" ? IDS.associationA : IDS.associationB;
  return {
    userId: `00000000-0000-4000-8000-${(side === "A" ? "a" : "b") + String(role.length).padStart(11, "0")}`,
    name: `${role} ${side}`,
    email: `${role.toLowerCase()}.${side.toLowerCase()}@example.jp`,
    role,
    locale: "en",
    firmId: firmRole ? (side === "A" ? IDS.firmA : IDS.firmB) : null,
    firmStatus: firmRole ? "VERIFIED" : null,
    associationId: firmRole || role === "ASSOCIATION_STAFF" ? association : null,
    buyerOrgId: role === "BUYER" ? (side === "A" ? IDS.buyerA : IDS.buyerB) : null,
    federationId: role === "SYSTEM_ADMIN" || role === "BUYER" ? null : IDS.federation,
    twoFactorPending: false,
    ...overrides,
  };
}
