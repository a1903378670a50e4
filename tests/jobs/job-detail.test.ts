// The job page's detail, read in one statement (lib/jobs/job-detail.ts), against what Prisma's
// nested select reads, for every job of a seeded database and each kind of viewer that may see it:
// the owner and staff see the whole history and every hand raised, a firm only its own hands.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { getJobDetail } = await import("@/lib/jobs/job-detail");
const { NotFoundError } = await import("@/lib/authz");

/** The nested select the page read before, in the order the page promises (ties by id). */
async function reference(db: Database, viewer: Viewer, jobId: string, buyerOrgId: string) {
  const seesAll = viewer.buyerOrgId === buyerOrgId || viewer.role.endsWith("_STAFF");
  const job = await db.prisma.job.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      id: true, buyerOrgId: true, titleJa: true, titleEn: true, descriptionJa: true, descriptionEn: true, partName: true, quantity: true,
      deadline: true, answerBy: true, deliveryPlace: true, deliveryMunicipalityCode: true, budgetMinYen: true, budgetMaxYen: true,
      leadCertificationCode: true, visibility: true, status: true, publishedAt: true, createdAt: true,
      buyerOrg: { select: { id: true, name: true, nameEn: true } },
      steps: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, position: true, processCode: true, materialCode: true, toleranceUm: true, sizeMm: true, quantity: true, notes: true } },
      attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, kind: true, fileName: true, sizeBytes: true, mimeType: true } },
      questions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, question: true, answer: true, answeredAt: true, createdAt: true } },
      statusChanges: seesAll ? { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { fromStatus: true, toStatus: true, createdAt: true, reason: true } } : false,
    },
  });
  const handRaises = await db.prisma.handRaise.findMany({
    where: { jobId, ...(seesAll ? {} : { firmId: viewer.firmId ?? "00000000-0000-0000-0000-000000000000" }) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, stepId: true, firmId: true, note: true, createdAt: true, firm: { select: { nameJa: true, nameEn: true } } },
  });
  return { job: { ...job, statusChanges: seesAll ? job.statusChanges : undefined }, handRaises };
}

describe("the job page's detail in one statement", () => {
  let jobs: { id: string; buyerOrgId: string }[];
  const viewers: Record<string, Viewer> = {};

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    const db = testDb.current;
    const today = new Date("2026-11-20T00:00:00Z");
    await seedDemoData(db, { firms: 60, seed: 7, today });
    viewers.buyer = await viewerOf(db, "buyer@demo.kyodo.example");
    viewers.staff = await viewerOf(db, "federation@demo.kyodo.example", { twoFactorPending: false });
    // A firm that raised a hand on an open job of the demo buyer, so its own hands are there to see.
    const [raiser] = await db.sql.query<{ email: string }>(`
      SELECT u.email FROM "HandRaise" h JOIN "Job" j ON j.id = h."jobId" JOIN "User" u ON u."firmId" = h."firmId" AND u.role = 'FIRM_ADMIN'
      WHERE j."buyerOrgId" = $1 AND j.status = 'OPEN' ORDER BY u.email LIMIT 1`, [viewers.buyer.buyerOrgId]);
    viewers.firm = await viewerOf(db, raiser!.email);
    // A question answered and one not, and a drawing, on the buyer's open jobs.
    const open = await db.prisma.job.findMany({ where: { buyerOrgId: viewers.buyer.buyerOrgId!, status: "OPEN" }, orderBy: { id: "asc" }, take: 2, select: { id: true } });
    for (const [i, job] of open.entries()) {
      await db.prisma.jobQuestion.create({ data: { jobId: job.id, firmId: viewers.firm.firmId!, question: `公差は？ ${i}`, answer: i === 0 ? "±0.01" : null, answeredAt: i === 0 ? today : null } });
      await db.prisma.attachment.create({ data: { kind: "DRAWING", fileName: `図面${i}.pdf`, mimeType: "application/pdf", sizeBytes: 1234 + i, sha256: "0".repeat(64), storageKey: `test/${job.id}`, jobId: job.id } });
    }
    jobs = await db.prisma.job.findMany({ where: { buyerOrgId: viewers.buyer.buyerOrgId! }, orderBy: { id: "asc" }, select: { id: true, buyerOrgId: true } });
  }, 120_000);

  afterAll(async () => {
    await testDb.current?.close();
  });

  it("reads for the owner what the nested select read, on every one of its jobs", async () => {
    const db = testDb.current!;
    let withEverything = 0;
    for (const job of jobs) {
      const { job: detail, handRaises, isOwner } = await getJobDetail(viewers.buyer!, job.id);
      expect(isOwner).toBe(true);
      expect({ job: detail, handRaises }).toEqual(await reference(db, viewers.buyer!, job.id, job.buyerOrgId));
      if (detail.steps.length && detail.attachments.length && detail.questions.length && detail.statusChanges?.length && handRaises.length) withEverything++;
    }
    expect(jobs.length).toBeGreaterThan(10);
    expect(withEverything).toBeGreaterThan(0);
  });

  it("reads for staff the whole history and every hand, and for a firm only its own hands", async () => {
    const db = testDb.current!;
    let firmSaw = 0;
    for (const job of jobs) {
      expect(await getJobDetail(viewers.staff!, job.id)).toMatchObject({ ...(await reference(db, viewers.staff!, job.id, job.buyerOrgId)), isOwner: false });
      const forFirm = await getJobDetail(viewers.firm!, job.id).catch((error: unknown) => (error instanceof NotFoundError ? null : Promise.reject(error)));
      if (!forFirm) continue;
      firmSaw++;
      expect(forFirm.job.statusChanges).toBeUndefined();
      expect(forFirm.handRaises.every((h) => h.firmId === viewers.firm!.firmId)).toBe(true);
      expect({ job: forFirm.job, handRaises: forFirm.handRaises }).toEqual(await reference(db, viewers.firm!, job.id, job.buyerOrgId));
    }
    expect(firmSaw).toBeGreaterThan(0);
  });
});
