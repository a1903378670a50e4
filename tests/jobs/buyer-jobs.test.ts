// The buyer's own job list on a real database: one tab of statuses at a time with each tab's count,
// pages of 20, and never another buyer's jobs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { BUYER_JOB_TABS, BUYER_JOBS_PAGE_SIZE, listOwnJobs, parseBuyerJobsQuery } = await import("@/lib/jobs/buyer-jobs");
const { JobStatus } = await import("@/lib/generated/prisma/enums");

const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
afterAll(async () => testDb.current?.close());

describe("the buyer's own jobs", () => {
  let buyer: Viewer;
  let other: Viewer;
  const db = () => testDb.current!;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 5, today });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    other = await viewerOf(db(), "buyer2@demo.kyodo.example");
    // Enough finished jobs for two pages, created a minute apart so the order is certain.
    await db().prisma.job.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ buyerOrgId: buyer.buyerOrgId!, titleJa: `完了 ${i}`, quantity: 10, deadline: today, status: i % 3 === 0 ? ("CANCELLED" as const) : ("CLOSED" as const), createdAt: new Date(today.getTime() - (i + 1) * 60_000) })),
    });
  }, 180_000);

  it("puts every status in exactly one tab", () => {
    const all = Object.values(BUYER_JOB_TABS).flat();
    expect([...all].sort()).toEqual(Object.values(JobStatus).sort());
  });

  it("lists one tab at a time, counts each tab, and pages by 20", async () => {
    const own = await db().prisma.job.findMany({ where: { buyerOrgId: buyer.buyerOrgId! }, select: { id: true, status: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const inTab = (tab: keyof typeof BUYER_JOB_TABS) => own.filter((j) => (BUYER_JOB_TABS[tab] as readonly string[]).includes(j.status));
    const first = await listOwnJobs(buyer, { tab: "finished", page: 1 });
    expect(first.counts).toEqual({ open: inTab("open").length, ordered: inTab("ordered").length, finished: inTab("finished").length });
    expect(inTab("finished").length).toBeGreaterThan(BUYER_JOBS_PAGE_SIZE);
    expect(first.jobs.map((j) => j.id)).toEqual(inTab("finished").slice(0, BUYER_JOBS_PAGE_SIZE).map((j) => j.id));
    expect(first.pages).toBe(Math.ceil(inTab("finished").length / BUYER_JOBS_PAGE_SIZE));
    const second = await listOwnJobs(buyer, { tab: "finished", page: 2 });
    expect(second.jobs.map((j) => j.id)).toEqual(inTab("finished").slice(BUYER_JOBS_PAGE_SIZE, 2 * BUYER_JOBS_PAGE_SIZE).map((j) => j.id));
    const open = await listOwnJobs(buyer, parseBuyerJobsQuery({}));
    expect(open.jobs.every((j) => (BUYER_JOB_TABS.open as readonly string[]).includes(j.status))).toBe(true);
  });

  it("shows a buyer only its own organisation's jobs, and falls back on a malformed address", async () => {
    const mine = new Set((await db().prisma.job.findMany({ where: { buyerOrgId: buyer.buyerOrgId! }, select: { id: true } })).map((j) => j.id));
    for (const tab of ["open", "ordered", "finished"] as const) {
      const theirs = await listOwnJobs(other, { tab, page: 1 });
      expect(theirs.jobs.filter((j) => mine.has(j.id))).toEqual([]);
    }
    expect(parseBuyerJobsQuery({ tab: "everything", page: "-3" })).toEqual({ tab: "open", page: 1 });
    expect(parseBuyerJobsQuery({ tab: "ordered", page: "2" })).toEqual({ tab: "ordered", page: 2 });
  });
});
