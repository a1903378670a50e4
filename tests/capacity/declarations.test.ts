// Declaring capacity on a real database: who may (own firm's admins and members only), the twelve
// weeks, one row per tap, staleness on the calendar, and the 14-day reminder by notification settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { declareWeek, loadCapacityCalendar } from "@/lib/capacity/declarations";
import { declarationSchema } from "@/lib/capacity/schema";
import { ForbiddenError, DomainError, NotFoundError } from "@/lib/authz/errors";
import { remindCapacityDeclarations } from "@/lib/queue/tasks/capacity-reminders";
import { SCHEDULED_TASKS } from "@/lib/queue/tasks";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, viewerOf, type World } from "../notifications/fixtures";

let db: Database;
let world: World;
const now = new Date("2026-12-09T01:00:00Z"); // Wednesday in Tokyo; the week starts Monday 7 December
const tap = (raw: Record<string, unknown>) => declarationSchema.parse(raw);

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
});
afterAll(async () => db?.close());

describe("declaring a week", () => {
  it("lets the firm's admin and member set a week, one row per firm × process × week", async () => {
    const firm = await world.add.firm([{ processCode: "turning" }, { processCode: "milling" }]);
    const admin = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: firm.id }));
    const member = viewerOf(await world.add.user("FIRM_MEMBER", { firmId: firm.id }));

    await declareWeek(db, admin, tap({ processCode: "turning", weekStart: "2026-12-07", level: "OPEN" }), now);
    await declareWeek(db, admin, tap({ processCode: "turning", weekStart: "2026-12-07", level: "OPEN" }), now);
    const later = new Date(now.getTime() + 60_000);
    await declareWeek(db, member, tap({ processCode: "turning", weekStart: "2026-12-14", level: "PIECES", pieces: "１２０" }), later);
    await declareWeek(db, member, tap({ processCode: "turning", weekStart: "2026-12-07", level: "NONE" }), later);

    const rows = await db.prisma.capacityDeclaration.findMany({ where: { firmId: firm.id }, orderBy: { weekStart: "asc" } });
    expect(rows.map((r) => [r.processCode, r.weekStart.toISOString().slice(0, 10), r.level, r.pieces, r.declaredById])).toEqual([
      ["turning", "2026-12-07", "NONE", null, member.userId],
      ["turning", "2026-12-14", "PIECES", 120, member.userId],
    ]);

    const calendar = await loadCapacityCalendar(db, member, later);
    expect(calendar.weeks).toHaveLength(12);
    expect(calendar.processes.map((p) => p.code).sort()).toEqual(["milling", "turning"]);
    const turning = calendar.processes.find((p) => p.code === "turning")!;
    expect(turning.cells.slice(0, 3)).toEqual([
      { weekStart: "2026-12-07", level: "NONE", pieces: null, stale: false },
      { weekStart: "2026-12-14", level: "PIECES", pieces: 120, stale: false },
      { weekStart: "2026-12-21", level: null, pieces: null, stale: false },
    ]);
    expect(calendar.lastDeclaredAt).toEqual(later);

    // 29 days on, the week of 4 January still shows the old tap, marked stale (unknown).
    await declareWeek(db, admin, tap({ processCode: "milling", weekStart: "2027-01-04", level: "SOME" }), now);
    const fiveWeeksOn = new Date("2027-01-07T01:00:01Z");
    const old = await loadCapacityCalendar(db, admin, fiveWeeksOn);
    expect(old.weeks[0]).toBe("2027-01-04");
    expect(old.processes.find((p) => p.code === "milling")!.cells[0]).toEqual({ weekStart: "2027-01-04", level: "SOME", pieces: null, stale: true });
  });

  it("refuses a week outside the twelve, a process the firm does not offer, and a bad number", async () => {
    const firm = await world.add.firm([{ processCode: "turning" }]);
    const admin = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: firm.id }));
    await expect(declareWeek(db, admin, tap({ processCode: "turning", weekStart: "2026-11-30", level: "OPEN" }), now)).rejects.toMatchObject({ messageKey: "capacity.errors.week" });
    await expect(declareWeek(db, admin, tap({ processCode: "turning", weekStart: "2027-03-01", level: "OPEN" }), now)).rejects.toBeInstanceOf(DomainError);
    await expect(declareWeek(db, admin, tap({ processCode: "grinding", weekStart: "2026-12-07", level: "OPEN" }), now)).rejects.toMatchObject({ messageKey: "capacity.errors.process" });
    expect(declarationSchema.safeParse({ processCode: "turning", weekStart: "2026-12-07", level: "PIECES" }).error?.issues[0]).toMatchObject({ path: ["pieces"], message: "capacity.errors.pieces" });
    expect(declarationSchema.safeParse({ processCode: "turning", weekStart: "2026-12-07", level: "PIECES", pieces: "-3" }).success).toBe(false);
    expect(declarationSchema.safeParse({ processCode: "turning", weekStart: "2026-12-07", level: "LOTS" }).success).toBe(false);
    expect(await db.prisma.capacityDeclaration.count({ where: { firmId: firm.id } })).toBe(0);
  });

  it("keeps each firm to its own calendar and lets nobody else declare", async () => {
    const a = await world.add.firm([{ processCode: "turning" }]);
    const b = await world.add.firm([{ processCode: "turning" }]);
    const adminB = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: b.id }));
    // B's tap lands on B, whatever it sends: the firm comes from the session, never the input.
    await declareWeek(db, adminB, tap({ processCode: "turning", weekStart: "2026-12-07", level: "NONE", firmId: a.id }), now);
    expect(await db.prisma.capacityDeclaration.count({ where: { firmId: a.id } })).toBe(0);
    expect(await db.prisma.capacityDeclaration.count({ where: { firmId: b.id } })).toBe(1);
    expect((await loadCapacityCalendar(db, adminB, now)).firmId).toBe(b.id);

    const buyerOrg = await world.add.buyer();
    const buyer = viewerOf(await world.add.user("BUYER", { buyerOrgId: buyerOrg.id }));
    await expect(declareWeek(db, buyer, tap({ processCode: "turning", weekStart: "2026-12-07", level: "OPEN" }), now)).rejects.toBeInstanceOf(NotFoundError);
    const staff = { ...buyer, role: "ASSOCIATION_STAFF" as const, buyerOrgId: null, associationId: world.associationId };
    await expect(loadCapacityCalendar(db, staff, now)).rejects.toBeInstanceOf(NotFoundError);
    const pending = await world.add.firm([{ processCode: "turning" }], { status: "PENDING" });
    const pendingAdmin = { ...viewerOf(await world.add.user("FIRM_ADMIN", { firmId: pending.id })), firmStatus: "PENDING" as const };
    await expect(declareWeek(db, pendingAdmin, tap({ processCode: "turning", weekStart: "2026-12-07", level: "OPEN" }), now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("capacity.reminder", () => {
  it("is a daily task on the queue", () => {
    expect(SCHEDULED_TASKS.find((t) => t.name === "capacity.reminder")).toMatchObject({ cron: "0 9 * * *", timeZone: "Asia/Tokyo" });
  });

  it("reminds the people of firms without an update for 14 days, at most once in 14 days, by their settings", async () => {
    // Fresh start: earlier tests' firms are verified too; look only at this test's users.
    const quiet = await world.add.firm([{ processCode: "turning" }]);
    const busy = await world.add.firm([{ processCode: "turning" }]);
    const never = await world.add.firm([{ processCode: "turning" }]);
    const quietAdmin = await world.add.user("FIRM_ADMIN", { firmId: quiet.id });
    const quietMember = await world.add.user("FIRM_MEMBER", { firmId: quiet.id });
    const optedOut = await world.add.user("FIRM_MEMBER", { firmId: quiet.id });
    await db.prisma.notificationPreference.create({ data: { userId: optedOut.id, kind: "capacity.reminder", inApp: false, email: "NEVER" } });
    const busyAdmin = await world.add.user("FIRM_ADMIN", { firmId: busy.id });
    const neverAdmin = await world.add.user("FIRM_ADMIN", { firmId: never.id });
    const mine = [quietAdmin.id, quietMember.id, optedOut.id, busyAdmin.id, neverAdmin.id];

    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await declareWeek(db, viewerOf(quietAdmin), tap({ processCode: "turning", weekStart: "2026-12-07", level: "OPEN" }), day("2026-12-07"));
    await declareWeek(db, viewerOf(busyAdmin), tap({ processCode: "turning", weekStart: "2026-12-14", level: "OPEN" }), day("2026-12-15"));
    const reminded = async (at: string) => {
      await remindCapacityDeclarations(db, day(at));
      const rows = await db.prisma.notification.findMany({ where: { kind: "capacity.reminder", userId: { in: mine }, createdAt: day(at) }, select: { userId: true, linkPath: true } });
      return rows.map((r) => r.userId).sort();
    };

    // 13 days after the quiet firm's tap: only the firm that never declared.
    expect(await reminded("2026-12-20")).toEqual([neverAdmin.id]);
    // 15 days: the quiet firm's admin and member; not the one who turned the reminder off, not the busy firm.
    expect(await reminded("2026-12-22")).toEqual([quietAdmin.id, quietMember.id].sort());
    expect(await db.prisma.notification.findFirst({ where: { userId: quietAdmin.id, kind: "capacity.reminder" }, select: { linkPath: true } })).toEqual({ linkPath: "/firm/capacity" });
    // The next day: nobody again; 15 days later: again, now with the busy firm too.
    expect(await reminded("2026-12-23")).toEqual([]);
    expect(await reminded("2027-01-06")).toEqual([quietAdmin.id, quietMember.id, busyAdmin.id, neverAdmin.id].sort());
  });
});
