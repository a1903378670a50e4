// A job's candidates, loaded once per change of what they are read from instead of on every view
// and refresh (issue 20 item 6, decision 028). Loading them is eight queries and a few thousand
// rows (~100–300 ms of database and request-thread time on the 10,000-firm seed), and
// fingerprinting them (inputs-key.ts) as much again on a composer thread, while between two
// refreshes of a job they almost never change.
//
// Kept per process, by the job as matching sees it, the day, and the change stamp of every table
// the candidates come from (migration 20261209020000: any committed change raises it). The stamp
// is read before the data, so data can only be newer than its stamp, never older. A kept set also
// lapses when the first declaration it counted stops being fresh (no write marks that). Recent
// exposure changes with every recorded run, so it is not part of a kept set: a computation reads it
// (exposure-window.ts keeps its counts apart, brought up to date at every read) and hands it to the
// composer beside the kept set. The standing groups, which every computation reads
// too, are kept with the same stamp (migration 20261210020000 counts their changes), and a set's
// past partnerships with the set (decision 036). Every instance keeps its own, so a change on one
// instance is seen by all of them at their next request (decision 015).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { tokyoToday } from "@/lib/capacity/weeks";
import type { JobInput, Weights } from "@/lib/matching";
import { canonicalCandidates, inputsKeyOfCanonical } from "@/lib/matching/inputs-key";
import type { StandingGroupInput } from "@/lib/matching/standing";
import { keepCandidates, type CandidateSet } from "@/lib/matching/tasks";
import { CANDIDATE_STAMP_SQL, isoDate, loadCandidatesToKeep, loadStandingGroups, partnersAmong } from "./load-candidates";

export interface KeptCandidates {
  /** The firms as composer tasks name them (their text in shared memory). */
  set: NonNullable<CandidateSet["kept"]>;
  /** Firm ids and names, in the set's order. */
  firms: readonly { id: string; name: string }[];
  /** A firm's place in the set, by id. */
  indexOf: ReadonlyMap<string, number>;
  /** Fingerprints of runs on these candidates (inputs-key.ts), by what else they read. */
  inputsKeys: Map<string, string>;
  freshUntil: number;
}

/** Jobs whose candidates are kept, least recently used first: each is ~0.5 KB per firm (2–3 MB). */
const KEPT_JOBS = 16;
// On globalThis: Next.js bundles the suggestions page and the refresh route with a copy of this
// module each, and both should read and fill one cache per process.
const holder = globalThis as typeof globalThis & { __kjKeptCandidates?: Map<string, { stamp: string; candidates: Promise<KeptCandidates> }> };
const kept = (holder.__kjKeptCandidates ??= new Map());

/** The change stamp of what candidates are read from; it only grows. */
export async function candidateStamp(sql: SqlConnection): Promise<string> {
  const [row] = await sql.query<{ stamp: string }>(CANDIDATE_STAMP_SQL);
  return row?.stamp ?? "0";
}

/** `stampRead`: the stamp when the caller started reading it already (before the job). */
export async function keptCandidates(sql: SqlConnection, job: JobInput, deadline: Date, today: Date, stampRead?: Promise<string>): Promise<KeptCandidates> {
  const stamp = await (stampRead ?? candidateStamp(sql));
  // daysToDeadline is in the job: a day later, free capacity in the step slots moves.
  const key = JSON.stringify([job, deadline.toISOString(), isoDate(today), tokyoToday(today)]);
  const entry = kept.get(key);
  if (entry && entry.stamp === stamp) {
    const candidates = await entry.candidates;
    if (today.getTime() < candidates.freshUntil) {
      kept.delete(key);
      kept.set(key, entry);
      return candidates;
    }
  }
  const candidates = load(sql, job, deadline, today);
  kept.delete(key);
  kept.set(key, { stamp, candidates });
  if (kept.size > KEPT_JOBS) kept.delete(kept.keys().next().value!);
  // A failed load is not kept: the next request tries again.
  candidates.catch(() => {
    if (kept.get(key)?.candidates === candidates) kept.delete(key);
  });
  return candidates;
}

async function load(sql: SqlConnection, job: JobInput, deadline: Date, today: Date): Promise<KeptCandidates> {
  const { candidates: loaded, freshUntil } = await loadCandidatesToKeep(sql, job, deadline, today);
  // In the fingerprint's canonical form, so the kept text is what it hashes.
  const candidates = canonicalCandidates(loaded);
  // Their past partnerships (a view refreshed with the stamp) go with them: a computation then
  // finds those among its shortlist without a round trip to the database midway.
  const partners = await partnersAmong(sql, candidates.map((c) => c.id));
  return {
    set: keepCandidates(candidates, partners),
    firms: candidates.map((c) => ({ id: c.id, name: c.name })),
    indexOf: new Map(candidates.map((c, i) => [c.id, i])),
    inputsKeys: new Map(),
    freshUntil: freshUntil?.getTime() ?? Number.POSITIVE_INFINITY,
  };
}

// The approved standing groups, kept with the stamp too (migration 20261210020000 counts their changes).
const standingHolder = globalThis as typeof globalThis & { __kjKeptStanding?: { stamp: string; groups: Promise<StandingGroupInput[]> } | null };

/** The approved standing groups with their members (loadStandingGroups), read again only when the
 *  stamp moved. `stampRead`: the stamp when the caller started reading it already. */
export async function keptStandingGroups(sql: SqlConnection, stampRead?: Promise<string>): Promise<StandingGroupInput[]> {
  const stamp = await (stampRead ?? candidateStamp(sql));
  const entry = standingHolder.__kjKeptStanding;
  if (entry && entry.stamp === stamp) return entry.groups;
  const groups = loadStandingGroups(sql);
  standingHolder.__kjKeptStanding = { stamp, groups };
  // A failed read is not kept: the next computation reads again.
  groups.catch(() => {
    if (standingHolder.__kjKeptStanding?.groups === groups) standingHolder.__kjKeptStanding = null;
  });
  return groups;
}

/** The fingerprint of a run on these candidates (inputs-key.ts): one hash of the kept text,
 *  once per kept set and the rest of what the run reads. */
export function inputsKeyOf(job: JobInput, candidates: KeptCandidates, standing: readonly StandingGroupInput[], weights: Weights, k: number): string {
  const rest = JSON.stringify([standing, weights, k]);
  let key = candidates.inputsKeys.get(rest);
  if (!key) {
    // Other weights (staff trying them) each add one; a handful is plenty.
    if (candidates.inputsKeys.size >= 8) candidates.inputsKeys.clear();
    key = inputsKeyOfCanonical(job, new Uint8Array(candidates.set.utf8), standing, weights, k);
    candidates.inputsKeys.set(rest, key);
  }
  return key;
}

/** The kept firms' recent exposure (exposure-window.ts) in the set's order, and the reference it
 *  is measured against (the composer's fairness term). */
export function exposureOf({ reference, byFirm }: { reference: number; byFirm: ReadonlyMap<string, number> }, candidates: KeptCandidates): { reference: number; exposure: Int32Array } {
  // A plain loop: Int32Array.from with a mapping function took ~3× as long (~1 ms a refresh on the request thread).
  const { firms } = candidates;
  const exposure = new Int32Array(firms.length);
  for (let i = 0; i < firms.length; i++) exposure[i] = byFirm.get(firms[i]!.id) ?? 0;
  return { reference, exposure };
}

/** Forgets every kept set and the standing groups (tests that compare with a fresh load). */
export function forgetKeptCandidates(): void {
  kept.clear();
  standingHolder.__kjKeptStanding = null;
}
