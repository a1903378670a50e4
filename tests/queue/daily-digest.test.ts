// digest.fittingJobs: one mail per firm user listing the jobs published in the last 24 hours that fit
// the firm (a step it offers, within tolerance and size) and that it may see; plus the other
// notifications the user wants daily. A rerun mails nothing twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { loggedMails } from "@/lib/mail/send";
import { sendDailyDigests } from "@/lib/queue/tasks/daily-digest";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, type World } from "../notifications/fixtures";

let db: Database;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
});
afterAll(async () => db?.close());
beforeEach(() => {
  loggedMails.length = 0;
});

const NOW = new Date("2026-11-23T23:00:00Z"); // 08:00 on 24 November in Tokyo
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3600_000);

describe("the daily digest of fitting jobs", () => {
  it("lists fitting and visible jobs only, once per user, and follows each user's choice", async () => {
    const firm = await world.add.firm([{ processCode: "turning", bestToleranceUm: 5, maxWorkpieceMm: 300 }, { processCode: "milling" }]);
    const unrelated = await world.add.firm([{ processCode: "welding" }]);
    const pending = await world.add.firm([{ processCode: "turning", bestToleranceUm: 1 }], { status: "PENDING" });
    const admin = await world.add.user("FIRM_ADMIN", { firmId: firm.id });
    const member = await world.add.user("FIRM_MEMBER", { firmId: firm.id }, { locale: "en" });
    const appOnly = await world.add.user("FIRM_MEMBER", { firmId: firm.id });
    const unrelatedUser = await world.add.user("FIRM_ADMIN", { firmId: unrelated.id });
    const pendingUser = await world.add.user("FIRM_ADMIN", { firmId: pending.id });
    await db.prisma.notificationPreference.create({ data: { userId: appOnly.id, kind: "jobs.fitting", inApp: true, email: "NEVER" } });

    const buyer = await world.add.buyer();
    const job = (titleJa: string, options: Parameters<World["add"]["job"]>[1]) => world.add.job(buyer.id, { titleJa, titleEn: `${titleJa} (en)`, publishedAt: hoursAgo(3), ...options });
    const fits = await job("旋盤 公差10", { steps: [{ processCode: "press" }, { processCode: "turning", toleranceUm: 10, sizeMm: 200 }] });
    await job("公差が厳しすぎる", { steps: [{ processCode: "turning", toleranceUm: 2 }] });
    await job("大きすぎる", { steps: [{ processCode: "turning", sizeMm: 500 }] });
    await job("工程なし", { steps: [{ processCode: "grinding" }] });
    await job("招待されていない", { visibility: "INVITED_ONLY", steps: [{ processCode: "milling" }] });
    const invited = await job("招待された", { visibility: "INVITED_ONLY", invitedFirmIds: [firm.id], steps: [{ processCode: "milling" }], publishedAt: hoursAgo(1) });
    await job("古い", { publishedAt: hoursAgo(30) });
    await job("審査中", { status: "UNDER_REVIEW", publishedAt: null });
    await job("締切済", { status: "GROUPS_INVITED" });

    // A notification the admin wants daily rather than at once.
    await db.prisma.notificationPreference.create({ data: { userId: admin.id, kind: "job.questionAnswered", inApp: true, email: "DAILY_DIGEST" } });
    await db.prisma.notification.create({ data: { userId: admin.id, kind: "job.questionAnswered", params: { title: "ブラケット" }, linkPath: "/jobs/q", createdAt: hoursAgo(2) } });

    const result = await sendDailyDigests(db, NOW);
    expect(result).toEqual({ mailed: 2, fittingNotices: 3 });

    expect(loggedMails.map((m) => m.to).sort()).toEqual([admin.email, member.email].sort());
    const adminMail = loggedMails.find((m) => m.to === admin.email)!;
    expect(adminMail.subject).toContain("3 件"); // two jobs and one other notification
    expect(adminMail.text).toContain("旋盤 公差10");
    expect(adminMail.text).toContain("招待された");
    expect(adminMail.text).toContain(`/jobs/${fits.id}`);
    expect(adminMail.text).toContain(`/jobs/${invited.id}`);
    expect(adminMail.text).toContain("プレス加工 → 旋盤加工"); // the job's route in process names
    for (const absent of ["公差が厳しすぎる", "大きすぎる", "工程なし", "招待されていない", "古い", "審査中", "締切済"]) expect(adminMail.text).not.toContain(absent);
    expect(adminMail.text).toContain("「ブラケット」の質問に回答");
    // The newest job first; English readers get the English titles.
    expect(adminMail.text.indexOf("招待された")).toBeLessThan(adminMail.text.indexOf("旋盤 公差10"));
    const memberMail = loggedMails.find((m) => m.to === member.email)!;
    expect(memberMail.text).toContain("旋盤 公差10 (en)");
    expect(memberMail.subject).toMatch(/^Joint-Order Platform/);

    // In the app: one "N jobs fit" notification per user who wants it in the app.
    const fitting = await db.prisma.notification.findMany({ where: { kind: "jobs.fitting" }, select: { userId: true, params: true, emailedAt: true } });
    expect(fitting.map((f) => f.userId).sort()).toEqual([admin.id, member.id, appOnly.id].sort());
    expect(fitting.find((f) => f.userId === appOnly.id)).toEqual({ userId: appOnly.id, params: { count: 2 }, emailedAt: null });
    expect(await db.prisma.notification.count({ where: { userId: { in: [unrelatedUser.id, pendingUser.id] } } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: admin.id, kind: "job.questionAnswered", emailedAt: null } })).toBe(0);

    // A retry of the same morning mails nothing again.
    loggedMails.length = 0;
    expect(await sendDailyDigests(db, new Date(NOW.getTime() + 10 * 60_000))).toEqual({ mailed: 0, fittingNotices: 0 });
    expect(loggedMails).toEqual([]);
  });
});
