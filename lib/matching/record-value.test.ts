import { describe, expect, it } from "vitest";
import type { CandidateFirm, ScorecardSummary } from "./types";
import { recordValue } from "./scoring";
import { SCORING } from "./weights";

const firmWith = (scorecard: ScorecardSummary | null): CandidateFirm => ({
  id: "f", name: "f", location: { latitude: 35.6, longitude: 139.7 }, capabilities: [], certifications: [],
  record: { deliveries: 0, onTime: 0, scorecard }, recentExposure: 0, handRaisedStepIds: [], partners: {},
});

describe("the record term from the scorecard", () => {
  it("gives a firm without a graded month the neutral prior", () => {
    expect(recordValue(firmWith(null))).toBe(SCORING.recordPriorScore);
  });

  it("moves from the prior towards the firm's mean score as graded months add up", () => {
    const oneGoodMonth = recordValue(firmWith({ meanScore: 1, gradedMonths: 1 }));
    const goodYear = recordValue(firmWith({ meanScore: 1, gradedMonths: 12 }));
    expect(oneGoodMonth).toBeGreaterThan(SCORING.recordPriorScore);
    expect(goodYear).toBeGreaterThan(oneGoodMonth);
    expect(goodYear).toBeCloseTo((12 + SCORING.recordPriorScore * SCORING.recordPriorMonths) / (12 + SCORING.recordPriorMonths), 12);
    expect(recordValue(firmWith({ meanScore: 0.3, gradedMonths: 12 }))).toBeLessThan(recordValue(firmWith({ meanScore: 0.3, gradedMonths: 2 })));
  });

  it("ranks a steadier grade above a worse one with the same months", () => {
    expect(recordValue(firmWith({ meanScore: 0.9, gradedMonths: 6 }))).toBeGreaterThan(recordValue(firmWith({ meanScore: 0.6, gradedMonths: 6 })));
  });
});
