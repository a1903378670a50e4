// Substitutes for a member that went down (issue 21 item 5): the composer with the rest of the
// route fixed. On generated jobs of every shape, a member of the first suggestion "goes down": its
// steps open, the other steps keep their parts, the lead stays unless it is the one down. Checked
// against the exhaustive oracle restricted the same way.
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, suggestGroups, suggestSubstitutes, type AssignmentPart, type FixedRoute, type SuggestedGroup } from "@/lib/matching";
import { SHAPES, generateJob } from "./job-shapes";
import { Oracle } from "./oracle";

const JOBS_PER_SHAPE = 60;
const ENUMERATION_LIMIT = 20_000;

/** The route of `group` with `downFirmId`'s steps open and its other members excluded from them. */
function routeWithout(group: SuggestedGroup, downFirmId: string): FixedRoute {
  const fixed: Record<string, AssignmentPart[]> = {};
  for (const a of group.assignments) if (!a.parts.some((p) => p.firmId === downFirmId)) fixed[a.stepId] = a.parts;
  return { fixed, leadFirmId: group.leadFirmId === downFirmId ? null : group.leadFirmId, excludedFirmIds: group.memberIds };
}

describe("substitutes with the rest of the route fixed", () => {
  it("keeps every fixed step, uses no excluded firm, offers different substitutes, and the first is the best such group", () => {
    let asked = 0;
    let exact = 0;
    const failures: string[] = [];
    for (const shape of SHAPES) {
      for (let seed = 1; seed <= JOBS_PER_SHAPE; seed++) {
        const { job, firms } = generateJob(shape, seed * 7_919 + shape.name.length);
        const top = suggestGroups(job, firms, { k: 1 }).groups[0];
        if (!top || top.memberIds.length < 2) continue;
        const oracle = new Oracle(job, firms, DEFAULT_WEIGHTS);
        if (oracle.groupCount() > ENUMERATION_LIMIT) continue;
        const down = top.memberIds[seed % top.memberIds.length]!;
        const route = routeWithout(top, down);
        const answer = suggestSubstitutes(job, firms, route, { k: 3 });
        const where = `${shape.name}/${seed}/${down}`;
        const excluded = new Set(route.excludedFirmIds);
        const keepsRoute = (chosen: readonly { firm: { id: string }; quantity: number }[][]) =>
          job.steps.every((step, i) => {
            const parts = route.fixed[step.id];
            if (parts) return JSON.stringify(chosen[i]!.map((p) => [p.firm.id, p.quantity])) === JSON.stringify(parts.map((p) => [p.firmId, p.quantity]));
            return chosen[i]!.every((p) => !excluded.has(p.firm.id));
          });
        const truth = oracle.best(keepsRoute);
        if (answer.groups.length === 0) {
          if (truth !== null) failures.push(`${where}: no substitute, the oracle finds ${truth}`);
          continue;
        }
        asked++;
        const seen = new Set<string>();
        for (const group of answer.groups) {
          for (const a of group.assignments) {
            const parts = route.fixed[a.stepId];
            if (parts) {
              if (JSON.stringify(a.parts) !== JSON.stringify(parts)) failures.push(`${where}: fixed step ${a.stepId} changed`);
              continue;
            }
            for (const p of a.parts) {
              if (excluded.has(p.firmId)) failures.push(`${where}: ${p.firmId} is excluded from step ${a.stepId}`);
              if (seen.has(p.firmId) && !answer.groups.slice(0, answer.groups.indexOf(group)).every((g) => !g.memberIds.includes(p.firmId))) failures.push(`${where}: substitute ${p.firmId} offered twice`);
            }
          }
          for (const a of group.assignments) if (!route.fixed[a.stepId]) for (const p of a.parts) seen.add(p.firmId);
          if (route.leadFirmId && group.leadFirmId !== route.leadFirmId) failures.push(`${where}: the lead changed`);
          expect(oracle.scoreOf(group.assignments)).toBeCloseTo(group.score, 9);
        }
        if (truth === null) {
          failures.push(`${where}: a substitute where the oracle finds none`);
          continue;
        }
        if (answer.groups[0]!.score > truth + 1e-9) failures.push(`${where}: scores above the best`);
        if (answer.groups[0]!.score >= truth - 1e-9) exact++;
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(asked).toBeGreaterThanOrEqual(60);
    expect(exact / asked).toBeGreaterThanOrEqual(0.97);
  }, 120_000);

  it("opens only the down member's steps, even when its firm could no longer be fitted today", () => {
    const jobs = Array.from({ length: 40 }, (_, seed) => generateJob(SHAPES[2]!, seed + 1));
    const { job, firms } = jobs.find((j) => (suggestGroups(j.job, j.firms, { k: 1 }).groups[0]?.memberIds.length ?? 0) >= 2)!;
    const top = suggestGroups(job, firms, { k: 1 }).groups[0]!;
    const down = top.memberIds.find((id) => id !== top.leadFirmId) ?? top.memberIds[0]!;
    // The members that stay have no free capacity left now (this job is among their commitments).
    const busy = firms.map((f) => (top.memberIds.includes(f.id) && f.id !== down ? { ...f, capabilities: f.capabilities.map((c) => ({ ...c, committedPerMonth: c.monthlyCapacity })) } : f));
    const answer = suggestSubstitutes(job, busy, routeWithout(top, down), { k: 2 });
    expect(answer.groups.length + answer.infeasible.length).toBeGreaterThan(0);
    const open = top.assignments.filter((a) => a.parts.some((p) => p.firmId === down)).map((a) => a.stepId);
    for (const group of answer.groups) {
      for (const a of group.assignments) {
        if (open.includes(a.stepId)) expect(a.parts.map((p) => p.firmId)).not.toContain(down);
        else expect(a.parts).toEqual(top.assignments.find((t) => t.stepId === a.stepId)!.parts);
      }
    }
  });

  it("says so when no firm can take an open step", () => {
    const { job, firms } = generateJob(SHAPES[0]!, 7);
    const top = suggestGroups(job, firms, { k: 1 }).groups[0]!;
    const everyone = firms.map((f) => f.id);
    const answer = suggestSubstitutes(job, firms, { fixed: {}, leadFirmId: null, excludedFirmIds: everyone });
    expect(answer.groups).toEqual([]);
    expect(answer.infeasible[0]!.key).toBe("matching.infeasible.noSubstitute");
    expect(top).toBeDefined();
  });
});
