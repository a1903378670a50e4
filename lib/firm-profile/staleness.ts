// A profile is stale when nobody has saved or confirmed it for six months: buyers then cannot trust
// its capacity and lead times. The weekly reminder job (lib/queue/tasks/stale-profiles.ts) mails
// the admins; the editor and the firm page show the flag; staff can list stale firms.
import type { SqlConnection } from "@/lib/db/sql-connection";
import { clock } from "@/lib/clock";

export const STALE_AFTER_MONTHS = 6;

/** The moment before which a confirmation counts as stale (calendar months, UTC). */
export function staleCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_AFTER_MONTHS);
  return cutoff;
}

export function isProfileStale(confirmedAt: Date, now = clock.now()): boolean {
  return confirmedAt.getTime() < staleCutoff(now).getTime();
}

export interface StaleProfile {
  firmId: string;
  nameJa: string;
  associationId: string;
  confirmedAt: Date;
}

/** Verified firms whose profile is stale, oldest first; optionally only some associations' firms. */
export async function listStaleProfiles(sql: SqlConnection, now = clock.now(), options: { associationIds?: readonly string[]; limit?: number } = {}): Promise<StaleProfile[]> {
  const params: unknown[] = [staleCutoff(now).toISOString()];
  const byAssociation = options.associationIds ? `AND f."associationId" = ANY($${params.push(options.associationIds)}::uuid[])` : "";
  const rows = await sql.query<{ id: string; name_ja: string; association_id: string; confirmed_at: string }>(
    `SELECT f.id, f."nameJa" AS name_ja, f."associationId"::text AS association_id, f."profileConfirmedAt"::text AS confirmed_at
       FROM "Firm" f
      WHERE f.status = 'VERIFIED' AND f."profileConfirmedAt" < $1::timestamptz ${byAssociation}
      ORDER BY f."profileConfirmedAt", f.id
      LIMIT ${Math.max(1, Math.min(options.limit ?? 1000, 10_000))}`,
    params,
  );
  return rows.map((r) => ({ firmId: r.id, nameJa: r.name_ja, associationId: r.association_id, confirmedAt: new Date(r.confirmed_at) }));
}
