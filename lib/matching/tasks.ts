// The composer's work as plain messages, so it can run in a worker thread (lib/matching-pool) or,
// where no pool can start, in the calling thread, with the same answer either way. Results are
// structured-clone data (no functions, no class instances). The candidates, thousands of small
// objects, travel as one JSON text: cloning them object by object costs the sending thread
// several times more, and a request may ask for two tasks on the same candidates (the shortlist,
// whose past partnerships the caller then loads, and the search), which share one text.
import { randomUUID } from "node:crypto";
import type { MessagePort } from "node:worker_threads";
import { bestGroupWithFirm, shortlistFirmIds, suggestAfterShortlist, suggestGroups, suggestSubstitutes } from "./compose";
import { explainFirm } from "./feasibility";
import { suggestStandingGroups, type StandingGroupInput, type StandingSuggestion } from "./standing";
import type { CandidateFirm, FirmBest, FixedRoute, JobInput, MatchingOptions, MatchingResult, PartnerRecord } from "./types";

/** Candidates as a task carries them: JSON text, with past partnerships (by firm id) kept apart.
 *  A kept set (lib/matching-service/candidate-cache.ts) instead names itself (`id`, unique in the
 *  process) and carries its text as UTF-8 in shared memory, which reaches a worker without being
 *  copied; each thread parses a kept set once and keeps the firms for the next task that names it.
 *  `exposure`, aligned with the set's firms, replaces their recent exposure (the kept text has 0). */
export interface CandidateSet {
  json?: string;
  kept?: KeptSet;
  partners: Record<string, Record<string, PartnerRecord>>;
  exposure?: Int32Array;
}

/** Candidate data is JSON-safe by construction (strings, finite numbers, arrays, plain objects). */
export function packCandidates(candidates: readonly CandidateFirm[], partners: CandidateSet["partners"] = {}): CandidateSet {
  return { json: JSON.stringify(candidates), partners };
}

/** A kept set's text in shared memory. `pairs`, when kept, holds the past partnerships among all
 *  its firms (JSON `[i, j, jobsTogether, averageRating][]`, indices into the firms, i < j, sorted),
 *  so a search finds those among its shortlist here instead of asking its caller midway. */
export interface KeptSet {
  id: string;
  utf8: SharedArrayBuffer;
  pairs?: SharedArrayBuffer;
}

/** The candidates as a kept set: their text once in shared memory, named for the threads' caches.
 *  The name is random, not a counter: Next.js bundles a page and a route handler with a copy of
 *  this module each, and two counters named different sets alike, so a thread took one job's
 *  parsed firms for another's. */
export function keepCandidates(candidates: readonly CandidateFirm[], partners?: CandidateSet["partners"]): KeptSet {
  const kept: KeptSet = { id: randomUUID(), utf8: sharedText(JSON.stringify(candidates)) };
  if (partners) kept.pairs = sharedText(JSON.stringify(pairsAmong(candidates, partners)));
  return kept;
}

function sharedText(text: string): SharedArrayBuffer {
  const utf8 = new SharedArrayBuffer(Buffer.byteLength(text));
  new TextEncoder().encodeInto(text, new Uint8Array(utf8));
  return utf8;
}

type KeptPair = [number, number, number, number | null];

/** Each partnership between two of the firms once, by their indices, in one order whatever order
 *  the partnerships were read in. */
function pairsAmong(candidates: readonly CandidateFirm[], partners: CandidateSet["partners"]): KeptPair[] {
  const indexOf = new Map(candidates.map((c, i) => [c.id, i]));
  const pairs: KeptPair[] = [];
  for (const [from, records] of Object.entries(partners)) {
    const i = indexOf.get(from);
    if (i === undefined) continue;
    for (const [to, record] of Object.entries(records)) {
      const j = indexOf.get(to);
      if (j !== undefined && i < j) pairs.push([i, j, record.jobsTogether, record.averageRating]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Parsed kept sets in this thread, least recently used first. Each is a few MB of objects; a
 *  thread sees the sets of the jobs being suggested for at the moment, mostly on its own thread
 *  (lib/matching-pool routes by set), on another when its own is busy. As many as the request
 *  thread keeps (candidate-cache.ts): with 8, ten jobs refreshed at once on two threads had each
 *  thread parse sets again and again, 15 % of its time. The firms are shared by the tasks that
 *  name the set and never changed (unpackCandidates copies a firm it fills in). */
const PARSED_KEPT = 16;
interface ParsedKept {
  firms: readonly CandidateFirm[];
  /** The firms as the last task without partners saw them, each with that task's exposure. */
  exposed?: readonly CandidateFirm[];
  /** Each firm's past partners within the set, both directions; null when none were kept. */
  partners: Map<string, Map<string, PartnerRecord>> | null;
}
const parsedKept = new Map<string, ParsedKept>();

function parseKept(kept: KeptSet): ParsedKept {
  let parsed = parsedKept.get(kept.id);
  if (parsed) parsedKept.delete(kept.id);
  else parsed = parse(kept);
  parsedKept.set(kept.id, parsed);
  if (parsedKept.size > PARSED_KEPT) parsedKept.delete(parsedKept.keys().next().value!);
  return parsed;
}

function parse(kept: KeptSet): ParsedKept {
  const text = (buffer: SharedArrayBuffer) => new TextDecoder().decode(new Uint8Array(buffer));
  const firms = JSON.parse(text(kept.utf8)) as CandidateFirm[];
  if (!kept.pairs) return { firms, partners: null };
  const partners = new Map(firms.map((f) => [f.id, new Map<string, PartnerRecord>()]));
  for (const [i, j, jobsTogether, averageRating] of JSON.parse(text(kept.pairs)) as KeptPair[]) {
    const record = { jobsTogether, averageRating };
    partners.get(firms[i]!.id)!.set(firms[j]!.id, record);
    partners.get(firms[j]!.id)!.set(firms[i]!.id, record);
  }
  return { firms, partners };
}

/** Past partnerships among these firms, both directions, from a kept set's own; null when the set
 *  kept none. Firms outside the set are left out: the composer only joins candidates (a standing
 *  group's other members too), so it never reads a partnership with one of them. */
export function keptPartnersAmong(set: CandidateSet, firmIds: readonly string[]): CandidateSet["partners"] | null {
  const partners = set.kept?.pairs ? parseKept(set.kept).partners : null;
  if (!partners) return null;
  const among = new Set(firmIds.filter((id) => partners.has(id)));
  const found: CandidateSet["partners"] = {};
  for (const id of among) {
    for (const [other, record] of partners.get(id)!) if (among.has(other)) (found[id] ??= {})[other] = record;
  }
  return found;
}

export function unpackCandidates(set: CandidateSet): CandidateFirm[] {
  if (set.kept && isEmpty(set.partners)) return withKeptExposure(parseKept(set.kept), set.exposure);
  const candidates = set.kept ? parseKept(set.kept).firms : (JSON.parse(set.json ?? "[]") as CandidateFirm[]);
  return candidates.map((c, i) => {
    const partners = set.partners[c.id];
    const exposure = set.exposure?.[i] ?? c.recentExposure;
    if (!partners && exposure === c.recentExposure) return c;
    return { ...c, ...(partners ? { partners } : {}), recentExposure: exposure };
  });
}

/** A kept set's firms with this task's exposure. A firm whose exposure is the same as for the
 *  last task is the same copy: between two refreshes only the firms shown since change, and
 *  copying every exposed firm (most of a set) was a seventh of a refresh's composer time. */
function withKeptExposure(parsed: ParsedKept, exposure: CandidateSet["exposure"]): CandidateFirm[] {
  const previous = parsed.exposed;
  const firms = parsed.firms.map((c, i) => {
    const n = exposure?.[i] ?? c.recentExposure;
    if (n === c.recentExposure) return c;
    const before = previous?.[i];
    return before && before.recentExposure === n ? before : { ...c, recentExposure: n };
  });
  parsed.exposed = firms;
  return firms;
}

const isEmpty = (record: object) => Object.keys(record).length === 0;

interface TaskBase {
  job: JobInput;
  candidates: CandidateSet;
  options: MatchingOptions;
}

export type MatchingTask =
  | (TaskBase & { kind: "shortlist" })
  | (TaskBase & { kind: "suggest"; standing: readonly StandingGroupInput[] })
  | (TaskBase & { kind: "bestWithFirm"; firmId: string })
  /** Substitutes for a down member's steps, the rest of the route fixed (lib/outages). */
  | (TaskBase & { kind: "substitutes"; route: FixedRoute });

export type SubstitutesOutcome = Pick<MatchingResult, "groups" | "infeasible">;

export interface SuggestOutcome {
  result: MatchingResult;
  standing: StandingSuggestion[];
  /** The names of the firms shown, by id (all a page names: reasons name members only). */
  firmNames: Record<string, string>;
}

export interface BestWithFirmOutcome {
  best: FirmBest | null;
  /** The firm can make only part of some step's quantity (it is teamed up only when no firm can make all). */
  partialOnly: boolean;
}

/** The shortlist, then past partnerships among it (and the standing groups' members): from the
 *  kept set when it keeps them, otherwise asked of the caller; then the search (the
 *  suggestions page). One task, so one thread parses the candidates, once. On a worker thread the
 *  caller answers over `port` (lib/matching-pool). */
export interface SuggestWithPartnersTask extends TaskBase {
  kind: "suggestWithPartners";
  standing: readonly StandingGroupInput[];
  port?: MessagePort;
}

/** Past partnerships among these firms (the shortlist and the standing groups' members), by firm id. */
export type PartnersOf = (firmIds: string[]) => Promise<CandidateSet["partners"]>;

export async function suggestWithPartners(task: SuggestWithPartnersTask, partnersOf: PartnersOf): Promise<SuggestOutcome> {
  const firms = unpackCandidates(task.candidates);
  const composer = suggestAfterShortlist(task.job, firms, task.options);
  const among = [...composer.shortlist, ...task.standing.flatMap((g) => g.memberIds)];
  const partners = keptPartnersAmong(task.candidates, among) ?? (await partnersOf(among));
  const withPartners = () => firms.map((c) => (partners[c.id] ? { ...c, partners: partners[c.id]! } : c));
  const result = composer.suggest(partners);
  return outcomeOf(result, task.standing.length ? suggestStandingGroups(task.job, withPartners(), task.standing, task.options).suggestions : [], firms);
}

/** The suggestions and standing groups with the names of the firms they show. */
function outcomeOf(result: MatchingResult, standing: StandingSuggestion[], firms: readonly CandidateFirm[]): SuggestOutcome {
  const shown = new Set([...result.groups, ...standing.map((s) => s.group)].flatMap((g) => g.memberIds));
  const firmNames: Record<string, string> = {};
  for (const firm of firms) if (shown.has(firm.id)) firmNames[firm.id] = firm.name;
  return { result, standing, firmNames };
}

/** A worker thread's PartnersOf: asks the caller over the task's port. */
export function partnersOver(port: MessagePort): PartnersOf {
  return (firmIds) =>
    new Promise((resolve, reject) => {
      port.once("message", (answer: { partners?: CandidateSet["partners"]; error?: string }) => (answer.partners ? resolve(answer.partners) : reject(new Error(answer.error))));
      port.postMessage(firmIds);
    });
}

export type MatchingTaskResult<T extends MatchingTask> = T extends { kind: "shortlist" } ? string[] : T extends { kind: "suggest" } ? SuggestOutcome : T extends { kind: "substitutes" } ? SubstitutesOutcome : BestWithFirmOutcome;

export function runMatchingTask<T extends MatchingTask>(task: T): MatchingTaskResult<T>;
export function runMatchingTask(task: MatchingTask): string[] | SuggestOutcome | SubstitutesOutcome | BestWithFirmOutcome {
  const candidates = unpackCandidates(task.candidates);
  switch (task.kind) {
    case "shortlist":
      return shortlistFirmIds(task.job, candidates, task.options);
    case "suggest":
      return outcomeOf(
        suggestGroups(task.job, candidates, task.options),
        task.standing.length ? suggestStandingGroups(task.job, candidates, task.standing, task.options).suggestions : [],
        candidates,
      );
    case "substitutes":
      return suggestSubstitutes(task.job, candidates, task.route, task.options);
    case "bestWithFirm": {
      const best = bestGroupWithFirm(task.job, candidates, task.firmId, task.options);
      const own = best ? undefined : candidates.find((c) => c.id === task.firmId);
      return { best, partialOnly: own ? explainFirm(task.job, own).some((s) => s.status === "partial") : false };
    }
  }
}
