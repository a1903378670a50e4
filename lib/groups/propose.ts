// A buyer turns a suggestion into a proposed group: members are invited (48 h to answer by
// default), the lead is named, each member's steps and share are set, and the member doing a step
// answers for quality at the hand-off after it. The job moves to "groups invited".
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import type { ContractModel } from "@/lib/generated/prisma/enums";
import type { StepAssignment } from "@/lib/matching";
import { createProposedGroup } from "./create-group";
import { defaultShares } from "./shares";
import { clock } from "@/lib/clock";

export { INVITATION_HOURS } from "./create-group";

export async function proposeFromSuggestion(db: Database, viewer: Viewer, input: { suggestionId: string; contractModel: ContractModel }, now = clock.now()) {
  const suggestion = await db.prisma.matchSuggestion.findUnique({
    where: { id: input.suggestionId },
    select: { id: true, leadFirmId: true, assignment: true, matchRun: { select: { job: { select: { id: true, buyerOrgId: true, status: true } } } } },
  });
  const job = suggestion?.matchRun.job;
  if (!suggestion || !job || job.buyerOrgId !== viewer.buyerOrgId) throw new NotFoundError("job");
  authorize(viewer, "group.propose");
  if (job.status !== "OPEN" && job.status !== "GROUPS_INVITED") throw new DomainError("jobs.errors.notAccepting");
  // A double click, or a group already composed from this suggestion (lib/groups/compose.ts).
  const already = await db.prisma.jointOrderGroup.findFirst({ where: { sourceSuggestionId: suggestion.id, status: { notIn: ["CANCELLED"] } }, select: { id: true } });
  if (already) return { groupId: already.id, created: false };

  const assignments = suggestion.assignment as unknown as StepAssignment[];
  const steps = await db.prisma.jobStep.findMany({ where: { jobId: job.id }, select: { id: true, processCode: true } });
  const processOf = new Map(steps.map((s) => [s.id, s.processCode]));
  if (assignments.some((a) => !processOf.has(a.stepId))) throw new DomainError("groups.errors.suggestionOutdated");
  const groupId = await createProposedGroup(
    db,
    viewer,
    {
      job,
      leadFirmId: suggestion.leadFirmId,
      contractModel: input.contractModel,
      steps: assignments.map((a) => ({ stepId: a.stepId, processCode: processOf.get(a.stepId)!, parts: a.parts.map((p) => ({ ...p, qualityFirmId: p.firmId })) })),
      shares: defaultShares(assignments),
      sourceSuggestionId: suggestion.id,
      origin: "suggestion",
    },
    now,
  );
  return { groupId, created: true };
}
