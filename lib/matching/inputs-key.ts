// The fingerprint of what a suggestion run reads: the job as matching sees it (its days to the
// deadline change daily, so availability does too), every candidate's data and free capacity,
// the standing groups and the weights. Recent exposure is left out on purpose: it changes because
// suggestions are shown, and counting it would make every view a new computation. Past
// partnerships are left out too (they change with deliveries, which change records as well).
//
// The candidates are hashed as the JSON text of their canonical form (canonicalCandidates): a
// kept set (lib/matching-service/candidate-cache.ts) is stored in that form, so its fingerprint is
// one pass of SHA-256 over text already made, without parsing or sorting thousands of firms again.
import { createHash } from "node:crypto";
import type { StandingGroupInput } from "./standing";
import type { CandidateFirm, JobInput, Weights } from "./types";

// 2: candidates hashed in their canonical form as text (decision 028).
const KEY_VERSION = 2;

/** The same firms in one order whatever order they were read in (by id; lists sorted), with
 *  what the fingerprint leaves out set to nothing. The composer's answer does not depend on it. */
export function canonicalCandidates(candidates: readonly CandidateFirm[]): CandidateFirm[] {
  const sorted = <T>(items: readonly T[]) => [...items].sort();
  return [...candidates]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f) => ({
      ...f,
      capabilities: [...f.capabilities].sort((a, b) => (a.processCode < b.processCode ? -1 : a.processCode > b.processCode ? 1 : 0)).map((c) => ({ ...c, materialCodes: sorted(c.materialCodes) })),
      certifications: sorted(f.certifications),
      recentExposure: 0,
      handRaisedStepIds: sorted(f.handRaisedStepIds),
      partners: {},
    }));
}

export function inputsKey(job: JobInput, candidates: readonly CandidateFirm[], standing: readonly StandingGroupInput[], weights: Weights, k: number): string {
  return inputsKeyOfCanonical(job, JSON.stringify(canonicalCandidates(candidates)), standing, weights, k);
}

/** The fingerprint from canonicalCandidates' JSON text, as a string or its UTF-8 bytes. */
export function inputsKeyOfCanonical(job: JobInput, candidatesJson: string | Uint8Array, standing: readonly StandingGroupInput[], weights: Weights, k: number): string {
  const sorted = <T>(items: readonly T[]) => [...items].sort();
  const units = [...standing].sort((a, b) => (a.id < b.id ? -1 : 1)).map((u) => ({ ...u, memberIds: sorted(u.memberIds) }));
  return createHash("sha256").update(JSON.stringify({ v: KEY_VERSION, job, units, weights, k })).update(candidatesJson).digest("hex");
}
