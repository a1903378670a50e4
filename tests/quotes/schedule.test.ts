// The route schedule an offer commits to: working days (weekends, national holidays and the New
// Year closure skipped), transit between firms by distance, split steps, the critical path, and
// the delivery against the deadline.
import { describe, expect, it } from "vitest";
import { scheduleRoute, transitDays } from "@/lib/quotes/schedule";
import { addWorkingDays, finishOf, isWorkingDay, workingDaysBetween } from "@/lib/quotes/working-days";

const OTA = { latitude: 35.5613, longitude: 139.7161 };
const SUMIDA = { latitude: 35.7107, longitude: 139.8015 };
const OSAKA = { latitude: 34.6937, longitude: 135.5023 };

describe("working days", () => {
  it("skips weekends, national holidays and the New Year closure", () => {
    expect(isWorkingDay("2026-12-07")).toBe(true); // Monday
    expect(isWorkingDay("2026-12-06")).toBe(false); // Sunday
    expect(isWorkingDay("2027-01-11")).toBe(false); // 成人の日
    expect(isWorkingDay("2026-12-29")).toBe(false); // 年末休業
    expect(isWorkingDay("2027-01-04")).toBe(true);
    expect(addWorkingDays("2026-12-25", 1)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-28", 1)).toBe("2027-01-04");
    expect(finishOf("2026-12-26", 3)).toBe("2027-01-05"); // starts Mon 28, then Mon 4 and Tue 5
    expect(workingDaysBetween("2026-12-25", "2027-01-05")).toBe(3); // 28 Dec, 4 and 5 Jan
    expect(workingDaysBetween("2027-01-05", "2026-12-25")).toBe(-3);
  });

  it("takes parts nowhere within one firm, a day across Kanto and longer further away", () => {
    expect(transitDays({ ...OTA, firmId: "a" }, { ...OTA, firmId: "a" })).toBe(0);
    expect(transitDays({ ...OTA, firmId: "a" }, { ...SUMIDA, firmId: "b" })).toBe(1);
    expect(transitDays(OTA, OSAKA)).toBe(2);
  });
});

describe("the route schedule", () => {
  const part = (id: string, firmId: string, place: typeof OTA, leadTimeDays: number, earliestStart = "2026-12-01") => ({ id, firmId, place, leadTimeDays, earliestStart });

  it("starts each step when the one before has finished and the parts have arrived", () => {
    const schedule = scheduleRoute({
      from: "2026-12-01",
      steps: [
        { position: 1, parts: [part("turning", "a", OTA, 5)] },
        { position: 2, parts: [part("plating", "b", OSAKA, 3)] },
        { position: 3, parts: [part("inspection", "b", OSAKA, 1)] },
      ],
      deadline: "2026-12-25",
    });
    // Turning Tue 1 → Mon 7; two days to Osaka → plating Wed 9 → Fri 11; same firm → inspection Mon 14.
    expect(schedule.parts.get("turning")).toMatchObject({ start: "2026-12-01", end: "2026-12-07", transitDaysIn: null, critical: true });
    expect(schedule.parts.get("plating")).toMatchObject({ start: "2026-12-09", end: "2026-12-11", transitDaysIn: 2, critical: true });
    expect(schedule.parts.get("inspection")).toMatchObject({ start: "2026-12-14", end: "2026-12-14", transitDaysIn: 0 });
    expect(schedule).toMatchObject({ finish: "2026-12-14", delivery: "2026-12-14", slackDays: 9 });
  });

  it("finishes a split step with its last part and marks only the parts that set the date as critical", () => {
    const schedule = scheduleRoute({
      from: "2026-12-01",
      steps: [
        { position: 1, parts: [part("fast", "a", OTA, 2), part("slow", "b", SUMIDA, 6)] },
        { position: 2, parts: [part("assembly", "c", OTA, 2)] },
      ],
      deliveryPlace: SUMIDA,
      deadline: "2026-12-08",
    });
    expect(schedule.steps[0]).toMatchObject({ start: "2026-12-01", end: "2026-12-08", critical: true });
    expect(schedule.parts.get("slow")!.critical).toBe(true);
    expect(schedule.parts.get("fast")!.critical).toBe(false);
    // Assembly waits for the slow part (ends Tue 8, a day's transit) → Wed 9 – Thu 10, delivered Fri 11.
    expect(schedule.parts.get("assembly")).toMatchObject({ start: "2026-12-09", end: "2026-12-10", critical: true });
    expect(schedule.delivery).toBe("2026-12-11");
    expect(schedule.slackDays).toBe(-3);
  });

  it("lets a member's own later start set the date, and then the path stops there", () => {
    const schedule = scheduleRoute({
      from: "2026-12-01",
      steps: [
        { position: 1, parts: [part("first", "a", OTA, 2)] },
        { position: 2, parts: [part("late-starter", "b", SUMIDA, 2, "2026-12-14")] },
      ],
    });
    expect(schedule.parts.get("late-starter")).toMatchObject({ start: "2026-12-14", end: "2026-12-15", critical: true });
    expect(schedule.parts.get("first")!.critical).toBe(false);
    expect(schedule.slackDays).toBeNull();
  });
});
