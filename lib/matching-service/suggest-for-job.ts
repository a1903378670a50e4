// "Suggest groups for this job": load the job and its candidates, run the pure composer, and
// record every suggestion shown (record-run.ts: it feeds the matches KPI and the fairness term). A job's
// suggestions are computed once and kept: while what they read is unchanged (lib/matching/inputs-key.ts), the
// page shows the recorded run again, on any device, and exposure is counted once per computation.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { isStaffViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import type { MatchingResult, StandingSuggestion, Weights } from "@/lib/matching";
import { resolveWeights } from "@/lib/matching/weights";
import type { CandidateSet } from "@/lib/matching/tasks";
import { turns } from "@/lib/concurrency/turns";
import { computationsAtOnce, suggestOnComposer } from "@/lib/matching-pool/pool";
import { candidateStamp, exposureOf, inputsKeyOf, keptCandidates, keptStandingGroups } from "./candidate-cache";
import { readExposureWindow } from "./exposure-window";
import { partnersAmong } from "./load-candidates";
import { loadJobForMatching } from "./load-job";
import { elapsedSince, recordRun, runToRecord, wallClockMs, type RunMeta } from "./record-run";
import { clock } from "@/lib/clock";
import { metrics } from "@/lib/observability/metrics";

/** The job as it was read for the run (the page shows its title, deadline and steps from it). */
export type SuggestedJob = Awaited<ReturnType<typeof loadJobForMatching>>["job"];

export interface SuggestionRun {
  job: SuggestedJob;
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
  /** When the suggestions shown were computed. */
  computedAt: Date;
  /** True when a kept run is shown again rather than computed now. */
  kept: boolean;
}

export interface SuggestOptions {
  /** Staff only: other weights, to see what changes. */
  weights?: Partial<Weights>;
  k?: number;
  today?: Date;
  /** Record the run (default true); a preview that is not shown to anyone need not be. */
  record?: boolean;
  /** Compute afresh even when nothing the suggestions read has changed (the buyer's "refresh"). */
  refresh?: boolean;
  /** A claimed submission key the recorded run completes (lib/actions/one-time-key.ts). */
  completesKey?: { userId: string; key: string };
}

/** What a recorded run keeps for showing again. */
interface Shown {
  result: MatchingResult;
  standing: StandingSuggestion[];
  firmNames: Record<string, string>;
}

export async function suggestGroupsForJob(db: Database, viewer: Viewer, jobId: string, options: SuggestOptions = {}): Promise<SuggestionRun> {
  return suggestFromInputs(db, viewer, await readSuggestionInputs(db, viewer, jobId, options));
}

/** What a run reads before it computes: side-effect free, so a caller may start it before it
 *  claims a submission (the refresh route), and wait for both at once. What needs nothing from the
 *  job's own read (the candidates' change stamp, the standing groups, a refresh's exposure) is
 *  read beside it. */
export async function readSuggestionInputs(db: Database, viewer: Viewer, jobId: string, options: SuggestOptions = {}) {
  const started = wallClockMs();
  const today = options.today ?? clock.now();
  const custom = Boolean(options.weights && Object.keys(options.weights).length > 0);
  // A refresh computes whatever it finds, so its exposure is read now (with the stamp), not after the candidates.
  const readExposure = () => readExposureWindow(db.sql, today);
  const exposureRead = options.refresh ? settledLater(readExposure()) : null;
  const stamp = settledLater(exposureRead ? exposureRead.then((read) => read.stamp) : candidateStamp(db.sql));
  const standingRead = settledLater(keptStandingGroups(db.sql, stamp));
  const { job, input } = await loadJobForMatching(db.prisma, viewer, jobId, custom ? "match.run" : "match.view", today);
  // Buyers see the standard weights; only staff may try others (a buyer tuning weights could
  // defeat the fairness term).
  const weights = resolveWeights(custom && isStaffViewer(viewer) ? options.weights : undefined);
  const [candidates, standingGroups] = await Promise.all([keptCandidates(db.sql, input, job.deadline, today, stamp), standingRead]);
  return { started, today, jobId, job, input, weights, custom, candidates, standingGroups, exposure: () => exposureRead ?? readExposure(), options };
}

/** A read started before a step that may throw (the job out of scope): awaited later, and not
 *  an unhandled rejection when it fails while nobody waits for it yet. */
function settledLater<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

type SuggestionInputs = Awaited<ReturnType<typeof readSuggestionInputs>>;

export async function suggestFromInputs(db: Database, viewer: Viewer, inputs: SuggestionInputs): Promise<SuggestionRun> {
  const { today, jobId, job, input, weights, custom, candidates, standingGroups, options } = inputs;
  const k = options.k ?? 3;
  const recorded = options.record !== false;
  // The key is completed by the run's record: a run that might not record cannot take it on.
  if (options.completesKey && !(recorded && options.refresh)) throw new Error("only a recorded refresh completes a submission key");
  const key = recorded ? inputsKeyOf(input, candidates, standingGroups, weights, k) : "";
  if (recorded && !custom && !options.refresh) {
    const kept = await keptRun(db, jobId, key, weights);
    if (kept) return { job, ...kept };
  }
  // A computation and its record take turns (below): a page beside them keeps its share.
  const { result, standing, firmNames, durationMs, run } = await computations.run(() => computeAndRecord(db, viewer, inputs, key, recorded));
  const ids = run?.suggestionIds ?? [];
  return {
    job,
    runId: run?.runId ?? null,
    suggestionIds: ids.slice(0, result.groups.length),
    standing: standing.map((s, i) => ({ ...s, suggestionId: ids[result.groups.length + i] ?? null })),
    jobId, result, weights, firmNames, durationMs,
    computedAt: run?.createdAt ?? today,
    kept: false,
  };
}

// Computations with their records at once (computationsAtOnce: one more than the composer's
// threads). More take the cores from the pages beside them, fewer leave the threads idle while a
// turn waits for the request thread and the database (bench:suggest-concurrent, decisions 036 and
// 038). The record is inside the turn, on the composer thread's own connection (decision 039):
// it is a third of a computation's time, and each return to the request thread made it longer.
const computations = turns(computationsAtOnce);

async function computeAndRecord(db: Database, viewer: Viewer, inputs: SuggestionInputs, key: string, recorded: boolean) {
  const { started, jobId, input, weights, custom, candidates, standingGroups, options } = inputs;
  const { reference, exposure } = exposureOf(await inputs.exposure(), candidates);
  const composerOptions = { k: options.k ?? 3, weights, exposureReference: reference };
  const set: CandidateSet = { kept: candidates.set, partners: {}, exposure };
  const meta: RunMeta | null = recorded
    ? { jobId, requestedById: viewer.userId, weights, candidateCount: candidates.firms.length, inputsKey: key, at: clock.now(), completesKey: options.completesKey, startedAt: started }
    : null;
  // The search runs on the composer's worker threads: other requests go on meanwhile. On
  // PostgreSQL the thread records the run too (decision 039); where it cannot, it is recorded here.
  // Past partnerships come from the kept set (the database answers for a set kept without them).
  const outcome = await suggestOnComposer(
    { kind: "suggestWithPartners", job: input, candidates: set, options: composerOptions, standing: standingGroups },
    (firmIds) => partnersAmong(db.sql, firmIds),
    meta && db.url ? { url: db.url, meta } : undefined,
  );
  const durationMs = outcome.recorded?.durationMs ?? elapsedSince(started);
  metrics().matchingDuration.observe({ kind: custom ? "customWeights" : "standard" }, durationMs / 1000);
  const run = outcome.recorded?.run ?? (meta ? await recordRun(db.sql, runToRecord(meta, outcome, durationMs)) : null);
  return { ...outcome, durationMs, run };
}

/** The job's latest recorded run, when it read the same inputs: shown again as it was. */
async function keptRun(db: Database, jobId: string, key: string, weights: Weights): Promise<Omit<SuggestionRun, "job"> | null> {
  const run = await db.prisma.matchRun.findFirst({
    where: { jobId },
    orderBy: { createdAt: "desc" },
    select: { id: true, inputsKey: true, shown: true, durationMs: true, createdAt: true, suggestions: { orderBy: { rank: "asc" }, select: { id: true } } },
  });
  if (!run || run.inputsKey !== key || !run.shown) return null;
  const shown = run.shown as unknown as Shown;
  const ids = run.suggestions.map((s) => s.id);
  const open = shown.result.groups.length;
  return {
    runId: run.id,
    suggestionIds: ids.slice(0, open),
    standing: shown.standing.map((s, i) => ({ ...s, suggestionId: ids[open + i] ?? null })),
    jobId,
    result: shown.result,
    weights,
    firmNames: shown.firmNames,
    durationMs: run.durationMs,
    computedAt: run.createdAt,
    kept: true,
  };
}
