// A firm that went down, for the screens to show something true (issue 21 item 5): a member of a
// group in production, not the lead, declared a breakdown two days ago for the next two weeks. Its
// lead was alerted then. The platform proposes substitutes for its unfinished step on the group
// page, so the member chosen is one whose step another firm outside the group can take whole
// (process, material, tolerance, size, and room for the pieces). Prefers a group the demo firm
// leads, so firm-admin@demo sees it. No pending invitation of the firm is left (it would have been
// declined), and nothing else of the seed changes.
import type { Database } from "@/lib/db/client";
import { addDays, startOfUtcDay } from "./dates";

type Pick = { group_id: string; lead_id: string; firm_id: string; title_ja: string; title_en: string; firm_name: string; firm_name_en: string | null };

export async function addOutageDemo(db: Database, now: Date, demoFirmIds: readonly string[], leadPreferred: string): Promise<number> {
  const today = startOfUtcDay(now);
  const [pick] = await db.sql.query<Pick>(
    `SELECT g.id AS group_id, g."leadFirmId" AS lead_id, m."firmId" AS firm_id, j."titleJa" AS title_ja, j."titleEn" AS title_en, f."nameJa" AS firm_name, f."nameEn" AS firm_name_en
       FROM "JointOrderGroup" g
       JOIN "Job" j ON j.id = g."jobId"
       JOIN "GroupMember" m ON m."groupId" = g.id AND m.status = 'ACCEPTED' AND m."firmId" <> g."leadFirmId"
       JOIN "Firm" f ON f.id = m."firmId"
       JOIN "GroupStepAssignment" a ON a."memberId" = m.id AND a.status <> 'DONE'
       JOIN "JobStep" s ON s.id = a."jobStepId"
      WHERE g.kind = 'JOB' AND g.status = 'IN_PRODUCTION' AND j.deadline >= $1::date + 21
        AND NOT (m."firmId" = ANY($2::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM "GroupMember" o WHERE o."firmId" = m."firmId" AND o.status = 'INVITED')
        AND EXISTS (SELECT 1 FROM "User" u WHERE u."firmId" = g."leadFirmId" AND u.role = 'FIRM_ADMIN' AND u.status = 'ACTIVE')
        AND EXISTS (
          SELECT 1 FROM raw_match_capability c
           WHERE c.process_code = a."processCode" AND c.monthly_capacity >= a.quantity * 4 AND c.lead_time_days <= 7
             AND (s."materialCode" IS NULL OR s."materialCode" = ANY(c.materials))
             AND (s."toleranceUm" IS NULL OR c.best_tolerance_um <= s."toleranceUm")
             AND (s."sizeMm" IS NULL OR c.max_workpiece_mm >= s."sizeMm")
             AND NOT EXISTS (SELECT 1 FROM "GroupMember" x WHERE x."groupId" = g.id AND x."firmId" = c.firm_id))
      ORDER BY (g."leadFirmId" = $3::uuid) DESC, g.id, m.id
      LIMIT 1`,
    [today.toISOString().slice(0, 10), [...demoFirmIds], leadPreferred],
  );
  if (!pick) return 0;
  const declaredAt = new Date(addDays(today, -2).getTime() + 9 * 3_600_000);
  const admin = await db.prisma.user.findFirst({ where: { firmId: pick.firm_id, role: "FIRM_ADMIN", status: "ACTIVE" }, orderBy: { email: "asc" }, select: { id: true } });
  const startsOn = addDays(today, -2);
  const endsOn = addDays(today, 14);
  await db.prisma.firmOutage.create({
    data: { firmId: pick.firm_id, kind: "BREAKDOWN", startsOn, endsOn, note: "主軸モーターの故障。交換部品の入荷待ち。", declaredAt, declaredById: admin?.id ?? null, updatedAt: declaredAt, updatedById: admin?.id ?? null },
  });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const leadAdmins = await db.prisma.user.findMany({ where: { firmId: pick.lead_id, role: "FIRM_ADMIN", status: "ACTIVE" }, select: { id: true } });
  await db.prisma.notification.createMany({
    data: leadAdmins.map((u) => ({
      userId: u.id, kind: "outage.memberDown", linkPath: `/groups/${pick.group_id}`, createdAt: declaredAt,
      params: { title: pick.title_ja, titleEn: pick.title_en || pick.title_ja, firm: pick.firm_name, firmEn: pick.firm_name_en || pick.firm_name, kind: "設備故障", kindEn: "equipment breakdown", period: `${day(startsOn)}〜${day(endsOn)}`, periodEn: `${day(startsOn)} to ${day(endsOn)}` },
    })),
  });
  return 1;
}
