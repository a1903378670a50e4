// Measured results of a lot, entered at the machine: every characteristic of the step's plan for
// every sample unit. Each value is judged against its limits (./tolerance.ts); a lot with any
// unit out of tolerance raises a non-conformance at once, in the same transaction, against the
// step, and the buyer and the lead hear of it. Who may enter them: the member receiving the
// parts (the next step's firm) or the step's quality owner; at delivery the lead firm or the buyer.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import en from "@/messages/en/quality.json";
import ja from "@/messages/ja/quality.json";
import { readPlan, type PlanCharacteristic } from "./inspection-plan";
import type { LotInput } from "./inspection-schemas";
import { MEASUREMENT_FIELD_PREFIX } from "./inspection-schemas";
import { announceNc } from "./nc-announce";
import { createNc } from "./non-conformances";
import { judge, parseDecimal } from "./tolerance";

const INSPECTABLE = ["AWARDED", "IN_PRODUCTION", "DELIVERED"];

/** Who may inspect a step's output: its quality owner, or the member of the next step. At delivery
 *  (no step): the lead firm or the job's buyer. */
export async function mayInspect(db: Database, viewer: Viewer, group: { id: string; leadFirmId: string; job: { buyerOrgId: string } | null }, assignmentId: string | null): Promise<boolean> {
  if (assignmentId === null) return (viewer.firmId !== null && viewer.firmId === group.leadFirmId) || (viewer.role === "BUYER" && viewer.buyerOrgId === group.job?.buyerOrgId);
  if (!viewer.firmId) return false;
  const steps = await db.prisma.groupStepAssignment.findMany({
    where: { groupId: group.id },
    orderBy: [{ jobStep: { position: "asc" } }],
    select: { id: true, member: { select: { firmId: true } }, qualityOwner: { select: { firmId: true } } },
  });
  const index = steps.findIndex((s) => s.id === assignmentId);
  if (index < 0) return false;
  const next = steps[index + 1];
  return steps[index]!.qualityOwner?.firmId === viewer.firmId || next?.member.firmId === viewer.firmId || (next === undefined && viewer.firmId === group.leadFirmId);
}

type Judged = { characteristicId: string; sampleIndex: number; value: string | null; conforming: boolean };

/** Judges every value of the form; a missing or unreadable one is a field error named after its input. */
function judgeValues(plan: readonly PlanCharacteristic[], input: LotInput): { judged: Judged[]; fieldErrors: string[] } {
  const typed = new Map(input.values.map((v) => [`${v.characteristicId}:${v.sampleIndex}`, v.value.trim()]));
  const judged: Judged[] = [];
  const fieldErrors: string[] = [];
  for (const c of plan) {
    for (let i = 1; i <= input.sampleSize; i++) {
      const raw = typed.get(`${c.id}:${i}`) ?? "";
      const field = `${MEASUREMENT_FIELD_PREFIX}${c.id}:${i}`;
      if (c.kind === "ATTRIBUTE") {
        if (raw !== "OK" && raw !== "NG") fieldErrors.push(field);
        else judged.push({ characteristicId: c.id, sampleIndex: i, value: null, conforming: raw === "OK" });
        continue;
      }
      const value = parseDecimal(raw);
      if (value === null) fieldErrors.push(field);
      else judged.push({ characteristicId: c.id, sampleIndex: i, value, conforming: judge(value, { lower: c.lower, upper: c.upper }) === "OK" });
    }
  }
  return { judged, fieldErrors };
}

/** The non-conformance's text: which lot, which characteristics, how many units, the worst value. */
function ncDescription(locale: "ja" | "en", lotNumber: string, plan: readonly PlanCharacteristic[], judged: readonly Judged[], sampleSize: number): string {
  const texts = locale === "en" ? en.quality.measure.nc : ja.quality.measure.nc;
  const parts = plan.flatMap((c) => {
    const bad = judged.filter((j) => j.characteristicId === c.id && !j.conforming);
    if (!bad.length) return [];
    const values = bad.map((b) => b.value).filter((v): v is string => v !== null);
    return [texts.part.replace("{name}", c.name).replace("{count}", String(bad.length)).replace("{sample}", String(sampleSize)).replace("{values}", values.length ? ` (${values.join(", ")} ${c.unit})`.replace(/ \)$/, ")") : "")];
  });
  return texts.description.replace("{lot}", lotNumber).replace("{parts}", parts.join(locale === "en" ? "; " : "、"));
}

export async function recordLot(db: Database, viewer: Viewer, input: LotInput, now = clock.now()): Promise<{ lotId: string; nonconformingUnits: number; ncId: string | null }> {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "inspection.record");
  if (!INSPECTABLE.includes(group.status)) throw new DomainError("quality.plan.problems.notAwarded");
  if (input.assignmentId && !(await db.prisma.groupStepAssignment.count({ where: { id: input.assignmentId, groupId: group.id } }))) throw new DomainError("validation.invalid", {}, "assignmentId");
  if (!(await mayInspect(db, viewer, { id: group.id, leadFirmId: group.leadFirmId, job: group.job }, input.assignmentId))) throw new DomainError("quality.measure.problems.notInspector");
  const plan = (await readPlan(db, group.id)).filter((c) => c.assignmentId === input.assignmentId);
  if (plan.length === 0) throw new DomainError("quality.measure.problems.noPlan");
  const { judged, fieldErrors } = judgeValues(plan, input);
  if (fieldErrors.length) throw new DomainError("quality.measure.problems.value", { count: fieldErrors.length }, fieldErrors[0]);
  const badUnits = new Set(judged.filter((j) => !j.conforming).map((j) => j.sampleIndex));
  const lot = await db.prisma.$transaction(async (tx) => {
    // The unique index also stops two submissions of one lot at once; this gives the message.
    const duplicate = await tx.inspectionLot.count({ where: { groupId: group.id, assignmentId: input.assignmentId, lotNumber: input.lotNumber } });
    if (duplicate) throw new DomainError("quality.measure.problems.lotExists", {}, "lotNumber");
    const created = await tx.inspectionLot.create({
      data: {
        groupId: group.id, assignmentId: input.assignmentId, lotNumber: input.lotNumber, lotQuantity: input.lotQuantity, sampleSize: input.sampleSize, nonconformingUnits: badUnits.size,
        inspectedById: viewer.userId, inspectedByFirmId: viewer.role === "BUYER" ? null : viewer.firmId, inspectedByBuyerOrgId: viewer.role === "BUYER" ? viewer.buyerOrgId : null, inspectedAt: now,
      },
      select: { id: true },
    });
    await tx.measurement.createMany({ data: judged.map((j) => ({ lotId: created.id, ...j })) });
    const ncId = badUnits.size
      ? await createNc(tx, viewer, group, { groupId: group.id, assignmentId: input.assignmentId ?? undefined, lotId: created.id, description: ncDescription(viewer.locale === "en" ? "en" : "ja", input.lotNumber, plan, judged, input.sampleSize), quantityAffected: badUnits.size }, "MEASUREMENT", now)
      : null;
    return { lotId: created.id, ncId };
  });
  if (lot.ncId) await announceNc(db, lot.ncId, "RAISED");
  return { ...lot, nonconformingUnits: badUnits.size };
}
