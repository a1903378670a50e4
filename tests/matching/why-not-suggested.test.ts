// "Why was my firm not suggested?" on the demo seed through the database glue (issue 20 item 7):
// before any run, for a suggested firm, for a firm that can take no step, and for a capable firm
// left out, whose answer bounds every group with it below the suggestions it saw (or says why not).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { explainFirm } from "@/lib/matching";
import { loadCandidates } from "@/lib/matching-service/load-candidates";
import { loadJobForMatching } from "@/lib/matching-service/load-job";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { whyNotSuggested } from "@/lib/matching-service/why-not-suggested";
import { createTestDatabase } from "../helpers/test-db";
import { viewerFor } from "../authz/fixtures";
import { mostCoveredOpenJob } from "./seeded-job";

const today = new Date("2026-11-01T00:00:00Z");

describe("why a firm was not suggested", () => {
  let db: Database;
  let job: { id: string; buyerOrgId: string };
  let buyer: Viewer;
  const firmViewer = (firmId: string) => viewerFor("FIRM_ADMIN", "A", { firmId });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, { firms: 150, seed: 3, today });
    job = await mostCoveredOpenJob(db);
    buyer = viewerFor("BUYER", "A", { buyerOrgId: job.buyerOrgId });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("answers each firm with the reason that binds", async () => {
    const anyFirm = (await db.prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED" }, select: { id: true } })).id;
    expect(await whyNotSuggested(db, firmViewer(anyFirm), job.id, today)).toEqual({ kind: "noRun" });

    const run = await suggestGroupsForJob(db, buyer, job.id, { today });
    const shownScores = run.result.groups.map((g) => g.score);
    const suggested = run.result.groups[0]!.memberIds[0]!;
    expect(await whyNotSuggested(db, firmViewer(suggested), job.id, today)).toEqual({ kind: "suggested" });

    // Every verified firm outside the suggestions, sorted into what binds it.
    const { input, job: loaded } = await loadJobForMatching(db.prisma, buyer, job.id, "job.view", today);
    const candidates = await loadCandidates(db.sql, input, loaded.deadline, today);
    const inSuggestions = new Set(run.result.groups.flatMap((g) => g.memberIds));
    const capable = candidates.filter((c) => !inSuggestions.has(c.id) && explainFirm(input, c).some((s) => s.status !== "no"));
    expect(capable.length).toBeGreaterThan(3);
    const kinds = new Map<string, number>();
    for (const firm of capable.slice(0, 40)) {
      const why = await whyNotSuggested(db, firmViewer(firm.id), job.id, today);
      kinds.set(why.kind, (kinds.get(why.kind) ?? 0) + 1);
      if (why.kind === "scoresLower") {
        // The bound is below every suggestion shown, and the term named is where it loses points.
        expect(why.bound).toBeLessThan(Math.min(...shownScores));
        expect(why.top).toBeCloseTo(Math.max(...shownScores), 9);
        if (why.mainGap) expect(why.mainGap.points).toBeGreaterThan(0);
      } else if (why.kind === "notDiverse") {
        expect(why.score).toBeLessThanOrEqual(Math.max(...shownScores) + 1e-9);
      } else if (why.kind === "partialOnly") {
        // Only part of a step's quantity, and another firm could make all of it.
        const own = explainFirm(input, firm);
        expect(own.some((s) => s.status === "partial")).toBe(true);
        expect(own.some((s) => s.status === "full")).toBe(false);
      } else expect(why.kind).toBe("noGroup");
    }

    // A firm that can do a whole step, moved to Hachijō-jima (about 290 km out): its best group now
    // scores below every suggestion, and distance is where it loses most.
    const whole = capable.find((c) => explainFirm(input, c).some((s) => s.status === "full"));
    expect(whole, JSON.stringify([...kinds])).toBeDefined();
    await db.prisma.firm.update({ where: { id: whole!.id }, data: { latitude: 33.11, longitude: 139.79 } });
    const far = await whyNotSuggested(db, firmViewer(whole!.id), job.id, today);
    expect(far).toMatchObject({ kind: "scoresLower", mainGap: { term: "proximity" } });
    if (far.kind === "scoresLower") expect(far.bound).toBeLessThan(Math.min(...shownScores));

    // A verified firm that offers none of the job's processes can take no step.
    const processes = input.steps.map((s) => s.processCode);
    const unable = await db.prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", capabilities: { none: { processCode: { in: processes } } } }, select: { id: true } });
    expect(await whyNotSuggested(db, firmViewer(unable.id), job.id, today)).toEqual({ kind: "noStep" });
  }, 120_000);
});
