// Matching on the demo seed through the database glue: real records in, recorded suggestions out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { NotFoundError } from "@/lib/authz/errors";
import { createTestDatabase } from "../helpers/test-db";
import { viewerFor } from "../authz/fixtures";
import { mostCoveredOpenJob } from "./seeded-job";

const today = new Date("2026-11-01T00:00:00Z");

describe("suggesting groups for a seeded job", () => {
  let db: Database;
  let job: { id: string; buyerOrgId: string };
  let buyer: Viewer;
  let federationStaff: Viewer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 150, seed: 3, today });
    // An open job whose route the seeded firms can do: the one with the most candidate firms per step.
    job = await mostCoveredOpenJob(db);
    buyer = viewerFor("BUYER", "A", { buyerOrgId: job.buyerOrgId });
    const [federation] = await db.sql.query<{ id: string }>(`SELECT id FROM "Federation" LIMIT 1`);
    federationStaff = viewerFor("FEDERATION_STAFF", "A", { federationId: federation!.id });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("suggests feasible groups of verified firms and records what was shown", async () => {
    const run = await suggestGroupsForJob(db, buyer, job.id, { today });
    expect(run.result.groups.length).toBeGreaterThan(0);
    const memberIds = [...new Set(run.result.groups.flatMap((g) => g.memberIds))];
    const statuses = await db.sql.query<{ status: string }>(`SELECT DISTINCT status FROM "Firm" WHERE id = ANY($1::uuid[])`, [memberIds]);
    expect(statuses).toEqual([{ status: "VERIFIED" }]);

    const steps = await db.sql.query<{ id: string }>(`SELECT id FROM "JobStep" WHERE "jobId" = $1 ORDER BY position`, [job.id]);
    expect(run.result.groups[0]!.assignments.map((a) => a.stepId)).toEqual(steps.map((s) => s.id));

    const recorded = await db.sql.query<{ rank: number; members: number }>(
      `SELECT s.rank, (SELECT count(*)::int FROM "MatchSuggestionMember" m WHERE m."suggestionId" = s.id) AS members
       FROM "MatchSuggestion" s WHERE s."matchRunId" = $1 ORDER BY s.rank`,
      [run.runId],
    );
    expect(recorded).toEqual(run.result.groups.map((g, i) => ({ rank: i + 1, members: g.memberIds.length })));
  });

  it("spreads exposure: firms just suggested score lower on fairness the next time", async () => {
    const first = await suggestGroupsForJob(db, buyer, job.id, { today, refresh: true });
    const again = await suggestGroupsForJob(db, buyer, job.id, { today, refresh: true });
    const fairness = (run: typeof first, firmId: string) => run.result.groups.find((g) => g.memberIds.includes(firmId))?.terms.fairness.value;
    const firm = first.result.groups[0]!.memberIds[0]!;
    const before = fairness(first, firm);
    const after = fairness(again, firm);
    if (before !== undefined && after !== undefined) expect(after).toBeLessThan(before);
    else expect(again.result.groups[0]!.memberIds).not.toEqual(first.result.groups[0]!.memberIds);
  });

  it("keeps a job's suggestions: a reload or another viewer sees the same run, with no new exposure, until a candidate's data changes", async () => {
    const first = await suggestGroupsForJob(db, buyer, job.id, { today, refresh: true });
    const exposure = async () => (await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "MatchSuggestionMember"`))[0]!.n;
    const before = await exposure();
    const reload = await suggestGroupsForJob(db, buyer, job.id, { today });
    const staffView = await suggestGroupsForJob(db, federationStaff, job.id, { today });
    for (const view of [reload, staffView]) {
      expect(view.kept).toBe(true);
      expect(view.runId).toBe(first.runId);
      expect(view.suggestionIds).toEqual(first.suggestionIds);
      expect(view.result.groups.map((g) => g.assignments)).toEqual(first.result.groups.map((g) => g.assignments));
      expect(view.computedAt).toEqual(first.computedAt);
    }
    expect(await exposure()).toBe(before);

    // A member firm's free capacity changes: the suggestions are computed again.
    const firmId = first.result.groups[0]!.memberIds[0]!;
    await db.sql.query(`UPDATE "Capability" SET "monthlyCapacity" = "monthlyCapacity" + 1 WHERE "firmId" = $1::uuid`, [firmId]);
    const after = await suggestGroupsForJob(db, buyer, job.id, { today });
    expect(after.kept).toBe(false);
    expect(after.runId).not.toBe(first.runId);
    expect(await exposure()).toBeGreaterThan(before);
    // So does the next day (every firm's free capacity in the step slots moves).
    const tomorrow = await suggestGroupsForJob(db, buyer, job.id, { today: new Date(today.getTime() + 86_400_000) });
    expect(tomorrow.kept).toBe(false);
  });

  it("lets staff re-run with other weights, and ignores weights from a buyer", async () => {
    const onlyMembers = { members: 100, proximity: 0, partnership: 0, record: 0, slack: 0, handRaised: 0, fairness: 0 };
    const staffRun = await suggestGroupsForJob(db, federationStaff, job.id, { today, weights: onlyMembers, record: false });
    expect(staffRun.weights.members).toBe(100);
    expect(staffRun.result.groups[0]!.score).toBeCloseTo(100 * staffRun.result.groups[0]!.terms.members.value, 9);
    const buyerRun = await suggestGroupsForJob(db, buyer, job.id, { today, weights: onlyMembers, record: false });
    expect(buyerRun.weights.members).toBe(22);
  });

  it("counts the load firms already carry: unfinished steps of groups at work, spread over the months to each job's deadline, also after the writes that change it", async () => {
    const { loadCandidates } = await import("@/lib/matching-service/load-candidates");
    const { loadJobForMatching } = await import("@/lib/matching-service/load-job");
    const { input: jobInput, job: loaded } = await loadJobForMatching(db.prisma, buyer, job.id, "match.view", today);
    // A route through every process some group is at work on, so there is load to count.
    const busy = await db.prisma.groupStepAssignment.findMany({ where: { status: { not: "DONE" }, group: { status: { in: ["APPROVED", "AWARDED", "IN_PRODUCTION"] } } }, distinct: ["processCode"], select: { processCode: true } });
    const processes = busy.map((b) => b.processCode);
    const input = { ...jobInput, steps: processes.map((processCode, i) => ({ ...jobInput.steps[0]!, id: `s${i}`, position: i + 1, processCode })) };
    const loadedLoad = async () => {
      const candidates = await loadCandidates(db.sql, input, loaded.deadline, today);
      return {
        keys: new Set<string>(candidates.flatMap((c) => c.capabilities.map((cap) => `${c.id}:${cap.processCode}`))),
        load: new Map<string, number>(candidates.flatMap((c) => c.capabilities.filter((cap) => cap.committedPerMonth > 0).map((cap) => [`${c.id}:${cap.processCode}`, cap.committedPerMonth] as const))),
      };
    };
    // The same figure computed the plain way, from the records, for candidate firms.
    const fromRecords = async () => {
      const open = await db.prisma.groupStepAssignment.findMany({
        where: { status: { not: "DONE" }, processCode: { in: processes }, group: { status: { in: ["APPROVED", "AWARDED", "IN_PRODUCTION"] } }, member: { firm: { status: "VERIFIED" } } },
        select: { id: true, groupId: true, processCode: true, quantity: true, member: { select: { firmId: true } }, group: { select: { jobId: true, job: { select: { deadline: true } } } } },
      });
      const load = new Map<string, number>();
      for (const a of open) {
        const months = Math.max(1, (a.group.job!.deadline.getTime() - today.getTime()) / 86_400_000 / 30);
        const key = `${a.member.firmId}:${a.processCode}`;
        load.set(key, (load.get(key) ?? 0) + a.quantity / months);
      }
      return { open, load: new Map([...load].map(([k, v]) => [k, Math.round(v)] as const).filter(([, v]) => v > 0)) };
    };
    const expectSame = async () => {
      const [got, { load }] = await Promise.all([loadedLoad(), fromRecords()]);
      const expected = [...load].filter(([key]) => got.keys.has(key));
      expect(expected.length).toBeGreaterThan(0);
      expect([...got.load.keys()].sort()).toEqual(expected.map(([key]) => key).sort());
      for (const [key, pieces] of expected) expect(Math.abs(got.load.get(key)! - pieces), key).toBeLessThanOrEqual(1);
    };
    const { open } = await fromRecords();
    expect(open.length).toBeGreaterThan(2);
    await expectSame();
    // A step finished, a group delivered, a deadline moved: each changes the load at once.
    await db.prisma.groupStepAssignment.update({ where: { id: open[0]!.id }, data: { status: "DONE" } });
    await db.prisma.jointOrderGroup.update({ where: { id: open.find((a) => a.groupId !== open[0]!.groupId)!.groupId }, data: { status: "DELIVERED" } });
    const moved = (await fromRecords()).open[0]!;
    await db.prisma.job.update({ where: { id: moved.group.jobId! }, data: { deadline: new Date(today.getTime() + 400 * 86_400_000) } });
    await expectSame();
  });

  it("reads every verified firm's capabilities as the profile has them, also right after the profile changes", async () => {
    const { loadCandidates } = await import("@/lib/matching-service/load-candidates");
    const { loadJobForMatching } = await import("@/lib/matching-service/load-job");
    const { input, job: loaded } = await loadJobForMatching(db.prisma, buyer, job.id, "match.view", today);
    const processes = input.steps.map((st) => st.processCode);
    const fromLoader = async () =>
      (await loadCandidates(db.sql, input, loaded.deadline, today))
        .flatMap((c) => c.capabilities.map((cap) => `${c.id} ${c.name} ${c.location.latitude} ${cap.processCode} ${cap.bestToleranceUm} ${cap.maxWorkpieceMm} ${cap.monthlyCapacity} ${cap.leadTimeDays} ${[...cap.materialCodes].sort().join(",")}`))
        .sort();
    const fromRecords = async () =>
      (await db.prisma.capability.findMany({ where: { processCode: { in: processes }, firm: { status: "VERIFIED" } }, select: { processCode: true, bestToleranceUm: true, maxWorkpieceMm: true, monthlyCapacity: true, leadTimeDays: true, materials: { select: { materialCode: true } }, firm: { select: { id: true, nameJa: true, latitude: true } } } }))
        .map((c) => `${c.firm.id} ${c.firm.nameJa} ${c.firm.latitude} ${c.processCode} ${c.bestToleranceUm} ${c.maxWorkpieceMm} ${c.monthlyCapacity} ${c.leadTimeDays} ${c.materials.map((m) => m.materialCode).sort().join(",")}`)
        .sort();
    expect(await fromLoader()).toEqual(await fromRecords());

    // A firm edits its profile: a tolerance, a material added and one removed, a capability
    // dropped, a new name; another firm is suspended. Matching sees each at once.
    const [first, second, third] = await db.prisma.capability.findMany({ where: { processCode: { in: processes }, firm: { status: "VERIFIED" } }, orderBy: { id: "asc" }, take: 3, select: { id: true, firmId: true, materials: { select: { materialCode: true } } } });
    await db.prisma.capability.update({ where: { id: first!.id }, data: { bestToleranceUm: 1 } });
    const unused = await db.prisma.material.findFirstOrThrow({ where: { code: { notIn: first!.materials.map((m) => m.materialCode) } }, select: { code: true } });
    await db.prisma.capabilityMaterial.create({ data: { capabilityId: first!.id, materialCode: unused.code } });
    if (second!.materials[0]) await db.prisma.capabilityMaterial.delete({ where: { capabilityId_materialCode: { capabilityId: second!.id, materialCode: second!.materials[0].materialCode } } });
    await db.prisma.capability.delete({ where: { id: third!.id } });
    await db.prisma.firm.update({ where: { id: first!.firmId }, data: { nameJa: "改名精工株式会社" } });
    const suspended = await db.prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", id: { notIn: [first!.firmId, second!.firmId, third!.firmId] }, capabilities: { some: { processCode: { in: processes } } } }, select: { id: true } });
    await db.prisma.firm.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    const after = await fromLoader();
    expect(after).toEqual(await fromRecords());
    expect(after.some((row) => row.startsWith(suspended.id))).toBe(false);
    expect(after.some((row) => row.includes("改名精工株式会社"))).toBe(true);
  });

  it("answers 404 to another buyer, so the job's existence does not leak", async () => {
    await expect(suggestGroupsForJob(db, viewerFor("BUYER", "B"), job.id, { today })).rejects.toBeInstanceOf(NotFoundError);
  });
});
