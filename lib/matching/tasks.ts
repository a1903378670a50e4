// The composer's work as plain messages, so it can run in a worker thread (lib/matching-pool) or,
// where no pool can start, in the calling thread, with the same answer either way. Results are
// structured-clone data (no functions, no class instances). The candidates, thousands of small
// objects, travel as one JSON text: cloning them object by object costs the sending thread
// several times more, and a request asks for two tasks on the same candidates (the shortlist,
// whose past partnerships the caller then loads, and the search), which share one text.
import { bestGroupWithFirm, shortlistFirmIds, suggestGroups, suggestSubstitutes } from "./compose";
import { explainFirm } from "./feasibility";
import { inputsKey } from "./inputs-key";
import { suggestStandingGroups, type StandingGroupInput, type StandingSuggestion } from "./standing";
import type { CandidateFirm, FirmBest, FixedRoute, JobInput, MatchingOptions, MatchingResult, PartnerRecord, Weights } from "./types";

/** Candidates as a task carries them: JSON text, with past partnerships (by firm id) kept apart. */
export interface CandidateSet {
  json: string;
  partners: Record<string, Record<string, PartnerRecord>>;
}

/** Candidate data is JSON-safe by construction (strings, finite numbers, arrays, plain objects). */
export function packCandidates(candidates: readonly CandidateFirm[], partners: CandidateSet["partners"] = {}): CandidateSet {
  return { json: JSON.stringify(candidates), partners };
}

export function unpackCandidates(set: CandidateSet): CandidateFirm[] {
  const candidates = JSON.parse(set.json) as CandidateFirm[];
  return candidates.map((c) => (set.partners[c.id] ? { ...c, partners: set.partners[c.id]! } : c));
}

interface TaskBase {
  job: JobInput;
  candidates: CandidateSet;
  options: MatchingOptions;
}

export type MatchingTask =
  /** The fingerprint of what a suggestion run reads (inputs-key.ts), to know whether a kept run still holds. */
  | (TaskBase & { kind: "inputsKey"; standing: readonly StandingGroupInput[]; weights: Weights; k: number })
  | (TaskBase & { kind: "shortlist" })
  | (TaskBase & { kind: "suggest"; standing: readonly StandingGroupInput[] })
  | (TaskBase & { kind: "bestWithFirm"; firmId: string })
  /** Substitutes for a down member's steps, the rest of the route fixed (lib/outages). */
  | (TaskBase & { kind: "substitutes"; route: FixedRoute });

export type SubstitutesOutcome = Pick<MatchingResult, "groups" | "infeasible">;

export interface SuggestOutcome {
  result: MatchingResult;
  standing: StandingSuggestion[];
}

export interface BestWithFirmOutcome {
  best: FirmBest | null;
  /** The firm can make only part of some step's quantity (it is teamed up only when no firm can make all). */
  partialOnly: boolean;
}

export type MatchingTaskResult<T extends MatchingTask> = T extends { kind: "inputsKey" } ? string : T extends { kind: "shortlist" } ? string[] : T extends { kind: "suggest" } ? SuggestOutcome : T extends { kind: "substitutes" } ? SubstitutesOutcome : BestWithFirmOutcome;

export function runMatchingTask<T extends MatchingTask>(task: T): MatchingTaskResult<T>;
export function runMatchingTask(task: MatchingTask): string | string[] | SuggestOutcome | SubstitutesOutcome | BestWithFirmOutcome {
  const candidates = unpackCandidates(task.candidates);
  switch (task.kind) {
    case "inputsKey":
      return inputsKey(task.job, candidates, task.standing, task.weights, task.k);
    case "shortlist":
      return shortlistFirmIds(task.job, candidates, task.options);
    case "suggest":
      return {
        result: suggestGroups(task.job, candidates, task.options),
        standing: task.standing.length ? suggestStandingGroups(task.job, candidates, task.standing, task.options).suggestions : [],
      };
    case "substitutes":
      return suggestSubstitutes(task.job, candidates, task.route, task.options);
    case "bestWithFirm": {
      const best = bestGroupWithFirm(task.job, candidates, task.firmId, task.options);
      const own = best ? undefined : candidates.find((c) => c.id === task.firmId);
      return { best, partialOnly: own ? explainFirm(task.job, own).some((s) => s.status === "partial") : false };
    }
  }
}
