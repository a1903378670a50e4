// Matching's record term reads each firm's monthly scorecard (issue 22 item 5, decision 017): the
// figures matching loads from raw_match_firm_month must be the scorecard the firm and staff see, and
// a worse month on record must lower the firm's record term.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { recordValue } from "@/lib/matching/scoring";
import type { CandidateFirm, JobInput } from "@/lib/matching";
import { loadCandidates } from "@/lib/matching-service/load-candidates";
import { refreshMatchingRecords } from "@/lib/matching-service/records";
import { scorecardMonthsOf } from "@/lib/quality/scorecard";
import { createTestDatabase } from "../helpers/test-db";

const today = new Date("2026-11-20T03:00:00Z");

describe("matching's record term is the scorecard", () => {
  let db: Database;
  let job: JobInput;
  const deadline = new Date("2027-03-01T00:00:00Z");

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 150, seed: 5, today });
    const processes = await db.sql.query<{ code: string }>(`SELECT DISTINCT "processCode" AS code FROM "Capability" ORDER BY 1`);
    // A route through every process, so every verified firm is a candidate.
    job = { id: "00000000-0000-4000-8000-000000000000", daysToDeadline: 100, steps: processes.map((p, i) => ({ id: `s${i}`, position: i + 1, processCode: p.code, quantity: 10 })) };
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  const candidates = async () => new Map((await loadCandidates(db.sql, job, deadline, today)).map((c) => [c.id, c]));

  it("loads for every candidate the mean of its graded months over the last 12, as the scorecard computes them", async () => {
    const loaded = await candidates();
    const months = await scorecardMonthsOf(db, [...loaded.keys()], today, 12);
    let withCard = 0;
    for (const [firmId, firm] of loaded) {
      const graded = months.get(firmId)!.filter((m) => m.score !== null);
      if (graded.length === 0) {
        expect(firm.record.scorecard, firmId).toBeNull();
        continue;
      }
      withCard++;
      expect(firm.record.scorecard?.gradedMonths, firmId).toBe(graded.length);
      expect(firm.record.scorecard!.meanScore, firmId).toBeCloseTo(graded.reduce((sum, m) => sum + m.score!, 0) / graded.length, 9);
    }
    expect(withCard).toBeGreaterThan(20);
  });

  it("keeps the view's monthly figures equal to the live scorecard's", async () => {
    const rows = await db.sql.query<{ firm_id: string; month: string; steps_done: number; steps_on_time: number; units: number; units_bad: number; nc_raised: number; r_count: number }>(
      `SELECT firm_id, to_char(month, 'YYYY-MM') AS month, steps_done, steps_on_time, units, units_bad, nc_raised, r_count FROM raw_match_firm_month
        WHERE month > date '2025-11-01' AND month <= date '2026-11-01'`,
    );
    const firmIds = [...new Set(rows.map((r) => r.firm_id))];
    expect(firmIds.length).toBeGreaterThan(20);
    const live = await scorecardMonthsOf(db, firmIds, today, 12);
    const fromLive = firmIds.flatMap((id) =>
      live.get(id)!.filter((m) => m.stepsDone || m.unitsInspected || m.ncRaised || m.ratings.count)
        .map((m) => `${id} ${m.month} ${m.stepsDone} ${m.stepsOnTime} ${m.unitsInspected} ${m.unitsNonconforming} ${m.ncRaised} ${m.ratings.count}`),
    );
    const fromView = rows.map((r) => `${r.firm_id} ${r.month} ${r.steps_done} ${r.steps_on_time} ${r.units} ${r.units_bad} ${r.nc_raised} ${r.r_count}`);
    expect(fromView.sort()).toEqual(fromLive.sort());
  });

  it("lowers a firm's record term when a step of it on record turns out late", async () => {
    const [step] = await db.sql.query<{ id: string; firm_id: string }>(
      `SELECT a.id, m."firmId" AS firm_id FROM "GroupStepAssignment" a JOIN "GroupMember" m ON m.id = a."memberId" JOIN "Firm" f ON f.id = m."firmId"
        WHERE f.status = 'VERIFIED' AND a."actualEnd" >= date '2026-06-01' AND a."actualEnd" <= date '2026-10-31' AND a."actualEnd" <= a."plannedEnd"
        ORDER BY a.id LIMIT 1`,
    );
    expect(step).toBeDefined();
    const before = (await candidates()).get(step!.firm_id) as CandidateFirm;
    await db.sql.query(`UPDATE "GroupStepAssignment" SET "plannedEnd" = "actualEnd" - 3 WHERE id = $1::uuid`, [step!.id]);
    await refreshMatchingRecords(db.sql);
    const after = (await candidates()).get(step!.firm_id) as CandidateFirm;
    expect(after.record.scorecard!.gradedMonths).toBe(before.record.scorecard!.gradedMonths);
    expect(recordValue(after)).toBeLessThan(recordValue(before));
  });
});
