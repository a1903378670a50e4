-- Recent exposure (the composer's fairness term) counted per firm and Tokyo day, kept by triggers
-- on MatchSuggestionMember, instead of counted from its rows by every computation. Every recorded
-- run adds a row per member, so counting the rows of the window cost more with every run: on the
-- 10,000-firm seed it was the largest statement of a refresh (~14 ms of the database, the job's
-- firms found by hashing every capability of its processes). The window is now whole Tokyo days,
-- from the day 90 days before (lib/matching-service/load-candidates.ts), and its read is one index
-- range of (day, firm) rows, which grow with the firms exposed each day, not with the runs.
-- Each statement adds its rows' counts in one upsert, in key order, so two records suggesting the
-- same firms take its rows' locks in the same order; a deletion (with its firm or run) or an update
-- takes its counts back.
CREATE TABLE raw_match_exposure (
  day date NOT NULL,
  firm_id uuid NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (day, firm_id) INCLUDE (n)
);

CREATE FUNCTION raw_match_exposure_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT (at AT TIME ZONE 'Asia/Tokyo')::date
$$;

-- sign: 1 for rows added, -1 for rows taken away (a count that reaches 0 is removed).
CREATE FUNCTION raw_match_exposure_count(firm_ids uuid[], created timestamptz[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO raw_match_exposure AS e (day, firm_id, n)
  SELECT raw_match_exposure_day(c.at), c.firm_id, sign * count(*)::int
  FROM unnest(firm_ids, created) AS c(firm_id, at) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, firm_id) DO UPDATE SET n = e.n + excluded.n;
  IF sign < 0 THEN
    DELETE FROM raw_match_exposure e USING unnest(firm_ids, created) AS c(firm_id, at)
    WHERE e.day = raw_match_exposure_day(c.at) AND e.firm_id = c.firm_id AND e.n <= 0;
  END IF;
END $$;

CREATE FUNCTION raw_match_exposure_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raw_match_exposure_count(array_agg("firmId"), array_agg("createdAt"), 1) FROM changed HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION raw_match_exposure_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM raw_match_exposure_count(array_agg("firmId"), array_agg("createdAt"), -1) FROM removed HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE FUNCTION raw_match_exposure_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE raw_match_exposure;
  RETURN NULL;
END $$;

CREATE TRIGGER raw_match_exposure_inserted AFTER INSERT ON "MatchSuggestionMember"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_exposure_added();
-- An update's old rows are taken away before its new rows are added (two triggers, in name order).
CREATE TRIGGER raw_match_exposure_updated_1 AFTER UPDATE ON "MatchSuggestionMember"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_exposure_removed();
CREATE TRIGGER raw_match_exposure_updated_2 AFTER UPDATE ON "MatchSuggestionMember"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_exposure_added();
CREATE TRIGGER raw_match_exposure_deleted AFTER DELETE ON "MatchSuggestionMember"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_exposure_removed();
CREATE TRIGGER raw_match_exposure_truncated AFTER TRUNCATE ON "MatchSuggestionMember"
  FOR EACH STATEMENT EXECUTE FUNCTION raw_match_exposure_truncated();

INSERT INTO raw_match_exposure (day, firm_id, n)
SELECT raw_match_exposure_day("createdAt"), "firmId", count(*)::int FROM "MatchSuggestionMember" GROUP BY 1, 2;
