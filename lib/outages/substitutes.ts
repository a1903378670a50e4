// For a group, its members that are down now and the firms that could take over their unfinished
// steps: the composer with the rest of the route fixed (lib/matching suggestSubstitutes). Steps
// done stay with whoever did them; the down member's unfinished steps open, each for the pieces
// not yet made; every other member keeps its steps; the lead stays unless it is the one down.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { clock } from "@/lib/clock";
import { dayOf, isoDay, tokyoToday } from "@/lib/capacity/weeks";
import { loadGroupRef } from "@/lib/groups/group-access";
import type { AssignmentPart, JobInput, Reason } from "@/lib/matching";
import { runOnComposer } from "@/lib/matching-pool/pool";
import { exposureReference, loadCandidates, withPartners } from "@/lib/matching-service/load-candidates";
import { loadJobForMatching } from "@/lib/matching-service/load-job";
import { ACTIVE_GROUP_STATUSES } from "./consequences";
import type { OutageKindValue } from "./schema";

/** The lead replaces a member after the order; before it, the buyer's own replacement and staff's
 *  send-back apply (lib/groups/replacement.ts), so approvals stay as for any replacement. */
export const SUBSTITUTABLE_STATUSES = ["AWARDED", "IN_PRODUCTION"] as const;
const SUGGESTIONS = 3;

export interface SubstituteOption {
  firmId: string;
  name: string;
  score: number;
  reasons: Reason[];
}

export interface DownMember {
  memberId: string;
  firmId: string;
  name: string;
  isLead: boolean;
  outage: { id: string; kind: OutageKindValue; startsOn: string; endsOn: string | null };
  openSteps: { assignmentId: string; position: number; processCode: string; remaining: number }[];
  options: SubstituteOption[];
  infeasible: Reason[];
  /** An unanswered request to a substitute, if one is out. */
  proposal: { id: string; firmId: string; name: string } | null;
}

/** Remaining pieces of an unfinished step: what its progress has not yet made (at least one). */
export const remainingPieces = (quantity: number, percent: number) => Math.max(1, Math.ceil((quantity * (100 - Math.min(100, Math.max(0, percent)))) / 100));

export async function downMembers(db: Database, viewer: Viewer, groupId: string, now = clock.now()): Promise<{ members: DownMember[]; canPropose: boolean; substitutable: boolean }> {
  const { group, resource } = await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  const canPropose = can(viewer, "substitution.propose", resource);
  const none = { members: [], canPropose, substitutable: false };
  if (!group.jobId || !(ACTIVE_GROUP_STATUSES as readonly string[]).includes(group.status)) return none;
  const today = tokyoToday(now);
  const active = group.members.filter((m) => m.status === "ACCEPTED");
  const outages = await db.prisma.firmOutage.findMany({
    where: { firmId: { in: active.map((m) => m.firmId) }, startsOn: { lte: dayOf(today) }, OR: [{ endsOn: null }, { endsOn: { gte: dayOf(today) } }] },
    select: { id: true, firmId: true, kind: true, startsOn: true, endsOn: true },
  });
  if (outages.length === 0) return none;
  const assignments = await db.prisma.groupStepAssignment.findMany({
    where: { groupId },
    select: { id: true, memberId: true, jobStepId: true, quantity: true, status: true, percentComplete: true, jobStep: { select: { position: true, processCode: true } }, member: { select: { firmId: true, firm: { select: { nameJa: true, nameEn: true } } } } },
  });
  const proposals = await db.prisma.stepSubstitution.findMany({ where: { groupId, status: "PROPOSED" }, select: { id: true, fromMemberId: true, firmId: true, firm: { select: { nameJa: true } } } });
  const { job, input } = await loadJobForMatching(db.prisma, viewer, group.jobId, "job.view", now);
  const members: DownMember[] = [];
  for (const outage of outages) {
    const member = active.find((m) => m.firmId === outage.firmId)!;
    const open = assignments.filter((a) => a.memberId === member.id && a.status !== "DONE" && a.jobStepId && a.jobStep);
    if (open.length === 0) continue;
    const proposal = proposals.find((p) => p.fromMemberId === member.id);
    const name = assignments.find((a) => a.memberId === member.id)?.member.firm.nameJa ?? "";
    const base = { memberId: member.id, firmId: member.firmId, name, isLead: member.firmId === group.leadFirmId, outage: { id: outage.id, kind: outage.kind, startsOn: isoDay(outage.startsOn), endsOn: outage.endsOn ? isoDay(outage.endsOn) : null }, openSteps: open.map((a) => ({ assignmentId: a.id, position: a.jobStep!.position, processCode: a.jobStep!.processCode, remaining: remainingPieces(a.quantity, a.percentComplete) })) };
    // Only those who may act on it need the search (it reads every candidate, as a suggestion run does).
    const found = canPropose && !proposal ? await searchSubstitutes(db, input, job.deadline, now, assignments, member.id, group.leadFirmId, active.map((m) => m.firmId)) : { options: [], infeasible: [] };
    members.push({ ...base, ...found, proposal: proposal ? { id: proposal.id, firmId: proposal.firmId, name: proposal.firm.nameJa } : null });
  }
  return { members, canPropose, substitutable: (SUBSTITUTABLE_STATUSES as readonly string[]).includes(group.status) };
}

type AssignmentRow = { id: string; memberId: string; jobStepId: string | null; quantity: number; status: string; percentComplete: number; member: { firmId: string } };

async function searchSubstitutes(db: Database, job: JobInput, deadline: Date, now: Date, assignments: readonly AssignmentRow[], downMemberId: string, leadFirmId: string, memberFirmIds: readonly string[]) {
  const downFirmId = assignments.find((a) => a.memberId === downMemberId)?.member.firmId;
  const openStepIds = new Set(assignments.filter((a) => a.memberId === downMemberId && a.status !== "DONE").map((a) => a.jobStepId!));
  const fixed: Record<string, AssignmentPart[]> = {};
  const remainingOf = new Map<string, number>();
  for (const a of assignments) {
    if (!a.jobStepId) continue;
    if (openStepIds.has(a.jobStepId)) {
      // A step shared with another member opens only for the down member's part.
      if (a.memberId === downMemberId) remainingOf.set(a.jobStepId, (remainingOf.get(a.jobStepId) ?? 0) + remainingPieces(a.quantity, a.percentComplete));
      continue;
    }
    (fixed[a.jobStepId] ??= []).push({ firmId: a.member.firmId, quantity: a.quantity });
  }
  // The open steps share the days left, not the whole route: the done steps need none.
  const unfinished = new Set(assignments.filter((a) => a.status !== "DONE" && a.jobStepId).map((a) => a.jobStepId!));
  const searchJob: JobInput = {
    ...job,
    daysToDeadline: Math.floor((job.daysToDeadline * job.steps.length) / Math.max(1, unfinished.size)),
    steps: job.steps.map((s) => (remainingOf.has(s.id) ? { ...s, quantity: remainingOf.get(s.id)! } : s)),
  };
  const route = { fixed, leadFirmId: leadFirmId === downFirmId ? null : leadFirmId, excludedFirmIds: memberFirmIds };
  // One request goes to one firm: no step is split among several substitutes.
  const options = { k: SUGGESTIONS, maxSplit: 1, exposureReference: await exposureReference(db.sql, now) };
  const loaded = await loadCandidates(db.sql, searchJob, deadline, now);
  const { candidates, set } = await withPartners(db.sql, searchJob, loaded, options, memberFirmIds);
  const result = await runOnComposer({ kind: "substitutes", job: searchJob, candidates: set, options, route });
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  // Suggestions that give the open steps to different firms are left out (the lead can ask a
  // second firm once the first has taken its steps).
  const single = result.groups.flatMap((g) => {
    const firms = new Set(g.assignments.filter((a) => openStepIds.has(a.stepId)).flatMap((a) => a.parts.map((p) => p.firmId)));
    return firms.size === 1 ? [{ g, firmId: [...firms][0]! }] : [];
  });
  return {
    options: single.map(({ g, firmId }) => ({ firmId, name: names.get(firmId) ?? "", score: Math.round(g.score * 10) / 10, reasons: g.reasons.filter((r) => r.key !== "matching.reasons.members") })),
    infeasible: single.length === 0 && result.infeasible.length === 0 ? [{ key: "matching.infeasible.noSubstitutes", params: {} }] : result.infeasible,
  };
}
