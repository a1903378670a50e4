// What a group's quality page shows besides its non-conformances: the inspection plan per step
// (and at delivery), the inspected lots, and where the viewer may plan or enter measured values.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "@/lib/groups/group-access";
import { listDeliveryDocuments } from "./delivery-documents";
import { readPlan } from "./inspection-plan";
import { mayInspect } from "./lots";
import { qualityGroupHeader } from "./nc-view";

export async function qualityOverview(db: Database, viewer: Viewer, groupId: string) {
  const { group, resource } = await qualityGroupHeader(db, viewer, groupId);
  const { group: ref } = await loadGroupRef(db.prisma, viewer, groupId, "progress.view");
  const [plan, lots, documents] = await Promise.all([
    readPlan(db, group.id),
    db.prisma.inspectionLot.findMany({
      where: { groupId: group.id },
      orderBy: { inspectedAt: "desc" },
      select: { id: true, assignmentId: true, lotNumber: true, lotQuantity: true, sampleSize: true, nonconformingUnits: true, inspectedAt: true, nonConformances: { select: { id: true } } },
    }),
    listDeliveryDocuments(db, viewer, group.id),
  ]);
  const working = ["AWARDED", "IN_PRODUCTION", "DELIVERED"].includes(group.status);
  const canRecord = working && can(viewer, "inspection.record", resource);
  const stations = [...group.assignments.map((a) => a.id), null];
  const inspectable = canRecord ? await Promise.all(stations.map(async (id) => ((await mayInspect(db, viewer, { id: group.id, leadFirmId: ref.leadFirmId, job: ref.job }, id)) ? id : undefined))) : [];
  return {
    group,
    plan,
    lots,
    documents,
    canAttach: ["AWARDED", "IN_PRODUCTION", "DELIVERED", "CLOSED"].includes(group.status) && can(viewer, "quality.report", resource),
    canPlan: working && can(viewer, "inspection.plan", resource),
    /** Steps (null: at delivery) whose lots the viewer may inspect. */
    inspectable: new Set(inspectable.filter((id) => id !== undefined)),
  };
}
