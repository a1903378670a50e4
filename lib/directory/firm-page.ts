// One firm's page: the profile, its track record from joint orders (counts and buyer ratings, no
// buyer names or values) and quality record counts. Loaded with the viewer's scope, so a firm
// outside it (pending firms of another association, for example) is simply not found (404).
// No e-mail address or phone number is ever returned: contact goes through the platform
// (lib/inquiries). Addresses a firm typed into its own texts are masked too.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, can, NotFoundError } from "@/lib/authz";
import { firmVisibleWhere } from "@/lib/authz/scope";
import { getDatabase } from "@/lib/db/client";
import { isProfileStale } from "@/lib/firm-profile/staleness";
import { asLocale, translate } from "@/lib/validation/messages";
import { maskEmails } from "./mask-emails";
import { clock } from "@/lib/clock";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadFirmPage(viewer: Viewer, firmId: string, now = clock.now()) {
  if (!UUID.test(firmId)) throw new NotFoundError("firm");
  const db = await getDatabase();
  const firm = await db.prisma.firm.findFirst({
    where: { AND: [{ id: firmId }, firmVisibleWhere(viewer)] },
    select: {
      id: true, associationId: true, status: true, nameJa: true, nameKana: true, nameEn: true, municipalityCode: true, address: true,
      employees: true, foundedYear: true, website: true, descriptionJa: true, descriptionEn: true, strengthsJa: true, strengthsEn: true,
      profileConfirmedAt: true, updatedAt: true, logoAttachmentId: true,
      association: { select: { nameJa: true, nameEn: true, federationId: true } },
      capabilities: { orderBy: { process: { sortOrder: "asc" } }, select: { processCode: true, bestToleranceUm: true, maxWorkpieceMm: true, monthlyCapacity: true, leadTimeDays: true, notes: true, materials: { select: { materialCode: true } } } },
      equipment: { orderBy: [{ kind: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, maker: true, model: true, year: true, count: true, travelXMm: true, travelYMm: true, travelZMm: true, maxDiameterMm: true, tonnage: true, accuracyUm: true } },
      certifications: { orderBy: { certificationCode: "asc" }, select: { certificationCode: true, expiresOn: true } },
      photos: { where: { kind: "FIRM_PHOTO" }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true } },
    },
  });
  if (!firm) throw new NotFoundError("firm");
  const resource = { type: "firm" as const, id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status };
  authorize(viewer, "firm.view", resource);

  const [record] = await db.sql.query<{ groups: number; led: number; orders: number; delivered: number; rated: number; avg_quality: number | null; avg_delivery: number | null; quality_issues: number }>(
    `SELECT
       (SELECT count(*)::int FROM "GroupMember" gm JOIN "JointOrderGroup" g ON g.id = gm."groupId"
         WHERE gm."firmId" = $1 AND gm.status = 'ACCEPTED' AND g.status IN ('APPROVED','AWARDED','IN_PRODUCTION','DELIVERED','CLOSED')) AS groups,
       (SELECT count(*)::int FROM "JointOrderGroup" g WHERE g."leadFirmId" = $1 AND g.status IN ('APPROVED','AWARDED','IN_PRODUCTION','DELIVERED','CLOSED')) AS led,
       count(o.id)::int AS orders,
       (count(o.id) FILTER (WHERE o.status IN ('DELIVERED','ACCEPTED')))::int AS delivered,
       count(r."orderId")::int AS rated,
       avg(r.quality)::float8 AS avg_quality,
       avg(r.delivery)::float8 AS avg_delivery,
       (SELECT count(*)::int FROM "NonConformance" q JOIN "GroupMember" gm ON gm.id = q."responsibleMemberId" WHERE gm."firmId" = $1 AND q.status <> 'WITHDRAWN') AS quality_issues
     FROM "Order" o
     JOIN "GroupMember" m ON m."groupId" = o."groupId" AND m."firmId" = $1 AND m.status = 'ACCEPTED'
     LEFT JOIN "OrderRating" r ON r."orderId" = o.id`,
    [firm.id],
  );
  const isOwn = viewer.firmId === firm.id;
  const hidden = translate(asLocale(viewer.locale), "directory.firm.emailHidden");
  const mask = (text: string) => maskEmails(text, hidden);
  // Formed standing groups the firm belongs to: public to everyone who may search the directory.
  const standingGroups = await db.prisma.jointOrderGroup.findMany({
    where: { kind: "STANDING", status: "APPROVED", members: { some: { firmId: firm.id, status: "ACCEPTED" } } },
    orderBy: { formedAt: "desc" },
    select: { id: true, name: true, leadFirmId: true, _count: { select: { members: { where: { status: "ACCEPTED" } } } } },
  });
  return {
    ...firm,
    descriptionJa: mask(firm.descriptionJa), descriptionEn: mask(firm.descriptionEn), strengthsJa: mask(firm.strengthsJa), strengthsEn: mask(firm.strengthsEn),
    capabilities: firm.capabilities.map((c) => ({ ...c, notes: mask(c.notes) })),
    stale: isProfileStale(firm.profileConfirmedAt, now),
    record: record ?? { groups: 0, led: 0, orders: 0, delivered: 0, rated: 0, avg_quality: null, avg_delivery: null, quality_issues: 0 },
    isOwn,
    standingGroups: standingGroups.map((g) => ({ id: g.id, name: g.name, leads: g.leadFirmId === firm.id, firms: g._count.members })),
    /** The viewer may start an inquiry with this firm (verified, not their own). */
    canContact: can(viewer, "inquiry.send", resource),
  };
}
export type FirmPage = Awaited<ReturnType<typeof loadFirmPage>>;
