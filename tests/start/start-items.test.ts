// The start page's order: most urgent first, whatever order the providers listed things in.
import { describe, expect, it } from "vitest";
import { byUrgency, isOverdue, type StartItem } from "@/lib/start/items";

const item = (href: string, due: string | null): StartItem => ({ kind: "reportStep", href, subject: null, due: due ? new Date(due) : null });

describe("byUrgency", () => {
  it("puts overdue items first, then the soonest due, then undated items in the providers' order", () => {
    const now = new Date("2026-11-10T00:00:00Z");
    const items = [item("undated-1", null), item("next-week", "2026-11-17T00:00:00Z"), item("late", "2026-11-08T00:00:00Z"), item("undated-2", null), item("tomorrow", "2026-11-11T00:00:00Z")];
    const sorted = byUrgency(items);
    expect(sorted.map((i) => i.href)).toEqual(["late", "tomorrow", "next-week", "undated-1", "undated-2"]);
    expect(sorted.map((i) => isOverdue(i, now))).toEqual([true, false, false, false, false]);
  });
});
