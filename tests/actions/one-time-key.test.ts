// One-time submission keys through the real action wrapper on a real database: ten identical
// submits sent at once make one job and one inquiry thread, and every one of them gets the first
// result (the inquiry's redirect included). A failed submit lets go of its key; another key makes
// another thing; a form without a key is refused with a message, not run.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { submitJob } = await import("@/app/jobs/actions");
const { sendInquiry } = await import("@/app/inquiries/actions");
const { decodeResult, encodeResult, forgetSubmissionKeys } = await import("@/lib/actions/one-time-key");
const { isRedirectError } = await import("next/dist/client/components/redirect-error");
const { getURLFromRedirectError } = await import("next/dist/client/components/redirect");

const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const key = (label: string) => `test-key-${label}-0123456789`;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const jobForm = (titleJa: string, submissionKey?: string) =>
  form({
    ...(submissionKey ? { submissionKey } : {}),
    titleJa, titleEn: "", descriptionJa: "", descriptionEn: "", partName: "シャフト", quantity: "200", deadline: inDays(90), answerBy: "",
    deliveryPlace: "", deliveryMunicipalityCode: "", budgetMinYen: "", budgetMaxYen: "", leadCertificationCode: "", visibility: "ALL_VERIFIED",
    confirmTightDeadline: "false", jobId: "",
    steps: JSON.stringify([{ processCode: "turning", notes: "" }, { processCode: "plating", notes: "" }]),
  });

/** What an action call ended with: its result, or where it redirected. */
async function settle(call: Promise<unknown>): Promise<unknown> {
  try {
    return await call;
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: getURLFromRedirectError(error) };
    throw error;
  }
}

describe("one-time submission keys", () => {
  let buyer: Viewer;
  let firmId: string;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 30, seed: 16, today: new Date() });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    firmId = (await viewerOf(db(), "firm-admin@demo.kyodo.example")).firmId!;
    session.viewer = buyer;
  }, 180_000);

  const jobsTitled = (titleJa: string) => db().prisma.job.count({ where: { titleJa } });

  it("ten identical job posts sent at once make one job, and each gets its result", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => submitJob(null, jobForm("同時送信の試作シャフト", key("job")))));
    expect(await jobsTitled("同時送信の試作シャフト")).toBe(1);
    const job = await db().prisma.job.findFirstOrThrow({ where: { titleJa: "同時送信の試作シャフト" }, select: { id: true, status: true } });
    for (const result of results) expect(result).toMatchObject({ ok: true, data: { jobId: job.id } });
  });

  it("ten identical inquiries sent at once make one thread, and each is sent on to it", async () => {
    const fields = { submissionKey: key("inquiry"), firmId, subject: "同時送信の問い合わせ", body: "500 本の見積りをお願いします。" };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => settle(sendInquiry(null, form(fields)))));
    const threads = await db().prisma.inquiry.findMany({ where: { subject: "同時送信の問い合わせ" }, select: { id: true, _count: { select: { messages: true } } } });
    expect(threads).toHaveLength(1);
    expect(threads[0]!._count.messages).toBe(1);
    for (const outcome of outcomes) expect(outcome).toEqual({ redirectedTo: `/inquiries/${threads[0]!.id}` });
  });

  it("another key is another submission", async () => {
    await submitJob(null, jobForm("二度目の案件", key("second-a")));
    await submitJob(null, jobForm("二度目の案件", key("second-b")));
    expect(await jobsTitled("二度目の案件")).toBe(2);
  });

  it("a refused submit lets go of its key, so the corrected form goes through with it", async () => {
    const refused = await submitJob(null, jobForm("", key("retry")));
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    const past = form(Object.fromEntries(jobForm("修正して再送", key("retry")).entries()) as Record<string, string>);
    past.set("deadline", inDays(-3));
    expect(await submitJob(null, past)).toMatchObject({ ok: false, code: "domain" });
    expect(await db().prisma.submissionKey.count({ where: { userId: buyer.userId, key: key("retry") } })).toBe(0);
    expect(await submitJob(null, jobForm("修正して再送", key("retry")))).toMatchObject({ ok: true });
    expect(await jobsTitled("修正して再送")).toBe(1);
  });

  it("refuses a create form without a key, with a message, and makes nothing", async () => {
    const result = await submitJob(null, jobForm("鍵なし"));
    expect(result).toMatchObject({ ok: false, code: "invalid", formError: expect.stringMatching(/再読み込み/) });
    expect(await jobsTitled("鍵なし")).toBe(0);
  });

  it("keeps dates and yen amounts of a stored result, and forgets keys after a week", async () => {
    const value = { at: new Date("2026-12-06T01:02:03.004Z"), yen: 12_345_678_901_234n, nested: [{ label: "x" }], none: null };
    expect(decodeResult(encodeResult(value))).toEqual(value);
    expect(decodeResult(encodeResult(undefined))).toBeUndefined();
    const weekLater = new Date(Date.now() + 8 * 86_400_000);
    expect(await forgetSubmissionKeys(db(), weekLater)).toBeGreaterThan(0);
    expect(await db().prisma.submissionKey.count()).toBe(0);
  });
});
