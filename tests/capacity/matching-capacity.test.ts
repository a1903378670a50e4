// Matching reads declarations (issue 21): free capacity in the job's weeks is the declared figure
// less what the platform committed; なし for all the job's weeks keeps a firm out and says why;
// fresh 空きあり counts in the slack term. Through the database glue on PostgreSQL, and the pure
// library's arithmetic on its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { declareWeek } from "@/lib/capacity/declarations";
import { declarationSchema } from "@/lib/capacity/schema";
import { explainJobForFirm } from "@/lib/matching-service/explain-for-firm";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { checkCapability, freeInSlot } from "@/lib/matching/feasibility";
import { slackValue } from "@/lib/matching/scoring";
import type { CandidateCapability } from "@/lib/matching";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, viewerOf, type World } from "../notifications/fixtures";

describe("the composer's arithmetic with a declaration", () => {
  const capability: CandidateCapability = { processCode: "turning", materialCodes: [], bestToleranceUm: 10, maxWorkpieceMm: 300, monthlyCapacity: 1000, leadTimeDays: 7, committedPerMonth: 300 };
  it("takes the declared figure less the platform's commitments, pro rata for the slot", () => {
    expect(freeInSlot(capability, 30)).toBe(700);
    expect(freeInSlot({ ...capability, declared: { perMonth: 500, none: false, openShare: 0 } }, 30)).toBe(200);
    expect(freeInSlot({ ...capability, declared: { perMonth: 500, none: false, openShare: 0 } }, 15)).toBe(100);
    expect(freeInSlot({ ...capability, declared: { perMonth: 200, none: false, openShare: 0 } }, 30)).toBe(0);
  });
  it("refuses a firm that declared なし, and lifts slack by the share declared 空きあり", () => {
    const check = checkCapability({ ...capability, declared: { perMonth: 0, none: true, openShare: 0 } }, { id: "s1", position: 1, processCode: "turning", quantity: 10 }, 30);
    expect(check).toMatchObject({ ok: false, failure: "declaredNone", reason: { key: "matching.firm.declaredNone" } });
    expect(slackValue(200, 100)).toBe(0.5);
    expect(slackValue(200, 100, 0.5)).toBe(0.75);
    expect(slackValue(200, 100, 1)).toBe(1);
  });
});

describe("suggestions read declarations", () => {
  let db: Database;
  let world: World;
  const now = new Date("2026-12-09T01:00:00Z"); // Wednesday 9 December in Tokyo
  const weeks = ["2026-12-07", "2026-12-14", "2026-12-21"];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await createWorld(db);
  });
  afterAll(async () => db?.close());

  /** Two equal firms for one grinding step due on 28 December (the weeks of 7, 14 and 21 December). */
  async function scene() {
    const a = await world.add.firm([{ processCode: "grinding" }]);
    const b = await world.add.firm([{ processCode: "grinding" }]);
    const adminA = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: a.id }));
    const adminB = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: b.id }));
    const org = await world.add.buyer();
    const buyer = viewerOf(await world.add.user("BUYER", { buyerOrgId: org.id }));
    const job = await world.add.job(org.id, { steps: [{ processCode: "grinding" }] });
    await db.prisma.job.update({ where: { id: job.id }, data: { deadline: new Date("2026-12-28T00:00:00Z") } });
    const declare = (viewer: typeof adminA, level: string, only = weeks) =>
      Promise.all(only.map((weekStart) => declareWeek(db, viewer, declarationSchema.parse({ processCode: "grinding", weekStart, level }), now)));
    const suggest = () => suggestGroupsForJob(db, buyer, job.id, { today: now });
    return { a, b, adminA, adminB, job, declare, suggest };
  }

  it("leaves out a firm that declared なし for the job's weeks, and tells it why", async () => {
    const { a, b, adminA, job, declare, suggest } = await scene();
    const before = await suggest();
    expect(new Set(before.result.groups.flatMap((g) => g.memberIds))).toEqual(new Set([a.id, b.id]));

    // なし for two of the three weeks: less room, still enough for 100 pieces.
    await declare(adminA, "NONE", weeks.slice(0, 2));
    expect(new Set((await suggest()).result.groups.flatMap((g) => g.memberIds))).toEqual(new Set([a.id, b.id]));

    await declare(adminA, "NONE");
    const after = await suggest();
    expect(after.kept).toBe(false);
    expect(after.result.groups.flatMap((g) => g.memberIds)).toEqual([b.id]);
    const fit = await explainJobForFirm(db, adminA, job.id, now);
    expect(fit.steps).toEqual([expect.objectContaining({ status: "no", reason: { key: "matching.firm.declaredNone", params: { process: "grinding" } } })]);

    // Five weeks later the なし is stale, unknown again: the firm is back (the job's deadline moved with the clock).
    const later = new Date("2027-01-13T01:00:00Z");
    await db.prisma.job.update({ where: { id: job.id }, data: { deadline: new Date("2027-02-01T00:00:00Z") } });
    const fitLater = await explainJobForFirm(db, adminA, job.id, later);
    expect(fitLater.steps[0]!.status).toBe("full");
  });

  it("ranks a firm that freshly declared 空きあり first: the buyer's suggestion changes", async () => {
    const { a, b, adminA, adminB, declare, suggest } = await scene();
    const before = await suggest();
    const first = before.result.groups[0]!.memberIds[0]!;
    const other = first === a.id ? b.id : a.id;
    expect(before.result.groups[0]!.terms.slack.value).toBeLessThan(1);

    await declare(other === a.id ? adminA : adminB, "OPEN");
    const after = await suggest();
    expect(after.result.groups[0]!.memberIds).toEqual([other]);
    expect(after.result.groups[0]!.terms.slack.value).toBe(1);
    // The firm that led before is now second, below it on slack alone.
    expect(after.result.groups[1]!.memberIds).toEqual([first]);
    expect(after.result.groups[1]!.terms.slack.value).toBe(before.result.groups[0]!.terms.slack.value);
  });
});
