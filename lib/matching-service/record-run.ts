// Records a suggestion run: the run, its suggestions by rank and the firms each exposes (the
// matches KPI and the fairness term count these). One statement, so one round trip and atomic:
// written as a Prisma transaction it was ~10 round trips, a tenth of a fresh suggestion's time.
// A composer thread records the runs it computes (lib/matching-pool/worker.ts), so this module and
// its imports are relative and free of Next.js and Prisma.
import { completedKeyCte } from "../actions/completed-key";
import type { SqlConnection } from "../db/sql-connection";
import { relativeGap } from "../matching/compose";
import type { SuggestOutcome } from "../matching/tasks";
import type { SuggestedGroup, Weights } from "../matching/types";

/** What a run's record says about its computation, known before it is computed. */
export interface RunMeta {
  jobId: string;
  requestedById: string;
  weights: Weights;
  candidateCount: number;
  inputsKey: string;
  at: Date;
  completesKey?: { userId: string; key: string };
  /** When the computation started reading, on wallClockMs (any thread's). */
  startedAt: number;
}

/** Real elapsed time for durations, the same on every thread (performance.now() is per thread);
 *  business time comes from lib/clock. */
export const wallClockMs = () => performance.timeOrigin + performance.now();

/** A computation's duration so far: from its start until its answer, before its record. */
export const elapsedSince = (startedAt: number) => Math.round(wallClockMs() - startedAt);

/** The record of a computation: its suggestions by rank, the open ones, then standing groups (which
 *  name their group), and what the page shows again while the inputs are unchanged. */
export function runToRecord(meta: RunMeta, outcome: SuggestOutcome, durationMs: number): RunToRecord {
  const { result, standing, firmNames } = outcome;
  return {
    ...meta,
    durationMs,
    shown: { result, standing, firmNames },
    suggestions: [...result.groups.map((group) => ({ group, standingGroupId: null })), ...standing.map((s) => ({ group: s.group, standingGroupId: s.standingGroupId }))],
  };
}

export interface RecordedRun {
  runId: string;
  suggestionIds: string[];
  createdAt: Date;
}

export interface RunToRecord {
  jobId: string;
  requestedById: string;
  weights: Weights;
  candidateCount: number;
  durationMs: number;
  inputsKey: string;
  /** What the page shows again while the inputs are unchanged. */
  shown: object;
  /** By rank: the open suggestions, then standing groups (which name their group). */
  suggestions: readonly { group: SuggestedGroup; standingGroupId: string | null }[];
  at: Date;
  /** A submission key this run completes in the same statement (the refresh route's). */
  completesKey?: { userId: string; key: string };
}

export async function recordRun(sql: SqlConnection, run: RunToRecord): Promise<RecordedRun> {
  const suggestions = run.suggestions.map(({ group, standingGroupId }, index) => {
    // The bound is about the open suggestions, not a standing group's.
    const bounded = !standingGroupId && group.bound !== undefined;
    return {
      rank: index + 1,
      total_score: group.score,
      terms: group.terms,
      reasons: group.reasons,
      assignment: group.assignments,
      lead_firm_id: group.leadFirmId,
      standing_group_id: standingGroupId,
      score_bound: bounded ? group.bound : null,
      gap: bounded ? finiteOrNull(relativeGap(group.score, group.bound!)) : null,
      member_ids: group.memberIds,
    };
  });
  const [row] = await sql.query<{ id: string; created_at: Date; suggestion_ids: string[] | null }>(
    `WITH run AS (
       INSERT INTO "MatchRun" ("jobId", "requestedById", weights, "candidateCount", "durationMs", "inputsKey", shown, "createdAt")
       VALUES ($1::uuid, $2::uuid, $3::jsonb, $4, $5, $6, $7::jsonb, $8::timestamptz) RETURNING id, "createdAt"
     ), given AS (
       SELECT * FROM jsonb_to_recordset($9::jsonb) AS s(rank int, total_score float8, terms jsonb, reasons jsonb, assignment jsonb,
         lead_firm_id uuid, standing_group_id uuid, score_bound float8, gap float8, member_ids uuid[])
     ), suggestion AS (
       INSERT INTO "MatchSuggestion" ("matchRunId", rank, "totalScore", terms, reasons, assignment, "leadFirmId", "standingGroupId", "scoreBound", gap, "createdAt")
       SELECT run.id, g.rank, g.total_score, g.terms, g.reasons, g.assignment, g.lead_firm_id, g.standing_group_id, g.score_bound, g.gap, $8::timestamptz
       FROM run, given g RETURNING id, rank
     ), member AS (
       INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId", "createdAt")
       SELECT s.id, m.firm_id, $8::timestamptz FROM suggestion s JOIN given g ON g.rank = s.rank CROSS JOIN LATERAL unnest(g.member_ids) AS m(firm_id)
     ), ${completedKeyCte("$10", "$11", "$8")}
     SELECT run.id, run."createdAt" AS created_at, (SELECT array_agg(s.id::text ORDER BY s.rank) FROM suggestion s) AS suggestion_ids FROM run`,
    [run.jobId, run.requestedById, JSON.stringify(run.weights), run.candidateCount, run.durationMs, run.inputsKey, JSON.stringify(run.shown), run.at.toISOString(), JSON.stringify(suggestions),
     run.completesKey?.userId ?? null, run.completesKey?.key ?? null],
  );
  return { runId: row!.id, suggestionIds: row!.suggestion_ids ?? [], createdAt: new Date(row!.created_at) };
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
