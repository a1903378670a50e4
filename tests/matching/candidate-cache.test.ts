// Kept candidates (lib/matching-service/candidate-cache.ts) against a fresh load: kept while nothing
// they read changed, read again after each kind of write that changes them, and a suggestion
// computed on them equal to one computed on a fresh load with its exposure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { candidateStamp, forgetKeptCandidates, inputsKeyOf, keptCandidates, keptStandingGroups, type KeptCandidates } from "@/lib/matching-service/candidate-cache";
import { canonicalCandidates, inputsKey } from "@/lib/matching/inputs-key";
import { exposureReference, loadCandidates, loadCandidatesToKeep, loadStandingGroups, withPartners } from "@/lib/matching-service/load-candidates";
import { loadJobForMatching } from "@/lib/matching-service/load-job";
import { refreshMatchingRecords } from "@/lib/matching-service/records";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { runOnComposer } from "@/lib/matching-pool/pool";
import { resolveWeights } from "@/lib/matching/weights";
import type { JobInput } from "@/lib/matching";
import { tokyoToday } from "@/lib/capacity/weeks";
import { createTestDatabase } from "../helpers/test-db";
import { viewerFor } from "../authz/fixtures";
import { mostCoveredOpenJob } from "./seeded-job";

const today = new Date("2026-11-01T00:00:00Z");
const DAY_MS = 86_400_000;

describe("kept candidates", () => {
  let db: Database;
  let buyer: Viewer;
  let jobId: string;
  let input: JobInput;
  let deadline: Date;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 150, seed: 5, today });
    const job = await mostCoveredOpenJob(db);
    jobId = job.id;
    buyer = viewerFor("BUYER", "A", { buyerOrgId: job.buyerOrgId });
    const loaded = await loadJobForMatching(db.prisma, buyer, job.id, "match.view", today);
    input = loaded.input;
    deadline = loaded.job.deadline;
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  /** The job as matching sees it at `at` (its days to the deadline move). */
  const inputAt = (at: Date): JobInput => ({ ...input, daysToDeadline: Math.floor((deadline.getTime() - at.getTime()) / DAY_MS) });
  const kept = (at = today) => keptCandidates(db.sql, inputAt(at), deadline, at);
  const text = (k: KeptCandidates) => JSON.parse(new TextDecoder().decode(new Uint8Array(k.set.utf8)));
  /** The kept set is a fresh load's candidates, firm for firm. */
  const expectFresh = async (k: KeptCandidates, at = today) => {
    const fresh = await loadCandidatesToKeep(db.sql, inputAt(at), deadline, at);
    expect(text(k)).toEqual(JSON.parse(JSON.stringify(canonicalCandidates(fresh.candidates))));
  };
  const firmOf = async (k: KeptCandidates) => k.firms[0]!.id;

  it("keeps a job's candidates while nothing they read changes, and they are a fresh load's", async () => {
    const first = await kept();
    expect(first.firms.length).toBeGreaterThan(10);
    expect(await kept()).toBe(first);
    await expectFresh(first);
    // A write elsewhere (a job's title) changes nothing they read.
    await db.sql.query(`UPDATE "Job" SET "titleJa" = "titleJa" || '' WHERE id = $1::uuid`, [jobId]);
    expect(await kept()).toBe(first);
  });

  const writes: [string, (firmId: string) => Promise<unknown>][] = [
    ["a capability's capacity", (firmId) => db.sql.query(`UPDATE "Capability" SET "monthlyCapacity" = "monthlyCapacity" + 1 WHERE "firmId" = $1::uuid`, [firmId])],
    ["a firm's name", (firmId) => db.sql.query(`UPDATE "Firm" SET "nameJa" = "nameJa" || '株' WHERE id = $1::uuid`, [firmId])],
    ["a capability's materials", (firmId) => db.sql.query(`DELETE FROM "CapabilityMaterial" WHERE "capabilityId" IN (SELECT id FROM "Capability" WHERE "firmId" = $1::uuid)`, [firmId])],
    ["a certification", (firmId) => db.sql.query(`INSERT INTO "FirmCertification" ("firmId", "certificationCode") SELECT $1::uuid, code FROM "CertificationType" ORDER BY code LIMIT 1`, [firmId])],
    [
      "a capacity declaration",
      (firmId) =>
        db.sql.query(
          `INSERT INTO "CapacityDeclaration" ("firmId", "processCode", "weekStart", level, "declaredAt")
           SELECT "firmId", "processCode", $2::date, 'NONE', $3::timestamptz FROM "Capability" WHERE "firmId" = $1::uuid
           ON CONFLICT ("firmId", "processCode", "weekStart") DO UPDATE SET level = 'NONE', pieces = NULL, "declaredAt" = EXCLUDED."declaredAt"`,
          [firmId, "2026-11-02", today.toISOString()],
        ),
    ],
    ["an outage", (firmId) => db.sql.query(`INSERT INTO "FirmOutage" ("firmId", kind, "startsOn", "declaredAt", "updatedAt") VALUES ($1::uuid, 'FIRE', $2::date, $3::timestamptz, $3::timestamptz)`, [firmId, "2026-11-01", today.toISOString()])],
    [
      "a hand raised",
      async (firmId) => {
        await db.sql.query(`DELETE FROM "HandRaise" WHERE "stepId" = $1::uuid AND "firmId" = $2::uuid`, [input.steps[0]!.id, firmId]);
        await db.sql.query(`INSERT INTO "HandRaise" ("jobId", "stepId", "firmId") VALUES ($1::uuid, $2::uuid, $3::uuid)`, [jobId, input.steps[0]!.id, firmId]);
      },
    ],
    [
      "an assignment of a group at work finished",
      () => db.sql.query(`UPDATE "GroupStepAssignment" SET status = 'DONE' WHERE id = (SELECT assignment_id FROM raw_match_open_load ORDER BY assignment_id LIMIT 1)`),
    ],
    ["the records' views refreshed", () => refreshMatchingRecords(db.sql)],
  ];
  for (const [what, write] of writes) {
    it(`loads them again after ${what}, as a fresh load has them`, async () => {
      const before = await kept();
      const stamp = await candidateStamp(db.sql);
      await write(await firmOf(before));
      expect(await candidateStamp(db.sql)).not.toBe(stamp);
      const after = await kept();
      expect(after).not.toBe(before);
      await expectFresh(after);
    });
  }

  it("keeps the standing groups until one of them or its members changes", async () => {
    const first = await keptStandingGroups(db.sql);
    expect(first.length).toBeGreaterThan(0);
    expect(first).toEqual(await loadStandingGroups(db.sql));
    expect(await keptStandingGroups(db.sql)).toBe(first);
    const [group] = first;
    await db.sql.query(`UPDATE "JointOrderGroup" SET name = name || '改' WHERE id = $1::uuid`, [group!.id]);
    const renamed = await keptStandingGroups(db.sql);
    expect(renamed.find((g) => g.id === group!.id)?.name).toBe(`${group!.name}改`);
    await db.sql.query(`UPDATE "GroupMember" SET status = 'REMOVED' WHERE "groupId" = $1::uuid AND "firmId" = $2::uuid`, [group!.id, group!.memberIds[0]]);
    const fewer = await keptStandingGroups(db.sql);
    expect(fewer).toEqual(await loadStandingGroups(db.sql));
    expect(fewer.find((g) => g.id === group!.id)?.memberIds ?? []).not.toContain(group!.memberIds[0]);
  });

  it("keeps the stamp's sum when the views' refresh folds its rows into one", async () => {
    await db.sql.query(`INSERT INTO raw_match_input_change DEFAULT VALUES`);
    const stamp = BigInt(await candidateStamp(db.sql));
    await refreshMatchingRecords(db.sql);
    expect(BigInt(await candidateStamp(db.sql))).toBe(stamp + 1n);
    expect(await db.sql.query(`SELECT count(*)::int AS n FROM raw_match_input_change`)).toEqual([{ n: 1 }]);
  });

  it("loads them again the next day, and when a counted declaration stops being fresh", async () => {
    const now = await kept();
    const tomorrow = new Date(today.getTime() + DAY_MS);
    expect(await kept(tomorrow)).not.toBe(now);
    // The oldest declaration counted, 28 days on.
    const [oldest] = await db.sql.query<{ at: Date }>(
      `SELECT min("declaredAt") AS at FROM "CapacityDeclaration"
        WHERE "processCode" = ANY($1::text[]) AND "declaredAt" >= $2::timestamptz AND "weekStart" > $3::date - 7 AND "weekStart" < $4::date`,
      [input.steps.map((s) => s.processCode), new Date(today.getTime() - 28 * DAY_MS).toISOString(), tokyoToday(today), deadline.toISOString().slice(0, 10)],
    );
    expect(now.freshUntil).toBe(new Date(oldest!.at).getTime() + 28 * DAY_MS);
    // A moment before and after it stops being fresh, on the same day and days to the deadline.
    const stale = new Date(now.freshUntil + 1000);
    const early = new Date(now.freshUntil - 1000);
    expect([early.toISOString().slice(0, 10), inputAt(early).daysToDeadline]).toEqual([stale.toISOString().slice(0, 10), inputAt(stale).daysToDeadline]);
    const before = await kept(early);
    expect(await kept(new Date(now.freshUntil - 500))).toBe(before);
    const after = await kept(stale);
    expect(after).not.toBe(before);
    await expectFresh(after, stale);
  });

  it("fingerprints kept candidates as the library fingerprints a fresh load, whatever its order and exposure", async () => {
    const k = await kept();
    const standing = await loadStandingGroups(db.sql);
    const weights = resolveWeights(undefined);
    const fresh = await loadCandidates(db.sql, input, deadline, today);
    const shuffled = [...fresh].reverse().map((c, i) => ({ ...c, recentExposure: i % 3, certifications: [...c.certifications].reverse() }));
    expect(inputsKeyOf(input, k, standing, weights, 3)).toBe(inputsKey(input, fresh, standing, weights, 3));
    expect(inputsKey(input, shuffled, standing, weights, 3)).toBe(inputsKey(input, fresh, standing, weights, 3));
    expect(inputsKey(input, fresh, standing, weights, 2)).not.toBe(inputsKey(input, fresh, standing, weights, 3));
  });

  it("suggests on kept candidates what a fresh load with its exposure suggests", async () => {
    await suggestGroupsForJob(db, buyer, jobId, { today, refresh: true }); // exposure for some firms
    await kept(); // kept before that run's exposure was written
    const viaCache = await suggestGroupsForJob(db, buyer, jobId, { today, record: false });
    forgetKeptCandidates();
    const weights = resolveWeights(undefined);
    const options = { k: 3, weights, exposureReference: await exposureReference(db.sql, today) };
    const standing = await loadStandingGroups(db.sql);
    const loaded = await loadCandidates(db.sql, input, deadline, today);
    expect(loaded.some((c) => c.recentExposure > 0)).toBe(true);
    const { set } = await withPartners(db.sql, input, loaded, options, standing.flatMap((g) => g.memberIds));
    const fresh = await runOnComposer({ kind: "suggest", job: input, candidates: set, options, standing });
    expect(viaCache.result).toEqual(fresh.result);
    expect(viaCache.standing.map((s) => ({ ...s, suggestionId: undefined }))).toEqual(fresh.standing.map((s) => ({ ...s, suggestionId: undefined })));
  });
});
