// The seed writes its history with the KPI summary triggers off and catches the summaries up once
// afterwards (lib/demo-data/deferred-summaries.ts). Every summary table must hold exactly what the
// triggers would have written: the same seed is written both ways and the tables compared row for
// row (columns holding ids the seed's Prisma-made demo rows draw at random are left out).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { stampJobDatesFromHistory } from "@/lib/demo-data/job-dates";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { createTestDatabase } from "../helpers/test-db";

const options = { firms: 120, orders: 150, seed: 11, today: new Date("2026-11-01T00:00:00Z") };

const SUMMARIES = {
  raw_kpi_order_share: `"firmId", "associationId", "municipalityCode", "buyerOrgId", "buyerIndustry", "contractedOn", "deliveredOn", "valueYen"`,
  raw_kpi_firm_buyer: `"firmId", "buyerOrgId", "associationId", "firstOn"`,
  raw_kpi_firm_period: `"firmId", "associationId", grain, "periodStart", "valueYen", "newBuyers"`,
  raw_kpi_firm_month: `"firmId", month`,
  raw_kpi_job_funnel: `"associationId", "publishedAt", suggested, invited, approved, awarded, delivered`,
  raw_kpi_process_month: `"associationId", "processCode", month, "valueYen", shares, groups`,
  raw_kpi_process_jobs: `"processCode", month, jobs`,
} as const;

async function contents(db: Database, table: keyof typeof SUMMARIES): Promise<string[]> {
  const rows = await db.sql.query<{ row: string }>(`SELECT (${SUMMARIES[table]})::text AS row FROM ${table}`);
  return rows.map((r) => r.row).sort();
}

describe("the seed's summaries caught up after the history", () => {
  let caughtUp: Database;
  let perStatement: Database;
  beforeAll(async () => {
    [caughtUp, perStatement] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedDemoData(caughtUp, options);
    await seedDemoData(perStatement, { ...options, summaries: "per-statement" });
  }, 240_000);
  afterAll(async () => {
    await Promise.all([caughtUp?.close(), perStatement?.close()]);
  });

  it.each(Object.keys(SUMMARIES) as (keyof typeof SUMMARIES)[])("%s equals what the triggers write", async (table) => {
    const expected = await contents(perStatement, table);
    expect(expected.length).toBeGreaterThan(0);
    expect(await contents(caughtUp, table)).toEqual(expected);
  });

  it("stamps the past jobs' award and close dates as their status changes say", async () => {
    const dates = `SELECT (id, "awardedAt", "closedAt")::text AS row FROM "Job" ORDER BY id`;
    const stamped = await caughtUp.sql.query(dates);
    // Derived again from the status changes alone (the last check of this database's rows).
    await caughtUp.sql.query(`UPDATE "Job" SET "awardedAt" = NULL, "closedAt" = NULL WHERE id IN (SELECT "jobId" FROM "JobStatusChange")`);
    await stampJobDatesFromHistory(caughtUp.sql);
    expect(await caughtUp.sql.query(dates)).toEqual(stamped);
  });

  it("leaves the summary triggers on", async () => {
    const off = await caughtUp.sql.query(`SELECT tgname FROM pg_trigger WHERE tgname LIKE 'raw_kpi%' AND tgenabled = 'D'`);
    expect(off).toEqual([]);
  });
});
