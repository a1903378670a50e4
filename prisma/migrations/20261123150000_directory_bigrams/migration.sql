-- Two-character search terms (精密, 旋盤, 研削 — most Japanese words) yield no trigram, so the
-- trigram index of 20261122190000_directory_search cannot serve them and PostgreSQL scans every
-- profile. Each folded search text also gets its set of character bigrams with a GIN index: a
-- two-character term is then an exact array containment lookup. Objects are named raw_* so the
-- schema-drift check ignores them. (A generated column cannot read another generated column,
-- hence the fold expression repeated here.)
CREATE OR REPLACE FUNCTION raw_search_bigrams(input text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(input, i, 2)), '{}') FROM generate_series(1, length(input) - 1) AS i $$;

ALTER TABLE "Firm" ADD COLUMN "raw_search_bigrams" text[] GENERATED ALWAYS AS (
  raw_search_bigrams(raw_search_fold("nameJa" || ' ' || coalesce("nameKana", '') || ' ' || coalesce("nameEn", '') || ' ' ||
    "descriptionJa" || ' ' || "descriptionEn" || ' ' || "strengthsJa" || ' ' || "strengthsEn"))
) STORED;
CREATE INDEX "raw_firm_search_bigrams" ON "Firm" USING gin ("raw_search_bigrams");

ALTER TABLE "Equipment" ADD COLUMN "raw_search_bigrams" text[] GENERATED ALWAYS AS (
  raw_search_bigrams(raw_search_fold("maker" || ' ' || "model"))
) STORED;
CREATE INDEX "raw_equipment_search_bigrams" ON "Equipment" USING gin ("raw_search_bigrams");
