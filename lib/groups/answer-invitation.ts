// A member's answer to its invitation and what follows for the group, inside the caller's
// transaction: one path for a firm answering itself and for an invitation declined because the
// firm went down (lib/outages). The answer applies only to the version of the invitation seen.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupKind } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/authz/errors";
import { requestApprovalsWhenAllAccepted } from "./request-approvals";
import { cancelStandingWithoutPartners } from "./standing/partners";

export type AnswerOutcome = "declined" | "complete" | "waiting" | "dissolved";

export async function answerInvitation(
  tx: Prisma.TransactionClient,
  input: { group: { id: string; kind: GroupKind }; memberId: string; version: number; decision: "accept" | "decline"; reason: string; userId: string; now: Date; federationOnly: boolean },
): Promise<AnswerOutcome> {
  const { group, now } = input;
  const updated = await tx.groupMember.updateMany({
    where: { id: input.memberId, status: "INVITED", version: input.version, OR: [{ inviteExpiresAt: null }, { inviteExpiresAt: { gt: now } }] },
    data: { status: input.decision === "accept" ? "ACCEPTED" : "DECLINED", respondedAt: now, respondedById: input.userId, declineReason: input.decision === "decline" ? input.reason.trim() : null, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new DomainError("groups.errors.alreadyAnswered");
  // A job group waits for a replacement of the firm that declined; a standing group goes on
  // without it, or ends when fewer than two firms would stay together.
  if (input.decision === "decline" && group.kind === "JOB") return "declined";
  if (await requestApprovalsWhenAllAccepted(tx, group.id, input.federationOnly)) return "complete";
  if (input.decision === "accept") return "waiting";
  return (await cancelStandingWithoutPartners(tx, group.id)) ? "dissolved" : "declined";
}
