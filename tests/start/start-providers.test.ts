// Each role's start page on the demo data, read from a real database: what it lists, that each item
// leads to where the thing is done, that nothing of another organisation leaks in, and that items
// come and go as the records change (an invitation expires, a group is sent back, a step runs late).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { APPROVAL_JOB_TITLE, OFFER_TO_SEND_JOB_TITLE } from "@/lib/demo-data/approval-demo";
import { JOINT_ORDER_JOB_TITLE } from "@/lib/demo-data/joint-order-demo";
import { LIVE_JOB_TITLE } from "@/lib/demo-data/live-group";
import { OFFER_JOB_TITLES } from "@/lib/demo-data/open-offers";
import { QUALITY_JOB_TITLE } from "@/lib/demo-data/quality-group";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { byUrgency, type StartItem } from "@/lib/start/items";
import { loadStartPage } from "@/lib/start/start-page";
import { createTestDatabase } from "../helpers/test-db";
import { viewerOf } from "../helpers/viewer-of";

const today = new Date("2026-11-02T00:00:00Z");
const now = new Date("2026-11-02T03:00:00Z");
// Staff and the admin are read as enrolled in two-factor sign-in, except where the test says not.
const enrolled = { twoFactorPending: false };

const titled = (items: StartItem[], kind: StartItem["kind"], title: string) => items.filter((i) => i.kind === kind && i.subject?.ja === title);
const kinds = (items: StartItem[]) => new Set(items.map((i) => i.kind));

describe("start pages", () => {
  let db: Database;
  const groupOf = async (title: string) => (await db.prisma.jointOrderGroup.findFirstOrThrow({ where: { job: { titleJa: title }, status: { not: "CANCELLED" } }, orderBy: { createdAt: "asc" }, select: { id: true, jobId: true } }));
  const page = async (email: string, at = now, overrides = {}) => loadStartPage(db, await viewerOf(db, email, overrides), at);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 80, seed: 7, today });
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  it("a firm admin: the invitation with its expiry, the offer to send, the step to report and fitting jobs, most urgent first", async () => {
    const { items } = await page("firm-admin@demo.kyodo.example");
    const live = await groupOf(LIVE_JOB_TITLE);
    const [invitation] = titled(items, "invitation", LIVE_JOB_TITLE);
    expect(invitation?.href).toBe(`/groups/${live.id}`);
    const member = await db.prisma.groupMember.findFirstOrThrow({ where: { groupId: live.id, isLead: true }, select: { inviteExpiresAt: true } });
    expect(invitation?.due).toEqual(member.inviteExpiresAt);
    expect(titled(items, "sendOffer", OFFER_TO_SEND_JOB_TITLE)).toHaveLength(1);
    expect(titled(items, "reportStep", QUALITY_JOB_TITLE)).toHaveLength(1);
    expect(items.some((i) => i.kind === "fittingJob" && i.href.startsWith("/jobs/"))).toBe(true);
    expect(items.find((i) => i.kind === "fittingJobs")?.href).toBe("/jobs");
    // The invitation runs out first: nothing dated later, or undated, comes before it.
    expect(items).toEqual(byUrgency(items));
    expect(items.indexOf(invitation!)).toBeLessThan(items.findIndex((i) => i.kind === "fittingJob"));
  });

  it("an invitation that has expired is no longer listed", async () => {
    const { items } = await page("firm-admin@demo.kyodo.example", new Date(now.getTime() + 3 * 86_400_000));
    expect(titled(items, "invitation", LIVE_JOB_TITLE)).toEqual([]);
  });

  it("a shop-floor member reports progress but answers no invitation and sends no offer", async () => {
    const { items } = await page("firm-member@demo.kyodo.example");
    expect(titled(items, "reportStep", QUALITY_JOB_TITLE)).toHaveLength(1);
    expect(kinds(items).has("invitation")).toBe(false);
    expect(kinds(items).has("sendOffer")).toBe(false);
    expect(kinds(items).has("priceSteps")).toBe(false);
  });

  it("the partner firm is asked to confirm the parts sent to it; the sender is not", async () => {
    const quality = await groupOf(QUALITY_JOB_TITLE);
    const press = await page("press-admin@demo.kyodo.example");
    expect(titled(press.items, "receiveHandoff", QUALITY_JOB_TITLE).map((i) => [i.href, i.due])).toEqual([[`/groups/${quality.id}`, null]]);
    expect(titled(press.items, "invitation", LIVE_JOB_TITLE)).toHaveLength(1);
    const lead = await page("firm-admin@demo.kyodo.example");
    expect(kinds(lead.items).has("receiveHandoff")).toBe(false);
    // Only firms of the group see its invitation.
    const outsider = await db.prisma.user.findFirstOrThrow({ where: { role: "FIRM_ADMIN", firm: { status: "VERIFIED", groupMemberships: { none: { group: { job: { titleJa: LIVE_JOB_TITLE } } } } } }, select: { email: true } });
    expect(titled((await page(outsider.email)).items, "invitation", LIVE_JOB_TITLE)).toEqual([]);
  });

  it("a firm awaiting verification is told so, and nothing else", async () => {
    const { items } = await page("pending-admin@demo.kyodo.example");
    expect(items.map((i) => [i.kind, i.href])).toEqual([["awaitingVerification", "/pending"]]);
  });

  it("a buyer: offers to compare per job with their number, nothing of another buyer", async () => {
    const { items } = await page("buyer@demo.kyodo.example");
    for (const title of [...OFFER_JOB_TITLES, JOINT_ORDER_JOB_TITLE]) {
      const [compare] = titled(items, "compareOffers", title);
      const job = await db.prisma.job.findFirstOrThrow({ where: { titleJa: title }, select: { id: true, _count: { select: { offers: { where: { status: "SENT" } } } } } });
      expect(compare?.href).toBe(`/jobs/${job.id}/offers`);
      expect(compare?.count).toBe(job._count.offers);
    }
    const own = await db.prisma.user.findUniqueOrThrow({ where: { email: "buyer@demo.kyodo.example" }, select: { buyerOrgId: true } });
    for (const item of items) {
      const jobId = item.href.match(/^\/jobs\/([0-9a-f-]{36})/)?.[1] ?? (await db.prisma.jointOrderGroup.findUnique({ where: { id: item.href.split("/")[2] ?? "" }, select: { jobId: true } }))?.jobId;
      const job = await db.prisma.job.findUniqueOrThrow({ where: { id: jobId! }, select: { buyerOrgId: true } });
      expect(job.buyerOrgId).toBe(own.buyerOrgId);
    }
  });

  it("the second buyer waits for the associations' approval; once sent back, it is asked to propose again", async () => {
    const before = await page("buyer2@demo.kyodo.example");
    const group = await groupOf(APPROVAL_JOB_TITLE);
    expect(titled(before.items, "awaitingApproval", APPROVAL_JOB_TITLE).map((i) => i.href)).toEqual([`/groups/${group.id}`]);
    expect(titled((await page("buyer@demo.kyodo.example")).items, "awaitingApproval", APPROVAL_JOB_TITLE)).toEqual([]);
    await db.prisma.jointOrderGroup.update({ where: { id: group.id }, data: { status: "SENT_BACK" } });
    try {
      const after = await page("buyer2@demo.kyodo.example");
      expect(titled(after.items, "resubmitGroup", APPROVAL_JOB_TITLE)).toHaveLength(1);
      expect(titled(after.items, "awaitingApproval", APPROVAL_JOB_TITLE)).toEqual([]);
      expect(titled((await page("ota-staff@demo.kyodo.example", now, enrolled)).items, "approveGroup", APPROVAL_JOB_TITLE)).toEqual([]);
    } finally {
      await db.prisma.jointOrderGroup.update({ where: { id: group.id }, data: { status: "PENDING_APPROVAL" } });
    }
  });

  it("a delivered group asks its buyer to accept the delivery", async () => {
    const quality = await groupOf(QUALITY_JOB_TITLE);
    expect(titled((await page("buyer@demo.kyodo.example")).items, "acceptDelivery", QUALITY_JOB_TITLE)).toEqual([]);
    await db.prisma.jointOrderGroup.update({ where: { id: quality.id }, data: { status: "DELIVERED" } });
    try {
      expect(titled((await page("buyer@demo.kyodo.example")).items, "acceptDelivery", QUALITY_JOB_TITLE).map((i) => i.href)).toEqual([`/groups/${quality.id}`]);
    } finally {
      await db.prisma.jointOrderGroup.update({ where: { id: quality.id }, data: { status: "IN_PRODUCTION" } });
    }
  });

  it("association staff: their groups to approve, their contracting request, their firms to verify and the KPI headline", async () => {
    const ota = await page("ota-staff@demo.kyodo.example", now, enrolled);
    const otaAssociation = await db.prisma.user.findUniqueOrThrow({ where: { email: "ota-staff@demo.kyodo.example" }, select: { associationId: true } });
    expect(titled(ota.items, "approveGroup", APPROVAL_JOB_TITLE)).toHaveLength(1);
    expect(titled(ota.items, "contractorRequest", JOINT_ORDER_JOB_TITLE).map((i) => i.href)).toEqual(["/staff/cooperative"]);
    const pendingOta = await db.prisma.firm.count({ where: { status: "PENDING", associationId: otaAssociation.associationId! } });
    expect(ota.items.find((i) => i.kind === "verifyFirms")?.count).toBe(pendingOta);
    expect(ota.headline?.fiscalYear).toBe(2026);
    expect(ota.headline?.participatingFirms).toBeGreaterThan(0);

    const tama = await page("tama-staff@demo.kyodo.example", now, enrolled);
    expect(titled(tama.items, "approveGroup", APPROVAL_JOB_TITLE)).toHaveLength(1);
    expect(kinds(tama.items).has("contractorRequest")).toBe(false); // the Ota association's to answer

    // Staff of an association with no member in the group have nothing of it to approve.
    const other = await db.prisma.user.findFirstOrThrow({ where: { role: "ASSOCIATION_STAFF", association: { code: { notIn: ["ota", "tama_coop"] } } }, select: { email: true } });
    expect(titled((await page(other.email, now, enrolled)).items, "approveGroup", APPROVAL_JOB_TITLE)).toEqual([]);
  });

  it("federation staff see every association's queue; a step that runs late comes first, marked overdue", async () => {
    const quality = await groupOf(QUALITY_JOB_TITLE);
    const federation = await page("federation@demo.kyodo.example", now, enrolled);
    expect(titled(federation.items, "approveGroup", APPROVAL_JOB_TITLE)).toHaveLength(1);
    expect(federation.items.find((i) => i.kind === "verifyFirms")?.count).toBe(await db.prisma.firm.count({ where: { status: "PENDING" } }));
    expect(federation.headline).not.toBeNull();

    const turning = await db.prisma.groupStepAssignment.findFirstOrThrow({ where: { groupId: quality.id, processCode: "turning" }, select: { id: true, plannedEnd: true } });
    await db.prisma.groupStepAssignment.update({ where: { id: turning.id }, data: { plannedEnd: new Date("2026-10-25T00:00:00Z") } });
    try {
      const late = await page("ota-staff@demo.kyodo.example", now, enrolled);
      const first = late.items[0];
      expect(first).toMatchObject({ kind: "lateStep", href: `/groups/${quality.id}`, count: 1 });
      expect(first!.due!.getTime()).toBeLessThan(now.getTime());
    } finally {
      await db.prisma.groupStepAssignment.update({ where: { id: turning.id }, data: { plannedEnd: turning.plannedEnd } });
    }
  });

  it("staff who have not enrolled two-factor sign-in are told to, and shown nothing else", async () => {
    const result = await page("ota-staff@demo.kyodo.example");
    expect(result).toEqual({ twoFactorPending: true, items: [], headline: null });
  });

  it("the system admin: accounts without two-factor sign-in and the settings", async () => {
    const { items, headline } = await page("admin@demo.kyodo.example", now, enrolled);
    const withoutTwoFactor = await db.prisma.user.count({ where: { status: "ACTIVE", totpEnabledAt: null, role: { in: ["ASSOCIATION_STAFF", "FEDERATION_STAFF", "SYSTEM_ADMIN"] } } });
    expect(items.find((i) => i.kind === "staffWithoutTwoFactor")?.count).toBe(withoutTwoFactor);
    expect(items.find((i) => i.kind === "settings")?.href).toBe("/admin/settings");
    expect(headline).toBeNull();
  });
});
