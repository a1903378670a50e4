// Staff see their members' scorecards side by side, weakest first: an association's staff their own
// members, federation staff one association at a time (a federation holds ~6,000 firms). Every
// figure comes from lib/quality/scorecard.ts, computed for all the listed firms in one query.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { NO_ID } from "@/lib/authz/scope";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { scorecardMonthsOf, type ScorecardMonth } from "./scorecard";

export interface MemberScorecard {
  firm: { id: string; nameJa: string; nameEn: string | null };
  months: ScorecardMonth[];
  /** The latest month with a grade, if any in the 12 months. */
  latest: ScorecardMonth | null;
}

/** The associations whose members the viewer may list, and the one shown (the asked one if allowed). */
export async function scorecardAssociations(db: Database, viewer: Viewer, asked?: string) {
  authorize(viewer, "scorecard.list");
  const associations = await db.prisma.association.findMany({
    where: viewer.role === "FEDERATION_STAFF" ? { federationId: viewer.federationId ?? NO_ID } : { id: viewer.associationId ?? NO_ID },
    orderBy: { code: "asc" },
    select: { id: true, nameJa: true, nameEn: true },
  });
  return { associations, shown: associations.find((a) => a.id === asked) ?? associations[0] ?? null };
}

/** Verified members of one association in the viewer's scope, weakest latest score first; firms with no graded month last. */
export async function memberScorecards(db: Database, viewer: Viewer, associationId: string, now = clock.now()): Promise<MemberScorecard[]> {
  const { shown } = await scorecardAssociations(db, viewer, associationId);
  if (!shown || shown.id !== associationId) return [];
  const firms = await db.prisma.firm.findMany({ where: { associationId, status: "VERIFIED" }, select: { id: true, nameJa: true, nameEn: true } });
  const months = await scorecardMonthsOf(db, firms.map((f) => f.id), now);
  const rows = firms.map((firm) => {
    const mine = months.get(firm.id) ?? [];
    return { firm, months: mine, latest: [...mine].reverse().find((m) => m.score !== null) ?? null };
  });
  return rows.sort((a, b) => (a.latest?.score ?? 2) - (b.latest?.score ?? 2) || a.firm.nameJa.localeCompare(b.firm.nameJa, "ja"));
}
