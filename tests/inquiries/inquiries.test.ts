// Inquiries to a firm from its page, on a real database with the demo accounts: a buyer asks the Ota
// machining firm, the firm's people are told and reply, and only the two parties ever see the thread
// (other buyers, other firms and staff who did not ask get 404). Abuse protection: the daily limit,
// no inquiry to one's own firm or to a firm that is not verified. Files are checked by content, bad
// input comes back as field errors with the typed text kept, and nobody's e-mail address is shown.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { TINY_PNG } from "../helpers/files";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { createInquiry, postInquiryMessage } = await import("@/lib/inquiries/threads");
const { listInquiries, loadInquiryThread, inquiryFileForDownload } = await import("@/lib/inquiries/inbox");
const { loadFirmPage } = await import("@/lib/directory/firm-page");
const { sendInquiry, replyToInquiry } = await import("@/app/inquiries/actions");
const { NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

/** A form as the browser sends it, with its one-time key (lib/actions/one-time-key.ts). */
function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  data.set("submissionKey", randomUUID());
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("inquiries to a firm", () => {
  let buyer: Viewer;
  let otherBuyer: Viewer;
  let machining: Viewer;
  let machiningMember: Viewer;
  let press: Viewer;
  let otaStaff: Viewer;
  let federation: Viewer;
  let pendingFirmId: string;
  let threadId: string;
  const inbox = async (viewer: Viewer) => (await listInquiries(db(), viewer)).map((i) => i.id);
  const unread = async (viewer: Viewer) => db().prisma.notification.count({ where: { userId: viewer.userId, kind: "inquiry.message", readAt: null } });

  beforeAll(async () => {
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "kj-inquiries-"));
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 11, today });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    otherBuyer = await viewerOf(db(), "buyer2@demo.kyodo.example");
    machining = await viewerOf(db(), "firm-admin@demo.kyodo.example");
    machiningMember = await viewerOf(db(), "firm-member@demo.kyodo.example");
    press = await viewerOf(db(), "press-admin@demo.kyodo.example");
    otaStaff = await viewerOf(db(), "ota-staff@demo.kyodo.example", { twoFactorPending: false });
    federation = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
    pendingFirmId = (await viewerOf(db(), "pending-admin@demo.kyodo.example")).firmId!;
    expect(machiningMember.firmId).toBe(machining.firmId);
  }, 180_000);

  it("starts a thread from a buyer and tells the firm's admins and members, with no e-mail address", async () => {
    const { id } = await createInquiry(db(), buyer, { firmId: machining.firmId!, subject: "φ20 シャフトの見積り", body: "SUS304 で 500 本、納期 6 週間で可能でしょうか。" }, { bytes: TINY_PNG, name: "図面.png" });
    threadId = id;
    expect(await unread(machining)).toBe(1);
    expect(await unread(machiningMember)).toBe(1);
    expect(await unread(buyer)).toBe(0);
    const note = await db().prisma.notification.findFirstOrThrow({ where: { userId: machining.userId, kind: "inquiry.message" } });
    expect(note.linkPath).toBe(`/inquiries/${id}`);
    expect(JSON.stringify(note.params)).not.toContain("@");

    const [item] = await listInquiries(db(), machining);
    expect(item).toMatchObject({ id, subject: "φ20 シャフトの見積り", direction: "received", unread: true });
    const buyerOrg = await db().prisma.buyerOrganization.findUniqueOrThrow({ where: { id: buyer.buyerOrgId! } });
    expect(item!.other.ja).toBe(buyerOrg.name);
    const thread = await loadInquiryThread(db(), machining, id);
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.attachments[0]!.fileName).toMatch(/\.png$/);
    // Names and organisations only: neither side's e-mail address is in what the page gets.
    expect(JSON.stringify(thread)).not.toContain(buyer.email);
    expect(JSON.stringify(thread)).not.toMatch(/@/);

    const audit = await db().prisma.auditLog.findFirst({ where: { action: "inquiry.start", targetId: id } });
    expect(audit).toMatchObject({ actorId: buyer.userId, targetType: "inquiry" });
  });

  it("lets the firm reply, the buyer see it as unread, and marks it read once opened", async () => {
    await postInquiryMessage(db(), machiningMember, { inquiryId: threadId, body: "可能です。詳細図をお送りください。" });
    expect(await unread(buyer)).toBe(1);
    const [item] = await listInquiries(db(), buyer);
    expect(item).toMatchObject({ id: threadId, direction: "sent", unread: true });
    const thread = await loadInquiryThread(db(), buyer, threadId);
    expect(thread.messages.map((m) => [m.body, m.mine])).toEqual([
      ["SUS304 で 500 本、納期 6 週間で可能でしょうか。", true],
      ["可能です。詳細図をお送りください。", false],
    ]);
    expect(thread.messages[1]!.author?.name).toBeTruthy();
    expect((await listInquiries(db(), buyer))[0]!.unread).toBe(false);
    // Read markers are per user: the member who wrote has read it, the admin has not seen the reply yet.
    expect((await listInquiries(db(), machiningMember))[0]!.unread).toBe(false);
    expect((await listInquiries(db(), machining))[0]!.unread).toBe(true);
  });

  it("answers 404 to everyone who is not a party: another buyer, another firm, staff who did not ask", async () => {
    const fileId = (await loadInquiryThread(db(), buyer, threadId)).messages[0]!.attachments[0]!.id;
    await expect(inquiryFileForDownload(db(), machining, fileId)).resolves.toMatchObject({ mimeType: "image/png" });
    for (const outsider of [otherBuyer, press, otaStaff, federation]) {
      await expect(loadInquiryThread(db(), outsider, threadId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(postInquiryMessage(db(), outsider, { inquiryId: threadId, body: "見せて" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(inquiryFileForDownload(db(), outsider, fileId)).rejects.toBeInstanceOf(NotFoundError);
      expect(await inbox(outsider)).not.toContain(threadId);
    }
    await expect(loadInquiryThread(db(), buyer, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a firm and staff ask other firms; each side of the thread sees it", async () => {
    const fromFirm = await createInquiry(db(), press, { firmId: machining.firmId!, subject: "外注のお願い", body: "研削をお願いできますか。" });
    expect(await inbox(press)).toContain(fromFirm.id);
    expect(await inbox(machining)).toContain(fromFirm.id);
    expect((await listInquiries(db(), press)).find((i) => i.id === fromFirm.id)?.direction).toBe("sent");

    // Association staff see (and so can ask) their own association's firms: the machining firm is in Ota.
    const fromStaff = await createInquiry(db(), otaStaff, { firmId: machining.firmId!, subject: "展示会のご案内", body: "出展をご検討ください。" });
    expect(await inbox(otaStaff)).toContain(fromStaff.id);
    expect(await inbox(federation)).not.toContain(fromStaff.id);
    await expect(loadInquiryThread(db(), press, fromStaff.id)).rejects.toBeInstanceOf(NotFoundError);
    await postInquiryMessage(db(), machining, { inquiryId: fromStaff.id, body: "参加します。" });
    expect(await db().prisma.notification.count({ where: { userId: otaStaff.userId, kind: "inquiry.message" } })).toBe(1);
  });

  it("refuses one's own firm and firms that are not verified or are suspended", async () => {
    await expect(createInquiry(db(), machiningMember, { firmId: machining.firmId!, subject: "自社", body: "テスト" })).rejects.toMatchObject({ messageKey: "inquiries.errors.ownFirm" });
    // A pending firm is invisible to buyers (404) and cannot be contacted even by staff who can see it.
    await expect(createInquiry(db(), buyer, { firmId: pendingFirmId, subject: "件名", body: "本文" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createInquiry(db(), federation, { firmId: pendingFirmId, subject: "件名", body: "本文" })).rejects.toMatchObject({ messageKey: "inquiries.errors.notContactable" });

    await db().prisma.firm.update({ where: { id: machining.firmId! }, data: { status: "SUSPENDED" } });
    try {
      await expect(createInquiry(db(), otherBuyer, { firmId: machining.firmId!, subject: "件名", body: "本文" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(postInquiryMessage(db(), buyer, { inquiryId: threadId, body: "まだですか" })).rejects.toMatchObject({ messageKey: "inquiries.errors.closed" });
      expect((await loadInquiryThread(db(), buyer, threadId)).open).toBe(false);
    } finally {
      await db().prisma.firm.update({ where: { id: machining.firmId! }, data: { status: "VERIFIED" } });
    }
  });

  it("lets a user start at most 10 new threads in 24 hours, and replies still work", async () => {
    const firms = await db().prisma.firm.findMany({ where: { status: "VERIFIED" }, orderBy: { nameJa: "asc" }, take: 11, select: { id: true } });
    const at = new Date();
    for (const firm of firms.slice(0, 10)) await createInquiry(db(), otherBuyer, { firmId: firm.id, subject: "打診", body: "ご対応可能でしょうか。" }, null, at);
    await expect(createInquiry(db(), otherBuyer, { firmId: firms[10]!.id, subject: "打診", body: "11 件目" }, null, at)).rejects.toMatchObject({ messageKey: "inquiries.errors.dailyLimit", params: { max: 10 } });
    const [latest] = await listInquiries(db(), otherBuyer);
    await expect(postInquiryMessage(db(), otherBuyer, { inquiryId: latest!.id, body: "追記です。" })).resolves.toMatchObject({ id: expect.any(String) });
    const tomorrow = new Date(at.getTime() + 24 * 60 * 60 * 1000 + 1000);
    await expect(createInquiry(db(), otherBuyer, { firmId: firms[10]!.id, subject: "打診", body: "翌日" }, null, tomorrow)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("checks a file by its content, not its name", async () => {
    const fake = { bytes: new TextEncoder().encode("MZ this is not a drawing"), name: "図面.pdf" };
    await expect(postInquiryMessage(db(), buyer, { inquiryId: threadId, body: "図面です" }, fake)).rejects.toMatchObject({ messageKey: "inquiries.upload.typeNotAllowed", field: "file" });
    await expect(createInquiry(db(), buyer, { firmId: press.firmId!, subject: "件名", body: "本文" }, fake)).rejects.toMatchObject({ field: "file" });
  });

  it("returns field errors in the user's language with the typed text kept, never a crash", async () => {
    session.viewer = buyer;
    const empty = await sendInquiry(null, form({ firmId: machining.firmId!, subject: "  ", body: "本文は書きました" }));
    expect(empty).toMatchObject({ ok: false, code: "invalid", fieldErrors: { subject: expect.stringMatching(/入力/) }, values: { body: "本文は書きました" } });

    const badFile = await sendInquiry(null, form({ firmId: press.firmId!, subject: "件名", body: "本文", file: new File(["not a drawing"], "a.pdf", { type: "application/pdf" }) }));
    expect(badFile).toMatchObject({ ok: false, fieldErrors: { file: expect.stringMatching(/種類/) }, values: { subject: "件名", body: "本文" } });

    session.viewer = { ...otherBuyer, locale: "en" };
    const outsider = await replyToInquiry(null, form({ inquiryId: threadId, body: "hello" }));
    expect(outsider).toMatchObject({ ok: false, code: "not_found" });
    const tooLong = await replyToInquiry(null, form({ inquiryId: "x", body: "あ".repeat(4001) }));
    expect(tooLong).toMatchObject({ ok: false, code: "invalid", fieldErrors: { inquiryId: expect.any(String), body: expect.stringMatching(/long/i) } });

    session.viewer = machining;
    const own = await sendInquiry(null, form({ firmId: machining.firmId!, subject: "件名", body: "本文" }));
    expect(own).toMatchObject({ ok: false, code: "domain", formError: "自社には問い合わせできません。" });
  });

  it("refuses a NUL byte or a lone surrogate with a field message in the user's language, and stores nothing", async () => {
    const messages = () => db().prisma.inquiryMessage.count({ where: { inquiryId: threadId } });
    const before = await messages();
    session.viewer = buyer; // ja
    const nul = await replyToInquiry(null, form({ inquiryId: threadId, body: "数量\u0000500" }));
    expect(nul).toMatchObject({ ok: false, code: "invalid", fieldErrors: { body: expect.stringContaining("保存できない文字") }, values: { body: "数量\u0000500" } });
    session.viewer = { ...buyer, locale: "en" };
    // FormData turns a lone surrogate into U+FFFD; a server action called with JSON arguments keeps it.
    const surrogate = await replyToInquiry(null, { submissionKey: randomUUID(), inquiryId: threadId, body: "broken \uD83D emoji" });
    expect(surrogate).toMatchObject({ ok: false, code: "invalid", fieldErrors: { body: expect.stringContaining("cannot be stored") } });
    const subject = await sendInquiry(null, { submissionKey: randomUUID(), firmId: press.firmId!, subject: "\uDC00", body: "ok" });
    expect(subject).toMatchObject({ ok: false, code: "invalid", fieldErrors: { subject: expect.stringContaining("cannot be stored") } });
    expect(await messages()).toBe(before);
  });

  it("writes a message and its notifications together: when the notification fails, nothing is left and a retry makes one message", async () => {
    const messages = () => db().prisma.inquiryMessage.count({ where: { inquiryId: threadId } });
    const notes = () => db().prisma.notification.count({ where: { userId: buyer.userId, kind: "inquiry.message" } });
    const [messagesBefore, notesBefore] = [await messages(), await notes()];
    // Past the schema (a caller that skips it): the text column takes the lone surrogate, the
    // notification's jsonb refuses it, so the write fails half-way unless both share a transaction.
    await expect(postInquiryMessage(db(), machining, { inquiryId: threadId, body: "半分だけ \uD800" })).rejects.toThrow();
    expect(await messages()).toBe(messagesBefore);
    expect(await notes()).toBe(notesBefore);
    await postInquiryMessage(db(), machining, { inquiryId: threadId, body: "半分だけ" });
    expect(await messages()).toBe(messagesBefore + 1);
    expect(await notes()).toBe(notesBefore + 1);
  });

  it("shows the contact form only where it may be used, and hides e-mail addresses a firm typed", async () => {
    await db().prisma.firm.update({ where: { id: machining.firmId! }, data: { descriptionJa: "ご相談は sales@example.co.jp または ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ まで。Ti-6Al-4V@0.01 mm" } });
    const page = await loadFirmPage(buyer, machining.firmId!);
    expect(page.canContact).toBe(true);
    expect(page.descriptionJa).toBe("ご相談は ［メールアドレス非表示］ または ［メールアドレス非表示］ まで。Ti-6Al-4V@0.01 mm");
    expect(JSON.stringify(page)).not.toMatch(/[\w.]+@[\w-]+\.[a-z]{2,}/i);
    expect((await loadFirmPage(machining, machining.firmId!)).canContact).toBe(false);
    expect((await loadFirmPage(federation, pendingFirmId)).canContact).toBe(false);
  });
});
