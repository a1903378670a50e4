// What staff (and the buyer) weigh before approving a group: for each member firm, its
// verification, valid certifications, current load (steps in orders under way against its
// monthly capacity for those processes) and past quality (buyer ratings, non-conformances it
// answered for). One query over the firms of the group, aggregated in PostgreSQL.
import "server-only";
import type { Database } from "@/lib/db/client";

export interface MemberFacts extends Record<string, unknown> {
  firmId: string;
  status: string;
  verifiedAt: Date | null;
  certifications: string[];
  activeSteps: number;
  activeQuantity: number;
  monthlyCapacity: number;
  deliveredOrders: number;
  averageQuality: number | null;
  nonConformances: number;
}

export async function memberFacts(db: Database, groupId: string): Promise<MemberFacts[]> {
  return db.sql.query<MemberFacts>(
    `WITH members AS (
       SELECT m."firmId", array_agg(DISTINCT a."processCode") AS processes
       FROM "GroupMember" m LEFT JOIN "GroupStepAssignment" a ON a."memberId" = m.id
       WHERE m."groupId" = $1 AND m.status NOT IN ('REPLACED', 'REMOVED')
       GROUP BY m."firmId"
     )
     SELECT f.id AS "firmId", f.status::text AS status, f."verifiedAt",
       COALESCE((SELECT array_agg(c."certificationCode" ORDER BY c."certificationCode") FROM "FirmCertification" c
                 WHERE c."firmId" = f.id AND (c."expiresOn" IS NULL OR c."expiresOn" >= CURRENT_DATE)), '{}') AS certifications,
       (SELECT count(*)::int FROM "GroupStepAssignment" a JOIN "GroupMember" gm ON gm.id = a."memberId" JOIN "JointOrderGroup" g ON g.id = a."groupId"
         WHERE gm."firmId" = f.id AND g.status IN ('AWARDED', 'IN_PRODUCTION') AND a.status <> 'DONE') AS "activeSteps",
       (SELECT COALESCE(sum(a.quantity), 0)::int FROM "GroupStepAssignment" a JOIN "GroupMember" gm ON gm.id = a."memberId" JOIN "JointOrderGroup" g ON g.id = a."groupId"
         WHERE gm."firmId" = f.id AND g.status IN ('AWARDED', 'IN_PRODUCTION') AND a.status <> 'DONE') AS "activeQuantity",
       (SELECT COALESCE(sum(c."monthlyCapacity"), 0)::int FROM "Capability" c WHERE c."firmId" = f.id AND c."processCode" = ANY(members.processes)) AS "monthlyCapacity",
       (SELECT count(*)::int FROM "Order" o JOIN "GroupMember" gm ON gm."groupId" = o."groupId"
         WHERE gm."firmId" = f.id AND gm.status = 'ACCEPTED' AND o.status IN ('DELIVERED', 'ACCEPTED')) AS "deliveredOrders",
       (SELECT round(avg(r.quality)::numeric, 1)::float8 FROM "OrderRating" r JOIN "Order" o ON o.id = r."orderId" JOIN "GroupMember" gm ON gm."groupId" = o."groupId"
         WHERE gm."firmId" = f.id AND gm.status = 'ACCEPTED') AS "averageQuality",
       (SELECT count(*)::int FROM "NonConformance" q JOIN "GroupMember" gm ON gm.id = q."responsibleMemberId"
         WHERE gm."firmId" = f.id AND q.status <> 'WITHDRAWN') AS "nonConformances"
     FROM members JOIN "Firm" f ON f.id = members."firmId"
     ORDER BY f."nameJa"`,
    [groupId],
  );
}
