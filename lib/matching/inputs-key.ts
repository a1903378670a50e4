// The fingerprint of what a suggestion run reads: the job as matching sees it (its days to the
// deadline change daily, so availability does too), every candidate's data and free capacity,
// the standing groups and the weights. Recent exposure is left out on purpose: it changes because
// suggestions are shown, and counting it would make every view a new computation. Past
// partnerships are left out too (they change with deliveries, which change records as well).
import { createHash } from "node:crypto";
import type { StandingGroupInput } from "./standing";
import type { CandidateFirm, JobInput, Weights } from "./types";

const KEY_VERSION = 1;

export function inputsKey(job: JobInput, candidates: readonly CandidateFirm[], standing: readonly StandingGroupInput[], weights: Weights, k: number): string {
  const sorted = <T>(items: readonly T[]) => [...items].sort();
  const firms = [...candidates]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((f) => ({
      id: f.id,
      name: f.name,
      location: f.location,
      capabilities: [...f.capabilities].sort((a, b) => (a.processCode < b.processCode ? -1 : 1)).map((c) => ({ ...c, materialCodes: sorted(c.materialCodes) })),
      certifications: sorted(f.certifications),
      record: f.record,
      handRaisedStepIds: sorted(f.handRaisedStepIds),
    }));
  const units = [...standing].sort((a, b) => (a.id < b.id ? -1 : 1)).map((u) => ({ ...u, memberIds: sorted(u.memberIds) }));
  return createHash("sha256").update(JSON.stringify({ v: KEY_VERSION, job, firms, units, weights, k })).digest("hex");
}
