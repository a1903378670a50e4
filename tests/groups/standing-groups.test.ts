// Standing joint-order groups (恒常的な共同受注体制) on a real database: a firm of a delivered group
// proposes to stay together, the others answer, staff of their associations approve; the formed
// group is found in the directory and suggested by matching as a unit; its lead dissolves it, a
// member leaves it, and nobody outside it can do any of that.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { formStandingGroup } = await import("@/lib/groups/standing/form");
const { endStandingGroup, removeStandingMember, updateStandingProfile } = await import("@/lib/groups/standing/manage");
const { loadStandingProfile } = await import("@/lib/groups/standing/profile");
const { findStandingGroups } = await import("@/lib/groups/standing/directory");
const { respondToInvitation } = await import("@/lib/groups/respond");
const { decideApproval } = await import("@/lib/groups/approvals");
const { suggestGroupsForJob } = await import("@/lib/matching-service/suggest-for-job");
const { proposeFromSuggestion } = await import("@/lib/groups/propose");
const { DomainError, ForbiddenError, NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
afterAll(async () => testDb.current?.close());
const db = () => testDb.current!;

interface Origin { groupId: string; firmIds: string[] }

/** Delivered job groups of the seed with at least `size` firms, firms in more than one association first. */
async function deliveredGroups(size: number): Promise<Origin[]> {
  const rows = await db().sql.query<{ id: string; firms: string[]; associations: number }>(`
    SELECT g.id, array_agg(m."firmId" ORDER BY m."invitedAt", m."firmId") AS firms, count(DISTINCT f."associationId")::int AS associations
    FROM "JointOrderGroup" g JOIN "GroupMember" m ON m."groupId" = g.id AND m.status = 'ACCEPTED' JOIN "Firm" f ON f.id = m."firmId"
    WHERE g.kind = 'JOB' AND g.status = 'CLOSED' AND f.status = 'VERIFIED'
      AND NOT EXISTS (SELECT 1 FROM "JointOrderGroup" s WHERE s."originGroupId" = g.id) -- the seed's own standing groups
    GROUP BY g.id HAVING count(*) >= $1 ORDER BY associations DESC, g.id`, [size]);
  return rows.map((r) => ({ groupId: r.id, firmIds: r.firms }));
}

const membersOf = (groupId: string) => db().prisma.groupMember.findMany({ where: { groupId }, orderBy: [{ invitedAt: "asc" }, { firmId: "asc" }], select: { id: true, firmId: true, status: true, version: true, firm: { select: { associationId: true } } } });
const statusOf = async (groupId: string) => (await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { status: true, version: true, formedAt: true } }));
const notesFor = async (kind: string, firmId: string, groupId: string) => {
  const users = await db().prisma.user.findMany({ where: { firmId }, select: { id: true } });
  return db().prisma.notification.count({ where: { kind, userId: { in: users.map((u) => u.id) }, linkPath: `/groups/${groupId}` } });
};
const profile = { name: "大田精密ネットワーク", descriptionJa: "旋盤・研削・めっきを一貫で。", descriptionEn: "Turning, grinding and plating in one." };

describe("standing joint-order groups", () => {
  let origin: Origin;
  let lead: Viewer;
  let federationStaff: Viewer;
  let buyer: Viewer;
  let standingId: string;

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 150, seed: 5, today });
    // Four firms: one declines, one leaves later, and two still stay together to be dissolved.
    origin = (await deliveredGroups(4))[0]!;
    expect(origin).toBeDefined();
    lead = await firmAdminOf(db(), origin.firmIds[0]!);
    federationStaff = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
  }, 120_000);

  it("is proposed by a firm of a delivered group to the firms it delivered with, and only by them", async () => {
    const outsiderFirm = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: origin.firmIds } }, select: { id: true } });
    const input = { originGroupId: origin.groupId, ...profile, firmIds: origin.firmIds.slice(1) };
    await expect(formStandingGroup(db(), await firmAdminOf(db(), outsiderFirm.id), input)).rejects.toBeInstanceOf(NotFoundError);
    // The group's own buyer sees the group but is not a firm of it.
    const originBuyer = await db().prisma.user.findFirstOrThrow({ where: { role: "BUYER", buyerOrg: { jobs: { some: { groups: { some: { id: origin.groupId } } } } } }, select: { email: true } });
    await expect(formStandingGroup(db(), await viewerOf(db(), originBuyer.email), input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(formStandingGroup(db(), lead, { ...input, firmIds: [outsiderFirm.id] })).rejects.toMatchObject({ messageKey: "groups.standing.errors.notFromGroup" });
    await expect(formStandingGroup(db(), lead, { ...input, firmIds: [] })).rejects.toMatchObject({ messageKey: "groups.standing.errors.tooFew" });
    const running = await db().prisma.jointOrderGroup.findFirstOrThrow({ where: { kind: "JOB", status: "IN_PRODUCTION" }, select: { id: true, members: { where: { status: "ACCEPTED" }, select: { firmId: true } } } });
    await expect(formStandingGroup(db(), await firmAdminOf(db(), running.members[0]!.firmId), { ...input, originGroupId: running.id, firmIds: running.members.slice(1).map((m) => m.firmId) })).rejects.toMatchObject({ messageKey: "groups.standing.errors.notDelivered" });

    const formed = await formStandingGroup(db(), lead, input, today);
    expect(formed.created).toBe(true);
    standingId = formed.groupId;
    const members = await membersOf(standingId);
    expect(members.map((m) => [m.firmId, m.status])).toEqual(origin.firmIds.map((id, i) => [id, i === 0 ? "ACCEPTED" : "INVITED"]));
    expect((await statusOf(standingId)).status).toBe("INVITING");
    for (const firmId of origin.firmIds.slice(1)) expect(await notesFor("standing.invited", firmId, standingId)).toBe(1);
    // Proposing again (a double click) finds the same group.
    expect(await formStandingGroup(db(), lead, input, today)).toEqual({ groupId: standingId, created: false });
  });

  it("goes on without a firm that declines, goes to staff when the rest accept, and is approved by every association involved", async () => {
    const [, decliner, ...others] = await membersOf(standingId);
    await respondToInvitation(db(), await firmAdminOf(db(), decliner!.firmId), { groupId: standingId, decision: "decline", reason: "設備更新中のため", version: decliner!.version });
    expect((await statusOf(standingId)).status).toBe("INVITING");
    expect(await notesFor("standing.declined", origin.firmIds[0]!, standingId)).toBe(1);
    for (const m of others) await respondToInvitation(db(), await firmAdminOf(db(), m.firmId), { groupId: standingId, decision: "accept", reason: "", version: m.version });
    expect((await statusOf(standingId)).status).toBe("PENDING_APPROVAL");

    const staying = (await membersOf(standingId)).filter((m) => m.status === "ACCEPTED");
    const approvals = await db().prisma.groupApproval.findMany({ where: { groupId: standingId }, select: { id: true, version: true, associationId: true } });
    expect(new Set(approvals.map((a) => a.associationId))).toEqual(new Set(staying.map((m) => m.firm.associationId)));
    // Staff of an association with no firm in the group cannot decide.
    const outsideStaff = await db().prisma.user.findFirst({ where: { role: "ASSOCIATION_STAFF", associationId: { notIn: staying.map((m) => m.firm.associationId) } }, select: { email: true } });
    if (outsideStaff) await expect(decideApproval(db(), await viewerOf(db(), outsideStaff.email, { twoFactorPending: false }), { approvalId: approvals[0]!.id, version: approvals[0]!.version, decision: "approve", comment: "" })).rejects.toBeInstanceOf(NotFoundError);

    for (const a of approvals) await decideApproval(db(), federationStaff, { approvalId: a.id, version: a.version, decision: "approve", comment: "" }, today);
    const after = await statusOf(standingId);
    expect(after.status).toBe("APPROVED");
    expect(after.formedAt).not.toBeNull();
    // A standing group has no job to contract for: no agreement is generated for it.
    expect(await db().prisma.agreement.count({ where: { groupId: standingId } })).toBe(0);
    for (const m of staying) expect(await notesFor("standing.approved", m.firmId, standingId)).toBeGreaterThan(0);
    // Each member firm's page now shows the group.
    const { loadFirmPage } = await import("@/lib/directory/firm-page");
    expect((await loadFirmPage(buyer, origin.firmIds[0]!)).standingGroups).toContainEqual({ id: standingId, name: profile.name, leads: true, firms: staying.length });
    expect((await loadFirmPage(buyer, decliner!.firmId)).standingGroups.map((g) => g.id)).not.toContain(standingId);
  });

  it("comes with the demo data: formed from a delivered group, with its firms and approvals", async () => {
    const seeded = await db().prisma.jointOrderGroup.findMany({ where: { kind: "STANDING", originGroupId: { not: null }, proposedById: null }, select: { status: true, name: true, originGroup: { select: { status: true, members: { where: { status: "ACCEPTED" }, select: { firmId: true } } } }, members: { select: { firmId: true, status: true } }, approvals: { select: { status: true } } } });
    expect(seeded.length).toBeGreaterThan(0);
    for (const g of seeded) {
      expect(g.status).toBe("APPROVED");
      expect(g.originGroup!.status).toBe("CLOSED");
      expect(new Set(g.members.map((m) => m.firmId))).toEqual(new Set(g.originGroup!.members.map((m) => m.firmId)));
      expect(g.approvals.length).toBeGreaterThan(0);
      expect(g.approvals.every((a) => a.status === "APPROVED")).toBe(true);
    }
  });

  it("shows its firms' capabilities combined and appears in the directory for the processes they offer together", async () => {
    const page = await loadStandingProfile(db(), buyer, standingId);
    const staying = (await membersOf(standingId)).filter((m) => m.status === "ACCEPTED").map((m) => m.firmId);
    const capabilities = await db().prisma.capability.findMany({ where: { firmId: { in: staying } }, select: { processCode: true, monthlyCapacity: true, bestToleranceUm: true } });
    const processes = [...new Set(capabilities.map((c) => c.processCode))].sort();
    expect(page.capabilities.map((c) => c.processCode)).toEqual(processes);
    const first = page.capabilities[0]!;
    const rows = capabilities.filter((c) => c.processCode === first.processCode);
    expect(first.monthlyCapacity).toBe(rows.reduce((s, c) => s + c.monthlyCapacity, 0));
    expect(first.bestToleranceUm).toBe(Math.min(...rows.map((c) => c.bestToleranceUm)));
    expect(page.record.jobs).toBeGreaterThanOrEqual(1); // the job they delivered together

    const search = (filter: Partial<Parameters<typeof findStandingGroups>[2]>, viewer: Viewer | null = buyer) =>
      findStandingGroups(db(), viewer, { q: "", process: [], area: [], association: [], ...filter }).then((hits) => hits.map((h) => h.id));
    expect(await search({ process: processes })).toContain(standingId);
    const unoffered = await db().prisma.process.findFirstOrThrow({ where: { code: { notIn: processes } }, select: { code: true } });
    expect(await search({ process: [...processes.slice(0, 1), unoffered.code] })).not.toContain(standingId);
    expect(await search({ q: "ｵｵﾀ精密" })).not.toContain(standingId); // kana of a kanji name is not the name
    expect(await search({ q: "精密　ネットワーク" })).toContain(standingId); // full-width space, both words
    expect(await search({ q: "Plating" })).toContain(standingId); // the English profile, any case
    expect(await search({ process: processes }, null)).toEqual([]); // signed out: firms only
  });

  it("is suggested by matching as a unit for a job its firms can do, and a buyer can invite it", async () => {
    // A formed standing group of exactly the firms matching puts first for an open job.
    const job = await db().prisma.job.findFirstOrThrow({ where: { status: "OPEN", buyerOrgId: buyer.buyerOrgId!, leadCertificationCode: null }, orderBy: { id: "asc" }, select: { id: true } });
    const before = await suggestGroupsForJob(db(), buyer, job.id, { today, record: false });
    const team = before.result.groups[0]!.memberIds.length >= 2 ? before.result.groups[0]!.memberIds : before.result.groups.find((g) => g.memberIds.length >= 2)!.memberIds;
    const unitId = (await db().prisma.jointOrderGroup.create({
      data: { kind: "STANDING", name: "城南一貫加工会", leadFirmId: team[0]!, status: "APPROVED", formedAt: today, members: { create: team.map((firmId, i) => ({ firmId, isLead: i === 0, status: "ACCEPTED" as const })) } },
      select: { id: true },
    })).id;

    const run = await suggestGroupsForJob(db(), buyer, job.id, { today });
    const unit = run.standing.find((s) => s.standingGroupId === unitId)!;
    expect(unit).toBeDefined();
    expect(unit.group.memberIds.every((id) => team.includes(id))).toBe(true);
    expect(unit.group.reasons[0]).toEqual({ key: "matching.reasons.standing", params: { name: "城南一貫加工会" } });
    const recorded = await db().prisma.matchSuggestion.findUniqueOrThrow({ where: { id: unit.suggestionId! }, select: { standingGroupId: true, rank: true } });
    expect(recorded.standingGroupId).toBe(unitId);
    expect(recorded.rank).toBeGreaterThan(run.result.groups.length);
    const proposed = await proposeFromSuggestion(db(), buyer, { suggestionId: unit.suggestionId!, contractModel: "JOINT_ORDER" }, today);
    const jobGroupFirms = (await membersOf(proposed.groupId)).map((m) => m.firmId);
    expect(new Set(jobGroupFirms)).toEqual(new Set(unit.group.memberIds));

    // A dissolved group is no longer suggested.
    await db().prisma.jointOrderGroup.update({ where: { id: unitId }, data: { status: "DISSOLVED" } });
    expect((await suggestGroupsForJob(db(), buyer, job.id, { today, record: false })).standing.map((s) => s.standingGroupId)).not.toContain(unitId);
  });

  it("is looked after by its lead firm: a member cannot edit it, the lead can; a member may leave", async () => {
    const member = (await membersOf(standingId)).find((m) => m.status === "ACCEPTED" && m.firmId !== origin.firmIds[0])!;
    const memberAdmin = await firmAdminOf(db(), member.firmId);
    const { version } = await statusOf(standingId);
    await expect(updateStandingProfile(db(), memberAdmin, { groupId: standingId, version, ...profile, name: "乗っ取り" })).rejects.toBeInstanceOf(NotFoundError);
    await updateStandingProfile(db(), lead, { groupId: standingId, version, ...profile, descriptionJa: "一貫加工のグループです。" });
    await expect(updateStandingProfile(db(), lead, { groupId: standingId, version, ...profile })).rejects.toMatchObject({ messageKey: "groups.errors.changedMeanwhile" });
    await expect(removeStandingMember(db(), lead, { groupId: standingId, memberId: member.id, reason: "" })).rejects.toMatchObject({ messageKey: "groups.standing.errors.onlyUnanswered" });

    const before = (await membersOf(standingId)).filter((m) => m.status === "ACCEPTED").length;
    const result = await removeStandingMember(db(), memberAdmin, { groupId: standingId, memberId: member.id, reason: "事業を縮小するため" });
    expect(before).toBeGreaterThanOrEqual(3);
    expect(result.outcome).toBe("removed");
    expect((await statusOf(standingId)).status).toBe("APPROVED");
    expect(await notesFor("standing.declined", origin.firmIds[0]!, standingId)).toBe(2);
  });

  it("ends when its lead dissolves it, and no firm outside can do that", async () => {
    const { status, version } = await statusOf(standingId);
    expect(status).toBe("APPROVED");
    const outsider = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: origin.firmIds } }, select: { id: true } });
    await expect(endStandingGroup(db(), await firmAdminOf(db(), outsider.id), { groupId: standingId, version, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await endStandingGroup(db(), lead, { groupId: standingId, version, reason: "取引先の集約のため" });
    expect((await statusOf(standingId)).status).toBe("DISSOLVED");
    await expect(endStandingGroup(db(), lead, { groupId: standingId, version: version + 1, reason: "again" })).rejects.toBeInstanceOf(DomainError);
    expect(await findStandingGroups(db(), buyer, { q: "", process: [], area: [], association: [] })).not.toContainEqual(expect.objectContaining({ id: standingId }));
  });

  it("goes to staff when the last answer is a decline, and its lead hears of the decline", async () => {
    const used = new Set((await db().prisma.jointOrderGroup.findMany({ where: { kind: "STANDING" }, select: { originGroupId: true } })).map((g) => g.originGroupId));
    const other = (await deliveredGroups(3)).find((g) => !used.has(g.groupId))!;
    const otherLead = await firmAdminOf(db(), other.firmIds[0]!);
    const { groupId } = await formStandingGroup(db(), otherLead, { originGroupId: other.groupId, ...profile, name: "三社の会", firmIds: other.firmIds.slice(1, 3) }, today);
    const [, accepting, declining] = await membersOf(groupId);
    await respondToInvitation(db(), await firmAdminOf(db(), accepting!.firmId), { groupId, decision: "accept", reason: "", version: accepting!.version });
    const result = await respondToInvitation(db(), await firmAdminOf(db(), declining!.firmId), { groupId, decision: "decline", reason: "繁忙期のため", version: declining!.version });
    expect(result.outcome).toBe("complete");
    expect((await statusOf(groupId)).status).toBe("PENDING_APPROVAL");
    const leadAdmins = await db().prisma.user.count({ where: { firmId: other.firmIds[0]!, role: "FIRM_ADMIN", status: "ACTIVE" } });
    expect(await notesFor("standing.declined", other.firmIds[0]!, groupId)).toBe(leadAdmins);
  });

  it("ends by itself when declines leave fewer than two firms", async () => {
    const [other] = (await deliveredGroups(2)).filter((g) => g.groupId !== origin.groupId);
    const otherLead = await firmAdminOf(db(), other!.firmIds[0]!);
    const { groupId } = await formStandingGroup(db(), otherLead, { originGroupId: other!.groupId, ...profile, name: "二社の会", firmIds: [other!.firmIds[1]!] }, today);
    const [, invited] = await membersOf(groupId);
    await respondToInvitation(db(), await firmAdminOf(db(), invited!.firmId), { groupId, decision: "decline", reason: "今回は見送ります", version: invited!.version });
    expect((await statusOf(groupId)).status).toBe("CANCELLED");
  });
});
