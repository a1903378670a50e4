// Builds the SQL WHERE clause of a directory search. Everything is filtered in the database with
// indexes (GIN trigram on the folded search text, b-tree on capabilities), never in JavaScript.
// Facet semantics: values of one facet are OR'ed, facets are AND'ed. Capability filters (process,
// material, tolerance, size, capacity) must hold on the SAME capability row, so "turning + SUS304 +
// ≤5 µm" means one firm turns SUS304 to 5 µm, not three unrelated facts.
import { FRESH_FOR_DAYS } from "@/lib/capacity/free-capacity";
import { monthRange, mondayOf } from "@/lib/capacity/weeks";
import { clock } from "@/lib/clock";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { EMPLOYEE_BANDS } from "./bands";
import { containsPattern, searchTerms } from "./fold";
import type { DirectoryQuery } from "./search-params";

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface Origin {
  latitude: number;
  longitude: number;
}

export function originOf(near: string | undefined): Origin | null {
  if (!near) return null;
  const m = MUNICIPALITY_BY_CODE.get(near);
  if (m) return { latitude: m.latitude, longitude: m.longitude };
  const [lat, lng] = near.split(",").map(Number);
  return lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng) ? { latitude: lat, longitude: lng } : null;
}

/** Conditions on alias f ("Firm"). Only VERIFIED firms are ever listed in the directory. */
/** Ids of firms (any status) whose profile or equipment contains every term; null without text.
 *  A two-character term has no trigram: it is looked up in the bigram index instead (exact, since
 *  the term is itself one bigram). Longer terms use the trigram index; one character scans. */
export function textMatchIdsSql(query: DirectoryQuery, params: SqlParams): string | null {
  const terms = searchTerms(query.q);
  if (!terms.length) return null;
  return terms
    .map((term) => {
      const twoChars = [...term].length === 2;
      const p = params.add(twoChars ? term : containsPattern(term));
      const matches = (alias: string) => (twoChars ? `${alias}."raw_search_bigrams" @> ARRAY[${p}::text]` : `${alias}."raw_search_text" LIKE ${p}`);
      return `(SELECT x."id" FROM "Firm" x WHERE ${matches("x")} UNION SELECT e."firmId" FROM "Equipment" e WHERE ${matches("e")})`;
    })
    .join(" INTERSECT ");
}

/** Whether anything besides text narrows the search (then text is checked per remaining firm). */
export function hasNonTextFilters(query: DirectoryQuery): boolean {
  const lists = [query.process, query.material, query.cert, query.association, query.area, query.employees, query.equipment];
  return lists.some((list) => list.length > 0) || query.tolMax !== undefined || query.sizeMin !== undefined || query.capMin !== undefined || query.free !== undefined;
}

/** Text checked on one firm f (its folded profile, then its machines): cheap once other filters
 *  have left a few hundred firms, where looking every match up in the index first would fetch
 *  thousands of ids for a common word (試作, 精密) only to throw most away. */
function textOnFirmSql(query: DirectoryQuery, params: SqlParams): string[] {
  return searchTerms(query.q).map((term) => {
    const p = params.add(containsPattern(term));
    return `(f."raw_search_text" LIKE ${p} OR EXISTS (SELECT 1 FROM "Equipment" e WHERE e."firmId" = f."id" AND e."raw_search_text" LIKE ${p}))`;
  });
}

/** `textIds`: a CTE already holding textMatchIdsSql's result, so several text-only counts share
 *  one index lookup. */
export function directoryWhere(query: DirectoryQuery, params: SqlParams, options: { textOverDescriptions: boolean; textIds?: string }): string {
  const where: string[] = [`f."status" = 'VERIFIED'`];

  if (options.textOverDescriptions && hasNonTextFilters(query)) {
    where.push(...textOnFirmSql(query, params));
  } else if (options.textOverDescriptions) {
    const ids = options.textIds ?? textMatchIdsSql(query, params);
    if (ids) where.push(`f."id" IN (SELECT "id" FROM ${options.textIds ?? `(${ids}) t`})`);
  } else {
    // Signed-out visitors see names, area and processes only, so their text search must not reveal
    // description or equipment content: it looks at the names alone.
    for (const term of searchTerms(query.q)) {
      where.push(`raw_search_fold(f."nameJa" || ' ' || coalesce(f."nameKana", '') || ' ' || coalesce(f."nameEn", '')) LIKE ${params.add(containsPattern(term))}`);
    }
  }
  if (query.area.length) where.push(`f."municipalityCode" = ANY(${params.add(query.area)}::text[])`);
  if (query.association.length) where.push(`f."associationId" = ANY(${params.add(query.association)}::uuid[])`);
  if (query.employees.length) {
    const bands = EMPLOYEE_BANDS.filter((b) => query.employees.includes(b.code)).map((b) =>
      b.max === null ? `f."employees" >= ${Number(b.min)}` : `f."employees" BETWEEN ${Number(b.min)} AND ${Number(b.max)}`,
    );
    where.push(`(${bands.join(" OR ")})`);
  }
  const cap: string[] = [];
  if (query.process.length) cap.push(`c."processCode" = ANY(${params.add(query.process)}::text[])`);
  if (query.tolMax !== undefined) cap.push(`c."bestToleranceUm" <= ${params.add(query.tolMax)}::int`);
  if (query.sizeMin !== undefined) cap.push(`c."maxWorkpieceMm" >= ${params.add(query.sizeMin)}::int`);
  if (query.capMin !== undefined) cap.push(`c."monthlyCapacity" >= ${params.add(query.capMin)}::int`);
  if (query.material.length) {
    cap.push(`EXISTS (SELECT 1 FROM "CapabilityMaterial" cm WHERE cm."capabilityId" = c."id" AND cm."materialCode" = ANY(${params.add(query.material)}::text[]))`);
  }
  if (cap.length) where.push(`EXISTS (SELECT 1 FROM "Capability" c WHERE c."firmId" = f."id" AND ${cap.join(" AND ")})`);
  const free = freeCapacitySql(query, params);
  if (free) where.push(free);
  if (query.cert.length) {
    // An expired certificate does not count.
    where.push(`EXISTS (SELECT 1 FROM "FirmCertification" fc WHERE fc."firmId" = f."id" AND fc."certificationCode" = ANY(${params.add(query.cert)}::text[]) AND (fc."expiresOn" IS NULL OR fc."expiresOn" >= CURRENT_DATE))`);
  }
  if (query.equipment.length) {
    where.push(`EXISTS (SELECT 1 FROM "Equipment" eq WHERE eq."firmId" = f."id" AND eq."kind"::text = ANY(${params.add(query.equipment)}::text[]))`);
  }
  return where.join(" AND ");
}

/** Great-circle distance in km from the origin to firm f (haversine). */
export function distanceSql(origin: Origin, params: SqlParams): string {
  const lat = params.add(origin.latitude);
  const lng = params.add(origin.longitude);
  return `(12742 * asin(sqrt(power(sin(radians(f."latitude" - ${lat}::float8) / 2), 2) + cos(radians(${lat}::float8)) * cos(radians(f."latitude")) * power(sin(radians(f."longitude" - ${lng}::float8) / 2), 2))))`;
}

/** Relevance: each term found in the firm's name counts 2, elsewhere 1 (every term is somewhere,
 *  the WHERE clause made sure). The stored folded text starts with the names, so a hit before the
 *  names' length is a name hit: cheap, where folding the names again or word_similarity over whole
 *  descriptions cost a quarter second on a thousand hits. null without text (a bare `0` would be
 *  read as a column number). */
export function relevanceSql(query: DirectoryQuery, params: SqlParams): string | null {
  const terms = searchTerms(query.q);
  if (!terms.length) return null;
  const namesLength = `(length(f."nameJa") + length(coalesce(f."nameKana", '')) + length(coalesce(f."nameEn", '')) + 2)`;
  return `(${terms.map((term) => `(CASE WHEN strpos(f."raw_search_text", ${params.add(term)}) BETWEEN 1 AND ${namesLength} THEN 2 ELSE 1 END)`).join(" + ")})`;
}

/** 空きあり in the week or month `free`: a fresh (four weeks) 空きあり declaration of a week that
 *  is, or overlaps, it, for one of the chosen processes (any process when none is chosen). */
function freeCapacitySql(query: DirectoryQuery, params: SqlParams): string | null {
  if (!query.free) return null;
  const cutoff = new Date(clock.now().getTime() - FRESH_FOR_DAYS * 86_400_000).toISOString();
  const month = query.free.length === 7 ? monthRange(query.free) : null;
  const weeks = month
    ? `cd."weekStart" > ${params.add(month.from)}::date - 7 AND cd."weekStart" < ${params.add(month.to)}::date`
    : `cd."weekStart" = ${params.add(mondayOf(query.free))}::date`;
  const processes = query.process.length ? ` AND cd."processCode" = ANY(${params.add(query.process)}::text[])` : "";
  return `EXISTS (SELECT 1 FROM "CapacityDeclaration" cd WHERE cd."firmId" = f."id" AND cd."level" = 'OPEN' AND ${weeks} AND cd."declaredAt" >= ${params.add(cutoff)}::timestamptz${processes})`;
}
