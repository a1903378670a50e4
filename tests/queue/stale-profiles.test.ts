// profiles.staleReminder: admins of verified firms whose profile was confirmed more than six
// months ago are reminded, at most once in 30 days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { remindStaleProfiles } from "@/lib/queue/tasks/stale-profiles";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, type World } from "../notifications/fixtures";

let db: Database;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
});
afterAll(async () => db?.close());

describe("profiles.staleReminder", () => {
  it("reminds admins of stale profiles, at most once in 30 days", async () => {
    const now = new Date("2026-11-23T00:00:00Z");
    const stale = await world.add.firm([], { profileConfirmedAt: new Date("2026-04-01T00:00:00Z") });
    const fresh = await world.add.firm([], { profileConfirmedAt: new Date("2026-10-01T00:00:00Z") });
    const stalePending = await world.add.firm([], { status: "PENDING", profileConfirmedAt: new Date("2026-01-01T00:00:00Z") });
    const admin = await world.add.user("FIRM_ADMIN", { firmId: stale.id });
    const member = await world.add.user("FIRM_MEMBER", { firmId: stale.id });
    const freshAdmin = await world.add.user("FIRM_ADMIN", { firmId: fresh.id });
    const pendingAdmin = await world.add.user("FIRM_ADMIN", { firmId: stalePending.id });

    expect(await remindStaleProfiles(db, now)).toEqual({ reminded: 1 });
    const rows = await db.prisma.notification.findMany({ where: { userId: { in: [admin.id, member.id, freshAdmin.id, pendingAdmin.id] } } });
    expect(rows.map((r) => [r.userId, r.kind, r.params])).toEqual([[admin.id, "firm.profileStale", { confirmedOn: "2026-04-01" }]]);

    // A week later: not again. 31 days later: again.
    expect(await remindStaleProfiles(db, new Date("2026-11-30T00:00:00Z"))).toEqual({ reminded: 0 });
    expect(await remindStaleProfiles(db, new Date("2026-12-24T00:00:00Z"))).toEqual({ reminded: 1 });
  });
});
