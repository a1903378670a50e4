// The demo seed gives the demo accounts unread notifications, so the bell shows a count at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { listNotifications, unreadCount } from "@/lib/notifications/inbox";
import { createTestDatabase } from "../helpers/test-db";
import { viewerOf } from "./fixtures";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db, { firms: 60, seed: 1, today: new Date("2026-11-01T00:00:00Z") });
});
afterAll(async () => db?.close());

describe("demo notifications", () => {
  it.each([
    ["buyer@demo.kyodo.example", 2, "job.handRaised"],
    ["buyer2@demo.kyodo.example", 2, "job.handRaised"],
    ["firm-admin@demo.kyodo.example", 1, "jobs.fitting"],
    ["firm-member@demo.kyodo.example", 1, "jobs.fitting"],
  ])("%s has %i unread, the newest a %s", async (email, unread, newestKind) => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    const viewer = viewerOf(user);
    expect(await unreadCount(db.prisma, viewer)).toBe(unread);
    const list = await listNotifications(db.prisma, viewer);
    expect(list[0]?.kind).toBe(newestKind);
    expect(list[0]?.title).not.toMatch(/\{\w+\}/); // every placeholder filled
    expect(list[0]?.linkPath).toMatch(/^\/jobs/);
  });
});
