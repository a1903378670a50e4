// notify() and the viewer's inbox on a real database: preferences decide in-app rows and e-mails,
// e-mails are in the recipient's language, and every inbox operation is limited to the viewer.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import { loggedMails } from "@/lib/mail/send";
import { listNotifications, markAllRead, markRead, unreadCount } from "@/lib/notifications/inbox";
import { notify, notifyBuyerOrg, notifyFirm } from "@/lib/notifications/notify";
import { getPreferences, setPreferences } from "@/lib/notifications/preferences";
import { preferencesFormSchema, preferencesSchema } from "@/lib/notifications/preferences-schema";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, viewerOf, type World } from "./fixtures";

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

const expired = { kind: "job.expired" as const, params: { title: "シャフト 500 本", titleEn: "500 shafts", answerBy: "2026-11-20" }, linkPath: "/jobs/x" };

describe("notify", () => {
  it("by default shows the notification in the app and mails it at once", async () => {
    const buyer = await world.add.buyer();
    const user = await world.add.user("BUYER", { buyerOrgId: buyer.id });
    const result = await notify(db.prisma, { userIds: [user.id], ...expired });
    expect(result).toEqual({ stored: 1, emailed: 1 });
    const rows = await db.prisma.notification.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "job.expired", inApp: true, readAt: null, linkPath: "/jobs/x" });
    expect(rows[0]?.emailedAt).not.toBeNull();
    expect(loggedMails).toHaveLength(1);
    expect(loggedMails[0]?.to).toBe(user.email);
    expect(loggedMails[0]?.subject).toContain("シャフト 500 本");
    expect(loggedMails[0]?.text).toContain("2026-11-20");
  });

  it("writes the mail in the recipient's language", async () => {
    const buyer = await world.add.buyer();
    const user = await world.add.user("BUYER", { buyerOrgId: buyer.id }, { locale: "en" });
    await notify(db.prisma, { userIds: [user.id], ...expired });
    expect(loggedMails[0]?.subject).toBe("“500 shafts” expired: its answer date has passed");
    expect(loggedMails[0]?.text).toContain("/profile/notifications");
  });

  it("respects each user's in-app and e-mail choices", async () => {
    const buyer = await world.add.buyer();
    const [quiet, mailOnly, appOnly, daily] = await Promise.all([1, 2, 3, 4].map(() => world.add.user("BUYER", { buyerOrgId: buyer.id })));
    const choose = (userId: string, inApp: boolean, email: "IMMEDIATE" | "DAILY_DIGEST" | "NEVER") =>
      db.prisma.notificationPreference.create({ data: { userId, kind: "job.expired", inApp, email } });
    await choose(quiet!.id, false, "NEVER");
    await choose(mailOnly!.id, false, "IMMEDIATE");
    await choose(appOnly!.id, true, "NEVER");
    await choose(daily!.id, true, "DAILY_DIGEST");

    const result = await notify(db.prisma, { userIds: [quiet!.id, mailOnly!.id, appOnly!.id, daily!.id], ...expired });
    expect(result).toEqual({ stored: 3, emailed: 1 });
    expect(loggedMails.map((m) => m.to)).toEqual([mailOnly!.email]);
    expect(await db.prisma.notification.count({ where: { userId: quiet!.id } })).toBe(0);
    // Mail-only rows are kept (they record the mail) but never shown in the app.
    expect(await unreadCount(db.prisma, viewerOf(mailOnly!))).toBe(0);
    expect(await listNotifications(db.prisma, viewerOf(mailOnly!))).toEqual([]);
    expect(await unreadCount(db.prisma, viewerOf(appOnly!))).toBe(1);
    // Daily: shown now, mailed later by the digest.
    expect(await db.prisma.notification.findFirst({ where: { userId: daily!.id }, select: { emailedAt: true, inApp: true } })).toEqual({ emailedAt: null, inApp: true });
  });

  it("skips users who are not active", async () => {
    const buyer = await world.add.buyer();
    const gone = await world.add.user("BUYER", { buyerOrgId: buyer.id }, { status: "DISABLED" });
    expect(await notify(db.prisma, { userIds: [gone.id], ...expired })).toEqual({ stored: 0, emailed: 0 });
  });

  it("reaches a buyer organisation's users, or a firm's users or only its admins", async () => {
    const [buyerA, buyerB] = [await world.add.buyer(), await world.add.buyer()];
    const a1 = await world.add.user("BUYER", { buyerOrgId: buyerA.id });
    const a2 = await world.add.user("BUYER", { buyerOrgId: buyerA.id });
    const b1 = await world.add.user("BUYER", { buyerOrgId: buyerB.id });
    await notifyBuyerOrg(db.prisma, buyerA.id, expired);
    const got = async (id: string) => db.prisma.notification.count({ where: { userId: id } });
    expect([await got(a1.id), await got(a2.id), await got(b1.id)]).toEqual([1, 1, 0]);

    const firm = await world.add.firm([{ processCode: "turning" }]);
    const admin = await world.add.user("FIRM_ADMIN", { firmId: firm.id });
    const member = await world.add.user("FIRM_MEMBER", { firmId: firm.id });
    await notifyFirm(db.prisma, firm.id, { kind: "firm.profileStale", params: { confirmedOn: "2026-01-01" } }, { onlyAdmins: true });
    await notifyFirm(db.prisma, firm.id, { kind: "job.invited", params: { title: "試作" }, linkPath: "/jobs/y" });
    expect(await got(admin.id)).toBe(2);
    expect(await got(member.id)).toBe(1);
  });
});

describe("the inbox is the viewer's own", () => {
  it("counts, lists and marks only the viewer's notifications", async () => {
    const buyer = await world.add.buyer();
    const alice = await world.add.user("BUYER", { buyerOrgId: buyer.id }, { locale: "en" });
    const bob = await world.add.user("BUYER", { buyerOrgId: buyer.id });
    await notify(db.prisma, { userIds: [alice.id], ...expired });
    await notify(db.prisma, { userIds: [alice.id], kind: "job.handRaised", params: { title: "軸", firm: "大田精機" }, linkPath: "/jobs/z" });
    await notify(db.prisma, { userIds: [bob.id], ...expired });
    const [asAlice, asBob] = [viewerOf(alice), viewerOf(bob)];

    const list = await listNotifications(db.prisma, asAlice);
    expect(list.map((n) => n.kind)).toEqual(["job.handRaised", "job.expired"]);
    expect(list[1]?.title).toBe("“500 shafts” expired: its answer date has passed");
    expect(await unreadCount(db.prisma, asAlice)).toBe(2);

    // Bob cannot read, mark or even find Alice's notification.
    const alicesId = list[0]!.id;
    await expect(markRead(db.prisma, asBob, alicesId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await unreadCount(db.prisma, asAlice)).toBe(2);
    expect((await markAllRead(db.prisma, asBob)).marked).toBe(1);
    expect(await unreadCount(db.prisma, asAlice)).toBe(2);

    await markRead(db.prisma, asAlice, alicesId);
    expect(await unreadCount(db.prisma, asAlice)).toBe(1);
    await markRead(db.prisma, asAlice, alicesId, false);
    expect(await unreadCount(db.prisma, asAlice)).toBe(2);
    expect((await markAllRead(db.prisma, asAlice)).marked).toBe(2);
    expect(await unreadCount(db.prisma, asAlice)).toBe(0);
  });

  it("is closed to users of a firm that is not verified yet", async () => {
    const firm = await world.add.firm([], { status: "PENDING" });
    const user = await world.add.user("FIRM_ADMIN", { firmId: firm.id });
    await expect(unreadCount(db.prisma, { ...viewerOf(user), firmStatus: "PENDING" })).rejects.toThrow();
  });
});

describe("preferences", () => {
  it("fills in defaults per kind and saves only kinds the role receives", async () => {
    const firm = await world.add.firm([{ processCode: "turning" }]);
    const member = await world.add.user("FIRM_MEMBER", { firmId: firm.id });
    const viewer = viewerOf(member);
    const defaults = await getPreferences(db.prisma, viewer);
    expect(defaults.find((p) => p.kind === "jobs.fitting")).toEqual({ kind: "jobs.fitting", inApp: true, email: "DAILY_DIGEST" });
    expect(defaults.map((p) => p.kind)).not.toContain("job.expired"); // a buyer's kind
    expect(defaults.map((p) => p.kind)).not.toContain("firm.profileStale"); // admins only

    const input = preferencesSchema.parse({
      preferences: [
        { kind: "jobs.fitting", inApp: false, email: "NEVER" },
        { kind: "job.expired", inApp: false, email: "NEVER" },
      ],
    });
    expect(await setPreferences(db.prisma, viewer, input)).toEqual({ saved: 1 });
    const saved = await getPreferences(db.prisma, viewer);
    expect(saved.find((p) => p.kind === "jobs.fitting")).toEqual({ kind: "jobs.fitting", inApp: false, email: "NEVER" });
    expect(await db.prisma.notificationPreference.count({ where: { userId: member.id } })).toBe(1);
  });

  it("refuses an e-mail choice the kind does not offer, and unknown kinds", () => {
    expect(preferencesSchema.safeParse({ preferences: [{ kind: "jobs.fitting", inApp: true, email: "IMMEDIATE" }] }).success).toBe(false);
    expect(preferencesSchema.safeParse({ preferences: [{ kind: "nope.kind", inApp: true, email: "NEVER" }] }).success).toBe(false);
    expect(preferencesSchema.safeParse({ preferences: [] }).success).toBe(false);
  });

  it("reads the settings form's flat fields", () => {
    const parsed = preferencesFormSchema.parse({ kinds: "job.invited,jobs.fitting", "inApp.job.invited": "on", "email.job.invited": "DAILY_DIGEST", "email.jobs.fitting": "NEVER" });
    expect(parsed.preferences).toEqual([
      { kind: "job.invited", inApp: true, email: "DAILY_DIGEST" },
      { kind: "jobs.fitting", inApp: false, email: "NEVER" },
    ]);
  });
});
