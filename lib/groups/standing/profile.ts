// A standing group's profile: who is in it, what the firms can do together (their capabilities
// combined per process), and how they have done together (job groups of its members that
// delivered). Formed groups are public to everyone who may search the directory; a group still
// being formed only to its firms and the staff covering them.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can, NotFoundError } from "@/lib/authz";
import { groupVisibleWhere } from "@/lib/authz/scope";
import type { GroupResource } from "../group-access";
import type { Database } from "@/lib/db/client";
import { combineCapabilities } from "./combine";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadStandingProfile(db: Database, viewer: Viewer, groupId: string) {
  if (!UUID.test(groupId)) throw new NotFoundError("group");
  const visible = can(viewer, "firm.directory.view") ? { OR: [{ status: "APPROVED" as const }, groupVisibleWhere(viewer)] } : groupVisibleWhere(viewer);
  const group = await db.prisma.jointOrderGroup.findFirst({
    where: { AND: [{ id: groupId, kind: "STANDING" }, visible] },
    select: {
      id: true, name: true, descriptionJa: true, descriptionEn: true, status: true, version: true, leadFirmId: true, formedAt: true, createdAt: true,
      originGroup: { select: { id: true, job: { select: { titleJa: true, titleEn: true } } } },
      members: {
        orderBy: [{ isLead: "desc" }, { invitedAt: "asc" }],
        select: { id: true, firmId: true, isLead: true, status: true, version: true, declineReason: true, firm: { select: { nameJa: true, nameEn: true, municipalityCode: true, associationId: true, association: { select: { nameJa: true, nameEn: true } } } } },
      },
      approvals: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, version: true, comment: true, associationId: true, association: { select: { nameJa: true, nameEn: true } } } },
      statusChanges: { orderBy: { createdAt: "desc" }, take: 1, select: { toStatus: true, comment: true, createdAt: true } },
    },
  });
  if (!group) throw new NotFoundError("group");
  const staying = group.members.filter((m) => m.status === "ACCEPTED" || m.status === "INVITED");
  const resource: GroupResource = {
    type: "group", id: group.id, leadFirmId: group.leadFirmId,
    memberFirmIds: staying.map((m) => m.firmId),
    associationIds: [...new Set(group.members.map((m) => m.firm.associationId))],
    buyerOrgId: null,
  };
  const accepted = group.members.filter((m) => m.status === "ACCEPTED").map((m) => m.firmId);
  const [capabilities, record] = await Promise.all([
    db.prisma.capability.findMany({ where: { firmId: { in: accepted } }, select: { firmId: true, processCode: true, bestToleranceUm: true, maxWorkpieceMm: true, monthlyCapacity: true, materials: { select: { materialCode: true } } } }),
    jointRecord(db, accepted),
  ]);
  return {
    group,
    resource,
    capabilities: combineCapabilities(capabilities.map((c) => ({ ...c, materialCodes: c.materials.map((m) => m.materialCode) }))),
    record,
  };
}
export type StandingProfile = Awaited<ReturnType<typeof loadStandingProfile>>;

/** Job groups in which at least two of these firms delivered together, and how buyers rated them. */
async function jointRecord(db: Database, firmIds: readonly string[]) {
  if (firmIds.length < 2) return { jobs: 0, rated: 0, averageQuality: null, averageDelivery: null };
  const [row] = await db.sql.query<{ jobs: number; rated: number; quality: number | null; delivery: number | null }>(
    `WITH together AS (
       SELECT g.id FROM "JointOrderGroup" g JOIN "GroupMember" m ON m."groupId" = g.id
       WHERE g.kind = 'JOB' AND g.status = 'CLOSED' AND m.status = 'ACCEPTED' AND m."firmId" = ANY($1::uuid[])
       GROUP BY g.id HAVING count(*) >= 2)
     SELECT count(*)::int AS jobs, count(r."orderId")::int AS rated, avg(r.quality)::float8 AS quality, avg(r.delivery)::float8 AS delivery
     FROM together t LEFT JOIN "Order" o ON o."groupId" = t.id LEFT JOIN "OrderRating" r ON r."orderId" = o.id`,
    [firmIds],
  );
  return { jobs: row?.jobs ?? 0, rated: row?.rated ?? 0, averageQuality: row?.quality ?? null, averageDelivery: row?.delivery ?? null };
}
