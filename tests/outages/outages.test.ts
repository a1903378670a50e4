// A firm that goes down is replaced (issue 21 item 5), on a real database with the demo data: who
// may declare an outage (role × firm, across tenants); the same declaration sent twice makes one
// outage, declines the firm's pending invitation with the outage as the reason and alerts the lead
// once; matching leaves the firm out while the outage touches the job's window and takes it back
// after; substitutes keep the rest of the route; the lead asks one, which takes the steps over.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { declareFirmOutage } = await import("@/app/outages/actions");
const { declareOutage, endOutage } = await import("@/lib/outages/declare");
const { declareOutageSchema } = await import("@/lib/outages/schema");
const { downMembers } = await import("@/lib/outages/substitutes");
const { downByArea, staffOutageList } = await import("@/lib/outages/overview");
const { answerSubstitution, loadSubstitution, proposeSubstitution } = await import("@/lib/outages/substitution");
const { loadCandidates } = await import("@/lib/matching-service/load-candidates");
const { loadJobForMatching } = await import("@/lib/matching-service/load-job");
const { explainFirm } = await import("@/lib/matching");
const { can } = await import("@/lib/authz");
const { addDays, tokyoToday } = await import("@/lib/capacity/weeks");

const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

const now = new Date();
const today = tokyoToday(now);

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("a firm that goes down", () => {
  let groupId: string;
  let downFirmId: string;
  let downMemberId: string;
  let leadFirmId: string;
  let lead: Viewer;
  let downAdmin: Viewer;
  let invitedGroupId: string;
  let jobId: string;
  let fixedBefore: { id: string; memberId: string }[];

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 60, seed: 21, today: now });
    // The demo's own outage is another story: these tests declare their own.
    await db().prisma.stepSubstitution.deleteMany({});
    await db().prisma.firmOutage.deleteMany({});
    await db().prisma.notification.deleteMany({ where: { kind: "outage.memberDown" } });
    // A group in production where a member other than the lead has an unfinished step.
    const groups = await db().prisma.jointOrderGroup.findMany({
      where: { status: "IN_PRODUCTION", kind: "JOB", job: { deadline: { gt: now } } },
      orderBy: { id: "asc" },
      select: { id: true, jobId: true, leadFirmId: true, assignments: { select: { id: true, status: true, memberId: true, member: { select: { firmId: true, status: true } } } } },
    });
    const group = groups.find((g) => g.assignments.some((a) => a.status !== "DONE" && a.member.firmId !== g.leadFirmId && a.member.status === "ACCEPTED"));
    expect(group, "the demo data has a group in production with a member's unfinished step").toBeDefined();
    const open = group!.assignments.find((a) => a.status !== "DONE" && a.member.firmId !== group!.leadFirmId)!;
    groupId = group!.id;
    jobId = group!.jobId!;
    downFirmId = open.member.firmId;
    downMemberId = open.memberId;
    leadFirmId = group!.leadFirmId;
    fixedBefore = group!.assignments.filter((a) => a.memberId !== downMemberId).map((a) => ({ id: a.id, memberId: a.memberId }));
    // One firm outside the group with room for the whole of the open step, so a substitute exists.
    const step = await db().prisma.groupStepAssignment.findUniqueOrThrow({ where: { id: open.id }, select: { processCode: true } });
    const memberFirmIds = [...new Set(group!.assignments.map((a) => a.member.firmId))];
    const spare = await db().prisma.capability.findFirstOrThrow({ where: { processCode: step.processCode, firmId: { notIn: memberFirmIds }, firm: { status: "VERIFIED", users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } } }, orderBy: { firmId: "asc" }, select: { id: true } });
    await db().prisma.capability.update({ where: { id: spare.id }, data: { monthlyCapacity: 100_000, leadTimeDays: 1, bestToleranceUm: 1, maxWorkpieceMm: 5_000 } });
    lead = await firmAdminOf(db(), leadFirmId);
    downAdmin = await firmAdminOf(db(), downFirmId);
    // A pending invitation of the down firm to another group still inviting.
    const buyerOrg = await db().prisma.buyerOrganization.findFirstOrThrow({ select: { id: true } });
    const invitingJob = await db().prisma.job.create({ data: { buyerOrgId: buyerOrg.id, titleJa: "招待中の案件", titleEn: "", quantity: 10, deadline: new Date(`${addDays(today, 60)}T00:00:00Z`), status: "OPEN", visibility: "ALL_VERIFIED", publishedAt: now } });
    const inviting = await db().prisma.jointOrderGroup.create({ data: { jobId: invitingJob.id, leadFirmId, status: "INVITING" }, select: { id: true } });
    invitedGroupId = inviting.id;
    await db().prisma.groupMember.create({ data: { groupId: invitedGroupId, firmId: downFirmId, status: "INVITED", invitedAt: now, inviteExpiresAt: new Date(now.getTime() + 72 * 3_600_000) } });
  }, 240_000);

  it("may be declared by the firm's admin and by staff covering it, by nobody else (also across tenants)", async () => {
    const firm = await db().prisma.firm.findUniqueOrThrow({ where: { id: downFirmId }, select: { id: true, associationId: true, status: true, association: { select: { federationId: true } } } });
    const resource = { type: "firm" as const, id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status };
    const other = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { not: downFirmId }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, select: { id: true } });
    const otherAdmin = await firmAdminOf(db(), other.id);
    const member = await db().prisma.user.findFirst({ where: { firmId: downFirmId, role: "FIRM_MEMBER", status: "ACTIVE" } });
    const buyerUser = await db().prisma.user.findFirstOrThrow({ where: { role: "BUYER", status: "ACTIVE" } });
    const ownStaff = await db().prisma.user.findFirst({ where: { role: "ASSOCIATION_STAFF", associationId: firm.associationId, status: "ACTIVE" } });
    const foreignStaff = await db().prisma.user.findFirstOrThrow({ where: { role: "ASSOCIATION_STAFF", associationId: { not: firm.associationId }, status: "ACTIVE" } });
    const federation = await db().prisma.user.findFirstOrThrow({ where: { role: "FEDERATION_STAFF", status: "ACTIVE" } });

    expect(can(downAdmin, "outage.declare", resource)).toBe(true);
    expect(can(otherAdmin, "outage.declare", resource)).toBe(false);
    if (member) expect(can(await viewerOf(db(), member.email), "outage.declare", resource)).toBe(false);
    expect(can(await viewerOf(db(), buyerUser.email), "outage.declare", resource)).toBe(false);
    // Staff as signed in with their second factor.
    const signedIn = { twoFactorPending: false };
    if (ownStaff) expect(can(await viewerOf(db(), ownStaff.email, signedIn), "outage.declare", resource)).toBe(true);
    const foreign = await viewerOf(db(), foreignStaff.email, signedIn);
    expect(can(foreign, "outage.declare", resource)).toBe(false);
    expect(can(await viewerOf(db(), federation.email, signedIn), "outage.declare", resource)).toBe(true);

    // Through the data layer: another firm's admin and another association's staff get "not found", and nothing is written.
    const input = declareOutageSchema.parse({ firmId: downFirmId, kind: "FIRE", startsOn: today, endsOn: addDays(today, 20), note: "" });
    await expect(declareOutage(db(), otherAdmin, input, now)).rejects.toMatchObject({ name: expect.stringMatching(/NotFound|Forbidden/) });
    await expect(declareOutage(db(), foreign, input, now)).rejects.toMatchObject({ name: expect.stringMatching(/NotFound|Forbidden/) });
    expect(await db().prisma.firmOutage.count({ where: { firmId: downFirmId } })).toBe(0);
  });

  it("sent twice makes one outage, declines the pending invitation with the reason, and alerts the lead once", async () => {
    session.viewer = downAdmin;
    const fields = { submissionKey: "outage-key-0123456789abcdef", firmId: downFirmId, kind: "FIRE", startsOn: today, endsOn: addDays(today, 20), note: "工場火災" };
    const [first, second] = await Promise.all([declareFirmOutage(undefined, form(fields)), declareFirmOutage(undefined, form(fields))]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(await db().prisma.firmOutage.count({ where: { firmId: downFirmId } })).toBe(1);

    const invitation = await db().prisma.groupMember.findUniqueOrThrow({ where: { groupId_firmId: { groupId: invitedGroupId, firmId: downFirmId } } });
    expect(invitation.status).toBe("DECLINED");
    expect(invitation.declineReason).toContain("火災");

    const leadAdmins = await db().prisma.user.findMany({ where: { firmId: leadFirmId, role: "FIRM_ADMIN", status: "ACTIVE" }, select: { id: true } });
    const alerts = await db().prisma.notification.findMany({ where: { kind: "outage.memberDown", linkPath: `/groups/${groupId}` } });
    expect(alerts.map((a) => a.userId).sort()).toEqual(leadAdmins.map((u) => u.id).sort());

    // Staff see the firm and the group it leaves short, and its area marked on the map; staff of another association do not.
    const firm = await db().prisma.firm.findUniqueOrThrow({ where: { id: downFirmId }, select: { associationId: true, municipalityCode: true } });
    const federation = await viewerOf(db(), (await db().prisma.user.findFirstOrThrow({ where: { role: "FEDERATION_STAFF", status: "ACTIVE" } })).email, { twoFactorPending: false });
    const listed = (await staffOutageList(db(), federation, now)).find((r) => r.firm.id === downFirmId);
    expect(listed?.groups.map((g) => g.id)).toContain(groupId);
    expect((await downByArea(db(), federation, now)).get(firm.municipalityCode)).toBeGreaterThanOrEqual(1);
    const foreign = await viewerOf(db(), (await db().prisma.user.findFirstOrThrow({ where: { role: "ASSOCIATION_STAFF", associationId: { not: firm.associationId }, status: "ACTIVE" } })).email, { twoFactorPending: false });
    expect((await staffOutageList(db(), foreign, now)).some((r) => r.firm.id === downFirmId)).toBe(false);

    // A second, overlapping declaration (a new form, another key) is refused: one outage a day.
    const again = await declareFirmOutage(undefined, form({ ...fields, submissionKey: "outage-key-another-0123456789" }));
    expect(again).toMatchObject({ ok: false });
    expect(await db().prisma.firmOutage.count({ where: { firmId: downFirmId } })).toBe(1);
  });

  it("keeps the firm out of matching for jobs whose window the outage touches, and takes it back after", async () => {
    const buyerUser = await db().prisma.user.findFirstOrThrow({ where: { role: "BUYER", status: "ACTIVE", buyerOrgId: { not: null } } });
    const buyerOrg = { id: buyerUser.buyerOrgId! };
    const capability = await db().prisma.capability.findFirstOrThrow({ where: { firmId: downFirmId }, select: { processCode: true } });
    const staff = await viewerOf(db(), buyerUser.email);
    const job = await db().prisma.job.create({
      data: { buyerOrgId: buyerOrg.id, titleJa: "休止の確認", titleEn: "", quantity: 10, deadline: new Date(`${addDays(today, 60)}T00:00:00Z`), status: "OPEN", visibility: "ALL_VERIFIED", publishedAt: now, steps: { create: [{ position: 1, processCode: capability.processCode, quantity: 10 }] } },
    });
    const explain = async (at: Date) => {
      const { job: row, input } = await loadJobForMatching(db().prisma, staff, job.id, "match.view", at);
      const [firm] = await loadCandidates(db().sql, input, row.deadline, at, [downFirmId]);
      return explainFirm(input, firm!)[0]!;
    };
    expect((await explain(now)).reason).toEqual({ key: "matching.firm.outOfService", params: { process: capability.processCode } });
    // The day after the outage's last day the window no longer touches it.
    const after = new Date(`${addDays(today, 21)}T03:00:00Z`);
    expect((await explain(after)).reason?.key).not.toBe("matching.firm.outOfService");
  });

  it("proposes substitutes for exactly the down member's unfinished steps, with the rest of the route fixed", async () => {
    const { members, canPropose, substitutable } = await downMembers(db(), lead, groupId, now);
    expect(canPropose).toBe(true);
    expect(substitutable).toBe(true);
    const down = members.find((m) => m.memberId === downMemberId)!;
    expect(down).toBeDefined();
    const open = await db().prisma.groupStepAssignment.findMany({ where: { memberId: downMemberId, status: { not: "DONE" } }, select: { id: true } });
    expect(down.openSteps.map((s) => s.assignmentId).sort()).toEqual(open.map((a) => a.id).sort());
    const memberFirms = await db().prisma.groupMember.findMany({ where: { groupId }, select: { firmId: true } });
    for (const o of down.options) expect(memberFirms.map((m) => m.firmId)).not.toContain(o.firmId);
    expect(down.options.length, JSON.stringify(down.infeasible)).toBeGreaterThan(0);
    // A member that is not the lead may not ask.
    const notLead = await downMembers(db(), downAdmin, groupId, now);
    expect(notLead.canPropose).toBe(false);
    await expect(proposeSubstitution(db(), downAdmin, { groupId, memberId: downMemberId, firmId: down.options[0]!.firmId }, now)).rejects.toBeTruthy();
  });

  it("lets the lead replace the member: the substitute accepts and takes over exactly those steps", async () => {
    const down = (await downMembers(db(), lead, groupId, now)).members.find((m) => m.memberId === downMemberId)!;
    const substitute = down.options[0]!.firmId;
    const first = await proposeSubstitution(db(), lead, { groupId, memberId: downMemberId, firmId: substitute }, now);
    const again = await proposeSubstitution(db(), lead, { groupId, memberId: downMemberId, firmId: substitute }, now);
    expect(again.substitutionId).toBe(first.substitutionId);
    expect(await db().prisma.stepSubstitution.count({ where: { groupId } })).toBe(1);

    const substituteAdmin = await firmAdminOf(db(), substitute);
    // Another firm cannot see or answer the request.
    const other = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [substitute, downFirmId, leadFirmId] }, users: { some: { role: "FIRM_ADMIN", status: "ACTIVE" } } }, select: { id: true } });
    await expect(loadSubstitution(db(), await firmAdminOf(db(), other.id), first.substitutionId)).rejects.toMatchObject({ name: expect.stringMatching(/NotFound|Forbidden/) });

    const request = await loadSubstitution(db(), substituteAdmin, first.substitutionId);
    await answerSubstitution(db(), substituteAdmin, { substitutionId: request.id, version: request.version, decision: "accept", reason: "" }, now);
    const newMember = await db().prisma.groupMember.findUniqueOrThrow({ where: { groupId_firmId: { groupId, firmId: substitute } } });
    expect(newMember.status).toBe("ACCEPTED");
    const moved = await db().prisma.groupStepAssignment.findMany({ where: { id: { in: down.openSteps.map((s) => s.assignmentId) } }, select: { memberId: true } });
    expect(moved.every((a) => a.memberId === newMember.id)).toBe(true);
    // The rest of the route is as it was; the down member keeps only what it finished.
    const rest = await db().prisma.groupStepAssignment.findMany({ where: { id: { in: fixedBefore.map((a) => a.id) } }, select: { id: true, memberId: true } });
    expect(rest.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...fixedBefore].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db().prisma.groupStepAssignment.count({ where: { memberId: downMemberId, status: { not: "DONE" } } })).toBe(0);
    expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).leadFirmId).toBe(leadFirmId);
    // The lead hears of the answer; answering again is refused.
    expect(await db().prisma.notification.count({ where: { kind: "substitution.answered", linkPath: `/groups/${groupId}` } })).toBeGreaterThan(0);
    await expect(answerSubstitution(db(), substituteAdmin, { substitutionId: request.id, version: request.version, decision: "accept", reason: "" }, now)).rejects.toBeTruthy();
    // The member no longer holds unfinished steps: nothing is left to replace.
    expect((await downMembers(db(), lead, groupId, now)).members.find((m) => m.memberId === downMemberId)).toBeUndefined();
  });

  it("ends early: the firm is matched again from today", async () => {
    const outage = await db().prisma.firmOutage.findFirstOrThrow({ where: { firmId: downFirmId } });
    await endOutage(db(), downAdmin, { outageId: outage.id, version: outage.version }, now);
    expect(await db().prisma.firmOutage.count({ where: { firmId: downFirmId, OR: [{ endsOn: null }, { endsOn: { gte: new Date(`${today}T00:00:00Z`) } }] } })).toBe(0);
    expect(jobId).toBeTruthy();
  });
});
