// A group composed by hand, by the buyer of the job or by a verified firm that will lead it: for
// each step the firms that can do it (the matching library's checks on the matching service's
// candidates, ranked as the composer ranks them, plus the firms that raised their hand), a lookup
// that says why a firm cannot, and the proposal itself, re-checked here whatever the form sent.
//
// Provenance: `sourceSuggestionId` is kept when the buyer started from a suggestion ("edit before
// proposing") — the matching service found these partners, and "matches made" counts groups that
// began from its suggestions — and stays null for a group composed from nothing. A firm never
// starts from a suggestion (suggestions are the buyer's and staff's to see).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { ACCEPTING_STATUSES } from "@/lib/jobs/state-machine";
import type { CandidateFirm, JobInput, StepAssignment } from "@/lib/matching";
import { stepAffinity, type ScoringContext } from "@/lib/matching/scoring";
import { collectFreeCapacity } from "@/lib/matching/step-options";
import { resolveWeights } from "@/lib/matching/weights";
import { exposureReference, loadCandidates } from "@/lib/matching-service/load-candidates";
import { loadJobForMatching } from "@/lib/matching-service/load-job";
import { checkComposition, leadProblem, partProblem, type CompositionProblem } from "./composition";
import { createProposedGroup, type NewGroup } from "./create-group";
import { sameRecentProposal } from "./same-proposal";
import type { ComposeInput } from "./schemas";
import { clock } from "@/lib/clock";
import { displayFirmName, firmDisplayNames } from "@/lib/firms/display-names";

/** Firms offered per step in the form (the best ranked); any other one is found by name. */
const OPTIONS_PER_STEP = 30;
const LOOKUP_LIMIT = 10;

export type Problem = Omit<CompositionProblem, "field">;

export interface StepOption {
  firmId: string;
  /** Pieces the firm can make in the step's slot. */
  free: number;
  /** It can do the whole quantity alone (else only a share of it). */
  full: boolean;
  handRaised: boolean;
  /** Why it cannot do the step at all (a hand raised by a firm that cannot), else null. */
  problem: Problem | null;
}

export interface ComposeFirm {
  id: string;
  name: string;
  canLead: boolean;
}

export interface ComposeContext {
  job: { id: string; titleJa: string; titleEn: string; deadline: Date; leadCertificationCode: string | null };
  steps: { id: string; position: number; processCode: string; materialCode: string | null; toleranceUm: number | null; sizeMm: number | null; quantity: number; options: StepOption[] }[];
  firms: ComposeFirm[];
  composer: { kind: "buyer" } | { kind: "firm"; firmId: string };
  initial: { fromSuggestionId: string | null; leadFirmId: string; steps: { stepId: string; parts: { firmId: string; quantity: number }[]; qualityFirmId: string }[] } | null;
}

async function loadForCompose(db: Database, viewer: Viewer, jobId: string, today: Date) {
  const loaded = await loadJobForMatching(db.prisma, viewer, jobId, "group.compose", today);
  if (!ACCEPTING_STATUSES.includes(loaded.job.status)) throw new DomainError("jobs.errors.notAccepting");
  return loaded;
}

const canLead = (job: JobInput, firm: CandidateFirm) => leadProblem(job, firm) === null;

/** What the compose page shows: every step's candidates, ranked, and the prefill if any. */
export async function loadComposeContext(db: Database, viewer: Viewer, jobId: string, options: { fromSuggestionId?: string; today?: Date; locale?: string } = {}): Promise<ComposeContext> {
  const today = options.today ?? clock.now();
  const { job, input } = await loadForCompose(db, viewer, jobId, today);
  const [candidates, reference] = await Promise.all([loadCandidates(db.sql, input, job.deadline, today), exposureReference(db.sql, today)]);
  const firms = new Map(candidates.map((c) => [c.id, c]));
  const { freeInSlot, checks } = collectFreeCapacity(input, candidates);
  const ctx: ScoringContext = { job: input, firms, weights: resolveWeights(undefined), freeInSlot, exposureReference: reference };
  const initial = viewer.role === "BUYER" && options.fromSuggestionId ? await suggestionPrefill(db, job.id, options.fromSuggestionId) : null;
  // Names as the directory shows them in the page's language (English names on English pages).
  const display = await firmDisplayNames(db, candidates.map((c) => c.id), options.locale ?? "ja");
  const nameOf = (firm: CandidateFirm) => display.get(firm.id) ?? firm.name;
  const pinned = new Set([...(initial?.steps.flatMap((s) => s.parts.map((p) => p.firmId)) ?? []), ...(viewer.firmId ? [viewer.firmId] : [])]);

  const steps = input.steps.map((step, index) => {
    const full = (f: { fit: { full: boolean } }) => (f.fit.full ? 1 : 0);
    const ranked = [...checks[index]!]
      .map((f) => ({ ...f, affinity: stepAffinity(ctx, step.id, f.firm, step.quantity, f.fit.freeInSlot) }))
      .sort((a, b) => full(b) - full(a) || b.affinity - a.affinity || (a.firm.id < b.firm.id ? -1 : 1));
    const eligible: StepOption[] = ranked
      .filter((f, rank) => rank < OPTIONS_PER_STEP || pinned.has(f.firm.id) || f.firm.handRaisedStepIds.includes(step.id))
      .map((f) => ({ firmId: f.firm.id, free: f.fit.freeInSlot, full: f.fit.full, handRaised: f.firm.handRaisedStepIds.includes(step.id), problem: null }));
    // Firms that raised their hand but cannot do the step are shown with the reason.
    const shown = new Set(eligible.map((o) => o.firmId));
    const refused: StepOption[] = candidates
      .filter((c) => !shown.has(c.id) && (c.handRaisedStepIds.includes(step.id) || pinned.has(c.id)))
      .map((c) => ({ firmId: c.id, free: 0, full: false, handRaised: c.handRaisedStepIds.includes(step.id), problem: partProblem(input, c, step.id, step.quantity, nameOf(c)) }))
      .filter((o) => o.problem !== null);
    return { ...step, materialCode: step.materialCode ?? null, toleranceUm: step.toleranceUm ?? null, sizeMm: step.sizeMm ?? null, options: [...eligible, ...refused] };
  });
  const offered = new Set(steps.flatMap((s) => s.options.map((o) => o.firmId)));
  return {
    job: { id: job.id, titleJa: job.titleJa, titleEn: job.titleEn, deadline: job.deadline, leadCertificationCode: job.leadCertificationCode },
    steps,
    firms: [...offered].map((id) => firms.get(id)!).map((f) => ({ id: f.id, name: nameOf(f), canLead: canLead(input, f) })),
    composer: viewer.role === "BUYER" ? { kind: "buyer" } : { kind: "firm", firmId: viewer.firmId! },
    initial,
  };
}

/** The suggestion's members, steps and lead, when it is one of this job's. */
async function suggestionPrefill(db: Database, jobId: string, suggestionId: string): Promise<ComposeContext["initial"]> {
  const suggestion = await db.prisma.matchSuggestion.findFirst({ where: { id: suggestionId, matchRun: { jobId } }, select: { id: true, leadFirmId: true, assignment: true } });
  if (!suggestion) return null;
  const assignments = suggestion.assignment as unknown as StepAssignment[];
  return { fromSuggestionId: suggestion.id, leadFirmId: suggestion.leadFirmId, steps: assignments.map((a) => ({ stepId: a.stepId, parts: a.parts.map((p) => ({ ...p })), qualityFirmId: a.parts[0]!.firmId })) };
}

export interface FirmLookup {
  firmId: string;
  name: string;
  canLead: boolean;
  steps: { stepId: string; free: number; full: boolean; problem: Problem | null }[];
}

/** Firms whose name contains the query, with what each can do for each step and why not. */
export async function lookupFirmsForCompose(db: Database, viewer: Viewer, input: { jobId: string; query: string }, today = clock.now(), locale = "ja"): Promise<FirmLookup[]> {
  const { job, input: jobInput } = await loadForCompose(db, viewer, input.jobId, today);
  const query = input.query.normalize("NFC").trim();
  if (query === "") return [];
  const found = await db.prisma.firm.findMany({
    where: { status: "VERIFIED", OR: [{ nameJa: { contains: query, mode: "insensitive" } }, { nameEn: { contains: query, mode: "insensitive" } }, { nameKana: { contains: query } }] },
    orderBy: { nameJa: "asc" },
    take: LOOKUP_LIMIT,
    select: { id: true, nameJa: true, nameEn: true },
  });
  if (found.length === 0) return [];
  const candidates = new Map((await loadCandidates(db.sql, jobInput, job.deadline, today, found.map((f) => f.id))).map((c) => [c.id, c]));
  const { freeInSlot } = collectFreeCapacity(jobInput, [...candidates.values()]);
  return found.map((f) => {
    const firm = candidates.get(f.id);
    const name = displayFirmName(f, locale);
    return {
      firmId: f.id,
      name,
      canLead: firm ? canLead(jobInput, firm) : false,
      steps: jobInput.steps.map((step) => {
        const free = freeInSlot.get(`${step.id}:${f.id}`) ?? 0;
        const problem = free > 0 ? null : partProblem(jobInput, firm, step.id, step.quantity, name);
        return { stepId: step.id, free, full: free >= step.quantity, problem };
      }),
    };
  });
}

/** Proposes the composed group after checking every hard constraint again. */
export async function composeGroup(db: Database, viewer: Viewer, input: ComposeInput, now = clock.now()): Promise<{ groupId: string }> {
  const { job, input: jobInput } = await loadForCompose(db, viewer, input.jobId, now);
  const composerFirmId = viewer.role === "BUYER" ? null : viewer.firmId;
  // A firm composes only a group it leads; its own firm must be in it.
  if (composerFirmId && input.leadFirmId !== composerFirmId) throw new DomainError("groups.compose.problems.composerNotLead", {}, "leadFirmId");

  const memberIds = [...new Set(input.steps.flatMap((s) => s.parts.map((p) => p.firmId)))];
  const candidates = await loadCandidates(db.sql, jobInput, job.deadline, now, memberIds);
  const members = await db.prisma.firm.findMany({ where: { id: { in: memberIds } }, select: { id: true, nameJa: true, status: true } });
  const names = new Map(members.map((f) => [f.id, f.nameJa]));
  const unverified = new Set(members.filter((f) => f.status !== "VERIFIED").map((f) => f.id));
  const [problem] = checkComposition(jobInput, new Map(candidates.map((c) => [c.id, c])), input, names, unverified);
  if (problem) throw new DomainError(problem.key, problem.params, problem.field);

  const fromSuggestion = composerFirmId === null && input.fromSuggestionId
    ? await db.prisma.matchSuggestion.findFirst({ where: { id: input.fromSuggestionId, matchRun: { jobId: job.id } }, select: { id: true } })
    : null;
  const byStep = new Map(input.steps.map((s) => [s.stepId, s]));
  const proposal: NewGroup = {
    job: { id: job.id, status: job.status },
    leadFirmId: input.leadFirmId,
    contractModel: input.contractModel,
    steps: jobInput.steps.map((step) => {
      const composed = byStep.get(step.id)!;
      return { stepId: step.id, processCode: step.processCode, parts: composed.parts.map((p) => ({ ...p, qualityFirmId: composed.qualityFirmId })) };
    }),
    shares: new Map(input.shares.map((s) => [s.firmId, s.basisPoints])),
    sourceSuggestionId: fromSuggestion?.id ?? null,
    acceptedFirmIds: composerFirmId ? [composerFirmId] : [],
    origin: "composed",
  };
  const again = await sameRecentProposal(db, viewer.userId, proposal, now);
  return { groupId: again ?? (await createProposedGroup(db, viewer, proposal, now)) };
}
