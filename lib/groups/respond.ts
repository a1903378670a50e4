// A member firm accepts or declines its invitation. Two admins of the firm answering at once
// cannot both win: the answer applies only to the version of the invitation they saw. When the
// last member accepts, the group goes to the staff of every association involved.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceDeclined, announceReadyForApproval } from "./announce";
import { loadGroupRef } from "./group-access";
import { answerInvitation } from "./answer-invitation";
import { isFederationApprovalOnly } from "./request-approvals";
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
  const outcome = await db.prisma.$transaction((tx) =>
    answerInvitation(tx, { group, memberId: member.id, version: input.version, decision: input.decision, reason: input.reason, userId: viewer.userId, now, federationOnly }),
  );
  // A standing group's last answer may be a decline that completes it: its lead hears of it too.
  if (input.decision === "decline") await announceDeclined(db, group.id, member.id);
  if (outcome === "complete") await announceReadyForApproval(db, group.id);
  return { outcome };
}
