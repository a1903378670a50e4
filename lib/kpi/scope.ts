// Whose records a KPI query counts. Association staff: their own association, nothing else.
// Federation staff: the whole federation, or one of its associations when they drill down.
// The caller's permission is checked here first; an association outside the caller's reach
// answers NotFoundError (404), exactly like one that does not exist.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import { NotFoundError } from "@/lib/authz/errors";
import type { SqlConnection } from "@/lib/db/sql-connection";

export interface KpiScope {
  federationId: string;
  /** null: the whole federation. */
  associationId: string | null;
  /** The associations whose member firms are counted (all of the federation's, or the one). */
  associationIds: string[];
  /** How many associations the federation has (for "federation average per association"). */
  federationAssociationCount: number;
}

export async function resolveKpiScope(sql: SqlConnection, viewer: Viewer, requestedAssociationId?: string | null): Promise<KpiScope> {
  authorize(viewer, "kpi.view");
  // An association staff member without an association sees nothing rather than everything.
  if (viewer.role === "ASSOCIATION_STAFF" && !viewer.associationId) throw new NotFoundError("association");
  const associationId = viewer.role === "ASSOCIATION_STAFF" ? (requestedAssociationId ?? viewer.associationId) : (requestedAssociationId ?? null);
  const federationId = await viewerFederationId(sql, viewer);
  const all = await sql.query<{ id: string }>(`SELECT id FROM "Association" WHERE "federationId" = $1 ORDER BY code`, [federationId]);
  if (associationId === null) {
    return { federationId, associationId: null, associationIds: all.map((a) => a.id), federationAssociationCount: all.length };
  }
  if (!all.some((a) => a.id === associationId)) throw new NotFoundError("association");
  authorize(viewer, "kpi.view", { type: "association", id: associationId, federationId });
  return { federationId, associationId, associationIds: [associationId], federationAssociationCount: all.length };
}

/** The whole federation of an already resolved scope (for "own vs federation average"). */
export async function federationScopeOf(sql: SqlConnection, scope: KpiScope): Promise<KpiScope> {
  const all = await sql.query<{ id: string }>(`SELECT id FROM "Association" WHERE "federationId" = $1 ORDER BY code`, [scope.federationId]);
  return { federationId: scope.federationId, associationId: null, associationIds: all.map((a) => a.id), federationAssociationCount: all.length };
}

async function viewerFederationId(sql: SqlConnection, viewer: Viewer): Promise<string> {
  if (viewer.federationId) return viewer.federationId;
  const [row] = await sql.query<{ federation_id: string }>(`SELECT "federationId" AS federation_id FROM "Association" WHERE id = $1`, [viewer.associationId]);
  if (!row) throw new NotFoundError("association");
  return row.federation_id;
}
