// A joint-order group on a real database, from a suggestion to a closed order: invitations and
// their expiry, replacement of a declining firm, approval per association under concurrency, the
// agreement, award, progress on one's own steps only, delivery and acceptance.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { TINY_PNG } from "../helpers/files";
import { misdrawnCharacters } from "../helpers/pdf-glyphs";
import { pdfPageTexts } from "../helpers/pdf-text";
import { ratingsForEachMember } from "../helpers/ratings";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { firmAdminOf, viewerOf } = await import("../helpers/viewer-of");
const { suggestGroupsForJob } = await import("@/lib/matching-service/suggest-for-job");
const { proposeFromSuggestion } = await import("@/lib/groups/propose");
const { respondToInvitation } = await import("@/lib/groups/respond");
const { expireInvitations, replacementCandidates, replaceMember } = await import("@/lib/groups/replacement");
const { decideApproval, listPendingApprovals } = await import("@/lib/groups/approvals");
const { latestAgreement, confirmAgreement } = await import("@/lib/groups/agreement");
const { agreementPdf } = await import("@/lib/groups/agreement-pdf");
const { awardGroup, reportProgress, markDelivered, acceptDelivery } = await import("@/lib/groups/orders");
const { getGroupDetail } = await import("@/lib/groups/group-detail");
const { groupFileForDownload } = await import("@/lib/groups/group-files");
const { announceLateSteps } = await import("@/lib/groups/late-steps");
const { memberFacts } = await import("@/lib/groups/member-facts");
const { DomainError, NotFoundError } = await import("@/lib/authz");
const { priceEveryStep, sendGroupOffer } = await import("../helpers/quotes");

const today = new Date("2026-11-01T00:00:00Z");
afterAll(async () => testDb.current?.close());
const hoursLater = (h: number) => new Date(today.getTime() + h * 3_600_000);

describe("a joint-order group from suggestion to closed order", () => {
  let buyer: Viewer;
  let otherBuyer: Viewer;
  let federationStaff: Viewer;
  let jobId: string;
  let groupId: string;
  const db = () => testDb.current!;

  const adminOf = (firmId: string) => firmAdminOf(db(), firmId);
  async function staffOf(associationId: string): Promise<Viewer> {
    const user = await db().prisma.user.findFirst({ where: { associationId, role: "ASSOCIATION_STAFF", status: "ACTIVE" } });
    const email = user?.email ?? (await db().prisma.user.create({ data: { email: `staff-${associationId}@example.jp`, name: "職員", role: "ASSOCIATION_STAFF", status: "ACTIVE", associationId } })).email;
    return viewerOf(db(), email, { twoFactorPending: false });
  }
  const members = () => db().prisma.groupMember.findMany({ where: { groupId }, orderBy: [{ invitedAt: "asc" }, { id: "asc" }], select: { id: true, firmId: true, status: true, version: true, shareBasisPoints: true, isLead: true, firm: { select: { associationId: true, nameJa: true } } } });
  const accept = async (firmId: string, at = hoursLater(1)) => {
    const member = (await members()).find((m) => m.firmId === firmId && m.status === "INVITED")!;
    return respondToInvitation(db(), await adminOf(firmId), { groupId, decision: "accept", reason: "", version: member.version }, at);
  };

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 150, seed: 3, today });
    // An open job of the main demo buyer whose every step several seeded firms can do.
    const [row] = await db().sql.query<{ id: string }>(`
      SELECT j.id FROM "Job" j JOIN "User" u ON u."buyerOrgId" = j."buyerOrgId" AND u.email = 'buyer@demo.kyodo.example'
      WHERE j.status = 'OPEN' AND j."leadCertificationCode" IS NULL
        AND (SELECT count(*) FROM "JobStep" s WHERE s."jobId" = j.id) >= 2
      ORDER BY (SELECT min((SELECT count(*) FROM "Capability" c WHERE c."processCode" = s."processCode")) FROM "JobStep" s WHERE s."jobId" = j.id) DESC, j.id
      LIMIT 1`);
    jobId = row!.id;
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    otherBuyer = await viewerOf(db(), "buyer2@demo.kyodo.example");
    federationStaff = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
  }, 120_000);

  it("turns a suggestion into invitations with a lead, steps, shares summing to 100% and a 48-hour deadline", async () => {
    const run = await suggestGroupsForJob(db(), buyer, jobId, { today });
    // The suggestion with the most firms, so there is someone to decline and someone to replace.
    const richest = run.result.groups.reduce((best, g, i) => (g.memberIds.length > run.result.groups[best]!.memberIds.length ? i : best), 0);
    expect(run.result.groups[richest]!.memberIds.length).toBeGreaterThanOrEqual(2);
    await expect(proposeFromSuggestion(db(), otherBuyer, { suggestionId: run.suggestionIds[richest]!, contractModel: "MEDIATION" }, today)).rejects.toBeInstanceOf(NotFoundError);

    const proposed = await proposeFromSuggestion(db(), buyer, { suggestionId: run.suggestionIds[richest]!, contractModel: "MEDIATION" }, today);
    expect(proposed.created).toBe(true);
    groupId = proposed.groupId;
    // Proposing the same suggestion twice (a double click) does not make a second group.
    expect(await proposeFromSuggestion(db(), buyer, { suggestionId: run.suggestionIds[richest]!, contractModel: "MEDIATION" }, today)).toEqual({ groupId, created: false });

    const invited = await members();
    expect(new Set(invited.map((m) => m.firmId))).toEqual(new Set(run.result.groups[richest]!.memberIds));
    expect(invited.every((m) => m.status === "INVITED")).toBe(true);
    expect(invited.filter((m) => m.isLead)).toHaveLength(1);
    expect(invited.reduce((sum, m) => sum + m.shareBasisPoints, 0)).toBe(10_000);
    const expiry = await db().prisma.groupMember.findFirstOrThrow({ where: { groupId }, select: { inviteExpiresAt: true } });
    expect(expiry.inviteExpiresAt).toEqual(hoursLater(48));
    expect((await db().prisma.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("GROUPS_INVITED");
    // Every invited firm may read the job, even were it invited-only.
    expect(await db().prisma.jobInvitedFirm.count({ where: { jobId, firmId: { in: invited.map((m) => m.firmId) } } })).toBe(invited.length);

    const invitedAdmins = await db().prisma.user.findMany({ where: { firmId: { in: invited.map((m) => m.firmId) }, role: "FIRM_ADMIN" }, select: { id: true } });
    const notes = await db().prisma.notification.findMany({ where: { kind: "group.invited", userId: { in: invitedAdmins.map((u) => u.id) } } });
    expect(notes.length).toBe(invitedAdmins.length);
  });

  it("lets only an admin of an invited firm answer, and requires a reason to decline", async () => {
    const [first] = await members();
    const outsider = await db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: (await members()).map((m) => m.firmId) }, users: { some: { role: "FIRM_ADMIN" } } } });
    await expect(respondToInvitation(db(), await adminOf(outsider.id), { groupId, decision: "accept", reason: "", version: first!.version }, hoursLater(1))).rejects.toBeInstanceOf(NotFoundError);
    await expect(respondToInvitation(db(), await adminOf(first!.firmId), { groupId, decision: "decline", reason: "  ", version: first!.version }, hoursLater(1))).rejects.toMatchObject({ messageKey: "groups.errors.reasonRequired" });
  });

  it("lets two admins of one firm answering at once produce exactly one answer", async () => {
    const [first] = await members();
    const second = await db().prisma.user.create({ data: { email: "second-admin@example.jp", name: "二人目", role: "FIRM_ADMIN", status: "ACTIVE", firmId: first!.firmId } });
    const admins = [await adminOf(first!.firmId), await viewerOf(db(), second.email)];
    const answers = await Promise.allSettled(admins.map((admin) => respondToInvitation(db(), admin, { groupId, decision: "accept", reason: "", version: first!.version }, hoursLater(1))));
    expect(answers.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = answers.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ messageKey: "groups.errors.alreadyAnswered" });
    expect((await members())[0]!.status).toBe("ACCEPTED");
  });

  it("expires a silent invitation after 48 hours and offers the buyer the next best firm for those steps", async () => {
    // Every firm but one answers in time.
    const invited = (await members()).filter((m) => m.status === "INVITED");
    const silent = invited[0]!;
    for (const m of invited.slice(1)) await accept(m.firmId, hoursLater(2));
    expect(await expireInvitations(db(), hoursLater(47))).toBe(0);
    // Exactly the invitations past their time expire (the demo seed has a live group of its own).
    const due = await db().prisma.groupMember.count({ where: { status: "INVITED", inviteExpiresAt: { lt: hoursLater(49) }, group: { status: "INVITING" } } });
    expect(due).toBeGreaterThanOrEqual(1);
    expect(await expireInvitations(db(), hoursLater(49))).toBe(due);
    expect(await expireInvitations(db(), hoursLater(49))).toBe(0);
    const after = (await members()).find((m) => m.id === silent.id)!;
    expect(after.status).toBe("EXPIRED");
    // Too late to answer now.
    await expect(respondToInvitation(db(), await adminOf(silent.firmId), { groupId, decision: "accept", reason: "", version: silent.version }, hoursLater(50))).rejects.toMatchObject({ messageKey: "groups.errors.alreadyAnswered" });
    const buyerNote = await db().prisma.notification.findFirst({ where: { userId: buyer.userId, kind: "group.declined" } });
    expect(buyerNote).not.toBeNull();

    const { options } = await replacementCandidates(db(), buyer, { groupId, memberId: silent.id }, today);
    expect(options.length).toBeGreaterThan(0);
    const taken = new Set((await members()).map((m) => m.firmId));
    expect(options.some((o) => taken.has(o.firmId))).toBe(false);
    // Only a firm the matching service offered can be invited instead.
    await expect(replaceMember(db(), buyer, { groupId, memberId: silent.id, firmId: [...taken][0]! }, hoursLater(50))).rejects.toMatchObject({ messageKey: "groups.errors.notACandidate" });

    await replaceMember(db(), buyer, { groupId, memberId: silent.id, firmId: options[0]!.firmId }, hoursLater(50));
    const now = await members();
    expect(now.find((m) => m.id === silent.id)!.status).toBe("REPLACED");
    const fresh = now.find((m) => m.firmId === options[0]!.firmId)!;
    expect(fresh).toMatchObject({ status: "INVITED", shareBasisPoints: silent.shareBasisPoints, isLead: silent.isLead });
    const moved = await db().prisma.groupStepAssignment.count({ where: { groupId, memberId: silent.id } });
    expect(moved).toBe(0);
  });

  it("goes to the staff of every association involved once the last member accepts", async () => {
    for (const m of (await members()).filter((x) => x.status === "INVITED")) {
      const { outcome } = await accept(m.firmId, hoursLater(51));
      expect(["waiting", "complete"]).toContain(outcome);
    }
    const group = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } });
    expect(group.status).toBe("PENDING_APPROVAL");
    const active = (await members()).filter((m) => m.status === "ACCEPTED");
    const approvals = await db().prisma.groupApproval.findMany({ where: { groupId } });
    expect(new Set(approvals.map((a) => a.associationId))).toEqual(new Set(active.map((m) => m.firm.associationId)));

    // Staff see each member's verification, load and record, computed from the records.
    const facts = await memberFacts(db(), groupId);
    expect(facts.map((f) => f.firmId).sort()).toEqual(active.map((m) => m.firmId).sort());
    expect(facts.every((f) => f.status === "VERIFIED")).toBe(true);
    const [sample] = facts;
    const delivered = await db().sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Order" o JOIN "GroupMember" m ON m."groupId" = o."groupId" WHERE m."firmId" = $1 AND m.status = 'ACCEPTED' AND o.status IN ('DELIVERED', 'ACCEPTED')`,
      [sample!.firmId],
    );
    expect(sample!.deliveredOrders).toBe(delivered[0]!.n);
  });

  it("refuses staff of an association with no member in the group", async () => {
    const involved = new Set((await members()).map((m) => m.firm.associationId));
    const stranger = await db().prisma.association.findFirstOrThrow({ where: { id: { notIn: [...involved] } } });
    const approval = await db().prisma.groupApproval.findFirstOrThrow({ where: { groupId } });
    const staff = await staffOf(stranger.id);
    await expect(decideApproval(db(), staff, { approvalId: approval.id, version: approval.version, decision: "approve", comment: "" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPendingApprovals(db(), staff)).some((a) => a.group.id === groupId)).toBe(false);
  });

  it("lets two staff deciding at once produce one decision; the second hears it was already decided", async () => {
    const approval = await db().prisma.groupApproval.findFirstOrThrow({ where: { groupId }, orderBy: { associationId: "asc" } });
    const local = await staffOf(approval.associationId!);
    const decisions = await Promise.allSettled([
      decideApproval(db(), local, { approvalId: approval.id, version: approval.version, decision: "approve", comment: "" }),
      decideApproval(db(), federationStaff, { approvalId: approval.id, version: approval.version, decision: "approve", comment: "" }),
    ]);
    expect(decisions.filter((d) => d.status === "fulfilled")).toHaveLength(1);
    expect((decisions.find((d) => d.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ messageKey: "groups.errors.alreadyDecided" });
    const audited = await db().prisma.auditLog.findMany({ where: { targetId: groupId, action: "group.approve" } });
    expect(audited).toHaveLength(1);
  });

  it("is approved when every association has approved, and gets a bilingual agreement with every party and share", async () => {
    for (const approval of await db().prisma.groupApproval.findMany({ where: { groupId, status: "PENDING" } })) {
      await decideApproval(db(), await staffOf(approval.associationId!), { approvalId: approval.id, version: approval.version, decision: "approve", comment: "" });
    }
    expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).status).toBe("APPROVED");
    const agreement = await latestAgreement(db(), buyer, groupId);
    for (const m of (await members()).filter((x) => x.status === "ACCEPTED")) {
      expect(agreement.contentJa).toContain(m.firm.nameJa);
      expect(agreement.contentJa).toContain(`${(m.shareBasisPoints / 100).toFixed(2)}%`);
    }
    expect(agreement.contentJa).toContain("受注斡旋");
    expect(agreement.contentEn).toMatch(/mediat/i);

    const pdf = await agreementPdf({ ja: agreement.contentJa, en: agreement.contentEn, title: "共同受注契約書", footer: groupId });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    // The PDF says what the agreement says, in both languages, and draws every character it says.
    const text = (await pdfPageTexts(pdf)).join("").replace(/\s+/g, "");
    for (const m of (await members()).filter((x) => x.status === "ACCEPTED")) {
      const firm = await db().prisma.firm.findUniqueOrThrow({ where: { id: m.firmId }, select: { nameJa: true, nameEn: true } });
      for (const name of [firm.nameJa, firm.nameEn]) if (name) expect(text).toContain(name.replace(/\s+/g, ""));
      expect(text).toContain(`${(m.shareBasisPoints / 100).toFixed(2)}%`);
    }
    expect(text).toContain("受注斡旋");
    expect(text).toMatch(/mediat/i);
    expect(await misdrawnCharacters(pdf)).toEqual([]);

    const lead = (await members()).find((m) => m.isLead && m.status === "ACCEPTED")!;
    await confirmAgreement(db(), await adminOf(lead.firmId), { groupId, agreementId: agreement.id });
    await confirmAgreement(db(), await adminOf(lead.firmId), { groupId, agreementId: agreement.id });
    expect(await db().prisma.agreementConfirmation.count({ where: { agreementId: agreement.id } })).toBe(1);
  });

  it("is awarded by its buyer only, from the group's offer: its total is the order's value and its schedule the plan", async () => {
    await priceEveryStep(db(), groupId, today);
    const sent = await sendGroupOffer(db(), groupId, today);
    const offer = await db().prisma.groupOffer.findUniqueOrThrow({ where: { id: sent.offerId }, select: { rowVersion: true, totalYen: true, lines: { select: { assignmentId: true, plannedStart: true, plannedEnd: true } } } });
    await expect(awardGroup(db(), otherBuyer, { groupId, offerId: sent.offerId, rowVersion: offer.rowVersion }, today)).rejects.toBeInstanceOf(NotFoundError);
    await awardGroup(db(), buyer, { groupId, offerId: sent.offerId, rowVersion: offer.rowVersion }, today);
    const order = await db().prisma.order.findUniqueOrThrow({ where: { groupId } });
    expect(order.contractedValueYen).toBe(offer.totalYen);
    expect(order.offerId).toBe(sent.offerId);
    const steps = await db().prisma.groupStepAssignment.findMany({ where: { groupId }, select: { id: true, plannedStart: true, plannedEnd: true } });
    for (const step of steps) {
      const planned = offer.lines.find((l) => l.assignmentId === step.id)!;
      expect([step.plannedStart, step.plannedEnd]).toEqual([planned.plannedStart, planned.plannedEnd]);
    }
    expect((await db().prisma.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("AWARDED");
    // Awarding twice is refused.
    await expect(awardGroup(db(), buyer, { groupId, offerId: sent.offerId, rowVersion: offer.rowVersion + 1 }, today)).rejects.toBeInstanceOf(DomainError);
  });

  it("lets each member report progress on its own steps only, and the lead deliver once all are done", async () => {
    const assignments = await db().prisma.groupStepAssignment.findMany({ where: { groupId }, select: { id: true, member: { select: { firmId: true } } } });
    const firms = [...new Set(assignments.map((a) => a.member.firmId))];
    const lead = (await members()).find((m) => m.isLead && m.status === "ACCEPTED")!;
    const foreign = assignments.find((a) => a.member.firmId !== firms[0])!;
    await expect(reportProgress(db(), await adminOf(firms[0]!), { assignmentId: foreign.id, percent: 50, note: "" })).rejects.toBeInstanceOf(NotFoundError);

    const first = assignments[0]!;
    process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "kj-progress-photos-"));
    await expect(reportProgress(db(), await adminOf(first.member.firmId), { assignmentId: first.id, percent: 40, note: "", photo: { bytes: new TextEncoder().encode("not a photo"), name: "x.jpg" } })).rejects.toMatchObject({ problem: "typeNotAllowed" });
    await reportProgress(db(), await adminOf(first.member.firmId), { assignmentId: first.id, percent: 40, note: "荒加工完了", photo: { bytes: TINY_PNG, name: "荒加工.png" } }, hoursLater(24 * 3));
    expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).status).toBe("IN_PRODUCTION");
    // The photo is shown with the step to everyone who follows the group's progress, and to nobody else.
    const withPhoto = await getGroupDetail(db(), buyer, groupId);
    const [update] = withPhoto.group.assignments.find((a) => a.id === first.id)!.progressUpdates;
    expect(update).toMatchObject({ percent: 40, note: "荒加工完了" });
    await expect(groupFileForDownload(db(), buyer, update!.photos[0]!.id)).resolves.toMatchObject({ mimeType: "image/png" });
    await expect(groupFileForDownload(db(), otherBuyer, update!.photos[0]!.id)).rejects.toBeInstanceOf(NotFoundError);

    // Past its planned end at 40%, the step is late: the buyer and the lead hear it once.
    const { plannedEnd } = await db().prisma.groupStepAssignment.findUniqueOrThrow({ where: { id: first.id } });
    const afterPlan = new Date(plannedEnd!.getTime() + 2 * 86_400_000);
    expect((await announceLateSteps(db(), afterPlan)).announced).toContain(first.id);
    expect((await announceLateSteps(db(), afterPlan)).announced).not.toContain(first.id);
    const lateNotes = await db().prisma.notification.findMany({ where: { kind: "group.stepLate", params: { path: ["assignmentId"], equals: first.id } }, select: { userId: true } });
    expect(lateNotes.map((n) => n.userId)).toContain(buyer.userId);
    await expect(markDelivered(db(), await adminOf(lead.firmId), { groupId })).rejects.toMatchObject({ messageKey: "groups.errors.stepsOpen" });

    for (const a of assignments) await reportProgress(db(), await adminOf(a.member.firmId), { assignmentId: a.id, percent: 100, note: "" }, hoursLater(24 * 10));
    const notLead = firms.find((f) => f !== lead.firmId)!;
    await expect(markDelivered(db(), await adminOf(notLead), { groupId })).rejects.toMatchObject({ messageKey: "groups.errors.leadOnly" });
    await markDelivered(db(), await adminOf(lead.firmId), { groupId }, hoursLater(24 * 11));

    const detail = await getGroupDetail(db(), buyer, groupId, hoursLater(24 * 11));
    expect(detail).toBeTruthy();
    await acceptDelivery(db(), buyer, { groupId, comment: "助かりました", ratings: await ratingsForEachMember(db(), groupId, { delivery: 5, quality: 4, communication: 5, price: 4 }) }, hoursLater(24 * 12));
    const order = await db().prisma.order.findUniqueOrThrow({ where: { groupId }, include: { rating: true } });
    expect(order.status).toBe("ACCEPTED");
    expect(order.rating).toMatchObject({ delivery: 5, quality: 4, communication: 5 });
    const history = await db().prisma.groupStatusChange.findMany({ where: { groupId }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => h.toStatus)).toEqual(["INVITING", "PENDING_APPROVAL", "APPROVED", "AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"]);
    expect((await db().prisma.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("CLOSED");
  });
});

describe("approval by federation staff alone, when the installation is set so", () => {
  const db = () => testDb.current!;

  it("asks one federation approval instead of one per association, which association staff cannot give", async () => {
    await db().prisma.setting.upsert({ where: { key: "groups.federationApprovalOnly" }, create: { key: "groups.federationApprovalOnly", value: true }, update: { value: true } });
    // The demo seed's live group: the Ota machining firm and the Sumida press firm are invited.
    const group = await db().prisma.jointOrderGroup.findFirstOrThrow({ where: { job: { titleJa: { startsWith: "【デモ】" } } }, select: { id: true } });
    // The first suite's expiry run let these invitations lapse; invite them again.
    await db().prisma.groupMember.updateMany({ where: { groupId: group.id }, data: { status: "INVITED", inviteExpiresAt: null } });
    for (const email of ["firm-admin@demo.kyodo.example", "press-admin@demo.kyodo.example"]) {
      const admin = await viewerOf(db(), email);
      const member = await db().prisma.groupMember.findFirstOrThrow({ where: { groupId: group.id, firmId: admin.firmId! } });
      await respondToInvitation(db(), admin, { groupId: group.id, decision: "accept", reason: "", version: member.version });
    }
    const approvals = await db().prisma.groupApproval.findMany({ where: { groupId: group.id } });
    expect(approvals.map((a) => a.associationId)).toEqual([null]);
    const otaStaff = await viewerOf(db(), "ota-staff@demo.kyodo.example", { twoFactorPending: false });
    await expect(decideApproval(db(), otaStaff, { approvalId: approvals[0]!.id, version: approvals[0]!.version, decision: "approve", comment: "" })).rejects.toBeInstanceOf(NotFoundError);
    const federation = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
    expect((await decideApproval(db(), federation, { approvalId: approvals[0]!.id, version: approvals[0]!.version, decision: "approve", comment: "" })).outcome).toBe("approved");
  });
});
