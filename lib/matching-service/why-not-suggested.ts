// "Why was my firm not suggested?" for a firm looking at a job: the binding reason. Either the hard
// constraints of each step (explain-for-firm.ts shows them), or the bound on how well any group with
// the firm could score next to the suggestions the buyer was shown, and the score term where it
// loses most. Computed only when the firm asks: it reads the same candidates as a suggestion run.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { TERM_KEYS, type MatchingResult, type TermKey, type Weights } from "@/lib/matching";
import { resolveWeights } from "@/lib/matching/weights";
import { runOnComposer } from "@/lib/matching-pool/pool";
import { exposureReference, loadCandidates, withPartners } from "./load-candidates";
import { loadJobForMatching } from "./load-job";

export type WhyNotSuggested =
  | { kind: "noRun" | "suggested" | "noStep" | "partialOnly" | "noGroup" }
  | { kind: "scoresLower"; bound: number; top: number; lowest: number; mainGap: { term: TermKey; points: number } | null }
  | { kind: "notDiverse"; score: number; lowest: number };

export async function whyNotSuggested(db: Database, viewer: Viewer, jobId: string, today = clock.now()): Promise<WhyNotSuggested> {
  const { job, input } = await loadJobForMatching(db.prisma, viewer, jobId, "job.view", today);
  const firmId = viewer.firmId;
  if (!firmId) return { kind: "noStep" };
  const run = await db.prisma.matchRun.findFirst({ where: { jobId: job.id }, orderBy: { createdAt: "desc" }, select: { shown: true, weights: true } });
  const shown = (run?.shown as { result?: MatchingResult } | null)?.result?.groups ?? [];
  if (!run || shown.length === 0) return { kind: "noRun" };
  if (shown.some((g) => g.memberIds.includes(firmId))) return { kind: "suggested" };

  const weights: Weights = resolveWeights((run.weights ?? undefined) as Partial<Weights> | undefined);
  const options = { k: 1, weights, exposureReference: await exposureReference(db.sql, today) };
  const loaded = await loadCandidates(db.sql, input, job.deadline, today);
  const { set } = await withPartners(db.sql, input, loaded, options, [firmId]);
  const { best, partialOnly } = await runOnComposer({ kind: "bestWithFirm", job: input, candidates: set, options, firmId });
  // A firm that can make only part of a step's quantity is teamed up only when no firm can make all of it.
  if (!best) return { kind: partialOnly ? "partialOnly" : "noStep" };
  if (!best.group) return { kind: "noGroup" };
  const top = shown[0]!;
  const lowest = Math.min(...shown.map((g) => g.score));
  if (best.bound >= lowest - 1e-9) return { kind: "notDiverse", score: best.group.score, lowest };
  // Where the best group with the firm loses most against the first suggestion.
  const losses = TERM_KEYS.map((term) => ({ term, points: top.terms[term].contribution - best.group!.terms[term].contribution })).sort((a, b) => b.points - a.points);
  return { kind: "scoresLower", bound: best.bound, top: top.score, lowest, mainGap: losses[0] && losses[0].points > 0.05 ? losses[0] : null };
}
