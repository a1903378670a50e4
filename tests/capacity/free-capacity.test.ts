// The free-capacity arithmetic of declarations: weeks to pieces, staleness, windows that cross
// weeks and months. Pure functions; the clock is passed in.
import { describe, expect, it } from "vitest";
import { declaredWeekPieces, isFresh, windowCapacity, type WeekDeclaration } from "@/lib/capacity/free-capacity";
import { declarationWeeks, isDeclarableWeek, monthRange, mondayOf } from "@/lib/capacity/weeks";

const now = new Date("2026-12-07T03:00:00Z"); // Monday 12:00 in Tokyo
const fresh = new Date("2026-12-01T00:00:00Z");
const stale = new Date("2026-11-08T00:00:00Z"); // 29 days before `now`
const week = (weekStart: string, level: WeekDeclaration["level"], pieces: number | null = null, declaredAt = fresh): WeekDeclaration => ({ weekStart, level, pieces, declaredAt });

describe("weeks", () => {
  it("starts weeks on the Tokyo Monday and offers this week and eleven more", () => {
    expect(mondayOf("2026-12-13")).toBe("2026-12-07"); // a Sunday belongs to the week before
    expect(mondayOf("2026-12-07")).toBe("2026-12-07");
    // 23:30 UTC on Sunday is already Monday in Tokyo.
    const weeks = declarationWeeks(new Date("2026-12-13T23:30:00Z"));
    expect(weeks[0]).toBe("2026-12-14");
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe("2027-03-01");
    expect(isDeclarableWeek("2026-12-07", now)).toBe(true);
    expect(isDeclarableWeek("2026-11-30", now)).toBe(false); // last week is gone
    expect(isDeclarableWeek("2027-03-01", now)).toBe(false); // the thirteenth week
    expect(isDeclarableWeek("2026-12-08", now)).toBe(false); // not a Monday
  });

  it("gives a month's range across the year's end", () => {
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(monthRange("2027-02")).toEqual({ from: "2027-02-01", to: "2027-03-01" });
  });
});

describe("pieces of a declaration", () => {
  it("turns levels into pieces of the nominal week (monthly × 7/30)", () => {
    expect(declaredWeekPieces({ level: "OPEN", pieces: null }, 300)).toBe(70);
    expect(declaredWeekPieces({ level: "SOME", pieces: null }, 300)).toBeCloseTo(70 / 3);
    expect(declaredWeekPieces({ level: "NONE", pieces: null }, 300)).toBe(0);
    expect(declaredWeekPieces({ level: "PIECES", pieces: 45 }, 300)).toBe(45);
  });

  it("is fresh for four weeks, then unknown", () => {
    expect(isFresh(new Date("2026-11-09T03:00:00Z"), now)).toBe(true); // exactly 28 days
    expect(isFresh(new Date("2026-11-09T02:59:59Z"), now)).toBe(false);
  });
});

describe("free capacity in a window", () => {
  it("counts undeclared weeks as the nominal capacity", () => {
    const w = windowCapacity(300, [], "2026-12-07", "2027-01-06", now);
    expect(w.days).toBe(30);
    expect(w.pieces).toBeCloseTo(300);
    expect(w.perMonth).toBeCloseTo(300);
    expect(w).toMatchObject({ declaredDays: 0, none: false, openShare: 0 });
  });

  it("sums part weeks at both ends of the window, day by day", () => {
    // Thursday 10th to Wednesday 23rd: 4 days of a なし week, 7 of a 70-piece week, 3 nominal days.
    const w = windowCapacity(300, [week("2026-12-07", "NONE"), week("2026-12-14", "PIECES", 70)], "2026-12-10", "2026-12-24", now);
    expect(w.days).toBe(14);
    expect(w.pieces).toBeCloseTo(0 + 70 + 3 * 10);
    expect(w.declaredDays).toBe(11);
    expect(w.none).toBe(false);
  });

  it("says none only when every day of the window is a fresh なし or zero pieces", () => {
    const decl = [week("2026-12-07", "NONE"), week("2026-12-14", "PIECES", 0), week("2026-12-21", "NONE")];
    expect(windowCapacity(300, decl, "2026-12-07", "2026-12-28", now)).toMatchObject({ pieces: 0, none: true });
    // One day into an undeclared week: the firm did not say it is full then.
    expect(windowCapacity(300, decl, "2026-12-07", "2026-12-29", now).none).toBe(false);
    // A stale なし is unknown: nominal capacity again.
    const old = [week("2026-12-07", "NONE", null, stale)];
    expect(windowCapacity(300, old, "2026-12-07", "2026-12-14", now)).toMatchObject({ none: false, declaredDays: 0 });
    expect(windowCapacity(300, old, "2026-12-07", "2026-12-14", now).pieces).toBeCloseTo(70);
  });

  it("crosses months: a week split by the month's end counts in both months by its days", () => {
    // The week of Monday 28 Dec 2026 has 4 days in December and 3 in January.
    const decl = [week("2026-12-28", "PIECES", 70), week("2027-01-04", "OPEN")];
    const december = windowCapacity(300, decl, monthRange("2026-12").from, monthRange("2026-12").to, now);
    const january = windowCapacity(300, decl, monthRange("2027-01").from, monthRange("2027-01").to, now);
    expect(december.pieces).toBeCloseTo(27 * 10 + 4 * 10);
    expect(january.pieces).toBeCloseTo(3 * 10 + 7 * 10 + 21 * 10);
    expect(january.openShare).toBeCloseTo(7 / 31);
    expect(december.perMonth).toBeCloseTo((310 * 30) / 31);
  });

  it("makes 少し a third of the nominal week and counts only 空きあり in the open share", () => {
    const w = windowCapacity(300, [week("2026-12-07", "SOME"), week("2026-12-14", "OPEN")], "2026-12-07", "2026-12-21", now);
    expect(w.pieces).toBeCloseTo(70 / 3 + 70);
    expect(w.openShare).toBeCloseTo(0.5);
    expect(w.perMonth).toBeCloseTo(((70 / 3 + 70) * 30) / 14);
  });
});
