// Staff decide on firms of their scope: association staff their own association's firms,
// federation staff every firm. A firm outside the scope is NotFound (404), never "forbidden".
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz/errors";
import { authorize } from "@/lib/authz/policy";
import { staffFirmWhere } from "@/lib/authz/scope";
import { getPrisma } from "@/lib/db/client";
import type { FirmStatus } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/clock";

export type FirmDecision = "verify" | "reject" | "suspend" | "reinstate";

const TRANSITIONS: Record<FirmDecision, { from: FirmStatus[]; to: FirmStatus; audit: string }> = {
  verify: { from: ["PENDING", "REJECTED"], to: "VERIFIED", audit: "firm.verify" },
  reject: { from: ["PENDING"], to: "REJECTED", audit: "firm.reject" },
  suspend: { from: ["VERIFIED"], to: "SUSPENDED", audit: "firm.suspend" },
  reinstate: { from: ["SUSPENDED"], to: "VERIFIED", audit: "firm.reinstate" },
};

export async function listFirmsForVerification(viewer: Viewer, status: FirmStatus | "ALL" = "PENDING") {
  authorize(viewer, "firm.verify");
  const prisma = await getPrisma();
  return prisma.firm.findMany({
    where: { AND: [staffFirmWhere(viewer), status === "ALL" ? {} : { status }] },
    select: {
      id: true,
      nameJa: true,
      nameEn: true,
      status: true,
      corporateNumber: true,
      createdAt: true,
      address: true,
      association: { select: { nameJa: true, nameEn: true } },
      municipality: { select: { nameJa: true, nameEn: true } },
      users: { where: { role: "FIRM_ADMIN" }, select: { name: true, email: true }, take: 1 },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
}

export async function decideFirm(viewer: Viewer, firmId: string, decision: FirmDecision, reason: string): Promise<{ name: string; status: FirmStatus }> {
  const prisma = await getPrisma();
  const firm = await prisma.firm.findFirst({
    where: { AND: [{ id: firmId }, staffFirmWhere(viewer)] },
    select: { id: true, nameJa: true, status: true, associationId: true, association: { select: { federationId: true } } },
  });
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, decision === "suspend" || decision === "reinstate" ? "firm.suspend" : "firm.verify", {
    type: "firm",
    id: firm.id,
    associationId: firm.associationId,
    federationId: firm.association.federationId,
    status: firm.status,
  });
  const transition = TRANSITIONS[decision];
  if (!transition.from.includes(firm.status)) throw new DomainError("validation.invalid");
  const verified = transition.to === "VERIFIED";
  // Conditional update: two staff deciding at once cannot both win.
  const updated = await prisma.firm.updateMany({
    where: { id: firm.id, status: firm.status },
    data: { status: transition.to, ...(verified ? { verifiedAt: clock.now(), verifiedById: viewer.userId } : {}) },
  });
  if (updated.count !== 1) throw new DomainError("validation.invalid");
  await audit({
    action: transition.audit,
    actor: { userId: viewer.userId, role: viewer.role },
    targetType: "firm",
    targetId: firm.id,
    details: { from: firm.status, to: transition.to, ...(reason ? { reason } : {}) },
  });
  return { name: firm.nameJa, status: transition.to };
}
