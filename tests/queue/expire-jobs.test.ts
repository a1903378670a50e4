// jobs.expire: only OPEN / GROUPS_INVITED jobs whose answer date (a Tokyo calendar day) has passed
// expire; the change is recorded without an actor, the buyer's users are told, a rerun does nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { expireJobs, EXPIRY_REASON } from "@/lib/queue/tasks/expire-jobs";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, type World } from "../notifications/fixtures";

let db: Database;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
});
afterAll(async () => db?.close());

describe("jobs.expire", () => {
  it("expires only jobs past their answer date without an award, and tells their buyer", async () => {
    const buyer = await world.add.buyer();
    const other = await world.add.buyer();
    const buyerUser = await world.add.user("BUYER", { buyerOrgId: buyer.id });
    const otherUser = await world.add.user("BUYER", { buyerOrgId: other.id });
    const job = (status: "OPEN" | "GROUPS_INVITED" | "AWARDED" | "DRAFT", answerBy: string | null, buyerOrgId = buyer.id) =>
      world.add.job(buyerOrgId, { status, answerBy, titleJa: `案件 ${status} ${answerBy}` });
    const pastOpen = await job("OPEN", "2026-11-22");
    const pastInvited = await job("GROUPS_INVITED", "2026-11-20");
    const today = await job("OPEN", "2026-11-23");
    const awarded = await job("AWARDED", "2026-11-01");
    const draft = await job("DRAFT", "2026-11-01");
    const noDate = await job("OPEN", null);
    const otherFuture = await job("OPEN", "2026-12-01", other.id);

    // 23:00 on 22 November in Tokyo (14:00 UTC): the 22nd is still today there, nothing of it expires.
    const lateEvening = await expireJobs(db, new Date("2026-11-22T14:00:00Z"));
    expect(lateEvening.expired.sort()).toEqual([pastInvited.id]);
    // 01:00 on 23 November in Tokyo (16:00 UTC on the 22nd): now the 22nd has passed.
    const nextMorning = await expireJobs(db, new Date("2026-11-22T16:00:00Z"));
    expect(nextMorning.expired).toEqual([pastOpen.id]);

    const statuses = await db.prisma.job.findMany({ where: { buyerOrgId: { in: [buyer.id, other.id] } }, select: { id: true, status: true, closedAt: true } });
    const statusOf = (id: string) => statuses.find((s) => s.id === id)?.status;
    expect(statusOf(pastOpen.id)).toBe("EXPIRED");
    expect(statusOf(pastInvited.id)).toBe("EXPIRED");
    for (const untouched of [today, awarded, draft, noDate, otherFuture]) expect(statusOf(untouched.id)).toBe(untouched.status);
    expect(statuses.find((s) => s.id === pastOpen.id)?.closedAt).toEqual(new Date("2026-11-22T16:00:00Z"));

    const changes = await db.prisma.jobStatusChange.findMany({ where: { jobId: { in: [pastOpen.id, pastInvited.id] } }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.jobId, c.fromStatus, c.toStatus, c.actorId, c.reason])).toEqual([
      [pastInvited.id, "GROUPS_INVITED", "EXPIRED", null, EXPIRY_REASON],
      [pastOpen.id, "OPEN", "EXPIRED", null, EXPIRY_REASON],
    ]);

    const notices = await db.prisma.notification.findMany({ where: { userId: { in: [buyerUser.id, otherUser.id] } }, orderBy: { createdAt: "asc" } });
    expect(notices.map((n) => [n.userId, n.kind, n.linkPath])).toEqual([
      [buyerUser.id, "job.expired", `/jobs/${pastInvited.id}`],
      [buyerUser.id, "job.expired", `/jobs/${pastOpen.id}`],
    ]);
    expect(notices[1]?.params).toMatchObject({ title: pastOpen.titleJa, answerBy: "2026-11-22" });

    // A second run (a retry, or another instance) finds nothing left.
    expect((await expireJobs(db, new Date("2026-11-22T16:05:00Z"))).expired).toEqual([]);
    expect(await db.prisma.jobStatusChange.count({ where: { jobId: { in: [pastOpen.id, pastInvited.id] } } })).toBe(2);
  });
});
