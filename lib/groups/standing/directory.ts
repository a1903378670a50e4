// Standing groups in the directory: formed groups whose firms together offer every process asked
// for, in the areas and associations asked for, whose name, profile or firms match the words.
// There are tens to hundreds of them (the policy aims at 50 groups), so one aggregate query does.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { containsPattern, searchTerms } from "@/lib/directory/fold";

export type StandingGroupHit = {
  id: string;
  name: string;
  descriptionJa: string;
  descriptionEn: string;
  firmNames: string[];
  processCodes: string[];
};

export interface StandingGroupFilter {
  q: string;
  process: readonly string[];
  area: readonly string[];
  association: readonly string[];
}

export async function findStandingGroups(db: Database, viewer: Viewer | null, filter: StandingGroupFilter, limit = 6): Promise<StandingGroupHit[]> {
  if (!viewer || !can(viewer, "firm.directory.view")) return [];
  const patterns = searchTerms(filter.q).map(containsPattern);
  return db.sql.query<StandingGroupHit>(
    `WITH members AS (
       SELECT g.id, g.name, g."descriptionJa", g."descriptionEn", g."formedAt", f.id AS firm_id, f."nameJa" AS firm_name, f."nameEn" AS firm_name_en,
              f."municipalityCode" AS area, f."associationId"::text AS association
       FROM "JointOrderGroup" g
       JOIN "GroupMember" m ON m."groupId" = g.id AND m.status = 'ACCEPTED'
       JOIN "Firm" f ON f.id = m."firmId" AND f.status = 'VERIFIED'
       WHERE g.kind = 'STANDING' AND g.status = 'APPROVED'),
     groups AS (
       SELECT id, name, "descriptionJa", "descriptionEn", "formedAt",
              array_agg(firm_name ORDER BY firm_name) AS "firmNames",
              array(SELECT DISTINCT c."processCode" FROM "Capability" c WHERE c."firmId" = ANY(array_agg(firm_id)) ORDER BY 1) AS "processCodes",
              array_agg(area) AS areas, array_agg(association) AS associations,
              raw_search_fold(name || ' ' || "descriptionJa" || ' ' || "descriptionEn" || ' ' || string_agg(firm_name || ' ' || coalesce(firm_name_en, ''), ' ')) AS folded
       FROM members GROUP BY id, name, "descriptionJa", "descriptionEn", "formedAt")
     SELECT id, name, "descriptionJa", "descriptionEn", "firmNames", "processCodes" FROM groups
     WHERE "processCodes" @> $1::text[]
       AND (cardinality($2::text[]) = 0 OR areas && $2::text[])
       AND (cardinality($3::text[]) = 0 OR associations && $3::text[])
       -- Folding every group's text is most of this statement's work: only when there are words.
       AND (cardinality($4::text[]) = 0 OR folded LIKE ALL ($4::text[]))
     ORDER BY "formedAt" DESC, id
     LIMIT $5`,
    [filter.process, filter.area, filter.association, patterns, limit],
  );
}
