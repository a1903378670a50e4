// The buyer's "refresh" of a job's suggestions (app/api/jobs/[id]/suggestions/refresh) on a real
// database: the job's buyer gets a fresh computation and a 303 back to the page, which then shows
// that run; the same form sent twice at once computes once; another buyer, a firm, a foreign origin
// and a form without its key record nothing. Viewing the page records nothing new.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { readSuggestionInputs, suggestFromInputs, suggestGroupsForJob } = await import("@/lib/matching-service/suggest-for-job");
const { closeComposerPool } = await import("@/lib/matching-pool/pool");
const { fixedClock, useClock } = await import("@/lib/clock");
const { POST } = await import("@/app/api/jobs/[id]/suggestions/refresh/route");

const db = () => testDb.current!;
const SITE = "http://localhost:3000";

function refresh(jobId: string, fields: Record<string, string>, origin = SITE): Promise<Response> {
  const body = new URLSearchParams(fields).toString();
  const request = new Request(`${SITE}/api/jobs/${jobId}/suggestions/refresh`, {
    method: "POST",
    headers: { host: "localhost:3000", origin, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  return POST(request, { params: Promise.resolve({ id: jobId }) });
}

const runsOf = (jobId: string) => db().prisma.matchRun.count({ where: { jobId } });
const key = (label: string) => `refresh-${label}-0123456789abcdef`;
/** The day the tests run on, whatever day it is: the seed and every computation take it. */
const TODAY = fixedClock("2026-12-01T01:00:00Z");

describe("refreshing a job's suggestions", () => {
  let buyer: Viewer;
  let jobId: string;

  let restoreClock: () => void;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 40, seed: 33, today: TODAY.now() });
    restoreClock = useClock(TODAY);
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    const job = await db().prisma.job.findFirstOrThrow({ where: { buyerOrgId: buyer.buyerOrgId!, status: "OPEN" }, orderBy: { createdAt: "desc" }, select: { id: true } });
    jobId = job.id;
  }, 180_000);
  afterAll(async () => {
    restoreClock();
    await closeComposerPool();
    await testDb.current?.close();
  });

  it("computes afresh for the job's buyer and sends them back to the page, which shows the new run", async () => {
    session.viewer = buyer;
    const shown = await suggestGroupsForJob(db(), buyer, jobId);
    const before = await runsOf(jobId);
    TODAY.advance(60_000); // the buyer refreshes a minute later
    const response = await refresh(jobId, { submissionKey: key("first") });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/jobs/${jobId}/suggestions`);
    expect(await runsOf(jobId)).toBe(before + 1);
    const again = await suggestGroupsForJob(db(), buyer, jobId);
    expect(again.kept).toBe(true);
    expect(again.runId).not.toBe(shown.runId);
    // Stamped by the one clock, though a composer thread wrote it on PostgreSQL.
    expect(again.computedAt).toEqual(TODAY.now());
    expect(await runsOf(jobId)).toBe(before + 1); // viewing records nothing
    // The run's record completed the key in the same statement: the form sent again later computes nothing.
    const [claimed] = await db().sql.query<{ completed: boolean; result: unknown }>(
      `SELECT "completedAt" IS NOT NULL AS completed, result FROM "SubmissionKey" WHERE "userId" = $1 AND key = $2`, [buyer.userId, key("first")],
    );
    expect(claimed).toEqual({ completed: true, result: { value: null } });
    expect((await refresh(jobId, { submissionKey: key("first") })).status).toBe(303);
    expect(await runsOf(jobId)).toBe(before + 1);
  });

  it("computes once for the same form sent twice at once", async () => {
    session.viewer = buyer;
    const before = await runsOf(jobId);
    const responses = await Promise.all([0, 1].map(() => refresh(jobId, { submissionKey: key("double") })));
    expect(responses.map((r) => r.status)).toEqual([303, 303]);
    expect(await runsOf(jobId)).toBe(before + 1);
  });

  it("records nothing for another buyer, a firm, a foreign origin or a form without its key", async () => {
    const before = await runsOf(jobId);
    const otherBuyer = await db().prisma.user.findFirstOrThrow({ where: { role: "BUYER", status: "ACTIVE", buyerOrgId: { not: buyer.buyerOrgId } }, select: { email: true } });
    session.viewer = await viewerOf(db(), otherBuyer.email);
    expect((await refresh(jobId, { submissionKey: key("other-buyer") })).status).toBe(404);
    session.viewer = await viewerOf(db(), "firm-admin@demo.kyodo.example");
    expect((await refresh(jobId, { submissionKey: key("firm") })).status).toBe(404);
    session.viewer = buyer;
    expect((await refresh(jobId, { submissionKey: key("foreign") }, "https://evil.example")).status).toBe(403);
    const missing = await refresh(jobId, {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toContain("フォーム");
    expect((await refresh("not-a-job", { submissionKey: key("bad-id") })).status).toBe(404);
    session.viewer = null;
    expect((await refresh(jobId, { submissionKey: key("anonymous") })).status).toBe(401);
    expect(await runsOf(jobId)).toBe(before);
  });
  // PostgreSQL only: the embedded database has one connection for everything, and its runs are
  // recorded on the request thread.
  it.skipIf(!process.env.DATABASE_URL)("is recorded by the composer thread on its own connection, even while every page connection is taken", async () => {
    const pool = db().pool!;
    const inputs = await readSuggestionInputs(db(), buyer, jobId, { refresh: true });
    const before = await runsOf(jobId);
    const held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    try {
      const waited = new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 10_000));
      const run = await Promise.race([suggestFromInputs(db(), buyer, inputs), waited]);
      expect(run).not.toBe("waited");
      expect(run).toMatchObject({ runId: expect.any(String), kept: false });
    } finally {
      for (const client of held) client.release();
    }
    expect(await runsOf(jobId)).toBe(before + 1);
  }, 30_000);
});
