// Standing joint-order groups in the demo: the best-rated delivered groups of the history stayed
// together (about one per 200 firms, the policy's 50 groups at the 10,000-firm scale), formed two
// weeks after the buyer accepted their order, approved by the staff of their firms' associations.
// Written after the history, from it, so the rest of the seed stays exactly as it was.
import type { SqlConnection } from "@/lib/db/sql-connection";

export async function addStandingGroups(sql: SqlConnection, firmCount: number, today: Date): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `WITH best AS (
       SELECT g.id AS origin, g."leadFirmId", g."contractModel", o."acceptedOn" + 14 AS formed
       FROM "JointOrderGroup" g
       JOIN "Order" o ON o."groupId" = g.id JOIN "OrderRating" r ON r."orderId" = o.id
       WHERE g.kind = 'JOB' AND g.status = 'CLOSED' AND r.delivery >= 4 AND r.quality >= 4
         AND o."acceptedOn" + 14 <= $2::date
         AND (SELECT count(*) FROM "GroupMember" m WHERE m."groupId" = g.id AND m.status = 'ACCEPTED') BETWEEN 2 AND 4
       ORDER BY r.quality + r.delivery + r.communication DESC, o."acceptedOn" DESC, g.id
       LIMIT greatest(1, $1::int / 200)),
     named AS (
       SELECT b.*, gen_random_uuid() AS id, f."nameJa" AS lead_name, mu."nameJa" AS area,
              (SELECT string_agg(DISTINCT p."nameJa", '・') FROM "GroupStepAssignment" a JOIN "Process" p ON p.code = a."processCode" WHERE a."groupId" = b.origin) AS processes,
              (SELECT string_agg(DISTINCT p."nameEn", ', ') FROM "GroupStepAssignment" a JOIN "Process" p ON p.code = a."processCode" WHERE a."groupId" = b.origin) AS processes_en
       FROM best b JOIN "Firm" f ON f.id = b."leadFirmId" JOIN "Municipality" mu ON mu.code = f."municipalityCode"),
     groups AS (
       INSERT INTO "JointOrderGroup" (id, kind, name, "descriptionJa", "descriptionEn", "contractModel", "leadFirmId", status, "originGroupId", "formedAt", "createdAt", "updatedAt")
       SELECT id, 'STANDING', area || ' ' || split_part(processes, '・', 1) || '一貫ネットワーク',
              lead_name || 'を中心に、' || processes || 'を一貫で引き受けます。納品実績のあるメンバーで組んでいます。',
              'Led by ' || lead_name || ', we take on ' || processes_en || ' in one order, with firms that have delivered together before.',
              "contractModel", "leadFirmId", 'APPROVED', origin, formed, formed - 7, formed
       FROM named RETURNING id, "originGroupId", "formedAt"),
     members AS (
       INSERT INTO "GroupMember" ("groupId", "firmId", "isLead", status, "invitedAt", "respondedAt")
       SELECT g.id, m."firmId", m."isLead", 'ACCEPTED', g."formedAt" - interval '7 days', g."formedAt" - interval '5 days'
       FROM groups g JOIN "GroupMember" m ON m."groupId" = g."originGroupId" AND m.status = 'ACCEPTED'
       RETURNING "groupId"),
     approvals AS (
       INSERT INTO "GroupApproval" ("groupId", "associationId", status, "decidedAt")
       SELECT DISTINCT g.id, f."associationId", 'APPROVED'::"ApprovalStatus", g."formedAt"
       FROM groups g JOIN "GroupMember" m ON m."groupId" = g."originGroupId" AND m.status = 'ACCEPTED' JOIN "Firm" f ON f.id = m."firmId"
       RETURNING "groupId"),
     history AS (
       INSERT INTO "GroupStatusChange" ("groupId", "fromStatus", "toStatus", "createdAt")
       SELECT id, 'PENDING_APPROVAL', 'APPROVED', "formedAt" FROM groups RETURNING "groupId")
     SELECT (SELECT count(*) FROM groups)::int + 0 * (SELECT count(*) FROM members) + 0 * (SELECT count(*) FROM approvals) + 0 * (SELECT count(*) FROM history) AS n`,
    [firmCount, today.toISOString().slice(0, 10)],
  );
  return rows[0]?.n ?? 0;
}
