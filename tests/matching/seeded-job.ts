// The demo seed's open job that its firms can best do: the one with the most candidate firms on its
// least covered step (no lead certification required).
import type { Database } from "@/lib/db/client";

export async function mostCoveredOpenJob(db: Database): Promise<{ id: string; buyerOrgId: string }> {
  const [row] = await db.sql.query<{ id: string; buyer_org_id: string }>(`
    SELECT j.id, j."buyerOrgId" AS buyer_org_id FROM "Job" j
    WHERE j.status = 'OPEN' AND j."leadCertificationCode" IS NULL
    ORDER BY (SELECT min((SELECT count(*) FROM "Capability" c WHERE c."processCode" = s."processCode")) FROM "JobStep" s WHERE s."jobId" = j.id) DESC, j.id
    LIMIT 1`);
  return { id: row!.id, buyerOrgId: row!.buyer_org_id };
}
