// The demo data gives every demo account something true to do and to read: each one's start page
// lists work on a fresh seed, and the figures derived from its records agree with those records
// (a buyer's award rate comes from the jobs' dates, which must match their history).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/lib/demo-data/demo-accounts";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { buyerReliability } from "@/lib/jobs/buyer-reliability";
import { loadStartPage } from "@/lib/start/start-page";
import { createTestDatabase } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewer-of";
import { downMembers } from "@/lib/outages/substitutes";

const today = new Date("2026-11-02T00:00:00Z");

describe("demo accounts have work and consistent figures", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 80, seed: 11, today });
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.role] as const))("%s (%s) finds something on its start page", async (email) => {
    // Staff and the admin, once they have enrolled two-factor sign-in (their first step).
    const viewer = await viewerOf(db, email, { twoFactorPending: false });
    const { items } = await loadStartPage(db, viewer, new Date(today.getTime() + 3_600_000));
    expect(items.length).toBeGreaterThan(0);
  });

  it("has one firm down in a group in production, for which the platform proposes a substitute", async () => {
    const outages = await db.prisma.firmOutage.findMany({ select: { firmId: true } });
    expect(outages).toHaveLength(1);
    // The one group where it holds unfinished work, led by the demo firm.
    const holding = await db.prisma.groupMember.findMany({ where: { firmId: outages[0]!.firmId, status: "ACCEPTED", group: { status: { in: ["INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED", "AWARDED", "IN_PRODUCTION"] } }, assignments: { some: { status: { not: "DONE" } } } }, select: { groupId: true, group: { select: { leadFirmId: true } } } });
    expect(holding).toHaveLength(1);
    const member = holding[0]!;
    const lead = await viewerOf(db, "firm-admin@demo.kyodo.example");
    expect(lead.firmId).toBe(member.group.leadFirmId);
    const { members, canPropose, substitutable } = await downMembers(db, lead, member.groupId, new Date(today.getTime() + 3_600_000));
    expect(canPropose && substitutable).toBe(true);
    expect(members).toHaveLength(1);
    expect(members[0]!.options.length).toBeGreaterThan(0);
    // Its lead was told when it went down.
    expect(await db.prisma.notification.count({ where: { kind: "outage.memberDown", userId: lead.userId } })).toBe(1);
  });

  it("each staff account has a group to approve on a fresh seed", async () => {
    for (const email of ["federation@demo.kyodo.example", "ota-staff@demo.kyodo.example", "tama-staff@demo.kyodo.example"]) {
      const { items } = await loadStartPage(db, await viewerOf(db, email, { twoFactorPending: false }), today);
      expect(items.some((i) => i.kind === "approveGroup"), email).toBe(true);
    }
  });

  it("every awarded job carries the day of its award and every finished job the day it ended, as in its history", async () => {
    const wrong = await db.sql.query<{ id: string }>(`
      SELECT j.id || ' ' || j.status || ' ' || j."titleJa" AS id FROM "Job" j
      LEFT JOIN LATERAL (SELECT min("createdAt") AS at FROM "JobStatusChange" c WHERE c."jobId" = j.id AND c."toStatus" = 'AWARDED') a ON true
      LEFT JOIN LATERAL (SELECT max("createdAt") AS at FROM "JobStatusChange" c WHERE c."jobId" = j.id AND c."toStatus" IN ('CLOSED', 'CANCELLED', 'EXPIRED')) e ON true
      WHERE (j.status IN ('AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED') AND (j."awardedAt" IS NULL OR j."awardedAt" IS DISTINCT FROM a.at))
         OR (j.status IN ('CLOSED', 'CANCELLED', 'EXPIRED') AND (j."closedAt" IS NULL OR j."closedAt" IS DISTINCT FROM e.at))`);
    expect(wrong.map((w) => w.id)).toEqual([]);
  });

  it("the demo buyer's award rate is what its jobs say, not 0 %", async () => {
    const buyer = await db.prisma.user.findUniqueOrThrow({ where: { email: "buyer@demo.kyodo.example" }, select: { buyerOrgId: true } });
    const reliability = await buyerReliability(db.sql, buyer.buyerOrgId!, today);
    const [counted] = await db.sql.query<{ awarded: number; decided: number }>(
      `SELECT count(*) FILTER (WHERE status IN ('AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED'))::int AS awarded,
              count(*) FILTER (WHERE status IN ('AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED', 'CANCELLED', 'EXPIRED'))::int AS decided
       FROM "Job" WHERE "buyerOrgId" = $1 AND "publishedAt" >= $2::timestamptz - interval '24 months'`,
      [buyer.buyerOrgId, today.toISOString()],
    );
    expect(counted!.awarded).toBeGreaterThan(0);
    expect(reliability.awarded).toBe(counted!.awarded);
    expect(reliability.awardShare).toBeCloseTo(counted!.awarded / counted!.decided, 10);
    expect(reliability.averageDaysToAward).toBeGreaterThan(0);
  });
});
