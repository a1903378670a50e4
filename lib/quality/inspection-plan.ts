// A group's inspection plan: the characteristics to check after each step (at its hand-off) and at
// delivery. The buyer or the lead firm edits it; every member, the buyer and staff in scope read it.
// A characteristic that already has measured values stays (the lots' reports depend on it).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { CharacteristicKind } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import { templateFor } from "./plan-templates";
import type { Limits } from "./tolerance";

/** A plan can be made from the award on; before it the steps may still change. */
const PLANNABLE = ["AWARDED", "IN_PRODUCTION", "DELIVERED"];
export const MAX_CHARACTERISTICS_PER_STEP = 50;

export interface PlanCharacteristic {
  id: string;
  assignmentId: string | null;
  position: number;
  name: string;
  kind: CharacteristicKind;
  unit: string;
  nominal: string | null;
  lower: string | null;
  upper: string | null;
  method: string;
  measured: boolean;
}

const asText = (d: { toString(): string } | null) => (d === null ? null : d.toString().replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""));

/** The plan, step by step (null: at delivery), for a viewer who may see the group's progress. */
export async function readPlan(db: Database, groupId: string): Promise<PlanCharacteristic[]> {
  const rows = await db.prisma.inspectionCharacteristic.findMany({
    where: { groupId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, assignmentId: true, position: true, name: true, kind: true, unit: true, nominal: true, lowerLimit: true, upperLimit: true, method: true, _count: { select: { measurements: true } } },
  });
  return rows.map((r) => ({ id: r.id, assignmentId: r.assignmentId, position: r.position, name: r.name, kind: r.kind, unit: r.unit, nominal: asText(r.nominal), lower: asText(r.lowerLimit), upper: asText(r.upperLimit), method: r.method, measured: r._count.measurements > 0 }));
}

async function plannableGroup(db: Database, viewer: Viewer, groupId: string, assignmentId: string | null) {
  const { group } = await loadGroupRef(db.prisma, viewer, groupId, "inspection.plan");
  if (!PLANNABLE.includes(group.status)) throw new DomainError("quality.plan.problems.notAwarded");
  if (assignmentId && !(await db.prisma.groupStepAssignment.count({ where: { id: assignmentId, groupId: group.id } }))) throw new DomainError("validation.invalid", {}, "assignmentId");
  const count = await db.prisma.inspectionCharacteristic.count({ where: { groupId: group.id, assignmentId } });
  return { group, count };
}

export interface CharacteristicInput {
  groupId: string;
  assignmentId: string | null;
  name: string;
  kind: CharacteristicKind;
  unit: string;
  nominal: string | null;
  limits: Limits;
  method: string;
}

export async function addCharacteristic(db: Database, viewer: Viewer, input: CharacteristicInput, now = clock.now()): Promise<{ id: string }> {
  const { group, count } = await plannableGroup(db, viewer, input.groupId, input.assignmentId);
  if (count >= MAX_CHARACTERISTICS_PER_STEP) throw new DomainError("quality.plan.problems.tooMany");
  return db.prisma.inspectionCharacteristic.create({
    data: { groupId: group.id, assignmentId: input.assignmentId, position: count + 1, name: input.name, kind: input.kind, unit: input.unit, nominal: input.nominal, lowerLimit: input.limits.lower, upperLimit: input.limits.upper, method: input.method, createdById: viewer.userId, createdAt: now },
    select: { id: true },
  });
}

/** Adds the process's usual characteristics to a step (or the visual check at delivery). */
export async function addTemplate(db: Database, viewer: Viewer, input: { groupId: string; assignmentId: string | null }, now = clock.now()): Promise<{ added: number }> {
  const { group, count } = await plannableGroup(db, viewer, input.groupId, input.assignmentId);
  const step = input.assignmentId ? await db.prisma.groupStepAssignment.findUniqueOrThrow({ where: { id: input.assignmentId }, select: { processCode: true } }) : null;
  const template = templateFor(step?.processCode ?? "inspection");
  if (count + template.length > MAX_CHARACTERISTICS_PER_STEP) throw new DomainError("quality.plan.problems.tooMany");
  const en = viewer.locale === "en";
  await db.prisma.inspectionCharacteristic.createMany({
    data: template.map((c, i) => ({ groupId: group.id, assignmentId: input.assignmentId, position: count + i + 1, name: en ? c.nameEn : c.nameJa, kind: c.kind, unit: c.unit, nominal: c.nominal, lowerLimit: c.lower, upperLimit: c.upper, method: en ? c.methodEn : c.methodJa, createdById: viewer.userId, createdAt: now })),
  });
  return { added: template.length };
}

export async function removeCharacteristic(db: Database, viewer: Viewer, input: { characteristicId: string }): Promise<void> {
  const row = await db.prisma.inspectionCharacteristic.findUnique({ where: { id: input.characteristicId }, select: { id: true, groupId: true, assignmentId: true } });
  if (!row) throw new NotFoundError("characteristic");
  await plannableGroup(db, viewer, row.groupId, row.assignmentId);
  // Only one with no measured values: a lot's report must keep what it was measured against.
  const removed = await db.prisma.inspectionCharacteristic.deleteMany({ where: { id: row.id, measurements: { none: {} } } });
  if (removed.count === 0) throw new DomainError("quality.plan.problems.measured");
}
