-- Recent exposure (the composer's fairness term) counted per firm and Tokyo day, kept by triggers
-- on MatchSuggestionMember, instead of counted from its rows by every computation. Every recorded
-- run adds a row per member, so counting the rows of the window cost more with every run: on the
-- 10,000-firm seed it was the largest statement of a refresh (~14 ms of the database, the job's
-- firms found by hashing every capability of its processes). The window is now whole Tokyo days,
-- from the day 90 days before (lib/matching-service/load-candidates.ts); a fresh reading is one
-- index range of (day, firm) rows, which grow with the firms exposed each day, not with the runs,
-- and a refresh reads only the counts changed since its instance last read (decision 037).
-- Each statement adds its rows' counts in one upsert, in key order, so two records suggesting the
-- same firms take its rows' locks in the same order; a deletion (with its firm or run) or an update
-- takes its counts back. Every row names the transaction that last changed it (`xid`), and a row
-- that reaches 0 stays: an instance that keeps the window's counts reads only the rows changed by
-- transactions it may not have seen (lib/matching-service/exposure-window.ts).
CREATE TABLE raw_match_exposure (
  day date NOT NULL,
  firm_id uuid NOT NULL,
  n integer NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (day, firm_id)
);
CREATE INDEX raw_match_exposure_xid ON raw_match_exposure (xid);

CREATE FUNCTION raw_match_exposure_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT (at AT TIME ZONE 'Asia/Tokyo')::date
$$;

-- sign: 1 for rows added, -1 for rows taken away.
CREATE FUNCTION raw_match_exposure_count(firm_ids uuid[], created timestamptz[], sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO raw_match_exposure AS e (day, firm_id, n)
  SELECT raw_match_exposure_day(c.at), c.firm_id, sign * count(*)::int
  FROM unnest(firm_ids, created) AS c(firm_id, at) GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, firm_id) DO UPDATE SET n = e.n + excluded.n, xid = pg_current_xact_id()
$$;

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

-- Every count becomes 0 (rather than going), for instances that keep them to read.
CREATE FUNCTION raw_match_exposure_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE raw_match_exposure SET n = 0, xid = pg_current_xact_id() WHERE n <> 0;
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
