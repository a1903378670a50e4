// Every KPI query on the hand-made federation of ./fixture.ts, whose right answers are worked out
// by hand in the comments: the figures, the scope rules, and that each CSV equals its chart.
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import { kpiBreakdown } from "@/lib/kpi/breakdown";
import { recordBusinessEvent } from "@/lib/kpi/business-events";
import { CHART_IDS, chartCsv, chartRows } from "@/lib/kpi/charts";
import { ttlCache } from "@/lib/cache/ttl-cache";
import { loadKpiDashboard, type KpiDashboard } from "@/lib/kpi/dashboard";
import { eventsHeldByMonth } from "@/lib/kpi/events";
import { activeFirmsByMonth, participatingFirmsByMonth } from "@/lib/kpi/firms";
import { jobFunnel } from "@/lib/kpi/funnel";
import { capabilityGaps } from "@/lib/kpi/gaps";
import { groupsFormedByMonth, matchesMadeByMonth } from "@/lib/kpi/groups";
import { orderValueByMonth } from "@/lib/kpi/orders";
import { averageOrderValueChange, newCustomerRate } from "@/lib/kpi/outcomes";
import { periodRange, type Period } from "@/lib/kpi/period";
import { resolveKpiScope, type KpiScope } from "@/lib/kpi/scope";
import { saveTargets, targetsFor } from "@/lib/kpi/targets";
import { createTestDatabase } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewer-of";
import { EMAILS, IDS, insertKpiFixture, TODAY } from "./fixture";

const FY2026: Period = { kind: "fy", fiscalYear: 2026 };
const FY2025: Period = { kind: "fy", fiscalYear: 2025 };
const Q1_2026: Period = { kind: "quarter", fiscalYear: 2026, quarter: 1 };
const M = 1_000_000;
/** Values of the months that have data, by "YYYY-MM" (zero months left out). */
const nonZero = (months: { month: string; value: number | null }[]) => Object.fromEntries(months.filter((m) => m.value).map((m) => [m.month, m.value]));

describe("KPI figures on a hand-made federation", () => {
  let db: Database;
  let fed: Viewer;
  let staffA: Viewer;
  let firmAdmin: Viewer;
  let all: KpiScope;
  let a: KpiScope;
  let b: KpiScope;

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertKpiFixture(db);
    fed = await viewerOf(db, EMAILS.fedStaff, { twoFactorPending: false });
    staffA = await viewerOf(db, EMAILS.staffA, { twoFactorPending: false });
    firmAdmin = await viewerOf(db, EMAILS.firmAdmin);
    all = await resolveKpiScope(db.sql, fed);
    a = await resolveKpiScope(db.sql, fed, IDS.assocA);
    b = await resolveKpiScope(db.sql, fed, IDS.assocB);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("sums order value by contract month, split by members' shares (declined members get none)", async () => {
    const months = await orderValueByMonth(db.sql, all, 2026, TODAY);
    expect(nonZero(months)).toEqual({ "2026-05": 20 * M, "2026-07": 8 * M });
    expect(months.map((m) => m.value === null)).toEqual([false, false, false, false, false, false, false, false, true, true, true, true]);
    expect(nonZero(await orderValueByMonth(db.sql, a, 2026, TODAY))).toEqual({ "2026-05": 20 * M });
    expect(nonZero(await orderValueByMonth(db.sql, b, 2026, TODAY))).toEqual({ "2026-07": 8 * M });
    // FY2025: one ¥10M order, 60% to a1 (association A) and 40% to b1 (association B).
    expect(nonZero(await orderValueByMonth(db.sql, a, 2025, TODAY))).toEqual({ "2025-06": 6 * M });
    expect(nonZero(await orderValueByMonth(db.sql, b, 2025, TODAY))).toEqual({ "2025-06": 4 * M });
  });

  it("counts verified firms at each month's end, leaving out pending and suspended ones", async () => {
    const months = await participatingFirmsByMonth(db.sql, all, 2026, TODAY);
    // a1 and b1 all year; a2 from 20 May; a3 pending and b2 suspended never.
    expect(months.slice(0, 8).map((m) => m.value)).toEqual([2, 3, 3, 3, 3, 3, 3, 3]);
    expect(months[8]?.value).toBeNull();
    expect((await participatingFirmsByMonth(db.sql, a, 2026, TODAY)).slice(0, 2).map((m) => m.value)).toEqual([1, 2]);
  });

  it("counts firms active in each month", async () => {
    expect(nonZero(await activeFirmsByMonth(db.sql, all, 2026, TODAY))).toEqual({ "2026-10": 2, "2026-11": 3 });
    expect(nonZero(await activeFirmsByMonth(db.sql, a, 2026, TODAY))).toEqual({ "2026-10": 2, "2026-11": 2 });
  });

  it("counts groups formed by approval date and matches as groups proposed from suggestions", async () => {
    expect(nonZero(await groupsFormedByMonth(db.sql, all, 2026, TODAY))).toEqual({ "2026-04": 1, "2026-06": 1 });
    expect(nonZero(await groupsFormedByMonth(db.sql, b, 2026, TODAY))).toEqual({ "2026-06": 1 });
    // g2 and g4 came from suggestions (both led by a1); g3 was put together by hand.
    expect(nonZero(await matchesMadeByMonth(db.sql, all, 2026, TODAY))).toEqual({ "2026-04": 1, "2026-09": 1 });
    expect(nonZero(await matchesMadeByMonth(db.sql, b, 2026, TODAY))).toEqual({});
  });

  it("counts trade fairs, meetings and tours but not seminars; associations their own", async () => {
    expect(nonZero(await eventsHeldByMonth(db.sql, all, 2026, TODAY))).toEqual({ "2026-05": 1, "2026-06": 1 });
    expect(nonZero(await eventsHeldByMonth(db.sql, a, 2026, TODAY))).toEqual({ "2026-05": 1 });
    expect(nonZero(await eventsHeldByMonth(db.sql, b, 2025, TODAY))).toEqual({ "2025-11": 1 });
  });

  it("computes the average order value change over firms that won in both years", async () => {
    // a1: ¥6M → ¥10M, b1: ¥4M → ¥8M; a2 won only in FY2026. (18 / 10 − 1) = +80%.
    expect(await averageOrderValueChange(db.sql, all, [FY2026, FY2025])).toEqual([
      { label: "FY2026", value: 80, firms: 2 },
      { label: "FY2025", value: null, firms: 0 },
    ]);
    expect((await averageOrderValueChange(db.sql, a, [FY2026]))[0]).toEqual({ label: "FY2026", value: 66.7, firms: 1 });
    // FY2026 to date (April–November) against April–November 2025: the same firms and figures.
    expect((await averageOrderValueChange(db.sql, all, [FY2026], TODAY))[0]).toEqual({ label: "FY2026", value: 80, firms: 2 });
    // Q1 (April–June): only a1 won in both Q1s (¥6M in June 2025, ¥10M in May 2026).
    expect((await averageOrderValueChange(db.sql, all, [Q1_2026]))[0]).toEqual({ label: "FY2026-Q1", value: 66.7, firms: 1 });
  });

  it("computes the share of winning firms that won a buyer they never had", async () => {
    // FY2026 winners a1 (buyer X again), a2 (X, first time), b1 (Y, first time): 2 of 3.
    expect(await newCustomerRate(db.sql, all, [FY2026, FY2025])).toEqual([
      { label: "FY2026", value: 66.7, firms: 3 },
      { label: "FY2025", value: 100, firms: 2 },
    ]);
    expect((await newCustomerRate(db.sql, a, [FY2026]))[0]).toEqual({ label: "FY2026", value: 50, firms: 2 });
    expect((await newCustomerRate(db.sql, b, [FY2026]))[0]).toEqual({ label: "FY2026", value: 100, firms: 1 });
  });

  it("follows jobs published in the period through the funnel", async () => {
    const range = periodRange(FY2026);
    const stages = async (scope: KpiScope) => Object.fromEntries((await jobFunnel(db.sql, scope, range)).map((s) => [s.stage, s.jobs]));
    // j2–j5 published; j2 and j4 suggested; j2, j3, j4 invited; j2 and j3 approved and awarded; j3 delivered.
    expect(await stages(all)).toEqual({ posted: 4, suggested: 2, invited: 3, approved: 2, awarded: 2, delivered: 1 });
    // Association A: its a2 was invited to j3's group but declined, so j3 stops there for A.
    expect(await stages(a)).toEqual({ posted: 4, suggested: 2, invited: 3, approved: 1, awarded: 1, delivered: 0 });
  });

  it("ranks processes by jobs per capable verified firm", async () => {
    expect(await capabilityGaps(db.sql, all, periodRange(FY2026))).toEqual([
      { processCode: "plating", jobs: 2, capableFirms: 0, jobsPerFirm: 2 },
      { processCode: "grinding", jobs: 2, capableFirms: 1, jobsPerFirm: 2 },
      { processCode: "turning", jobs: 2, capableFirms: 2, jobsPerFirm: 1 },
    ]);
  });

  it("breaks the period down by association, ward/city, buyer industry and process", async () => {
    const range = periodRange(FY2026);
    expect(await kpiBreakdown(db.sql, fed, all, range, "association", TODAY)).toEqual([
      // Active firms: (firm, month) rows over the 8 months so far — A: 4 / 8 → 1 (rounded), B: 1 / 8 → 0.
      { key: IDS.assocA, orderValueYen: 20 * M, groupsFormed: 1, participatingFirms: 2, activeFirms: 1 },
      { key: IDS.assocB, orderValueYen: 8 * M, groupsFormed: 1, participatingFirms: 1, activeFirms: 0 },
    ]);
    expect((await kpiBreakdown(db.sql, fed, all, range, "municipality", TODAY)).map((r) => [r.key, r.orderValueYen])).toEqual([["13111", 20 * M], ["13109", 8 * M]]);
    expect(await kpiBreakdown(db.sql, fed, all, range, "industry", TODAY)).toEqual([
      { key: "AUTOMOTIVE", orderValueYen: 20 * M, groupsFormed: 1, participatingFirms: null, activeFirms: null },
      { key: "MEDICAL", orderValueYen: 8 * M, groupsFormed: 1, participatingFirms: null, activeFirms: null },
    ]);
    expect((await kpiBreakdown(db.sql, fed, all, range, "process", TODAY)).map((r) => [r.key, r.orderValueYen, r.groupsFormed, r.participatingFirms])).toEqual([
      ["turning", 28 * M, 2, 2],
      ["grinding", 20 * M, 1, 1],
      ["plating", 8 * M, 1, 0],
    ]);
  });

  describe("the dashboard", () => {
    let federation: KpiDashboard;
    let own: KpiDashboard;
    const card = (d: KpiDashboard, code: string) => d.indicators.find((i) => i.code === code)!;

    beforeAll(async () => {
      federation = await loadKpiDashboard(db, fed, { period: FY2026, breakdown: "association", today: TODAY });
      own = await loadKpiDashboard(db, staffA, { period: FY2026, today: TODAY });
    });

    it("shows each indicator's figure against the fiscal year's target (staff-set or the paper's)", () => {
      expect(card(federation, "ORDER_VALUE_YEN")).toMatchObject({ value: 28 * M, target: 5_000 * M, progressPct: 0.6, federationAverage: null });
      expect(card(federation, "PARTICIPATING_FIRMS")).toMatchObject({ value: 3, target: 500 });
      expect(card(federation, "GROUPS_FORMED")).toMatchObject({ value: 2, target: 50, progressPct: 4 });
      // Monthly active firms: the average over April–November, (2 + 3) / 8 → 1.
      expect(card(federation, "MONTHLY_ACTIVE_FIRMS")).toMatchObject({ value: 1, target: 1_500 });
      expect(card(federation, "MATCHES_MADE")).toMatchObject({ value: 2, target: 1_200 });
      expect(card(federation, "AVERAGE_ORDER_VALUE_CHANGE_PCT")).toMatchObject({ value: 80, target: 30, firms: 2 });
      expect(card(federation, "NEW_CUSTOMER_RATE_PCT")).toMatchObject({ value: 66.7, target: 20, firms: 3 });
      expect(card(federation, "EVENTS_HELD")).toMatchObject({ value: 2, target: 24 });
      expect(federation.targetsSetByStaff).toEqual(["ORDER_VALUE_YEN"]);
    });

    it("draws flows cumulatively against a pro-rated target, rates by fiscal year", () => {
      const orders = card(federation, "ORDER_VALUE_YEN").series;
      expect(orders.slice(0, 5).map((p) => p.value)).toEqual([0, 20 * M, 20 * M, 28 * M, 28 * M]);
      expect(orders[0]?.target).toBe(Math.round(5_000 * M / 12));
      expect(orders[11]).toEqual({ label: "2027-03", value: null, target: 5_000 * M });
      expect(card(federation, "NEW_CUSTOMER_RATE_PCT").series).toEqual([
        { label: "FY2024", value: null, target: 20 },
        { label: "FY2025", value: 100, target: 20 },
        { label: "FY2026", value: 66.7, target: 20 },
      ]);
    });

    it("pro-rates flow targets for a quarter", async () => {
      const quarter = await loadKpiDashboard(db, fed, { period: Q1_2026, today: TODAY });
      expect(card(quarter, "ORDER_VALUE_YEN")).toMatchObject({ value: 20 * M, target: 1_250 * M });
      expect(card(quarter, "EVENTS_HELD")).toMatchObject({ value: 2, target: 6 });
      expect(card(quarter, "AVERAGE_ORDER_VALUE_CHANGE_PCT")).toMatchObject({ value: 66.7, firms: 1 });
    });

    it("shows association staff their own association beside the federation average", () => {
      expect(own.scope.associationId).toBe(IDS.assocA);
      // Target: the association's share of the federation's (two associations).
      expect(card(own, "ORDER_VALUE_YEN")).toMatchObject({ value: 20 * M, target: 2_500 * M, federationAverage: 14 * M });
      expect(card(own, "GROUPS_FORMED")).toMatchObject({ value: 1, federationAverage: 1 });
      expect(card(own, "NEW_CUSTOMER_RATE_PCT")).toMatchObject({ value: 50, target: 20, federationAverage: 66.7 });
    });

    it("writes each chart's rows, and nothing else, to its CSV", () => {
      for (const chart of CHART_IDS) {
        const rows = chartRows(federation, chart);
        expect(rows.length, chart).toBeGreaterThan(0);
        const parsed = Papa.parse<Record<string, unknown>>(chartCsv(rows), { header: true, dynamicTyping: true, skipEmptyLines: true });
        const normalised = parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === "" ? null : v])));
        expect(normalised, chart).toEqual(rows);
      }
    });
  });

  describe("scope", () => {
    it("keeps association staff inside their own association", async () => {
      await expect(resolveKpiScope(db.sql, staffA, IDS.assocB)).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadKpiDashboard(db, staffA, { period: FY2026, associationId: IDS.assocB, today: TODAY })).rejects.toBeInstanceOf(NotFoundError);
      const ownScope = await resolveKpiScope(db.sql, staffA);
      await expect(kpiBreakdown(db.sql, staffA, ownScope, periodRange(FY2026), "association", TODAY)).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadKpiDashboard(db, staffA, { period: FY2026, breakdown: "association", today: TODAY })).rejects.toBeInstanceOf(NotFoundError);
      // Within their own association they may break down by ward/city.
      expect((await kpiBreakdown(db.sql, staffA, ownScope, periodRange(FY2026), "municipality", TODAY)).map((r) => r.key)).toEqual(["13111"]);
    });

    it("checks the scope on every request before the shared figures are read", async () => {
      const shared = ttlCache(60_000);
      const first = await loadKpiDashboard(db, fed, { period: FY2026, breakdown: "association", today: TODAY }, shared);
      // The federation's figures are kept: another request gets the same, loaded once.
      expect(await loadKpiDashboard(db, fed, { period: FY2026, breakdown: "association", today: TODAY }, shared)).toBe(first);
      // Association staff still cannot see another association or break down by association.
      await expect(loadKpiDashboard(db, staffA, { period: FY2026, associationId: IDS.assocB, today: TODAY }, shared)).rejects.toBeInstanceOf(NotFoundError);
      await expect(loadKpiDashboard(db, staffA, { period: FY2026, breakdown: "association", today: TODAY }, shared)).rejects.toBeInstanceOf(NotFoundError);
      expect((await loadKpiDashboard(db, staffA, { period: FY2026, today: TODAY }, shared)).scope.associationId).toBe(IDS.assocA);
      shared.clear();
      expect(await loadKpiDashboard(db, fed, { period: FY2026, breakdown: "association", today: TODAY }, shared)).not.toBe(first);
    });

    it("refuses firm users and unknown associations", async () => {
      await expect(resolveKpiScope(db.sql, firmAdmin)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(resolveKpiScope(db.sql, fed, "00000000-0000-4000-8000-000000000999")).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe("targets and events staff record", () => {
    it("lets federation staff set a year's targets, and nobody else", async () => {
      const input = { fiscalYear: 2027, ORDER_VALUE_YEN: 12_000 * M, PARTICIPATING_FIRMS: 600, GROUPS_FORMED: 60, MONTHLY_ACTIVE_FIRMS: 1_600, MATCHES_MADE: 1_300, AVERAGE_ORDER_VALUE_CHANGE_PCT: 25, NEW_CUSTOMER_RATE_PCT: 22, EVENTS_HELD: 30 };
      await expect(saveTargets(db, staffA, input)).rejects.toBeInstanceOf(ForbiddenError);
      await saveTargets(db, fed, input);
      const { targets, setByStaff } = await targetsFor(db.sql, IDS.federation, 2027);
      expect(targets).toMatchObject({ ORDER_VALUE_YEN: 12_000 * M, EVENTS_HELD: 30, NEW_CUSTOMER_RATE_PCT: 22 });
      expect(setByStaff).toHaveLength(8);
    });

    it("records association staff's events for their own association only", async () => {
      const event = { kind: "BUSINESS_MEETING" as const, titleJa: "商談会", titleEn: "", heldOn: "2026-11-10", place: "PiO", participants: 40 };
      await expect(recordBusinessEvent(db, staffA, { ...event, associationId: IDS.assocB })).rejects.toBeInstanceOf(NotFoundError);
      await expect(recordBusinessEvent(db, firmAdmin, event)).rejects.toBeInstanceOf(ForbiddenError);
      await recordBusinessEvent(db, staffA, event);
      expect(nonZero(await eventsHeldByMonth(db.sql, a, 2026, TODAY))).toEqual({ "2026-05": 1, "2026-11": 1 });
    });

    it("re-splits an order when a member leaves its group, and keeps the funnel current", async () => {
      // a2 leaves g2: a1 (share 5000 of the remaining 5000) now holds the whole ¥20M order.
      await db.sql.query(`UPDATE "GroupMember" SET status = 'REMOVED' WHERE "groupId" = $1 AND "firmId" = $2`, [IDS.g2, IDS.a2]);
      expect((await averageOrderValueChange(db.sql, all, [FY2026]))[0]).toEqual({ label: "FY2026", value: 180, firms: 2 });
      expect(nonZero(await orderValueByMonth(db.sql, a, 2026, TODAY))).toEqual({ "2026-05": 20 * M });
      // j5 gets an order-less group invitation: the funnel's "invited" stage grows by one.
      await db.sql.query(`INSERT INTO "JointOrderGroup" ("jobId", "leadFirmId", status, "updatedAt") VALUES ($1, $2, 'INVITING', now())`, [IDS.j5, IDS.b1]);
      const stages = Object.fromEntries((await jobFunnel(db.sql, all, periodRange(FY2026))).map((x) => [x.stage, x.jobs]));
      expect(stages).toMatchObject({ posted: 4, invited: 3 }); // no member yet: no firm involved
      await db.sql.query(`INSERT INTO "GroupMember" ("groupId", "firmId", status) SELECT id, $2, 'INVITED' FROM "JointOrderGroup" WHERE "jobId" = $1`, [IDS.j5, IDS.b1]);
      expect((await jobFunnel(db.sql, b, periodRange(FY2026))).find((x) => x.stage === "invited")?.jobs).toBe(2);
      await db.sql.query(`UPDATE "GroupMember" SET status = 'ACCEPTED' WHERE "groupId" = $1 AND "firmId" = $2`, [IDS.g2, IDS.a2]);
      expect((await averageOrderValueChange(db.sql, all, [FY2026]))[0]).toEqual({ label: "FY2026", value: 80, firms: 2 });
    });

    it("moves a firm's order value with it when it changes association", async () => {
      await db.sql.query(`UPDATE "Firm" SET "associationId" = $1 WHERE id = $2`, [IDS.assocB, IDS.a2]);
      expect(nonZero(await orderValueByMonth(db.sql, b, 2026, TODAY))).toEqual({ "2026-05": 10 * M, "2026-07": 8 * M });
      await db.sql.query(`UPDATE "Firm" SET "associationId" = $1 WHERE id = $2`, [IDS.assocA, IDS.a2]);
    });
  });
});
