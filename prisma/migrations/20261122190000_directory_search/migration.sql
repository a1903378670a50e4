-- Directory search (hand-written: Prisma cannot express these). Every object is named raw_* so the
-- schema-drift check ignores it. Search text is folded the same way in SQL and in lib/directory/fold.ts:
-- NFKC (full-width/half-width), lower case, hiragana -> katakana. pg_trgm then indexes the folded
-- text; Japanese characters form trigrams in a UTF-8 database (checked on PostgreSQL 15 and PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION raw_search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT translate(lower(normalize(coalesce(input, ''), NFKC)), 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ', 'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ') $$;

ALTER TABLE "Firm" ADD COLUMN "raw_search_text" text GENERATED ALWAYS AS (
  raw_search_fold("nameJa" || ' ' || coalesce("nameKana", '') || ' ' || coalesce("nameEn", '') || ' ' ||
    "descriptionJa" || ' ' || "descriptionEn" || ' ' || "strengthsJa" || ' ' || "strengthsEn")
) STORED;
CREATE INDEX "raw_firm_search_trgm" ON "Firm" USING gin ("raw_search_text" gin_trgm_ops);

ALTER TABLE "Equipment" ADD COLUMN "raw_search_text" text GENERATED ALWAYS AS (
  raw_search_fold("maker" || ' ' || "model")
) STORED;
CREATE INDEX "raw_equipment_search_trgm" ON "Equipment" USING gin ("raw_search_text" gin_trgm_ops);

-- Facet and filter helpers the Prisma schema lacks.
CREATE INDEX "raw_firm_verified_updated" ON "Firm" ("updatedAt" DESC) WHERE "status" = 'VERIFIED';
CREATE INDEX "raw_capability_firm" ON "Capability" ("firmId", "processCode");
CREATE INDEX "raw_certification_firm" ON "FirmCertification" ("firmId");
