// A group composed by hand on a real database: by the buyer (firms invited with the shares and
// quality owners chosen), refused with the reason when a firm cannot do its step or the shares do
// not total 100%, by a firm as its lead (its own membership accepted at once, the buyer sees the
// group), and never by a firm that cannot see the job or a buyer that does not own it.
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
const { composeGroup, loadComposeContext, lookupFirmsForCompose } = await import("@/lib/groups/compose");
const { composeSchema } = await import("@/lib/groups/schemas");
const { composeGroup: composeAction } = await import("@/app/groups/actions");
const { suggestGroupsForJob } = await import("@/lib/matching-service/suggest-for-job");
const { groupVisibleWhere } = await import("@/lib/authz/scope");
const { DomainError, ForbiddenError, NotFoundError } = await import("@/lib/authz");
const { translate } = await import("@/lib/validation/messages");

// The action works with the real clock, so the demo data is seeded for today.
const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
afterAll(async () => testDb.current?.close());

type Context = Awaited<ReturnType<typeof loadComposeContext>>;
interface Pick {
  firms: string[];
  quality?: string[];
  shares?: number[];
  lead?: string;
}

describe("a group composed by hand", () => {
  let buyer: Viewer;
  let jobId: string;
  const db = () => testDb.current!;

  /** The form's fields for one firm per step (in job order), as the compose form sends them. */
  function formFor(ctx: Context, pick: Pick) {
    const members = [...new Set(pick.firms)];
    const shares = pick.shares ?? members.map((_, i) => (i === 0 ? 10_000 - (members.length - 1) * 1_000 : 1_000));
    return {
      jobId: ctx.job.id,
      fromSuggestionId: "",
      contractModel: "JOINT_ORDER",
      leadFirmId: pick.lead ?? pick.firms[0]!,
      steps: JSON.stringify(ctx.steps.map((s, i) => ({ stepId: s.id, parts: [{ firmId: pick.firms[i]!, quantity: String(s.quantity) }], qualityFirmId: pick.quality?.[i] ?? pick.firms[i]! }))),
      shares: JSON.stringify(members.map((firmId, i) => ({ firmId, percent: (shares[i]! / 100).toFixed(2) }))),
    };
  }
  /** For each step the best firm that can do it alone, each firm once where the job allows. */
  function bestFirms(ctx: Context, first?: string): string[] {
    const chosen: string[] = [];
    for (const step of ctx.steps) {
      const full = step.options.filter((o) => o.full && !o.problem).map((o) => o.firmId);
      const pick = (first && full.includes(first) && !chosen.includes(first) ? first : undefined) ?? full.find((id) => !chosen.includes(id)) ?? full[0]!;
      chosen.push(pick);
    }
    return chosen;
  }
  const members = (groupId: string) => db().prisma.groupMember.findMany({ where: { groupId }, select: { id: true, firmId: true, status: true, shareBasisPoints: true, isLead: true, respondedById: true } });

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 150, seed: 3, today });
    const [row] = await db().sql.query<{ id: string }>(`
      SELECT j.id FROM "Job" j JOIN "User" u ON u."buyerOrgId" = j."buyerOrgId" AND u.email = 'buyer@demo.kyodo.example'
      WHERE j.status = 'OPEN' AND j."leadCertificationCode" IS NULL AND j.visibility = 'ALL_VERIFIED'
        AND (SELECT count(*) FROM "JobStep" s WHERE s."jobId" = j.id) >= 2
      ORDER BY (SELECT min((SELECT count(*) FROM "Capability" c WHERE c."processCode" = s."processCode")) FROM "JobStep" s WHERE s."jobId" = j.id) DESC, j.id
      LIMIT 1`);
    jobId = row!.id;
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
  }, 180_000);

  it("names firms as the directory does: English names on English pages, Japanese otherwise", async () => {
    const [ja, en] = await Promise.all([loadComposeContext(db(), buyer, jobId, { today }), loadComposeContext(db(), buyer, jobId, { today, locale: "en" })]);
    const stored = new Map((await db().prisma.firm.findMany({ where: { id: { in: ja.firms.map((f) => f.id) } }, select: { id: true, nameJa: true, nameEn: true } })).map((f) => [f.id, f]));
    expect(ja.firms.map((f) => f.name)).toEqual(ja.firms.map((f) => stored.get(f.id)!.nameJa));
    expect(en.firms.map((f) => f.name)).toEqual(en.firms.map((f) => stored.get(f.id)!.nameEn ?? stored.get(f.id)!.nameJa));
    expect(en.firms.some((f) => stored.get(f.id)!.nameEn)).toBe(true);
    const someone = stored.get(en.firms.find((f) => stored.get(f.id)!.nameEn)!.id)!;
    const [found] = await lookupFirmsForCompose(db(), buyer, { jobId, query: someone.nameJa }, today, "en");
    expect(found?.name).toBe(someone.nameEn);
  });

  it("invites the firms the buyer chose, with the shares and quality owners given", async () => {
    const ctx = await loadComposeContext(db(), buyer, jobId, { today });
    expect(ctx.composer).toEqual({ kind: "buyer" });
    for (const step of ctx.steps) expect(step.options.some((o) => o.full && !o.problem)).toBe(true);
    const firms = bestFirms(ctx);
    // The firm receiving the parts after step 1 answers for quality at that hand-off.
    const quality = firms.map((f, i) => (i === 0 ? firms[1]! : f));
    const input = composeSchema.parse(formFor(ctx, { firms, quality }));
    const { groupId } = await composeGroup(db(), buyer, input, today);

    const group = await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId }, select: { status: true, leadFirmId: true, proposedById: true, sourceSuggestionId: true, contractModel: true } });
    expect(group).toEqual({ status: "INVITING", leadFirmId: firms[0], proposedById: buyer.userId, sourceSuggestionId: null, contractModel: "JOINT_ORDER" });
    const invited = await members(groupId);
    expect(invited.every((m) => m.status === "INVITED")).toBe(true);
    expect(Object.fromEntries(invited.map((m) => [m.firmId, m.shareBasisPoints]))).toEqual(Object.fromEntries(input.shares.map((s) => [s.firmId, s.basisPoints])));
    expect(invited.filter((m) => m.isLead).map((m) => m.firmId)).toEqual([firms[0]]);
    const memberOf = new Map(invited.map((m) => [m.id, m.firmId]));
    const assignments = await db().prisma.groupStepAssignment.findMany({ where: { groupId }, select: { jobStepId: true, memberId: true, qualityOwnerMemberId: true } });
    for (const [i, step] of ctx.steps.entries()) {
      const assignment = assignments.find((a) => a.jobStepId === step.id)!;
      expect(memberOf.get(assignment.memberId)).toBe(firms[i]);
      expect(memberOf.get(assignment.qualityOwnerMemberId!)).toBe(quality[i]);
    }
    expect((await db().prisma.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("GROUPS_INVITED");
    expect(await db().prisma.jobInvitedFirm.count({ where: { jobId, firmId: { in: invited.map((m) => m.firmId) } } })).toBe(invited.length);
    const admins = await db().prisma.user.findMany({ where: { firmId: { in: invited.map((m) => m.firmId) }, role: "FIRM_ADMIN" }, select: { id: true } });
    expect(await db().prisma.notification.count({ where: { kind: "group.invited", linkPath: `/groups/${groupId}`, userId: { in: admins.map((u) => u.id) } } })).toBe(admins.length);
    const entry = await db().prisma.auditLog.findFirstOrThrow({ where: { action: "group.propose", targetId: groupId } });
    expect(entry).toMatchObject({ actorId: buyer.userId, details: { origin: "composed", jobId } });

    // The same form sent again (a double tap, a resent page) finds that group instead of a second one;
    // a different composition is a new proposal.
    const groupsBefore = await db().prisma.jointOrderGroup.count({ where: { jobId } });
    expect(await composeGroup(db(), buyer, input, today)).toEqual({ groupId });
    expect(await db().prisma.jointOrderGroup.count({ where: { jobId } })).toBe(groupsBefore);
    const otherModel = await composeGroup(db(), buyer, { ...input, contractModel: "MEDIATION" }, today);
    expect(otherModel.groupId).not.toBe(groupId);
    await db().prisma.jointOrderGroup.update({ where: { id: otherModel.groupId }, data: { status: "CANCELLED" } });
  });

  it("refuses a firm that cannot do its step, naming the firm and what is missing", async () => {
    const ctx = await loadComposeContext(db(), buyer, jobId, { today });
    const firms = bestFirms(ctx);
    const step = ctx.steps[0]!;
    const jobStep = await db().prisma.jobStep.findUniqueOrThrow({ where: { id: step.id } });
    const firm = await db().prisma.firm.findUniqueOrThrow({ where: { id: firms[0]! }, select: { nameJa: true } });
    await db().prisma.jobStep.update({ where: { id: step.id }, data: { toleranceUm: 5 } });
    await db().prisma.capability.updateMany({ where: { firmId: firms[0]!, processCode: jobStep.processCode }, data: { bestToleranceUm: 10 } });
    try {
      const error = await composeGroup(db(), buyer, composeSchema.parse(formFor(ctx, { firms })), today).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      const { messageKey, params, field } = error as InstanceType<typeof DomainError>;
      expect({ messageKey, params, field }).toEqual({ messageKey: "groups.compose.problems.tolerance", params: { firm: firm.nameJa, step: 1, yours: 10, needed: 5 }, field: "steps.0.parts.0.firmId" });
      expect(translate("ja", messageKey, params)).toBe(`${firm.nameJa}: 公差 10 µm、工程 1 は 5 µm が必要です。`);
      expect(translate("en", messageKey, params)).toBe(`${firm.nameJa}: tolerance 10 µm, step 1 needs 5 µm.`);
      // Looking the firm up by name says the same.
      const [found] = await lookupFirmsForCompose(db(), buyer, { jobId, query: firm.nameJa }, today);
      expect(found!.steps[0]!.problem).toMatchObject({ key: "groups.compose.problems.tolerance", params: { yours: 10, needed: 5 } });
    } finally {
      await db().prisma.jobStep.update({ where: { id: step.id }, data: { toleranceUm: jobStep.toleranceUm } });
    }
  });

  it("refuses through the action shares that do not total 100% and a firm that cannot, keeping what was typed", async () => {
    session.viewer = buyer;
    const ctx = await loadComposeContext(db(), buyer, jobId, { today });
    const firms = bestFirms(ctx);
    const form = { ...formFor(ctx, { firms }), shares: JSON.stringify([...new Set(firms)].map((firmId) => ({ firmId, percent: "30" }))) };
    const data = new FormData();
    for (const [key, value] of Object.entries(form)) data.set(key, value);
    const result = await composeAction(null, data);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { shares: "配分の合計がちょうど 100% になっていません。" }, values: { steps: form.steps, shares: form.shares, leadFirmId: form.leadFirmId } });

    // The firm made unable above (tolerance 10 µm) is refused with its reason, never a server error.
    const jobStep = await db().prisma.jobStep.findUniqueOrThrow({ where: { id: ctx.steps[0]!.id } });
    const loose = (await db().prisma.capability.findFirstOrThrow({ where: { bestToleranceUm: 10, processCode: jobStep.processCode, firm: { status: "VERIFIED" } }, select: { firmId: true } })).firmId;
    const refused = formFor(ctx, { firms: [loose, ...firms.slice(1)] });
    const data2 = new FormData();
    data2.set("submissionKey", "compose-refused-0123456789");
    for (const [key, value] of Object.entries(refused)) data2.set(key, value);
    await db().prisma.jobStep.update({ where: { id: jobStep.id }, data: { toleranceUm: 5 } });
    const domain = await composeAction(null, data2).finally(() => db().prisma.jobStep.update({ where: { id: jobStep.id }, data: { toleranceUm: jobStep.toleranceUm } }));
    expect(domain).toMatchObject({ ok: false, code: "domain", values: { steps: refused.steps } });
    expect(domain.ok ? "" : domain.fieldErrors?.["steps.0.parts.0.firmId"]).toMatch(/公差 10 µm、工程 1 は 5 µm が必要/);
  });

  it("lets a firm compose a group it leads: its own membership is accepted, the others invited, the buyer sees it", async () => {
    const ctx0 = await loadComposeContext(db(), buyer, jobId, { today });
    const leadFirmId = ctx0.steps[1]!.options.find((o) => o.full && !o.problem)!.firmId;
    const lead = await firmAdminOf(db(), leadFirmId);
    const ctx = await loadComposeContext(db(), lead, jobId, { today });
    expect(ctx.composer).toEqual({ kind: "firm", firmId: leadFirmId });
    const firms = bestFirms(ctx, leadFirmId);
    expect(firms).toContain(leadFirmId);

    // Not a group led by someone else.
    const other = firms.find((f) => f !== leadFirmId)!;
    expect(other).toBeDefined();
    await expect(composeGroup(db(), lead, composeSchema.parse(formFor(ctx, { firms, lead: other })), today)).rejects.toMatchObject({ messageKey: "groups.compose.problems.composerNotLead" });
    const { groupId } = await composeGroup(db(), lead, composeSchema.parse(formFor(ctx, { firms, lead: leadFirmId })), today);
    const all = await members(groupId);
    const own = all.find((m) => m.firmId === leadFirmId)!;
    expect(own).toMatchObject({ status: "ACCEPTED", isLead: true, respondedById: lead.userId });
    expect(all.filter((m) => m.firmId !== leadFirmId).every((m) => m.status === "INVITED")).toBe(true);
    expect(await db().prisma.notification.count({ where: { kind: "group.invited", linkPath: `/groups/${groupId}`, userId: lead.userId } })).toBe(0);
    expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).proposedById).toBe(lead.userId);
    const buyersGroups = await db().prisma.jointOrderGroup.findMany({ where: { AND: [groupVisibleWhere(buyer), { jobId }] }, select: { id: true } });
    expect(buyersGroups.map((g) => g.id)).toContain(groupId);
  });

  it("lets no firm compose for a job it cannot see, no other buyer for this job, and no firm member or staff", async () => {
    const otherBuyer = await viewerOf(db(), "buyer2@demo.kyodo.example");
    await expect(loadComposeContext(db(), otherBuyer, jobId, { today })).rejects.toBeInstanceOf(NotFoundError);
    const ctx = await loadComposeContext(db(), buyer, jobId, { today });
    const input = composeSchema.parse(formFor(ctx, { firms: bestFirms(ctx) }));
    await expect(composeGroup(db(), otherBuyer, input, today)).rejects.toBeInstanceOf(NotFoundError);

    // An invited-only job the firm was not invited to does not exist for it.
    const outsider = await firmAdminOf(db(), input.steps[0]!.parts[0]!.firmId);
    const [hidden] = await db().sql.query<{ id: string }>(`
      SELECT j.id FROM "Job" j WHERE j.status = 'OPEN' AND j.id <> $1
        AND NOT EXISTS (SELECT 1 FROM "JobInvitedFirm" i WHERE i."jobId" = j.id AND i."firmId" = $2) LIMIT 1`, [jobId, outsider.firmId]);
    await db().prisma.job.update({ where: { id: hidden!.id }, data: { visibility: "INVITED_ONLY" } });
    await expect(loadComposeContext(db(), outsider, hidden!.id, { today })).rejects.toBeInstanceOf(NotFoundError);
    await expect(composeGroup(db(), outsider, { ...input, jobId: hidden!.id, leadFirmId: outsider.firmId! }, today)).rejects.toBeInstanceOf(NotFoundError);

    const member = await db().prisma.user.create({ data: { email: "member-compose@example.jp", name: "現場", role: "FIRM_MEMBER", status: "ACTIVE", firmId: outsider.firmId } });
    await expect(composeGroup(db(), await viewerOf(db(), member.email), input, today)).rejects.toBeInstanceOf(ForbiddenError);
    const staff = await viewerOf(db(), "federation@demo.kyodo.example", { twoFactorPending: false });
    await expect(composeGroup(db(), staff, input, today)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("prefills from a suggestion for the buyer, and keeps it as the group's source", async () => {
    const run = await suggestGroupsForJob(db(), buyer, jobId, { today });
    const suggestionId = run.suggestionIds[0]!;
    const ctx = await loadComposeContext(db(), buyer, jobId, { today, fromSuggestionId: suggestionId });
    expect(ctx.initial).toMatchObject({ fromSuggestionId: suggestionId, leadFirmId: run.result.groups[0]!.leadFirmId });
    const firms = ctx.steps.map((s) => ctx.initial!.steps.find((x) => x.stepId === s.id)!.parts[0]!.firmId);
    if (ctx.initial!.steps.every((s) => s.parts.length === 1)) {
      const input = composeSchema.parse({ ...formFor(ctx, { firms, lead: ctx.initial!.leadFirmId }), fromSuggestionId: suggestionId });
      const { groupId } = await composeGroup(db(), buyer, input, today);
      expect((await db().prisma.jointOrderGroup.findUniqueOrThrow({ where: { id: groupId } })).sourceSuggestionId).toBe(suggestionId);
    }
    // A firm never starts from a suggestion.
    const firm = await firmAdminOf(db(), firms[0]!);
    expect((await loadComposeContext(db(), firm, jobId, { today, fromSuggestionId: suggestionId })).initial).toBeNull();
  });
});
