// For a firm looking at a job: which steps it can do and why not the others ("your tolerance
// 10 µm, the job needs 5 µm"), and whether the latest suggestions included it.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { explainFirm, type CandidateFirm, type FirmExplanation } from "@/lib/matching";
import { loadCandidates } from "./load-candidates";
import { loadJobForMatching } from "./load-job";
import { clock } from "@/lib/clock";

export interface FirmFit {
  steps: FirmExplanation[];
  /** null when matching has not run for the job yet */
  inLatestSuggestions: boolean | null;
}

export async function explainJobForFirm(db: Database, viewer: Viewer, jobId: string, today = clock.now()): Promise<FirmFit> {
  const { job, input } = await loadJobForMatching(db.prisma, viewer, jobId, "job.view", today);
  const firmId = viewer.firmId!;
  const [own] = await loadCandidates(db.sql, input, job.deadline, today, [firmId]);
  const firm: CandidateFirm = own ?? { id: firmId, name: "", location: { latitude: 0, longitude: 0 }, capabilities: [], certifications: [], record: { deliveries: 0, onTime: 0, scorecard: null }, recentExposure: 0, handRaisedStepIds: [], partners: {} };
  const latest = await db.prisma.matchRun.findFirst({ where: { jobId: job.id }, orderBy: { createdAt: "desc" }, select: { suggestions: { select: { members: { where: { firmId }, select: { firmId: true } } } } } });
  return {
    steps: explainFirm(input, firm),
    inLatestSuggestions: latest ? latest.suggestions.some((s) => s.members.length > 0) : null,
  };
}
