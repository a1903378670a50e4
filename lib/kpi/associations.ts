// Names of the associations a KPI viewer may pick or see in a breakdown (scope already resolved).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { KpiScope } from "./scope";

export interface AssociationName {
  id: string;
  nameJa: string;
  nameEn: string;
}

/** Federation staff: every association of the federation; association staff: their own. */
export async function associationNames(sql: SqlConnection, scope: KpiScope, viewerIsFederationStaff: boolean): Promise<AssociationName[]> {
  return sql.query<AssociationName & Record<string, unknown>>(
    `SELECT id, "nameJa", "nameEn" FROM "Association"
     WHERE "federationId" = $1 AND ($2::boolean OR id = ANY($3::uuid[])) ORDER BY code`,
    [scope.federationId, viewerIsFederationStaff, scope.associationIds],
  );
}
