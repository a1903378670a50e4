// Recent exposure is counted per firm and Tokyo day by triggers (raw_match_exposure, migration
// 20261211010000): the counts must always be what the member rows say, however rows come and go,
// and the fairness window must start at the Tokyo day 90 days back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { exposureReference, loadRecentExposure } from "@/lib/matching-service/load-candidates";
import { forgetExposureWindow, readExposureWindow } from "@/lib/matching-service/exposure-window";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { createTestDatabase } from "../helpers/test-db";
import { viewerFor } from "../authz/fixtures";
import { mostCoveredOpenJob } from "./seeded-job";

const today = new Date("2026-11-01T03:00:00Z"); // 12:00 in Tokyo

describe("exposure counted per firm and Tokyo day", () => {
  let db: Database;
  let suggestionId: string;
  let firmIds: string[];

  /** The counts as the member rows say them, and as kept, each as "day firm n" lines. */
  const counts = async () => {
    const fromRows = await db.sql.query<{ line: string }>(
      `SELECT to_char(("createdAt" AT TIME ZONE 'Asia/Tokyo')::date, 'YYYY-MM-DD') || ' ' || "firmId" || ' ' || count(*) AS line
       FROM "MatchSuggestionMember" GROUP BY ("createdAt" AT TIME ZONE 'Asia/Tokyo')::date, "firmId" ORDER BY 1`,
    );
    const kept = await db.sql.query<{ line: string }>(`SELECT to_char(day, 'YYYY-MM-DD') || ' ' || firm_id || ' ' || n AS line FROM raw_match_exposure WHERE n <> 0 ORDER BY 1`);
    return { fromRows: fromRows.map((r) => r.line), kept: kept.map((r) => r.line) };
  };
  const addMember = (firmId: string, at: string) =>
    db.sql.query(`INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId", "createdAt") VALUES ($1, $2, $3::timestamptz)`, [suggestionId, firmId, at]);

  const memberFirm = async () => {
    const [firm] = await db.sql.query<{ id: string }>(
      `SELECT id FROM "Firm" f WHERE status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM "MatchSuggestionMember" m WHERE m."suggestionId" = $1 AND m."firmId" = f.id) ORDER BY random() LIMIT 1`,
      [suggestionId],
    );
    return firm!.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 120, seed: 5, today });
    // A suggestion to hang test members on, and verified firms not yet in it.
    const [suggestion] = await db.sql.query<{ id: string }>(`SELECT id FROM "MatchSuggestion" ORDER BY id LIMIT 1`);
    suggestionId = suggestion!.id;
    const firms = await db.sql.query<{ id: string }>(
      `SELECT id FROM "Firm" f WHERE status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM "MatchSuggestionMember" m WHERE m."suggestionId" = $1 AND m."firmId" = f.id) ORDER BY id LIMIT 2`,
      [suggestionId],
    );
    firmIds = firms.map((f) => f.id);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("keeps what the seed's history and a recorded run wrote", async () => {
    const job = await mostCoveredOpenJob(db);
    await suggestGroupsForJob(db, viewerFor("BUYER", "A", { buyerOrgId: job.buyerOrgId }), job.id, { today, refresh: true });
    const { fromRows, kept } = await counts();
    expect(fromRows.length).toBeGreaterThan(50);
    expect(kept).toEqual(fromRows);
  });

  it("counts a suggestion on its Tokyo day: 14:59 UTC is still that day, 15:00 the next", async () => {
    await addMember(firmIds[0]!, "2026-10-20T14:59:59.999Z");
    const kept = await db.sql.query<{ day: string; n: number }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM raw_match_exposure WHERE firm_id = $1 AND day >= '2026-10-20' AND n <> 0 ORDER BY day`, [firmIds[0]]);
    expect(kept).toEqual([{ day: "2026-10-20", n: 1 }]);
    await db.sql.query(`UPDATE "MatchSuggestionMember" SET "createdAt" = '2026-10-20T15:00:00Z' WHERE "suggestionId" = $1 AND "firmId" = $2`, [suggestionId, firmIds[0]]);
    const moved = await db.sql.query<{ day: string; n: number }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, n FROM raw_match_exposure WHERE firm_id = $1 AND day >= '2026-10-20' AND n <> 0 ORDER BY day`, [firmIds[0]]);
    expect(moved).toEqual([{ day: "2026-10-21", n: 1 }]);
    const { fromRows, kept: all } = await counts();
    expect(all).toEqual(fromRows);
  });

  it("takes the counts of deleted suggestions back", async () => {
    await addMember(firmIds[1]!, "2026-10-25T01:00:00Z");
    const [run] = await db.sql.query<{ id: string }>(`SELECT r.id FROM "MatchRun" r JOIN "MatchSuggestion" s ON s."matchRunId" = r.id WHERE s.id = $1`, [suggestionId]);
    await db.sql.query(`DELETE FROM "MatchRun" WHERE id = $1`, [run!.id]);
    const { fromRows, kept } = await counts();
    expect(kept).toEqual(fromRows);
    const left = await db.sql.query(`SELECT 1 FROM raw_match_exposure WHERE firm_id = ANY($1::uuid[]) AND day >= '2026-10-20' AND n <> 0`, [firmIds.slice(0, 2)]);
    expect(left).toEqual([]);
    expect(await db.sql.query(`SELECT 1 FROM raw_match_exposure WHERE n < 0`)).toEqual([]);
  });

  it("reads the window from the Tokyo day 90 days back: that whole day counts, the day before does not", async () => {
    const [suggestion] = await db.sql.query<{ id: string }>(`SELECT id FROM "MatchSuggestion" ORDER BY id LIMIT 1`);
    suggestionId = suggestion!.id;
    const [firm] = await db.sql.query<{ id: string }>(
      `SELECT id FROM "Firm" f WHERE status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM "MatchSuggestionMember" m WHERE m."suggestionId" = $1 AND m."firmId" = f.id) ORDER BY id LIMIT 1`,
      [suggestionId],
    );
    const firmId = firm!.id;
    const before = await readExposureWindow(db.sql, today);
    const beforeReference = before.reference;
    const referenceBefore = await exposureReference(db.sql, today);
    // 90 days before 2026-11-01 12:00 JST is 2026-08-03 12:00 JST: its day starts at 2026-08-02 15:00 UTC.
    await addMember(firmId, "2026-08-02T15:00:00Z");
    const beforeCount = before.byFirm.get(firmId) ?? 0;
    const after = await readExposureWindow(db.sql, today);
    expect((after.byFirm.get(firmId) ?? 0) - beforeCount).toBe(1);
    expect(after.reference).toBeGreaterThan(beforeReference);
    expect(await exposureReference(db.sql, today)).toBe(after.reference);
    await db.sql.query(`UPDATE "MatchSuggestionMember" SET "createdAt" = '2026-08-02T14:59:59Z' WHERE "suggestionId" = $1 AND "firmId" = $2`, [suggestionId, firmId]);
    expect((await readExposureWindow(db.sql, today)).byFirm.get(firmId) ?? 0).toBe(beforeCount);
    expect(await exposureReference(db.sql, today)).toBe(referenceBefore);
  });

  describe("as an instance keeps it, read as what changed since", () => {
    /** Each firm's suggestions in the window ending at `at`, counted from the member rows themselves. */
    const fromRows = async (at: Date) =>
      new Map(
        (
          await db.sql.query<{ firm_id: string; n: number }>(
            `SELECT "firmId" AS firm_id, count(*)::int AS n FROM "MatchSuggestionMember"
             WHERE ("createdAt" AT TIME ZONE 'Asia/Tokyo')::date >= (($1::timestamptz - interval '90 days') AT TIME ZONE 'Asia/Tokyo')::date GROUP BY 1`,
            [at.toISOString()],
          )
        ).map((r) => [r.firm_id, r.n]),
      );
    it("equals the member rows' counts after records, deletions and a later day", async () => {
      forgetExposureWindow();
      const first = await readExposureWindow(db.sql, today);
      expect(new Map(first.byFirm)).toEqual(await fromRows(today));
      const job = await mostCoveredOpenJob(db);
      await suggestGroupsForJob(db, viewerFor("BUYER", "A", { buyerOrgId: job.buyerOrgId }), job.id, { today, refresh: true });
      await addMember(await memberFirm(), "2026-10-30T20:00:00Z");
      await db.sql.query(`DELETE FROM "MatchSuggestionMember" WHERE ctid IN (SELECT ctid FROM "MatchSuggestionMember" WHERE "createdAt" >= '2026-09-01' ORDER BY "createdAt" LIMIT 3)`);
      const again = await readExposureWindow(db.sql, today);
      expect(new Map(again.byFirm)).toEqual(await fromRows(today));
      // Twenty days on, the window starts later: its first days' counts leave it.
      const later = new Date(today.getTime() + 20 * 86_400_000);
      const moved = await readExposureWindow(db.sql, later);
      expect(new Map(moved.byFirm)).toEqual(await fromRows(later));
      // And an earlier day's window is read afresh.
      expect(new Map((await readExposureWindow(db.sql, today)).byFirm)).toEqual(await fromRows(today));
      const verified = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Firm" WHERE status = 'VERIFIED'`);
      const total = [...(await fromRows(today)).values()].reduce((a, b) => a + b, 0);
      expect((await readExposureWindow(db.sql, today)).reference).toBeCloseTo(total / verified[0]!.n, 12);
      expect(await exposureReference(db.sql, today)).toBeCloseTo(total / verified[0]!.n, 12);
    });

    it("shares one read among the calls that wait for it", async () => {
      const reads = await Promise.all(Array.from({ length: 5 }, () => readExposureWindow(db.sql, today)));
      expect(new Set(reads).size).toBeLessThanOrEqual(2);
      expect(new Map(reads[4]!.byFirm)).toEqual(await fromRows(today));
    });
  });

  // Two connections: PostgreSQL only (PGlite is one connection per database).
  describe.skipIf(!process.env.DATABASE_URL)("with a transaction still open", () => {
    it("sees a suggestion committed after a read at the next read, though a newer one was seen first", async () => {
      const firms = await db.sql.query<{ id: string }>(
        `SELECT id FROM "Firm" f WHERE status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM "MatchSuggestionMember" m WHERE m."suggestionId" = $1 AND m."firmId" = f.id) ORDER BY id DESC LIMIT 2`,
        [suggestionId],
      );
      const [early, late] = firms.map((f) => f.id) as [string, string];
      // The later transaction suggests on another job's run: the KPI summary locks a job until commit.
      const [other] = await db.sql.query<{ id: string }>(
        `SELECT s.id FROM "MatchSuggestion" s JOIN "MatchRun" r ON r.id = s."matchRunId"
         WHERE r."jobId" <> (SELECT r2."jobId" FROM "MatchSuggestion" s2 JOIN "MatchRun" r2 ON r2.id = s2."matchRunId" WHERE s2.id = $1)
           AND NOT EXISTS (SELECT 1 FROM "MatchSuggestionMember" m WHERE m."suggestionId" = s.id AND m."firmId" = $2) LIMIT 1`,
        [suggestionId, late],
      );
      const count = async (firmId: string) => (await readExposureWindow(db.sql, today)).byFirm.get(firmId) ?? 0;
      const before = { early: await count(early), late: await count(late) };
      let commit!: () => void;
      const committed = new Promise<void>((resolve) => (commit = resolve));
      let written!: () => void;
      const inserted = new Promise<void>((resolve) => (written = resolve));
      const open = db.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId", "createdAt") VALUES ($1, $2, $3)`, [suggestionId, early, today.toISOString()]);
        written();
        await committed;
      });
      await inserted;
      await db.sql.query(`INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId", "createdAt") VALUES ($1, $2, $3)`, [other!.id, late, today.toISOString()]);
      expect(await count(late)).toBe(before.late + 1);
      expect(await count(early)).toBe(before.early);
      commit();
      await open;
      expect(await count(early)).toBe(before.early + 1);
      expect(await count(late)).toBe(before.late + 1);
    });
  });
});

