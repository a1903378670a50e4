// "Why was my firm not suggested?" (issue 20 item 7): the best group that includes a given firm and
// a bound no such group beats, against the exhaustive oracle on generated jobs of every shape.
import { describe, expect, it } from "vitest";
import { bestGroupWithFirm, DEFAULT_WEIGHTS, suggestGroups } from "@/lib/matching";
import { SHAPES, generateJob } from "./job-shapes";
import { Oracle } from "./oracle";

const JOBS_PER_SHAPE = 40;
const ENUMERATION_LIMIT = 20_000;

describe("the best group including a firm", () => {
  it("includes the firm, is the best such group, and its bound is never below the best", () => {
    let asked = 0;
    let withGroup = 0;
    let exact = 0;
    const failures: string[] = [];
    for (const shape of SHAPES) {
      for (let seed = 1; seed <= JOBS_PER_SHAPE; seed++) {
        const { job, firms } = generateJob(shape, seed * 6_271 + shape.name.length);
        const oracle = new Oracle(job, firms, DEFAULT_WEIGHTS);
        if (oracle.groupCount() > ENUMERATION_LIMIT) continue;
        const top = suggestGroups(job, firms, { k: 1 }).groups[0];
        // The firms left out of the first suggestion are the ones who ask.
        for (const firm of firms.filter((f) => !top?.memberIds.includes(f.id)).slice(0, 4)) {
          const truth = oracle.bestWith(firm.id);
          const answer = bestGroupWithFirm(job, firms, firm.id);
          const where = `${shape.name}/${seed}/${firm.id}`;
          if (answer === null) {
            // The firm can take no step: then no group includes it.
            if (truth !== null) failures.push(`${where}: no answer, the oracle finds ${truth}`);
            continue;
          }
          asked++;
          if (truth === null) {
            if (answer.group) failures.push(`${where}: a group where the oracle finds none`);
            continue;
          }
          if (!answer.group) {
            failures.push(`${where}: no group, the oracle's best scores ${truth}`);
            continue;
          }
          withGroup++;
          if (!answer.group.memberIds.includes(firm.id)) failures.push(`${where}: the group leaves the firm out`);
          expect(oracle.scoreOf(answer.group.assignments)).toBeCloseTo(answer.group.score, 9);
          if (answer.bound < truth - 1e-9) failures.push(`${where}: bound ${answer.bound} below the best ${truth}`);
          if (answer.group.score > truth + 1e-9) failures.push(`${where}: scores ${answer.group.score} above the best ${truth}`);
          if (answer.group.score >= truth - 1e-9) exact++;
          // Never better than the first suggestion, which is the best of all groups.
          if (top && answer.group.score > top.score + 1e-9) failures.push(`${where}: beats the first suggestion`);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(asked).toBeGreaterThanOrEqual(300);
    expect(withGroup).toBeGreaterThanOrEqual(250);
    expect(exact / withGroup).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});
