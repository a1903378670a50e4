-- A change stamp for what matching reads of candidate firms, so an instance can keep the
-- candidates it loaded for a job and reload them only when something they were read from changed
-- (lib/matching-service/candidate-cache.ts). Every statement that changes one of those tables adds
-- a row; the stamp is the sum of `changes`, which every committed change raises. Rows are added,
-- never updated, so writers never wait on each other here (one counter row would serialise every
-- writer of these tables until commit and could take part in deadlocks); a sequence alone would
-- not do either, as its value moves before the writing transaction commits. Readers take the
-- stamp before they read the data, so a change committed in between makes the next stamp differ.
-- lib/matching-service/records.ts folds the rows into one after refreshing the views (the sum kept).
CREATE TABLE raw_match_input_change (
  id bigserial PRIMARY KEY,
  changes bigint NOT NULL DEFAULT 1
);

CREATE FUNCTION raw_match_input_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Statement triggers fire for statements that changed no row too; those change nothing read.
  IF EXISTS (SELECT 1 FROM changed) THEN INSERT INTO raw_match_input_change DEFAULT VALUES; END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION raw_match_input_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO raw_match_input_change DEFAULT VALUES;
  RETURN NULL;
END $$;

-- The sources of candidates: capabilities with firm name, place and status (raw_match_capability,
-- kept from Firm, Capability and CapabilityMaterial), open load (raw_match_open_load, kept from
-- assignments, groups and jobs), certifications, capacity declarations, outages and hand raises.
-- The views of records and scorecards are stamped by their refresh. Recent exposure is not cached.
-- Transition tables allow one event per trigger, hence one trigger per table and event.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['raw_match_capability', 'raw_match_open_load', 'FirmCertification', 'CapacityDeclaration', 'FirmOutage', 'HandRaise'] LOOP
    EXECUTE format('CREATE TRIGGER raw_match_input_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_input_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_input_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_input_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_input_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION raw_match_input_changed()', t);
    EXECUTE format('CREATE TRIGGER raw_match_input_truncated AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION raw_match_input_truncated()', t);
  END LOOP;
END $$;
