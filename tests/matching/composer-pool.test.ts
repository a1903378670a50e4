// The composer off the request thread (issue 20 item 6): the worker pool gives the same answers
// as the library called in this thread, and this thread's event loop keeps running while a heavy
// search runs on a worker. Real worker threads (lib/matching-pool/worker.ts through tsx), no mocks.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { syntheticFirms, syntheticJobs } from "@/benchmarks/support/synthetic-matching";
import { keepCandidates, packCandidates, runMatchingTask, unpackCandidates, type MatchingTask } from "@/lib/matching/tasks";
import { closeComposerPool, composerThreadCount, composerUsesThreads, computationsAtOnce, runOnComposer, suggestOnComposer } from "@/lib/matching-pool/pool";
import { SHAPES, generateJob } from "./job-shapes";

afterAll(() => closeComposerPool());

describe("the composer's worker pool", () => {
  it("runs on worker threads here", () => {
    expect(composerUsesThreads()).toBe(true);
  });

  it("answers every kind of task as the library does in this thread", async () => {
    const firms = syntheticFirms(2_000, 5);
    const tasks: MatchingTask[] = [];
    for (const job of syntheticJobs(6, 9)) {
      const candidates = packCandidates(firms);
      tasks.push({ kind: "shortlist", job, candidates, options: {} }, { kind: "suggest", job, candidates, options: { k: 3 }, standing: [{ id: "s1", name: "常設", memberIds: firms.slice(0, 40).map((f) => f.id) }] });
    }
    // Small generated jobs of every shape, with partnerships and hand-raises, and a firm asking why not.
    for (const shape of SHAPES) {
      const { job, firms: small } = generateJob(shape, 97 + shape.name.length);
      const candidates = packCandidates(small);
      tasks.push({ kind: "suggest", job, candidates, options: { k: 3 }, standing: [] }, { kind: "bestWithFirm", job, candidates, options: {}, firmId: small.at(-1)!.id });
    }
    const pooled = await Promise.all(tasks.map((task) => runOnComposer(task)));
    tasks.forEach((task, i) => expect(pooled[i], `${task.kind} ${task.job.id}`).toEqual(runMatchingTask(task)));
    expect(pooled.some((p) => typeof p === "object" && "result" in p && p.result.groups.length > 0)).toBe(true);
  });

  it("answers on a kept set, with exposure beside it, as on the same firms sent as text, task after task", async () => {
    const firms = syntheticFirms(2_000, 7);
    const kept = keepCandidates(firms.map((f) => ({ ...f, recentExposure: 0 })));
    const exposure = Int32Array.from(firms, (_, i) => (i * 7) % 5);
    const withExposure = packCandidates(firms.map((f, i) => ({ ...f, recentExposure: exposure[i]! })));
    expect(withExposure.json).not.toBe(packCandidates(firms.map((f) => ({ ...f, recentExposure: 0 }))).json);
    for (const job of syntheticJobs(4, 13)) {
      const options = { k: 3, exposureReference: 1 };
      // Several tasks on one kept set: each thread parses it once and keeps the firms unchanged.
      const [first, again] = await Promise.all([0, 1].map(() => runOnComposer({ kind: "suggest", job, candidates: { kept, partners: {}, exposure }, options, standing: [] })));
      const expected = runMatchingTask({ kind: "suggest", job, candidates: withExposure, options, standing: [] });
      expect(first).toEqual(expected);
      expect(again).toEqual(expected);
    }
  });

  it("keeps this thread's event loop running while a heavy search runs", async () => {
    const firms = syntheticFirms(6_000, 3);
    const [job] = syntheticJobs(1, 21);
    // No shortlist and a large work budget: a search of about a second or more.
    const task: MatchingTask = { kind: "suggest", job: job!, candidates: packCandidates(firms), options: { k: 3, candidatesPerStep: 1e9, searchBudget: 400_000 }, standing: [] };
    await runOnComposer({ ...task, options: { k: 1 } }); // threads started and compiled
    let started = performance.now();
    runMatchingTask(task);
    const inThread = performance.now() - started; // how long this thread would be blocked
    expect(inThread).toBeGreaterThan(300);

    const tick = 10;
    let last = performance.now();
    let worstLate = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      worstLate = Math.max(worstLate, now - last - tick);
      last = now;
      ticks++;
    }, tick);
    started = performance.now();
    await runOnComposer(task);
    const pooled = performance.now() - started;
    clearInterval(timer);
    // A blocked loop would be late by the whole search; a free one only by the machine's noise
    // (on a busy machine this thread itself waits for a core now and then: half the search is the line).
    expect(worstLate, `timer late by ${worstLate.toFixed(0)} ms during a ${pooled.toFixed(0)} ms search (${inThread.toFixed(0)} ms in this thread)`).toBeLessThan(inThread / 2);
    expect(ticks).toBeGreaterThan(pooled / tick / 3);
  });

  it("shortlists, asks for past partnerships midway and searches in one task, as the two tasks do", async () => {
    const firms = syntheticFirms(2_000, 11);
    const kept = keepCandidates(firms.map((f) => ({ ...f, recentExposure: 0 })));
    const exposure = Int32Array.from(firms, (_, i) => (i * 3) % 4);
    const standing = [{ id: "s1", name: "常設", memberIds: firms.slice(0, 30).map((f) => f.id) }];
    // Partnerships among whichever firms are asked about: the first of them works with each of the next few.
    const partnersOf = async (ids: string[]) => {
      const partners: Record<string, Record<string, { jobsTogether: number; averageRating: number | null }>> = {};
      for (const other of ids.slice(1, 6)) {
        (partners[ids[0]!] ??= {})[other] = { jobsTogether: 3, averageRating: 4.5 };
        (partners[other] ??= {})[ids[0]!] = { jobsTogether: 3, averageRating: 4.5 };
      }
      return partners;
    };
    for (const job of syntheticJobs(3, 17)) {
      const options = { k: 3, exposureReference: 1 };
      const candidates = { kept, partners: {}, exposure };
      const shortlist = await runOnComposer({ kind: "shortlist", job, candidates, options });
      const partners = await partnersOf([...shortlist, ...standing[0]!.memberIds]);
      const twoTasks = await runOnComposer({ kind: "suggest", job, candidates: { ...candidates, partners }, options, standing });
      const oneTask = await suggestOnComposer({ kind: "suggestWithPartners", job, candidates, options, standing }, partnersOf);
      expect(oneTask).toEqual(twoTasks);
      expect(Object.keys(partners).length).toBeGreaterThan(0);
    }
  });

  it("finds the partnerships among its shortlist in a kept set, as the database answers, without asking", async () => {
    const firms = syntheticFirms(2_000, 13).map((f) => ({ ...f, recentExposure: 0 }));
    // Every firm has worked with the next three (by id): many among any shortlist.
    const byId = [...firms].sort((a, b) => (a.id < b.id ? -1 : 1));
    const all: Record<string, Record<string, { jobsTogether: number; averageRating: number | null }>> = {};
    byId.forEach((f, i) => {
      for (const other of byId.slice(i + 1, i + 4)) {
        const record = { jobsTogether: 1 + (i % 4), averageRating: i % 3 ? 4 + (i % 2) : null };
        (all[f.id] ??= {})[other.id] = record;
        (all[other.id] ??= {})[f.id] = record;
      }
    });
    // What partnersAmong reads: the pairs with both firms among those asked about.
    const database = async (ids: string[]) => {
      const among = new Set(ids);
      const found: typeof all = {};
      for (const id of among) for (const [other, record] of Object.entries(all[id] ?? {})) if (among.has(other)) (found[id] ??= {})[other] = record;
      return found;
    };
    let asked = 0;
    const notAsked = async () => {
      asked++;
      return {};
    };
    const standing = [{ id: "s1", name: "常設", memberIds: byId.slice(0, 3).map((f) => f.id) }];
    const withKept = keepCandidates(firms, all);
    const withoutKept = keepCandidates(firms);
    let partnershipsMattered = false;
    for (const job of syntheticJobs(4, 19)) {
      const options = { k: 3, exposureReference: 1 };
      const kept = await suggestOnComposer({ kind: "suggestWithPartners", job, candidates: { kept: withKept, partners: {} }, options, standing }, notAsked);
      const read = await suggestOnComposer({ kind: "suggestWithPartners", job, candidates: { kept: withoutKept, partners: {} }, options, standing }, database);
      expect(kept).toEqual(read);
      const none = await suggestOnComposer({ kind: "suggestWithPartners", job, candidates: { kept: withoutKept, partners: {} }, options, standing }, async () => ({}));
      partnershipsMattered ||= JSON.stringify(none) !== JSON.stringify(read);
    }
    expect(asked).toBe(0);
    expect(partnershipsMattered).toBe(true);
    // A standing group's member outside the set is never joined, so its partnerships are not needed: still not asked.
    const outsider = [{ id: "s2", name: "外部と", memberIds: [...byId.slice(5, 8).map((f) => f.id), "00000000-0000-4000-8000-000000000000"] }];
    all[byId[5]!.id]!["00000000-0000-4000-8000-000000000000"] = { jobsTogether: 5, averageRating: 5 };
    const [job] = syntheticJobs(1, 23);
    const task = { kind: "suggestWithPartners" as const, job: job!, options: { k: 1 }, standing: outsider };
    expect(await suggestOnComposer({ ...task, candidates: { kept: withKept, partners: {} } }, notAsked)).toEqual(await suggestOnComposer({ ...task, candidates: { kept: withoutKept, partners: {} } }, database));
    expect(asked).toBe(0);
  });

  it("fails the task when the partnerships cannot be read, and the thread goes on", async () => {
    const firms = syntheticFirms(500, 19);
    const [job] = syntheticJobs(1, 23);
    const task = { kind: "suggestWithPartners" as const, job: job!, candidates: packCandidates(firms), options: { k: 1 }, standing: [] };
    await expect(suggestOnComposer(task, async () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    await expect(suggestOnComposer(task, async () => ({}))).resolves.toHaveProperty("result");
  });

  it("never takes one job's kept set for another's when two copies of the module keep sets", async () => {
    // Next.js bundles the suggestions page and the refresh route with a copy of lib/matching/tasks each.
    vi.resetModules();
    const copy = await import("@/lib/matching/tasks");
    const firms = syntheticFirms(300, 29);
    const [job] = syntheticJobs(1, 31);
    const options = { k: 1 };
    const one = keepCandidates(firms.slice(0, 150));
    const other = copy.keepCandidates(firms.slice(150));
    expect(other.id).not.toBe(one.id);
    const onOne = await runOnComposer({ kind: "suggest", job: job!, candidates: { kept: one, partners: {} }, options, standing: [] });
    const onOther = await runOnComposer({ kind: "suggest", job: job!, candidates: { kept: other, partners: {} }, options, standing: [] });
    expect(onOther).toEqual(runMatchingTask({ kind: "suggest", job: job!, candidates: packCandidates(firms.slice(150)), options, standing: [] }));
    expect(onOne).toEqual(runMatchingTask({ kind: "suggest", job: job!, candidates: packCandidates(firms.slice(0, 150)), options, standing: [] }));
  });
});

describe("a kept set's exposure", () => {
  // Tasks on one kept set share its parsed firms; each brings its own exposure (the fairness term).
  const firms = syntheticFirms(400, 37);
  const jobs = syntheticJobs(4, 41);
  const kept = keepCandidates(firms);
  const exposures = [0, 1, 2].map((round) => Int32Array.from(firms, (_, i) => ((i * 7 + round * (i % 3 === 0 ? 5 : 0)) % 23)));
  const options = { k: 3, exposureReference: 2 };
  const fresh = (exposure: Int32Array) => packCandidates(firms.map((f, i) => ({ ...f, recentExposure: exposure[i]! })));

  it("is each task's own, in turn and back again, as if the firms were sent afresh", () => {
    const scores: number[][] = [];
    for (const exposure of [...exposures, exposures[0]!]) {
      for (const job of jobs) {
        const onKept = runMatchingTask({ kind: "suggest", job, candidates: { kept, partners: {}, exposure }, options, standing: [] });
        expect(onKept).toEqual(runMatchingTask({ kind: "suggest", job, candidates: fresh(exposure), options, standing: [] }));
        scores.push(onKept.result.groups.map((g) => g.score));
      }
    }
    // The exposures change the answers (else this would test nothing).
    expect(scores.slice(0, jobs.length)).not.toEqual(scores.slice(jobs.length, 2 * jobs.length));
  });

  it("reaches each firm as the task sent it", () => {
    for (const exposure of [...exposures, exposures[0]!]) {
      expect(unpackCandidates({ kept, partners: {}, exposure }).map((f) => f.recentExposure)).toEqual([...exposure]);
    }
  });
});

describe("computations at once", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are one more than the composer's threads unless MATCHING_AT_ONCE says how many", () => {
    expect(computationsAtOnce()).toBe(composerThreadCount() + 1);
    vi.stubEnv("MATCHING_AT_ONCE", "5");
    expect(computationsAtOnce()).toBe(5);
    for (const wrong of ["0", "-1", "2.5", "many"]) {
      vi.stubEnv("MATCHING_AT_ONCE", wrong);
      expect(computationsAtOnce()).toBe(composerThreadCount() + 1);
    }
  });
});
