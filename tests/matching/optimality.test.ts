// The composer against an exhaustive oracle written apart from it (oracle.ts: its own
// feasibility, split teams and scorer) on 2,400 generated jobs of eight shapes (job-shapes.ts):
// the first suggestion is the best possible group, the bound is never below the optimum, and
// "optimal" is only claimed when true. Split steps are searched over every team of 2–3 firms.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, relativeGap, suggestGroups } from "@/lib/matching";
import { syntheticFirms, syntheticJobs } from "../../benchmarks/support/synthetic-matching";
import { SHAPES, generateJob } from "./job-shapes";
import { Oracle } from "./oracle";

const JOBS_PER_SHAPE = 300;
/** Jobs with more groups than this are left to the other tests (the oracle enumerates them all). */
const ENUMERATION_LIMIT = 50_000;

describe("the composer against an exhaustive oracle", () => {
  it("finds the optimum on ≥ 99.5 % of 2,000+ jobs, with a bound never below it and the true gap", () => {
    let jobs = 0;
    let withGroup = 0;
    let optimalTop = 0;
    let splitJobs = 0;
    const failures: string[] = [];
    for (const shape of SHAPES) {
      for (let seed = 1; seed <= JOBS_PER_SHAPE; seed++) {
        const { job, firms } = generateJob(shape, seed * 7919 + shape.name.length);
        const oracle = new Oracle(job, firms, DEFAULT_WEIGHTS);
        if (oracle.groupCount() > ENUMERATION_LIMIT) continue;
        jobs++;
        const best = oracle.best();
        const result = suggestGroups(job, firms, { k: 3 });
        const top = result.groups[0];
        if (best === null) {
          if (top) failures.push(`${shape.name}/${seed}: a group where the oracle finds none`);
          continue;
        }
        if (!top) {
          failures.push(`${shape.name}/${seed}: no group, the oracle's best scores ${best}`);
          continue;
        }
        withGroup++;
        if (oracle.options.some((list) => list.some((o) => o.length > 1))) splitJobs++;
        // The scorer and the oracle agree on the group shown.
        expect(oracle.scoreOf(top.assignments)).toBeCloseTo(top.score, 9);
        if (top.score >= best - 1e-9) optimalTop++;
        const certificate = result.certificate!;
        if (certificate.bound < best - 1e-9) failures.push(`${shape.name}/${seed}: bound ${certificate.bound} below the optimum ${best}`);
        if (certificate.optimal && top.score < best - 1e-9) failures.push(`${shape.name}/${seed}: claims optimal at ${top.score}, optimum ${best}`);
        // The gap reported is the true one: exactly how far the score is below the bound.
        expect(certificate.gap).toBeCloseTo(relativeGap(top.score, certificate.bound), 12);
        for (const group of result.groups) expect(group.bound).toBeGreaterThanOrEqual(group.score - 1e-9);
      }
    }
    expect(failures).toEqual([]);
    expect(jobs).toBeGreaterThanOrEqual(2_000);
    expect(withGroup).toBeGreaterThanOrEqual(1_000);
    expect(splitJobs).toBeGreaterThanOrEqual(50);
    expect(optimalTop / withGroup).toBeGreaterThanOrEqual(0.995);
  }, 120_000);
});

describe("the same answer under load", () => {
  it("gives identical suggestions while other processes keep every core busy", async () => {
    const firms = syntheticFirms(2_000, 3);
    const jobs = syntheticJobs(12, 5);
    const quiet = jobs.map((job) => suggestGroups(job, firms, { k: 3 }));
    const busy = Array.from({ length: Math.max(2, availableParallelism()) }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const loaded = jobs.map((job) => suggestGroups(job, firms, { k: 3 }));
      expect(loaded).toEqual(quiet);
      expect(quiet.filter((r) => r.groups.length > 0).length).toBeGreaterThan(6);
    } finally {
      for (const child of busy) child.kill("SIGKILL");
    }
  }, 120_000);
});
