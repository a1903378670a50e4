// Staff record the trade fairs, business meetings, factory tours and seminars they hold.
// Association staff record events of their own association; federation staff record
// federation-wide events or events of one of their associations.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import type { BusinessEventInput } from "./schemas";

export async function recordBusinessEvent(db: Database, viewer: Viewer, input: BusinessEventInput): Promise<{ id: string }> {
  authorize(viewer, "event.manage");
  let federationId: string;
  let associationId: string | null;
  if (viewer.role === "ASSOCIATION_STAFF") {
    if (!viewer.associationId || (input.associationId && input.associationId !== viewer.associationId)) throw new NotFoundError("association");
    const association = await db.prisma.association.findUnique({ where: { id: viewer.associationId }, select: { federationId: true } });
    if (!association) throw new NotFoundError("association");
    federationId = association.federationId;
    associationId = viewer.associationId;
  } else {
    if (!viewer.federationId) throw new NotFoundError("federation");
    federationId = viewer.federationId;
    associationId = input.associationId ?? null;
    if (associationId) {
      const association = await db.prisma.association.findFirst({ where: { id: associationId, federationId }, select: { id: true } });
      if (!association) throw new NotFoundError("association");
    }
  }
  return db.prisma.businessEvent.create({
    data: {
      federationId,
      associationId,
      kind: input.kind,
      titleJa: input.titleJa,
      titleEn: input.titleEn,
      heldOn: new Date(`${input.heldOn}T00:00:00Z`),
      place: input.place,
      participants: input.participants ?? null,
      createdById: viewer.userId,
    },
    select: { id: true },
  });
}

export interface RecentEvent {
  id: string;
  kind: string;
  titleJa: string;
  titleEn: string;
  heldOn: string;
  place: string;
  participants: number | null;
}

/** The latest events in the viewer's scope (for the list under the form). */
export async function recentBusinessEvents(db: Database, scope: { federationId: string; associationId: string | null }, limit = 10): Promise<RecentEvent[]> {
  return db.sql.query<RecentEvent & Record<string, unknown>>(
    `SELECT id, kind::text AS kind, "titleJa", "titleEn", to_char("heldOn", 'YYYY-MM-DD') AS "heldOn", place, participants
     FROM "BusinessEvent" WHERE "federationId" = $1 AND ($2::uuid IS NULL OR "associationId" = $2::uuid)
     ORDER BY "heldOn" DESC, "createdAt" DESC LIMIT $3`,
    [scope.federationId, scope.associationId, limit],
  );
}
