import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainFirm, shortlistFirmIds, suggestAfterShortlist, suggestGroups, type CandidateFirm, type JobInput } from "@/lib/matching";
import { syntheticFirms, syntheticJobs } from "../../benchmarks/support/synthetic-matching";
import { isDiverse } from "@/lib/matching/diversity";
import { firmsArbitrary, jobArbitrary, withPartners } from "./generators";
import { canDoWhole, referenceBest } from "./reference";

const instance = fc.tuple(jobArbitrary, firmsArbitrary, fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 4 })).map(([job, firms, pairs]) => ({ job, firms: withPartners(firms, pairs) }));
const RUNS = { numRuns: 150, seed: 20261123 };

describe("group composer on small jobs", () => {
  it("finds the same best score as an exhaustive reference, or no group when the reference finds none", () => {
    fc.assert(
      fc.property(instance, ({ job, firms }) => {
        const result = suggestGroups(job, firms, { k: 1 });
        const best = referenceBest(job, firms);
        if (best === null) {
          expect(result.groups).toEqual([]);
          expect(result.infeasible.length).toBeGreaterThan(0);
        } else {
          expect(result.groups[0]?.score).toBeCloseTo(best, 9);
        }
      }),
      RUNS,
    );
  });

  it("suggests only groups that satisfy every hard constraint", () => {
    fc.assert(
      fc.property(instance, ({ job, firms }) => {
        const byId = new Map(firms.map((f) => [f.id, f]));
        for (const group of suggestGroups(job, firms, { k: 3 }).groups) {
          expect(group.assignments.map((a) => a.stepId)).toEqual(job.steps.map((s) => s.id));
          group.assignments.forEach((assignment, i) => {
            const step = job.steps[i]!;
            expect(assignment.parts.reduce((s, p) => s + p.quantity, 0)).toBe(step.quantity);
            for (const part of assignment.parts) expect(canDoWhole(byId.get(part.firmId)!, { ...step, quantity: part.quantity }, job)).not.toBeNull();
          });
          expect(group.memberIds).toContain(group.leadFirmId);
          if (job.leadCertificationCode) expect(byId.get(group.leadFirmId)!.certifications).toContain(job.leadCertificationCode);
        }
      }),
      RUNS,
    );
  });

  it("returns diverse groups, best first, with every term's contribution adding up to the score", () => {
    fc.assert(
      fc.property(instance, ({ job, firms }) => {
        const { groups } = suggestGroups(job, firms, { k: 3 });
        for (let i = 0; i < groups.length; i++) {
          const total = Object.values(groups[i]!.terms).reduce((s, t) => s + t.contribution, 0);
          expect(total).toBeCloseTo(groups[i]!.score, 9);
          if (i > 0) expect(groups[i]!.score).toBeLessThanOrEqual(groups[i - 1]!.score);
          for (let j = 0; j < i; j++) expect(isDiverse(groups[i]!.memberIds, groups[j]!.memberIds)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the candidates and gives the same answer twice", () => {
    fc.assert(
      fc.property(instance, fc.nat(), ({ job, firms }, seed) => {
        const shuffled = [...firms].sort((a, b) => ((a.id.charCodeAt(5) * (seed + 7)) % 11) - ((b.id.charCodeAt(5) * (seed + 7)) % 11));
        const first = suggestGroups(job, firms);
        expect(suggestGroups(job, shuffled)).toEqual(first);
        expect(suggestGroups(job, firms)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("never lowers the top score when a strictly better firm joins", () => {
    fc.assert(
      fc.property(instance, fc.nat(5), ({ job, firms }, pick) => {
        const base = firms[pick % firms.length]!;
        const better: CandidateFirm = {
          ...base,
          id: "firm-better",
          capabilities: base.capabilities.map((c) => ({ ...c, bestToleranceUm: Math.max(1, c.bestToleranceUm - 1), maxWorkpieceMm: c.maxWorkpieceMm + 100, leadTimeDays: Math.max(1, c.leadTimeDays - 1), committedPerMonth: 0, materialCodes: ["s45c", "sus304"] })),
          certifications: ["iso9001"],
          record: { deliveries: base.record.deliveries + 5, onTime: base.record.onTime + 5, scorecard: { meanScore: 1, gradedMonths: 12 } },
          recentExposure: 0,
        };
        const before = suggestGroups(job, firms, { k: 1 }).groups[0]?.score ?? -Infinity;
        const after = suggestGroups(job, [...firms, better], { k: 1 }).groups[0]?.score ?? -Infinity;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      RUNS,
    );
  });

  it("with a tiny work budget still returns groups and a bound no group beats, and says it is not proven", () => {
    let bounded = 0;
    for (const { job, firms } of fc.sample(instance, { numRuns: 400, seed: 9 })) {
      const best = referenceBest(job, firms);
      const result = suggestGroups(job, firms, { k: 1, searchBudget: 1 });
      if (best === null) continue;
      const certificate = result.certificate!;
      expect(certificate.bound).toBeGreaterThanOrEqual(best - 1e-9);
      if (certificate.method === "bounded") {
        bounded++;
        if (certificate.optimal) expect(result.groups[0]!.score).toBeCloseTo(best, 9);
      } else expect(result.groups[0]!.score).toBeCloseTo(best, 9);
    }
    expect(bounded).toBeGreaterThan(5);
  });
});

const firm = (id: string, processCode: string, bestToleranceUm: number, extra: Partial<CandidateFirm> = {}): CandidateFirm => ({
  id,
  name: id,
  location: { latitude: 35.56, longitude: 139.72 },
  capabilities: [{ processCode, materialCodes: ["s45c"], bestToleranceUm, maxWorkpieceMm: 300, monthlyCapacity: 3_000, leadTimeDays: 5, committedPerMonth: 0 }],
  certifications: [],
  record: { deliveries: 0, onTime: 0, scorecard: null },
  recentExposure: 0,
  handRaisedStepIds: [],
  partners: {},
  ...extra,
});
const job = (steps: [string, number | null][], extra: Partial<JobInput> = {}): JobInput => ({
  id: "j",
  daysToDeadline: 60,
  steps: steps.map(([processCode, toleranceUm], i) => ({ id: `s${i + 1}`, position: i + 1, processCode, toleranceUm, quantity: 500 })),
  ...extra,
});

describe("reasons people read", () => {
  it("says which constraint no firm meets: no grinding firm within 5 µm, the best holds 8 µm", () => {
    const result = suggestGroups(job([["turning", null], ["grinding", 5]]), [firm("a", "turning", 10), firm("b", "grinding", 8), firm("c", "grinding", 12)]);
    expect(result.groups).toEqual([]);
    expect(result.infeasible).toEqual([{ key: "matching.infeasible.noTolerance", params: { process: "grinding", needed: 5, best: 8, step: 2 } }]);
  });

  it("refuses a job whose lead must be certified when no capable firm is", () => {
    const result = suggestGroups(job([["turning", null]], { leadCertificationCode: "iso9001" }), [firm("a", "turning", 10)]);
    expect(result.infeasible).toEqual([{ key: "matching.infeasible.noLeadCertification", params: { certification: "iso9001" } }]);
  });

  it("splits a large quantity across firms of the same process when none can take it all", () => {
    const small = (id: string) => firm(id, "press", 50, { capabilities: [{ processCode: "press", materialCodes: ["s45c"], bestToleranceUm: 50, maxWorkpieceMm: 300, monthlyCapacity: 1_000, leadTimeDays: 5, committedPerMonth: 0 }] });
    const result = suggestGroups({ id: "j", daysToDeadline: 30, steps: [{ id: "s1", position: 1, processCode: "press", quantity: 1_800 }] }, [small("a"), small("b")]);
    expect(result.groups[0]!.assignments[0]!.parts).toEqual([
      { firmId: "a", quantity: 1_000 },
      { firmId: "b", quantity: 800 },
    ]);
    expect(result.groups[0]!.reasons).toContainEqual({ key: "matching.reasons.split", params: { step: 1, firms: 2 } });
  });

  it("tells a firm why it was not suggested for a step", () => {
    const explanation = explainFirm(job([["grinding", 5]]), firm("b", "grinding", 10));
    expect(explanation).toEqual([{ stepId: "s1", position: 1, processCode: "grinding", status: "no", reason: { key: "matching.firm.toleranceTooLoose", params: { process: "grinding", yours: 10, needed: 5 } } }]);
  });

  it("prefers one firm doing two steps over two firms, and firms that raised their hand", () => {
    const both = firm("both", "turning", 5, { capabilities: [...firm("x", "turning", 5).capabilities, ...firm("x", "grinding", 3).capabilities] });
    const result = suggestGroups(job([["turning", 10], ["grinding", 5]]), [both, firm("t", "turning", 5), firm("g", "grinding", 3, { handRaisedStepIds: ["s2"] })], { k: 2 });
    expect(result.groups[0]!.memberIds).toEqual(["both"]);
    expect(result.groups[0]!.terms.members.value).toBe(1);
  });
});

describe("the shortlist", () => {
  it("is all the composer reads of past partnerships: keeping only the shortlist's changes no suggestion", () => {
    const firms = syntheticFirms(1500, 11);
    for (const job of syntheticJobs(15, 12)) {
      const shortlist = new Set(shortlistFirmIds(job, firms, { k: 3 }));
      const trimmed = firms.map((f) => ({ ...f, partners: shortlist.has(f.id) ? Object.fromEntries(Object.entries(f.partners).filter(([id]) => shortlist.has(id))) : {} }));
      const full = suggestGroups(job, firms, { k: 3 });
      expect(suggestGroups(job, trimmed, { k: 3 })).toEqual(full);
      if (full.groups.length > 0) expect(shortlist.size).toBeLessThan(firms.length / 2);
    }
  });

  it("is searched on one preparation with the shortlisted firms' partnerships given afterwards, as suggestGroups searches", () => {
    const firms = syntheticFirms(1500, 13);
    const alone = firms.map((f) => ({ ...f, partners: {} }));
    let withPartnerships = 0;
    for (const job of syntheticJobs(15, 14)) {
      const composer = suggestAfterShortlist(job, alone, { k: 3 });
      const shortlist = new Set(composer.shortlist);
      expect(composer.shortlist).toEqual(shortlistFirmIds(job, firms, { k: 3 }));
      const partners = Object.fromEntries(firms.filter((f) => shortlist.has(f.id)).map((f) => [f.id, f.partners]));
      const full = suggestGroups(job, firms, { k: 3 });
      expect(composer.suggest(partners)).toEqual(full);
      if (full.groups.some((g) => g.terms.partnership.value > 0 && g.memberIds.length > 1)) withPartnerships++;
    }
    // The partnerships given afterwards do score: without them the same jobs score otherwise.
    expect(withPartnerships).toBeGreaterThan(0);
  });
});
