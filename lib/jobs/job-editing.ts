// Buyers write jobs: drafts saved as they type (no validation beyond bounds, so nothing typed is
// lost), then a submit that runs every server check and moves the draft into the lifecycle.
import "server-only";
import { DomainError, authorize, NotFoundError } from "@/lib/authz";
import { requiresFirstJobReview } from "@/lib/auth/buyer-review";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import { checkDeadline } from "./feasibility";
import type { DraftInput, JobFormInput, StepInput } from "./job-schema";
import { EDITABLE_STATUSES } from "./state-machine";
import { announceAwaitingReview } from "./announce";
import { transitionJob } from "./transitions";
import { NO_ID } from "@/lib/authz/scope";
import { clock } from "@/lib/clock";
import { applyNdaChoice, assertNdaComplete } from "@/lib/drawings/job-nda";

const MATERIAL_CODES = new Set(MATERIALS.map((m) => m.code));
const CERTIFICATION_CODES = new Set(CERTIFICATIONS.map((c) => c.code));
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);
const yen = (n: number | undefined) => (n === undefined ? null : BigInt(n));

/** Loads the buyer's own job for editing; anything else (another buyer's job) is 404. */
async function ownEditableJob(viewer: Viewer, jobId: string) {
  const prisma = await getPrisma();
  const job = await prisma.job.findFirst({ where: { id: jobId, buyerOrgId: viewer.buyerOrgId ?? NO_ID }, select: { id: true, buyerOrgId: true, status: true } });
  if (!job) throw new NotFoundError("job");
  authorize(viewer, "job.update", { type: "job", id: job.id, buyerOrgId: job.buyerOrgId });
  if (!EDITABLE_STATUSES.includes(job.status)) throw new DomainError("jobs.errors.notEditable");
  return job;
}

function stepRows(steps: readonly StepInput[], jobQuantity: number) {
  return steps.map((s, index) => ({
    position: index + 1,
    processCode: s.processCode,
    materialCode: s.materialCode ?? null,
    toleranceUm: s.toleranceUm ?? null,
    sizeMm: s.sizeMm ?? null,
    quantity: s.quantity ?? jobQuantity,
    notes: s.notes,
  }));
}

/** Saves whatever the buyer has typed so far; returns the draft's id (created on first save). */
export async function saveDraft(viewer: Viewer, input: DraftInput): Promise<{ jobId: string; savedAt: string }> {
  authorize(viewer, "job.create");
  const prisma = await getPrisma();
  // Only steps naming a known process can be stored (foreign key); the rest stay in the browser.
  const steps = input.steps?.filter((s) => PROCESS_BY_CODE.has(s.processCode)).map((s) => ({ ...s, materialCode: s.materialCode && MATERIAL_CODES.has(s.materialCode) ? s.materialCode : undefined }));
  const data = {
    titleJa: input.titleJa,
    titleEn: input.titleEn,
    descriptionJa: input.descriptionJa,
    descriptionEn: input.descriptionEn,
    partName: input.partName,
    quantity: input.quantity,
    deadline: input.deadline ? dateOf(input.deadline) : undefined,
    answerBy: input.answerBy ? dateOf(input.answerBy) : undefined,
    deliveryPlace: input.deliveryPlace,
    deliveryMunicipalityCode: input.deliveryMunicipalityCode && MUNICIPALITY_BY_CODE.has(input.deliveryMunicipalityCode) ? input.deliveryMunicipalityCode : undefined,
    budgetMinYen: input.budgetMinYen === undefined ? undefined : BigInt(input.budgetMinYen),
    budgetMaxYen: input.budgetMaxYen === undefined ? undefined : BigInt(input.budgetMaxYen),
    leadCertificationCode: input.leadCertificationCode && CERTIFICATION_CODES.has(input.leadCertificationCode) ? input.leadCertificationCode : undefined,
    visibility: input.visibility,
  } satisfies Prisma.JobUncheckedUpdateInput;
  const now = clock.now();
  if (input.jobId) {
    const job = await ownEditableJob(viewer, input.jobId);
    await prisma.$transaction(async (tx) => {
      await tx.job.update({ where: { id: job.id }, data });
      await applyNdaChoice(tx, job.id, input.ndaKind, input.ndaRetentionDays);
      if (steps) {
        await tx.jobStep.deleteMany({ where: { jobId: job.id, handRaises: { none: {} } } });
        await tx.jobStep.createMany({ data: stepRows(steps, input.quantity ?? 1).map((s) => ({ ...s, jobId: job.id })) });
      }
    });
    return { jobId: job.id, savedAt: now.toISOString() };
  }
  // A draft needs the NOT NULL columns from the start: placeholders until the buyer types them.
  const created = await prisma.$transaction(async (tx) => {
    const job = await tx.job.create({
      data: {
        ...data,
        buyerOrgId: viewer.buyerOrgId!,
        createdById: viewer.userId,
        titleJa: input.titleJa ?? "",
        quantity: input.quantity ?? 1,
        deadline: data.deadline ?? now,
        status: "DRAFT",
      },
      select: { id: true },
    });
    await tx.jobStatusChange.create({ data: { jobId: job.id, fromStatus: null, toStatus: "DRAFT", actorId: viewer.userId } });
    if (steps?.length) await tx.jobStep.createMany({ data: stepRows(steps, input.quantity ?? 1).map((s) => ({ ...s, jobId: job.id })) });
    await applyNdaChoice(tx, job.id, input.ndaKind, input.ndaRetentionDays);
    return job;
  });
  return { jobId: created.id, savedAt: now.toISOString() };
}

/** The checks zod cannot make alone: taxonomy codes and the deadline against the route. */
/** The form's input; the agreement fields may be left out (no agreement, the default period). */
export type SubmitInput = Omit<JobFormInput, "ndaKind" | "ndaRetentionDays"> & Partial<Pick<JobFormInput, "ndaKind" | "ndaRetentionDays">>;

export function serverChecks(input: SubmitInput, today: Date): void {
  input.steps.forEach((s, i) => {
    if (!PROCESS_BY_CODE.has(s.processCode)) throw new DomainError("jobs.validation.unknownProcess", { n: i + 1 }, "steps");
    if (s.materialCode && !MATERIAL_CODES.has(s.materialCode)) throw new DomainError("jobs.validation.unknownMaterial", { n: i + 1 }, "steps");
  });
  if (input.deliveryMunicipalityCode && !MUNICIPALITY_BY_CODE.has(input.deliveryMunicipalityCode)) throw new DomainError("validation.invalid", {}, "deliveryMunicipalityCode");
  if (input.leadCertificationCode && !CERTIFICATION_CODES.has(input.leadCertificationCode)) throw new DomainError("validation.invalid", {}, "leadCertificationCode");
  const deadline = checkDeadline(input.deadline, input.steps.map((s) => s.processCode), today);
  if (deadline.kind === "past") throw new DomainError("jobs.validation.deadlinePast", {}, "deadline");
  if (deadline.kind === "tight" && !input.confirmTightDeadline) {
    throw new DomainError("jobs.validation.deadlineTight", { leadDays: deadline.leadDays, daysLeft: deadline.daysLeft }, "deadline");
  }
  if (input.answerBy && input.answerBy < isoDay(today)) throw new DomainError("jobs.validation.deadlinePast", {}, "answerBy");
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Saves the complete job and submits it: the first job of a new buyer goes to staff review,
 *  later ones open at once. Returns the new status. */
export async function submitJob(viewer: Viewer, input: SubmitInput & { jobId?: string }, today = clock.now()) {
  authorize(viewer, "job.create");
  serverChecks(input, today);
  const prisma = await getPrisma();
  const content = {
    titleJa: input.titleJa, titleEn: input.titleEn, descriptionJa: input.descriptionJa, descriptionEn: input.descriptionEn,
    partName: input.partName, quantity: input.quantity, deadline: dateOf(input.deadline), answerBy: input.answerBy ? dateOf(input.answerBy) : null,
    deliveryPlace: input.deliveryPlace, deliveryMunicipalityCode: input.deliveryMunicipalityCode ?? null,
    budgetMinYen: yen(input.budgetMinYen), budgetMaxYen: yen(input.budgetMaxYen), leadCertificationCode: input.leadCertificationCode ?? null,
    visibility: input.visibility,
  };
  const jobId = input.jobId ? (await ownEditableJob(viewer, input.jobId)).id : (await saveDraft(viewer, {})).jobId;
  const current = await prisma.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true } });
  await prisma.$transaction(async (tx) => {
    await tx.job.update({ where: { id: jobId }, data: content });
    await tx.jobStep.deleteMany({ where: { jobId } });
    await tx.jobStep.createMany({ data: stepRows(input.steps, input.quantity).map((s) => ({ ...s, jobId })) });
    await applyNdaChoice(tx, jobId, input.ndaKind, input.ndaRetentionDays);
  });
  await assertNdaComplete(jobId);
  if (current.status === "UNDER_REVIEW") return { jobId, status: "UNDER_REVIEW" as const };
  const to = (await requiresFirstJobReview(viewer.buyerOrgId!)) ? "UNDER_REVIEW" : "OPEN";
  await transitionJob({ jobId, to, actor: { kind: "buyer", userId: viewer.userId } });
  if (to === "UNDER_REVIEW") await announceAwaitingReview(jobId);
  // Fitting firms hear of it in their daily digest (lib/queue), not one message per job.
  return { jobId, status: to };
}
