// The job board on a real database: posting, review, visibility, hand raises, questions, the
// fit-ranked board, buyer reliability and attachments.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { submitJob } = await import("@/lib/jobs/job-editing");
const { reviewJob } = await import("@/lib/jobs/review");
const { loadJobRef } = await import("@/lib/jobs/job-access");
const { raiseHand } = await import("@/lib/jobs/hand-raises");
const { askQuestion, answerQuestion } = await import("@/lib/jobs/questions");
const { listJobsForFirm } = await import("@/lib/jobs/job-board");
const { buyerReliability } = await import("@/lib/jobs/buyer-reliability");
const { attachToJob } = await import("@/lib/jobs/attachments");
const { loadDrawing } = await import("@/lib/drawings/drawings-access");
const { drawingPdf } = await import("../helpers/drawings");
const { changeOwnJobStatus } = await import("@/lib/jobs/buyer-transitions");
const { parseBoardFilters } = await import("@/lib/jobs/board-filters");
const { DomainError, NotFoundError } = await import("@/lib/authz");
const { UploadRejectedError } = await import("@/lib/uploads/storage");

const today = new Date();
const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
const jobInput = (overrides: Record<string, unknown> = {}) => ({
  titleJa: "試作シャフト", titleEn: "", descriptionJa: "", descriptionEn: "", partName: "シャフト", quantity: 200,
  deadline: inDays(90), answerBy: undefined, deliveryPlace: "", deliveryMunicipalityCode: undefined, budgetMinYen: 100_000, budgetMaxYen: 300_000,
  leadCertificationCode: undefined, visibility: "ALL_VERIFIED" as const, confirmTightDeadline: false,
  steps: [{ processCode: "turning", materialCode: undefined, toleranceUm: 20, sizeMm: undefined, quantity: undefined, notes: "" }, { processCode: "plating", materialCode: undefined, toleranceUm: undefined, sizeMm: undefined, quantity: undefined, notes: "" }],
  ...overrides,
});

const viewerByEmail = (email: string): Promise<Viewer> => viewerOf(testDb.current!, email);

describe("job board", () => {
  let newBuyer: Viewer;
  let staff: Viewer;
  let turner: Viewer;
  let otherFirm: Viewer;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    const db = testDb.current;
    await seedDemoData(db, { firms: 60, seed: 5, today });
    staff = { ...(await viewerByEmail("federation@demo.kyodo.example")), twoFactorPending: false };
    // A buyer organisation that has never published: its first job goes to review.
    const org = await db.prisma.buyerOrganization.create({ data: { name: "新規発注株式会社", industry: "INDUSTRIAL_MACHINERY" } });
    const user = await db.prisma.user.create({ data: { email: "new-buyer@example.jp", name: "新規 発注", role: "BUYER", status: "ACTIVE", buyerOrgId: org.id } });
    newBuyer = await viewerOf(db, user.email);
    // Two verified firms, one that turns to 5 µm and one without turning.
    const [a, b] = await db.sql.query<{ email: string }>(`
      SELECT u.email FROM "User" u JOIN "Firm" f ON f.id = u."firmId"
      WHERE u.role = 'FIRM_ADMIN' AND f.status = 'VERIFIED' ORDER BY u.email LIMIT 2`);
    turner = await viewerByEmail(a!.email);
    otherFirm = await viewerByEmail(b!.email);
    await db.prisma.capability.deleteMany({ where: { firmId: { in: [turner.firmId!, otherFirm.firmId!] } } });
    await db.prisma.capability.create({ data: { firmId: turner.firmId!, processCode: "turning", bestToleranceUm: 5, maxWorkpieceMm: 300, monthlyCapacity: 5000, leadTimeDays: 7 } });
    await db.prisma.capability.create({ data: { firmId: otherFirm.firmId!, processCode: "press", bestToleranceUm: 50, maxWorkpieceMm: 300, monthlyCapacity: 5000, leadTimeDays: 7 } });
  }, 120_000);
  afterAll(async () => testDb.current?.close());

  it("sends a new buyer's first job to staff review, publishes it on approval, and opens later jobs at once", async () => {
    const first = await submitJob(newBuyer, jobInput(), today);
    expect(first.status).toBe("UNDER_REVIEW");
    await expect(loadJobRef(turner, first.jobId)).rejects.toBeInstanceOf(NotFoundError);
    await reviewJob(staff, { jobId: first.jobId, decision: "publish", reason: "" });
    expect((await loadJobRef(turner, first.jobId)).status).toBe("OPEN");
    // Federation staff heard it was waiting; the buyer heard it was published.
    const told = async (kind: string, userId: string) => testDb.current!.prisma.notification.count({ where: { kind, userId, linkPath: `/jobs/${first.jobId}` } });
    expect(await told("job.awaitingReview", staff.userId)).toBe(1);
    expect(await told("job.published", newBuyer.userId)).toBe(1);
    const second = await submitJob(newBuyer, jobInput({ titleJa: "二件目" }), today);
    expect(second.status).toBe("OPEN");
    const history = await testDb.current!.prisma.jobStatusChange.findMany({ where: { jobId: first.jobId }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.toStatus)).toEqual(["DRAFT", "UNDER_REVIEW", "OPEN"]);
    expect(history.at(-1)!.actorId).toBe(staff.userId);
  });

  it("refuses a past deadline, and a tight one unless the buyer confirms", async () => {
    await expect(submitJob(newBuyer, jobInput({ deadline: inDays(-1) }), today)).rejects.toMatchObject({ messageKey: "jobs.validation.deadlinePast", field: "deadline" });
    await expect(submitJob(newBuyer, jobInput({ deadline: inDays(5) }), today)).rejects.toMatchObject({ messageKey: "jobs.validation.deadlineTight" });
    expect((await submitJob(newBuyer, jobInput({ deadline: inDays(5), confirmTightDeadline: true }), today)).status).toBe("OPEN");
  });

  it("hides an invited-only job from firms that were not invited (404), and shows it to the invited one", async () => {
    const { jobId } = await submitJob(newBuyer, jobInput({ visibility: "INVITED_ONLY", titleJa: "招待のみ" }), today);
    await testDb.current!.prisma.jobInvitedFirm.create({ data: { jobId, firmId: turner.firmId! } });
    await expect(loadJobRef(otherFirm, jobId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await loadJobRef(turner, jobId)).id).toBe(jobId);
    const board = await listJobsForFirm(testDb.current!.sql, otherFirm, parseBoardFilters({ show: "all", q: "招待のみ" }));
    expect(board.rows).toEqual([]);
  });

  it("ranks jobs by how much of the route the firm can do, and lets it raise a hand for a step", async () => {
    const { jobId } = await submitJob(newBuyer, jobInput({ titleJa: "旋盤とめっき" }), today);
    const board = await listJobsForFirm(testDb.current!.sql, turner, parseBoardFilters({ q: "旋盤とめっき" }));
    expect(board.rows.map((r) => [r.id, r.fitting, r.steps])).toEqual([[jobId, 1, 2]]);
    expect((await listJobsForFirm(testDb.current!.sql, otherFirm, parseBoardFilters({ q: "旋盤とめっき" }))).rows).toEqual([]);

    const steps = await testDb.current!.prisma.jobStep.findMany({ where: { jobId }, orderBy: { position: "asc" } });
    await raiseHand(turner, { jobId, stepIds: [steps[0]!.id], note: "5µm 対応可" });
    await raiseHand(turner, { jobId, stepIds: [steps[0]!.id], note: "再送" }); // idempotent
    expect(await testDb.current!.prisma.handRaise.count({ where: { jobId } })).toBe(1);
    expect(await testDb.current!.prisma.notification.count({ where: { kind: "job.handRaised", userId: newBuyer.userId, linkPath: `/jobs/${jobId}` } })).toBe(1);
    await expect(raiseHand(turner, { jobId, stepIds: ["00000000-0000-4000-8000-000000000000"], note: "" })).rejects.toBeInstanceOf(DomainError);
  });

  it("publishes answers to every firm that can see the job, and only the buyer answers", async () => {
    const { jobId } = await submitJob(newBuyer, jobInput({ titleJa: "質問あり" }), today);
    const { questionId } = await askQuestion(turner, { jobId, question: "材質の指定はありますか？" });
    await expect(answerQuestion(otherFirm, { questionId, answer: "横取り" })).rejects.toBeInstanceOf(NotFoundError);
    await answerQuestion(newBuyer, { questionId, answer: "S45C です。" });
    const seenByOther = await testDb.current!.prisma.jobQuestion.findMany({ where: { job: { id: (await loadJobRef(otherFirm, jobId)).id } } });
    expect(seenByOther.map((q) => q.answer)).toEqual(["S45C です。"]);
    const notes = await testDb.current!.prisma.notification.findMany({ where: { linkPath: `/jobs/${jobId}`, kind: { in: ["job.questionAsked", "job.questionAnswered"] } }, select: { kind: true, userId: true } });
    expect(notes).toEqual(expect.arrayContaining([{ kind: "job.questionAsked", userId: newBuyer.userId }, { kind: "job.questionAnswered", userId: turner.userId }]));
  });

  it("refuses moves the lifecycle forbids, with a clear message", async () => {
    const { jobId } = await submitJob(newBuyer, jobInput({ titleJa: "取消テスト" }), today);
    await expect(changeOwnJobStatus(newBuyer, { jobId, to: "CLOSED", reason: "" })).rejects.toMatchObject({ messageKey: "jobs.errors.illegalTransition" });
    await changeOwnJobStatus(newBuyer, { jobId, to: "CANCELLED", reason: "予算が取れず" });
    await expect(raiseHand(turner, { jobId, stepIds: [], note: "" })).rejects.toBeInstanceOf(NotFoundError); // no longer on the board
  });

  it("reports a buyer's record: jobs published, share awarded and days to award", async () => {
    const db = testDb.current!;
    const org = await db.prisma.buyerOrganization.create({ data: { name: "実績テスト", industry: "INDUSTRIAL_MACHINERY" } });
    const base = { buyerOrgId: org.id, titleJa: "x", quantity: 1, deadline: new Date() };
    const published = new Date(today.getTime() - 40 * 86_400_000);
    await db.prisma.job.createMany({
      data: [
        { ...base, status: "CLOSED", publishedAt: published, awardedAt: new Date(published.getTime() + 10 * 86_400_000) },
        { ...base, status: "AWARDED", publishedAt: published, awardedAt: new Date(published.getTime() + 20 * 86_400_000) },
        { ...base, status: "EXPIRED", publishedAt: published },
        { ...base, status: "OPEN", publishedAt: published },
        { ...base, status: "CLOSED", publishedAt: new Date(today.getTime() - 800 * 86_400_000), awardedAt: new Date(today.getTime() - 790 * 86_400_000) },
      ],
    });
    expect(await buyerReliability(db.sql, org.id, today)).toEqual({ published: 4, decided: 3, awarded: 2, awardShare: 2 / 3, averageDaysToAward: 15 });
  });

  it("stores drawings checked by content, under a safe name, for those who may see the job only", async () => {
    const { jobId } = await submitJob(newBuyer, jobInput({ titleJa: "図面" }), today);
    await testDb.current!.prisma.job.update({ where: { id: jobId }, data: { status: "DRAFT" } });
    const pdf = await drawingPdf();
    const stored = await attachToJob(newBuyer, jobId, { bytes: pdf, name: "../../etc/passwd.pdf" });
    expect(stored.fileName).not.toContain("/");
    expect(stored.mimeType).toBe("application/pdf");
    await expect(attachToJob(newBuyer, jobId, { bytes: new TextEncoder().encode("MZ not a drawing"), name: "drawing.pdf" })).rejects.toMatchObject({ problem: "typeNotAllowed" });
    await expect(attachToJob(newBuyer, jobId, { bytes: new Uint8Array(21 * 1024 * 1024), name: "big.pdf" })).rejects.toBeInstanceOf(UploadRejectedError);
    await expect(attachToJob(turner, jobId, { bytes: pdf, name: "x.pdf" })).rejects.toThrow();
    await expect(loadDrawing(turner, stored.id)).rejects.toBeInstanceOf(NotFoundError); // a draft is not visible to firms
    expect((await loadDrawing(newBuyer, stored.id)).attachment.mimeType).toBe("application/pdf");
  });
});
