// A form sent twice (a double tap on a slow phone, a resent page) must not propose the same group
// twice: the same user's identical proposal for the job from the last two minutes, still open, is
// the answer to the second submit.
import "server-only";
import type { Database } from "@/lib/db/client";
import type { NewGroup } from "./create-group";

const WINDOW_MS = 2 * 60_000;

const fingerprint = (lead: string, model: string, source: string | null, shares: [string, number][], parts: [string, string, number, string][]) =>
  JSON.stringify([lead, model, source, shares.sort(), parts.sort()]);

export async function sameRecentProposal(db: Database, userId: string, group: NewGroup, now: Date): Promise<string | null> {
  const recent = await db.prisma.jointOrderGroup.findMany({
    where: { jobId: group.job.id, proposedById: userId, leadFirmId: group.leadFirmId, status: { in: ["INVITING", "PENDING_APPROVAL"] }, createdAt: { gte: new Date(now.getTime() - WINDOW_MS) } },
    select: {
      id: true, contractModel: true, sourceSuggestionId: true,
      members: { select: { firmId: true, shareBasisPoints: true } },
      assignments: { select: { jobStepId: true, quantity: true, member: { select: { firmId: true } }, qualityOwner: { select: { firmId: true } } } },
    },
  });
  const wanted = fingerprint(group.leadFirmId, group.contractModel, group.sourceSuggestionId, [...group.shares], group.steps.flatMap((s) => s.parts.map((p) => [s.stepId, p.firmId, p.quantity, p.qualityFirmId] as [string, string, number, string])));
  const same = recent.find((g) =>
    fingerprint(group.leadFirmId, g.contractModel, g.sourceSuggestionId, g.members.map((m) => [m.firmId, m.shareBasisPoints]), g.assignments.map((a) => [a.jobStepId ?? "", a.member.firmId, a.quantity, a.qualityOwner?.firmId ?? ""])) === wanted,
  );
  return same?.id ?? null;
}
