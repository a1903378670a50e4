// A member firm accepts or declines its invitation. Two admins of the firm answering at once
// cannot both win: the answer applies only to the version of the invitation they saw. When the
// last member accepts, the group goes to the staff of every association involved.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceDeclined, announceReadyForApproval } from "./announce";
import { loadGroupRef } from "./group-access";
import { isFederationApprovalOnly, requestApprovalsWhenAllAccepted } from "./request-approvals";
import { cancelStandingWithoutPartners } from "./standing/partners";
import { clock } from "@/lib/clock";

export async function respondToInvitation(
  db: Database,
  viewer: Viewer,
  input: { groupId: string; decision: "accept" | "decline"; reason: string; version: number },
  now = clock.now(),
) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "group.respond");
  const member = group.members.find((m) => m.firmId === viewer.firmId);
  if (!member) throw new DomainError("groups.errors.notMember");
  if (group.status !== "INVITING") throw new DomainError("groups.errors.notInviting");
  if (input.decision === "decline" && input.reason.trim() === "") throw new DomainError("groups.errors.reasonRequired", {}, "reason");

  const federationOnly = await isFederationApprovalOnly(db);
  const outcome = await db.prisma.$transaction(async (tx) => {
    const updated = await tx.groupMember.updateMany({
      where: { id: member.id, status: "INVITED", version: input.version, OR: [{ inviteExpiresAt: null }, { inviteExpiresAt: { gt: now } }] },
      data: { status: input.decision === "accept" ? "ACCEPTED" : "DECLINED", respondedAt: now, respondedById: viewer.userId, declineReason: input.decision === "decline" ? input.reason.trim() : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new DomainError("groups.errors.alreadyAnswered");
    // A job group waits for a replacement of the firm that declined; a standing group goes on
    // without it, or ends when fewer than two firms would stay together.
    if (input.decision === "decline" && group.kind === "JOB") return "declined" as const;
    if (await requestApprovalsWhenAllAccepted(tx, group.id, federationOnly)) return "complete" as const;
    if (input.decision === "accept") return "waiting" as const;
    return (await cancelStandingWithoutPartners(tx, group.id)) ? ("dissolved" as const) : ("declined" as const);
  });
  // A standing group's last answer may be a decline that completes it: its lead hears of it too.
  if (input.decision === "decline") await announceDeclined(db, group.id, member.id);
  if (outcome === "complete") await announceReadyForApproval(db, group.id);
  return { outcome };
}
