// The scorecard's arithmetic: ppm, medians and the documented A–D grade (decision 017).
import { describe, expect, it } from "vitest";
import { defectPpm, grade, median, onTimePercent, partScores, type MonthFigures } from "./scorecard-formula";

const month = (over: Partial<MonthFigures> = {}): MonthFigures => ({
  stepsDone: 10, stepsOnTime: 10, unitsInspected: 1_000, unitsNonconforming: 0, ncRaised: 0, closeDays: [],
  ratings: { delivery: 5, quality: 5, communication: 5, price: 5, count: 3 }, ...over,
});

describe("scorecard formula", () => {
  it("counts defects per million inspected units", () => {
    expect(defectPpm({ unitsInspected: 250, unitsNonconforming: 1 })).toBe(4_000);
    expect(defectPpm({ unitsInspected: 3, unitsNonconforming: 1 })).toBe(333_333);
    expect(defectPpm({ unitsInspected: 0, unitsNonconforming: 0 })).toBeNull();
  });

  it("takes the median of days to close, even or odd", () => {
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("grades a clean month A and a month of late, defective work D", () => {
    expect(grade(month())).toEqual({ grade: "A", score: 1 });
    expect(grade(month({ stepsOnTime: 4, unitsNonconforming: 20, ncRaised: 3, ratings: { delivery: 2, quality: 2, communication: 3, price: 3, count: 3 } }))?.grade).toBe("D");
  });

  it("places the boundaries where the decision record says", () => {
    // On time 80 %, 1,000 ppm (half marks), one NC, ratings 4/5: 0.35·0.8 + 0.3·0.5 + 0.15·0.75 + 0.2·0.75 = 0.6925 → C.
    const figures = month({ stepsOnTime: 8, unitsNonconforming: 1, ncRaised: 1, ratings: { delivery: 4, quality: 4, communication: 4, price: 4, count: 5 } });
    expect(partScores(figures)).toEqual({ onTime: 0.8, defects: 0.5, nonConformances: 0.75, ratings: 0.75 });
    expect(grade(figures)).toEqual({ grade: "C", score: 0.693 });
    expect(grade(month({ stepsOnTime: 9 }))?.grade).toBe("A"); // 0.965
    expect(grade(month({ stepsOnTime: 5, ncRaised: 1 }))?.grade).toBe("B"); // 0.825
  });

  it("leaves out ratings from fewer than three raters, and parts without data", () => {
    expect(partScores(month({ ratings: { delivery: 1, quality: 1, communication: 1, price: 1, count: 2 } })).ratings).toBeNull();
    expect(grade(month({ ratings: { delivery: 1, quality: 1, communication: 1, price: 1, count: 2 } }))?.grade).toBe("A");
    expect(grade(month({ stepsDone: 0, stepsOnTime: 0, unitsInspected: 0, ratings: { delivery: null, quality: null, communication: null, price: null, count: 0 } }))).toBeNull();
    expect(onTimePercent({ stepsDone: 3, stepsOnTime: 2 })).toBe(66.7);
  });
});
