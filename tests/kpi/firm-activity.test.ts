// A firm's activity day is its day in Japan, where KPI months are kept: signing in at 01:00 on
// 1 December in Tokyo (16:00 UTC on 30 November) makes the firm active in December.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { recordFirmActivity } = await import("@/lib/auth/firm-activity");
const { activeFirmsByMonth } = await import("@/lib/kpi/firms");
const { resolveKpiScope } = await import("@/lib/kpi/scope");
const { createTestDatabase } = await import("../helpers/test-db");
const { viewerOf } = await import("../helpers/viewer-of");
const { EMAILS, IDS, insertKpiFixture } = await import("./fixture");

describe("firm activity days", () => {
  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await insertKpiFixture(testDb.current);
  });
  afterAll(async () => {
    await testDb.current?.close();
  });

  it("records the Tokyo day, so the activity counts in Japan's month", async () => {
    const db = testDb.current!;
    await recordFirmActivity(IDS.b1, new Date("2026-11-30T16:00:00Z"));
    const rows = await db.sql.query<{ day: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM "FirmActivity" WHERE "firmId" = $1 ORDER BY day`, [IDS.b1]);
    expect(rows.map((r) => r.day)).toEqual(["2026-11-05", "2026-12-01"]);
    const scope = await resolveKpiScope(db.sql, await viewerOf(db, EMAILS.fedStaff, { twoFactorPending: false }), IDS.assocB);
    const months = await activeFirmsByMonth(db.sql, scope, 2026, new Date("2026-12-15T03:00:00Z"));
    expect(months.filter((m) => m.value).map((m) => [m.month, m.value])).toEqual([["2026-11", 1], ["2026-12", 1]]);
  });
});
