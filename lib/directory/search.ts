// Directory search at the data layer: one page of verified firms plus per-facet counts, all
// computed in PostgreSQL (trigram GIN index on the folded text, b-tree indexes on capabilities).
// Facets are disjunctive: a facet's counts ignore that facet's own selection, so choosing
// "turning" still shows how many firms "milling" would add. Only facets with a selection need
// their own pass; the others share the result set.
// No "server-only" marker: the benchmark script runs this under plain Node. It holds no secret and
// takes its connection and viewer explicitly; pages reach it through lib/directory/directory-data.ts.
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { CountsCache } from "./counts-cache";
import { EMPLOYEE_BANDS } from "./bands";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "./search-params";
import { directoryWhere, distanceSql, hasNonTextFilters, originOf, relevanceSql, SqlParams, textMatchIdsSql } from "./search-sql";
import type { DirectoryResult, FacetCount, FacetName, FirmSummary } from "./types";

export const FACET_NAMES: readonly FacetName[] = ["process", "material", "cert", "association", "area", "employees", "equipment"];
/** The only facets a signed-out visitor gets: they match what the public card shows. */
const PUBLIC_FACETS: readonly FacetName[] = ["process", "area"];

const bandCase = `CASE ${EMPLOYEE_BANDS.map((b) => (b.max === null ? `WHEN f."employees" >= ${b.min} THEN '${b.code}'` : `WHEN f."employees" BETWEEN ${b.min} AND ${b.max} THEN '${b.code}'`)).join(" ")} END`;

/** SQL giving (value, n) for one facet over the firm ids in CTE `ids`. */
function facetSql(facet: FacetName, ids: string): string {
  switch (facet) {
    case "process":
      // (firmId, processCode) is unique, so rows are firms.
      return `SELECT c."processCode" AS value, count(*)::int AS n FROM "Capability" c JOIN ${ids} m ON m.id = c."firmId" GROUP BY 1`;
    case "material":
      // DISTINCT pairs first: hashing them is much cheaper than count(DISTINCT …)'s sort per group.
      return `SELECT value, count(*)::int AS n FROM (SELECT DISTINCT cm."materialCode" AS value, c."firmId" FROM "Capability" c JOIN ${ids} m ON m.id = c."firmId" JOIN "CapabilityMaterial" cm ON cm."capabilityId" = c.id) pairs GROUP BY 1`;
    case "cert":
      return `SELECT fc."certificationCode" AS value, count(*)::int AS n FROM "FirmCertification" fc JOIN ${ids} m ON m.id = fc."firmId" WHERE fc."expiresOn" IS NULL OR fc."expiresOn" >= CURRENT_DATE GROUP BY 1`;
    case "association":
      return `SELECT f."associationId"::text AS value, count(*)::int AS n FROM "Firm" f JOIN ${ids} m ON m.id = f.id GROUP BY 1`;
    case "area":
      return `SELECT f."municipalityCode" AS value, count(*)::int AS n FROM "Firm" f JOIN ${ids} m ON m.id = f.id GROUP BY 1`;
    case "employees":
      return `SELECT ${bandCase} AS value, count(*)::int AS n FROM "Firm" f JOIN ${ids} m ON m.id = f.id GROUP BY 1`;
    case "equipment":
      return `SELECT value, count(*)::int AS n FROM (SELECT DISTINCT e."kind"::text AS value, e."firmId" FROM "Equipment" e JOIN ${ids} m ON m.id = e."firmId") pairs GROUP BY 1`;
  }
}

type PageRow = {
  id: string;
  name_ja: string;
  name_en: string | null;
  municipality_code: string;
  process_codes: string[] | null;
  employees: number;
  description_ja: string;
  description_en: string;
  updated_at: string;
  confirmed_at: string;
  distance_km: number | null;
};

/** Who may search, and how much they see. null viewer = the public (signed-out) view. */
export function searchAudience(viewer: Viewer | null): { publicView: boolean } {
  if (viewer === null) return { publicView: true };
  authorize(viewer, "firm.directory.view");
  return { publicView: false };
}

/** countsCache: where the page keeps facet counts shared by everyone (counts-cache.ts); without
 *  it, as in tests and benchmarks of the query itself, every count is read fresh. */
export async function searchDirectory(sql: SqlConnection, viewer: Viewer | null, query: DirectoryQuery, countsCache?: CountsCache): Promise<DirectoryResult> {
  const { publicView } = searchAudience(viewer);
  // The public view may only filter on what it can see.
  const effective: DirectoryQuery = publicView
    ? { ...query, material: [], cert: [], association: [], employees: [], equipment: [], tolMax: undefined, sizeMin: undefined, capMin: undefined, free: undefined }
    : query;
  const textOverDescriptions = !publicView;
  const facets = publicView ? PUBLIC_FACETS : FACET_NAMES;

  const loadCounts = () => facetCounts(sql, effective, facets, textOverDescriptions);
  // The page number and order change which firms are listed, not the counts.
  const countsKey = JSON.stringify({ ...effective, page: 0, sort: "", publicView });
  const [counts, firms] = await Promise.all([countsCache ? countsCache.getOrLoad(countsKey, loadCounts) : loadCounts(), pageOfFirms(sql, effective, textOverDescriptions, publicView)]);
  return { total: counts.total, page: effective.page, pageSize: DIRECTORY_PAGE_SIZE, firms, facets: counts.facets, publicView };
}

/** Facets whose counts join the big child tables; counted in a statement of their own so PostgreSQL
 *  works on them in parallel with the rest (two connections of the pool, two cores). */
const HEAVY_FACETS: readonly FacetName[] = ["material", "equipment"];

async function facetCounts(sql: SqlConnection, query: DirectoryQuery, facets: readonly FacetName[], textOverDescriptions: boolean) {
  const heavy = facets.filter((f) => HEAVY_FACETS.includes(f));
  const light = facets.filter((f) => !HEAVY_FACETS.includes(f));
  const groups = await Promise.all([facetCountRows(sql, query, light, true, textOverDescriptions), ...(heavy.length ? [facetCountRows(sql, query, heavy, false, textOverDescriptions)] : [])]);
  const result = Object.fromEntries(FACET_NAMES.map((f) => [f, [] as FacetCount[]])) as Record<FacetName, FacetCount[]>;
  let total = 0;
  for (const row of groups.flat()) {
    if (row.facet === "total") total = row.n;
    else if (row.value !== null) result[row.facet as FacetName]?.push({ value: row.value, count: row.n });
  }
  for (const list of Object.values(result)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total, facets: result };
}

/** One statement counting some facets (and the total) over the filtered firms. */
async function facetCountRows(sql: SqlConnection, query: DirectoryQuery, facets: readonly FacetName[], withTotal: boolean, textOverDescriptions: boolean) {
  const params = new SqlParams();
  const ctes: string[] = [];
  // A text-only pass (the base, or a facet's own pass once its selection is dropped) looks the
  // text up in the index; that lookup runs once and every such pass reuses its ids.
  const textOnlyPasses = [query, ...facets.filter((facet) => query[facet].length).map((facet) => ({ ...query, [facet]: [] }))].some((q) => !hasNonTextFilters(q));
  const textIds = textOverDescriptions && textOnlyPasses ? textMatchIdsSql(query, params) : null;
  if (textIds) ctes.push(`text_ids AS MATERIALIZED (${textIds})`);
  const options = { textOverDescriptions, ...(textIds ? { textIds: "text_ids" } : {}) };
  ctes.push(`base AS MATERIALIZED (SELECT f.id FROM "Firm" f WHERE ${directoryWhere(query, params, options)})`);
  const parts = withTotal ? [`SELECT 'total' AS facet, '' AS value, count(*)::int AS n FROM base`] : [];
  for (const facet of facets) {
    let ids = "base";
    if (query[facet].length) {
      // This facet is selected: count over the results of every OTHER filter.
      ids = `x_${facet}`;
      ctes.push(`${ids} AS MATERIALIZED (SELECT f.id FROM "Firm" f WHERE ${directoryWhere({ ...query, [facet]: [] }, params, options)})`);
    }
    parts.push(`SELECT '${facet}' AS facet, value, n FROM (${facetSql(facet, ids)}) ${facet}_counts`);
  }
  return sql.query<{ facet: string; value: string | null; n: number }>(`WITH ${ctes.join(", ")} ${parts.join(" UNION ALL ")}`, params.values);
}

async function pageOfFirms(sql: SqlConnection, query: DirectoryQuery, textOverDescriptions: boolean, publicView: boolean): Promise<FirmSummary[]> {
  const params = new SqlParams();
  const where = directoryWhere(query, params, { textOverDescriptions });
  const origin = originOf(query.near);
  const distance = origin ? distanceSql(origin, params) : "NULL::float8";
  const relevance = query.sort === "relevance" || (query.sort === "distance" && !origin) ? relevanceSql(query, params) : null;
  const order =
    query.sort === "distance" && origin
      ? `distance_km ASC, f.id`
      : relevance
        ? `${relevance} DESC, f."updatedAt" DESC, f.id`
        : `f."updatedAt" DESC, f.id`;
  const offset = (query.page - 1) * DIRECTORY_PAGE_SIZE;
  const rows = await sql.query<PageRow>(
    `SELECT f.id, f."nameJa" AS name_ja, f."nameEn" AS name_en, f."municipalityCode" AS municipality_code,
            (SELECT array_agg(c."processCode" ORDER BY p."sortOrder") FROM "Capability" c JOIN "Process" p ON p.code = c."processCode" WHERE c."firmId" = f.id) AS process_codes,
            f."employees", f."descriptionJa" AS description_ja, f."descriptionEn" AS description_en,
            f."updatedAt"::text AS updated_at, f."profileConfirmedAt"::text AS confirmed_at, ${distance} AS distance_km
       FROM "Firm" f
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`,
    params.values,
  );
  return rows.map((row) => {
    const summary: FirmSummary = { id: row.id, nameJa: row.name_ja, nameEn: row.name_en, municipalityCode: row.municipality_code, processCodes: row.process_codes ?? [] };
    if (publicView) return summary;
    return {
      ...summary,
      employees: row.employees,
      descriptionJa: row.description_ja,
      descriptionEn: row.description_en,
      updatedAt: new Date(row.updated_at).toISOString(),
      profileConfirmedAt: new Date(row.confirmed_at).toISOString(),
      ...(row.distance_km === null ? {} : { distanceKm: Math.round(row.distance_km * 10) / 10 }),
    };
  });
}
