// "Suggest groups for this job": load the job and its candidates, run the pure composer, and
// record every suggestion shown (it feeds the matches KPI and the fairness term).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { isStaffViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import { relativeGap, suggestGroups, suggestStandingGroups, type MatchingResult, type StandingSuggestion, type SuggestedGroup, type Weights } from "@/lib/matching";
import { resolveWeights } from "@/lib/matching/weights";
import { exposureReference, loadCandidates, loadStandingGroups, withPartners } from "./load-candidates";
import { loadJobForMatching } from "./load-job";
import { clock } from "@/lib/clock";
import { metrics } from "@/lib/observability/metrics";

export interface SuggestionRun {
  runId: string | null;
  /** The recorded suggestions' ids, by rank (empty when the run was not recorded). */
  suggestionIds: string[];
  jobId: string;
  result: MatchingResult;
  /** Standing groups whose own firms can do the job, each with its recorded suggestion's id. */
  standing: (StandingSuggestion & { suggestionId: string | null })[];
  weights: Weights;
  firmNames: Record<string, string>;
  durationMs: number;
}

export interface SuggestOptions {
  /** Staff only: other weights, to see what changes. */
  weights?: Partial<Weights>;
  k?: number;
  today?: Date;
  /** Record the run (default true); a preview that is not shown to anyone need not be. */
  record?: boolean;
}

export async function suggestGroupsForJob(db: Database, viewer: Viewer, jobId: string, options: SuggestOptions = {}): Promise<SuggestionRun> {
  const started = performance.now();
  const today = options.today ?? clock.now();
  const custom = options.weights && Object.keys(options.weights).length > 0;
  const { job, input } = await loadJobForMatching(db.prisma, viewer, jobId, custom ? "match.run" : "match.view", today);
  // Buyers see the standard weights; only staff may try others (a buyer tuning weights could
  // defeat the fairness term).
  const weights = resolveWeights(custom && isStaffViewer(viewer) ? options.weights : undefined);
  const [loaded, reference, standingGroups] = await Promise.all([loadCandidates(db.sql, input, job.deadline, today), exposureReference(db.sql, today), loadStandingGroups(db.sql)]);
  const composerOptions = { k: options.k ?? 3, weights, exposureReference: reference };
  const candidates = await withPartners(db.sql, input, loaded, composerOptions, standingGroups.flatMap((g) => g.memberIds));
  const result = suggestGroups(input, candidates, composerOptions);
  const standing = suggestStandingGroups(input, candidates, standingGroups, composerOptions).suggestions;
  const durationMs = Math.round(performance.now() - started);
  metrics().matchingDuration.observe({ kind: custom ? "customWeights" : "standard" }, durationMs / 1000);
  const firmNames = Object.fromEntries(candidates.map((c) => [c.id, c.name]));
  // Ranks after the open suggestions; a standing group's suggestion names the group.
  const shown = [...result.groups.map((group) => ({ group, standingGroupId: null })), ...standing.map((s) => ({ group: s.group, standingGroupId: s.standingGroupId }))];
  const recorded = options.record === false ? null : await recordRun(db, viewer, jobId, weights, candidates.length, durationMs, result, shown);
  const ids = recorded?.suggestionIds ?? [];
  return {
    runId: recorded?.runId ?? null,
    suggestionIds: ids.slice(0, result.groups.length),
    standing: standing.map((s, i) => ({ ...s, suggestionId: ids[result.groups.length + i] ?? null })),
    jobId, result, weights, firmNames, durationMs,
  };
}

async function recordRun(
  db: Database, viewer: Viewer, jobId: string, weights: Weights, candidateCount: number, durationMs: number, result: MatchingResult,
  shown: readonly { group: SuggestedGroup; standingGroupId: string | null }[],
): Promise<{ runId: string; suggestionIds: string[] }> {
  return db.prisma.$transaction(async (tx) => {
    const run = await tx.matchRun.create({ data: { jobId, requestedById: viewer.userId, weights, candidateCount, durationMs } });
    const suggestionIds: string[] = [];
    for (const [index, { group, standingGroupId }] of shown.entries()) {
      const suggestion = await tx.matchSuggestion.create({
        data: {
          matchRunId: run.id,
          rank: index + 1,
          totalScore: group.score,
          terms: group.terms as object,
          reasons: group.reasons as object[],
          assignment: group.assignments as object[],
          leadFirmId: group.leadFirmId,
          standingGroupId,
          // The bound is about the open suggestions, not a standing group's.
          scoreBound: standingGroupId || group.bound === undefined ? null : group.bound,
          gap: standingGroupId || group.bound === undefined ? null : finiteOrNull(relativeGap(group.score, group.bound)),
        },
        select: { id: true },
      });
      await tx.matchSuggestionMember.createMany({ data: group.memberIds.map((firmId) => ({ suggestionId: suggestion.id, firmId })) });
      suggestionIds.push(suggestion.id);
    }
    return { runId: run.id, suggestionIds };
  });
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
