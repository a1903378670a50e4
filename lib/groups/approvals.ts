// Staff approve a complete group, one decision per association whose members are in it (federation
// staff may decide any). Two staff deciding at once cannot both win: a decision applies only to the
// version the staff member saw; the second gets "already decided". Every decision is audited.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceApproved, announceSentBack } from "./announce";
import { generateAgreement } from "./agreement";
import { loadGroupRef } from "./group-access";
import { moveGroup } from "./move-group";
import { clock } from "@/lib/clock";

export async function decideApproval(
  db: Database,
  viewer: Viewer,
  input: { approvalId: string; version: number; decision: "approve" | "sendBack"; comment: string },
  now = clock.now(),
) {
  const approval = await db.prisma.groupApproval.findUnique({ where: { id: input.approvalId }, select: { id: true, groupId: true, associationId: true } });
  if (!approval) throw new NotFoundError("group");
  const { group, resource } = await loadGroupRef(db.prisma, viewer, approval.groupId, "group.approve");
  // Association staff decide only their own association's part; federation staff any.
  if (viewer.role === "ASSOCIATION_STAFF" && approval.associationId !== viewer.associationId) throw new NotFoundError("group");
  authorize(viewer, "group.approve", resource);
  if (group.status !== "PENDING_APPROVAL") throw new DomainError("groups.errors.alreadyDecided");
  if (input.decision === "sendBack" && input.comment.trim() === "") throw new DomainError("groups.errors.commentRequired", {}, "comment");

  const outcome = await db.prisma.$transaction(async (tx) => {
    const decided = await tx.groupApproval.updateMany({
      where: { id: approval.id, status: "PENDING", version: input.version },
      data: { status: input.decision === "approve" ? "APPROVED" : "SENT_BACK", decidedById: viewer.userId, decidedAt: now, comment: input.comment.trim() || null, version: { increment: 1 } },
    });
    if (decided.count !== 1) throw new DomainError("groups.errors.alreadyDecided");
    if (input.decision === "sendBack") {
      if (!(await moveGroup(tx, { groupId: group.id, kind: group.kind, from: "PENDING_APPROVAL", to: "SENT_BACK", actor: "staff", actorId: viewer.userId, comment: input.comment.trim() }))) throw new DomainError("groups.errors.alreadyDecided");
      return "sentBack" as const;
    }
    const pending = await tx.groupApproval.count({ where: { groupId: group.id, status: { not: "APPROVED" } } });
    if (pending > 0) return "partly" as const;
    if (!(await moveGroup(tx, { groupId: group.id, kind: group.kind, from: "PENDING_APPROVAL", to: "APPROVED", actor: "staff", actorId: viewer.userId, data: { formedAt: now } }))) throw new DomainError("groups.errors.alreadyDecided");
    return "approved" as const;
  });
  await audit({ action: input.decision === "approve" ? "group.approve" : "group.sendBack", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: group.id, details: { approvalId: approval.id, associationId: approval.associationId, comment: input.comment.trim() || undefined } });
  if (outcome === "approved") {
    // A standing group has no job to contract for; each job it takes on gets its own agreement.
    if (group.kind === "JOB") await generateAgreement(db, group.id);
    await announceApproved(db, group.id);
  }
  if (outcome === "sentBack") await announceSentBack(db, group.id, input.comment.trim());
  return { outcome };
}

/** The approvals waiting for this staff member (own association, or all for federation staff). */
export async function listPendingApprovals(db: Database, viewer: Viewer) {
  authorize(viewer, "group.approve");
  return db.prisma.groupApproval.findMany({
    where: { status: "PENDING", group: { status: "PENDING_APPROVAL" }, ...(viewer.role === "ASSOCIATION_STAFF" ? { associationId: viewer.associationId ?? undefined } : {}) },
    orderBy: { createdAt: "asc" },
    select: { id: true, version: true, createdAt: true, association: { select: { nameJa: true, nameEn: true } }, group: { select: { id: true, kind: true, name: true, job: { select: { titleJa: true, titleEn: true, deadline: true } }, members: { select: { firm: { select: { nameJa: true } } } } } } },
  });
}
